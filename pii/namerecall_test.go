package pii

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestNamesRecalled: a part of a name found in full earlier in the text is
// the same person; what a rule took for a name by mistake, a part that
// goes on into a capitalised word or a firm, and a particle's surname do
// not spread.
func TestNamesRecalled(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// News and interviews call a person by one part of the name.
		{"Mr. Oskar Lindqvist opened the festival. Later that day Lindqvist read from his novel.", []string{"Oskar Lindqvist", "Lindqvist"}},
		{"Mr. Oskar Lindqvist opened the festival. \"It was long,\" said Lindqvist.", []string{"Oskar Lindqvist", "Lindqvist"}},
		{"Dear Ms. Harriet Okonjo,\nthank you. As agreed, Harriet will sign on Monday.", []string{"Harriet Okonjo", "Harriet"}},
		{"Sehr geehrte Frau Dr. Henrike Pauly,\nwie besprochen erhält Pauly die Unterlagen.", []string{"Henrike Pauly", "Pauly"}},
		{"联系人：董雨桐\n我们请到了董雨桐，聊聊旅行。", []string{"董雨桐", "董雨桐"}},
		{"联系人：董雨桐\n董雨桐说明天再来。", []string{"董雨桐", "董雨桐"}},
		// Not before the full name, not into a longer capitalised name, not a firm.
		{"Lindqvist Bakery opened. Later Mr. Oskar Lindqvist came.", []string{"Oskar Lindqvist"}},
		{"Mr. Grant Wells spoke. Then we walked to Grant Park.", []string{"Grant Wells"}},
		{"Mr. Adam Smith called. Smith & Sons sent the invoice.", []string{"Adam Smith"}},
		{"Mr. Adam Smith called. The firm Smith & Sons replied.", []string{"Adam Smith"}},
		// A maiden name in brackets, a particle's surname.
		{"Mr. Karl Hill spoke, then Ann (Shah) Hill.", []string{"Karl Hill", "Ann (Shah) Hill"}}, // one name around the maiden name (namenick.go)
		{"Dr. Anke van Bergen reported; the panel thanked van Bergen.", []string{"Anke van Bergen"}},
		// A word that is also a surname opening a sentence.
		{"Mr. Roy Young arrived. Young people came too.", []string{"Roy Young"}},
		// Chinese: only a name that begins with a surname and is no word.
		{"联系人：董雨桐\n董雨桐旅行社今天开业。", []string{"董雨桐"}},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: names %q, want %q", tc.text, got, tc.want)
		}
	}
	// Too far after the full name, a part is no longer recalled.
	far := "Mr. Oskar Lindqvist opened the festival." + strings.Repeat(" and then it rained", recallReach/19+1) + " and later Lindqvist read."
	if got := namesIn(far); !slices.Equal(got, []string{"Oskar Lindqvist"}) {
		t.Errorf("far: names %q", got)
	}
}

// TestScannerRecallsAcrossWindows: a stream read in small windows recalls
// a name found in an earlier window as a whole-text scan does.
func TestScannerRecallsAcrossWindows(t *testing.T) {
	var b bytes.Buffer
	for b.Len() < 3*chunkSize {
		b.WriteString("Dear Mr. Oskar Lindqvist, the board met.")
		b.WriteString(strings.Repeat(" Nothing happened today.", 20))
		b.WriteString(" The board thanked Lindqvist. 联系人：董雨桐\n请到了董雨桐，")
	}
	text := b.Bytes()
	want := rulesOnly.Detect(text)
	recalled := 0
	for _, f := range want {
		if f.Validation == "context:named-before" {
			recalled++
		}
	}
	if recalled < 10 {
		t.Fatalf("whole text: %d recalled names", recalled)
	}
	for _, chunk := range []int{300, 1000, 4096} {
		c := newChunker(bytes.NewReader(text), Default, chunk)
		var got []Finding
		if err := scanChunks(c, func(f Finding) error { got = append(got, f); return nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("chunk %d: %d findings, whole text %d", chunk, len(got), len(want))
		}
	}
}
