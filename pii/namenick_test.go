package pii

import (
	"slices"
	"strings"
	"testing"
)

// A nickname in quotes or a birth name in parentheses inside a name: the
// whole is one name, whichever word a rule found. Examples of our own,
// each with what must not be read as one name.
func TestNicknameInsideName(t *testing.T) {
	cases := []struct {
		text string
		want []string // the names found, exactly
	}{
		{"Joseph \"Chuck\" Tsosie, 70, of Seattle, passed away", []string{"Joseph \"Chuck\" Tsosie"}},
		{"Present: Diego \"Alex\" Boyd, Marilyn Freeman", []string{"Diego \"Alex\" Boyd", "Marilyn Freeman"}},
		{"children John Wells and Amanda (Fatima) Sanders, and many", []string{"John Wells", "Amanda (Fatima) Sanders"}},
		{"The complainant, Latoya “Peggy” Carter (DOB 04/28/1980), stated", []string{"Latoya “Peggy” Carter"}},
		{"Bill to:\nNicholas 'Gigi' Bailey\n", []string{"Nicholas 'Gigi' Bailey"}},
		{"Richard \"Babe\" De La Cruz, 67, of Asheville", []string{"Richard \"Babe\" De La Cruz"}},
		// No given name before the quotes, no surname after them, or not a
		// name's word at all.
		{"We shipped Apple (Cupertino) Inventory today", nil},
		{"She said \"Hello\" Monday", nil},
		{"Dear Maria (see attached) and thanks", []string{"Maria"}},
		{"Ask Maria \"Mimi\" 123 times", []string{"Maria"}},
	}
	for _, c := range cases {
		got := namesIn(c.text)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}

// Whichever of the three words a rule found, the span is the whole name.
func TestNicknameSpanFromEachWord(t *testing.T) {
	for _, c := range []struct{ text, whole string }{
		{`Joseph "Chuck" Tsosie, 70`, `Joseph "Chuck" Tsosie`},
		{"and Amanda (Fatima) Sanders, and", "Amanda (Fatima) Sanders"},
		{"Latoya “Peggy” Carter (DOB", "Latoya “Peggy” Carter"},
	} {
		b := []byte(c.text)
		at := strings.Index(c.text, c.whole)
		for _, w := range strings.Fields(c.whole) {
			w = strings.Trim(w, `"()“”`)
			i := strings.Index(c.text, w)
			if s, e := nicknameSpan(b, i, i+len(w)); c.text[s:e] != c.whole || s != at {
				t.Errorf("%q from %q: got %q", c.text, w, c.text[s:e])
			}
		}
	}
	// The text's end is the edge to mind.
	for _, text := range []string{"Joseph \xE2", "Joseph \xE2\x80", "Joseph \"C", "\" T", "x) Y", "Ann ("} {
		b := []byte(text)
		nicknameSpan(b, 0, min(3, len(b)))
		nicknameSpan(b, len(b)-1, len(b))
		givenNick(b, 0, word(b, 0))
	}
}
