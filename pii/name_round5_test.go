package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Vogt ./. Kraus wg. X", "3 O 12/24 | von Berg ./. Lindner", " ./. ")
}

// TestNamesRound5: the parties of a lawsuit on a court's list.
func TestNamesRound5(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// Both parties, one word or with particles.
		{"09:30 | 4 C 112/25 | Vogt ./. Lindner wg. Zahlung\n", []string{"Vogt", "Lindner"}},
		{"Sitzung: Kraus ./. von Berg wegen Räumung", []string{"Kraus", "von Berg"}},
		{"In Sachen Anna Petersen ./. Jürgen Hahn", []string{"Anna Petersen", "Jürgen Hahn"}},
		// A firm is no person; nor is a list's head.
		{"Baumarkt Nord ./. Keller", []string{"Keller"}},
		{"Kläger ./. Beklagter", nil},
	} {
		if got := namesIn(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
