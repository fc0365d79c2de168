package pii

import (
	"slices"
	"testing"
)

// A fictional person's name is no person's; the given name it begins with
// still is one.
func TestFictionalNames(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Q2. Which is older: Harry Potter or Star Wars?", nil},
		{"Gifts: Lego, Harry Potter box set, socks", nil},
		{"Dear Harry Potts, thank you", []string{"Harry Potts"}},
		{"Tell Detective Nguyen the package went to\nJames's place on 15 River Rd.", []string{"Nguyen", "James"}},
	} {
		if got := namesIn(c.text); !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.text, got, c.want)
		}
	}
}
