package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Nr.;Name\n1;Vu, Ngoc Anh\n", "Familie El-Sayed\n")
}

// TestNamesRound8: German names of immigrant families and the shapes that
// carry them.
func TestNamesRound8(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Names of the widened lexicons: Greek, Turkish, Polish,
		// Vietnamese given names; German, Polish, Russian surnames.
		{"Heute kam Dimitrios Kowalczyk vorbei.", []string{"Dimitrios Kowalczyk"}},
		{"Mit freundlichen Grüßen\nBüşra Hölscher", []string{"Büşra Hölscher"}},
		{"Der Antrag von Przemysław Ulbricht liegt vor.", []string{"Przemysław Ulbricht"}},
		// A name written surname first with two given names.
		{"Platz;Name;Zeit\n1;Vu, Ngoc Anh;0:41:10\n", []string{"Vu, Ngoc Anh"}},
		{"| 2 | Berger, Anna Lena | 1999 |\n", []string{"Berger, Anna Lena"}},
		// Words that are as often nouns stay out of the lists.
		{"Der Loan Agreement wurde unterschrieben.", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
