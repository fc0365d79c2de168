package pii

import (
	"strings"
	"testing"
)

func TestNameModelEmbedded(t *testing.T) {
	if defaultNameModel == nil || len(defaultNameModel.w) != 1<<nameModelBits {
		t.Fatal("no name model embedded: run COMITY_NAME_MODEL=train go test -run TestTrainNameModel ./pii")
	}
	if Default.nameModel == nil || rulesOnly.nameModel != nil {
		t.Error("Default must read names with the model and RulesOnly without")
	}
	for _, n := range []int{0, 4, 4 << nameModelBits, 3 + 1<<nameModelBits, 5 + 1<<nameModelBits} {
		if loadNameModel(make([]byte, n), nameModelThreshold) != nil {
			t.Errorf("%d bytes of weights: want no model", n)
		}
	}
}

// namesOf returns the text of each person name d finds in s.
func namesOf(d *Detector, s string) []string {
	var out []string
	for _, f := range d.DetectString(s) {
		if f.Type == PersonName {
			out = append(out, s[f.Start:f.End])
		}
	}
	return out
}

// The model finds names the rules leave: a speaker's surname in capitals,
// a given name alone as a sentence's subject or object.
func TestNameModelFinds(t *testing.T) {
	for _, tc := range []struct {
		text         string
		rules, model []string
	}{
		{"Moderation: Hanna Lindgren\n\nBRANDT: Wann sind Sie hergezogen?",
			[]string{"Hanna Lindgren"}, []string{"Hanna Lindgren", "BRANDT"}},
		{"Reporter: So when did you move here?\nHALVORSEN: In the spring of seventy-two.",
			nil, []string{"HALVORSEN"}},
		{"Dienstag: Jannik fährt, holt Leonie ab.", []string{"Leonie"}, []string{"Jannik", "Leonie"}},
		{"Bitte Wiebke nicht neben Gunnar setzen!", []string{"Gunnar"}, []string{"Wiebke", "Gunnar"}},
	} {
		if got := namesOf(rulesOnly, tc.text); strings.Join(got, "|") != strings.Join(tc.rules, "|") {
			t.Errorf("%q: rules found %q, want %q", tc.text, got, tc.rules)
		}
		if got := namesOf(Default, tc.text); strings.Join(got, "|") != strings.Join(tc.model, "|") {
			t.Errorf("%q: with the model found %q, want %q", tc.text, got, tc.model)
		}
	}
}

// What the rules know to be no person the model is not asked about:
// brands and firms named after people, organisations' labels, articles,
// places and products named after people, bracketed words.
func TestNameModelVetoes(t *testing.T) {
	for _, text := range []string{
		"ONLINE TRANSFER TO CHARLES SCHWAB XXXXXX1190",
		"Bestellt bei Peter Hahn Versand in Winterbach.",
		"Employer: Ben Sherman",
		"I read an Anthony Burgess novel.",
		"The gala is at Carnegie Hall this year.",
		"Lieferant: Otto Versand GmbH",
		"- Jordan (country)\n- Savannah (city)\n",
		"Sponsored by Robert Bosch GmbH and Carl Zeiss AG.",
	} {
		if got := namesOf(Default, text); len(got) > 0 {
			t.Errorf("%q: found %q, want no name", text, got)
		}
	}
	// A maiden name in brackets belongs to the name around it.
	if got := namesOf(Default, "Mr. Karl Hill spoke, then Ann (Shah) Hill."); strings.Join(got, "|") != "Karl Hill|Ann (Shah) Hill" {
		t.Errorf("maiden name: found %q", got)
	}
}

// The model reads at most a few tokens around a run, so a stream read in
// small windows finds what a whole-text scan finds.
func TestNameModelInWindows(t *testing.T) {
	text := strings.Repeat("Moderation: Hanna Lindgren\n\nLINDGREN: Wann?          \n"+
		strings.Repeat(" ", 200)+"Dienstag: Jannik fährt, holt Leonie ab.\n", 40)
	want := Default.DetectString(text)
	sameInWindows(t, text, want)
}

// sameInWindows checks that a stream of text read in windows of 300, 1,000
// and 4,096 bytes gives want, the findings of the whole text.
func sameInWindows(t *testing.T, text string, want []Finding) {
	t.Helper()
	for _, chunk := range []int{300, 1000, 4096} {
		c := newChunker(strings.NewReader(text), Default, chunk)
		var got []Finding
		if err := scanChunks(c, func(f Finding) error { got = append(got, f); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("window %d: %d findings, whole text %d", chunk, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("window %d: finding %d is %+v, whole text %+v", chunk, i, got[i], want[i])
			}
		}
	}
}

// One word that is a word too is a name only where the model is sure: a
// name's field, not a chess game's or a choir's headers.
func TestNameModelWordLike(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
		not  []string
	}{
		{"[Event \"Vereinsmeisterschaft\"]\nWeiß: Carlsen\nSchwarz: Nakamura\n", nil, []string{"Weiß", "Schwarz"}},
		{"Sopran: Lea\nAlt: Jana\nBass: Tim\n", []string{"Jana"}, []string{"Alt", "Bass"}},
		{"title = \"Hillcrest Dental\"\n\n[contact]\nfirst_name = \"Amber\"\nlast_name = \"Alvarez\"\nemail = \"a@example.org\"\n", []string{"Amber", "Alvarez"}, nil},
	} {
		got := map[string]bool{}
		for _, n := range namesOf(Default, tc.text) {
			got[n] = true
		}
		for _, w := range tc.want {
			if !got[w] {
				t.Errorf("%q: want %q, got %v", tc.text, w, got)
			}
		}
		for _, w := range tc.not {
			if got[w] {
				t.Errorf("%q: did not want %q", tc.text, w)
			}
		}
	}
}
