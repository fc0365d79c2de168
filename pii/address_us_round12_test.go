package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "1 A St Apt 2 Bldg B, C, OH 45402", "0 HEAD\n2 PLAC A B, OH\n")
}

// TestAddressUnitChainEN: a second secondary unit after the first belongs
// to the address; a GEDCOM line's level number is no house number.
func TestAddressUnitChainEN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Mail to 410 Quarry Ln Apt 3D Bldg F, Ames, IA 50010 by Friday.", []string{"410 Quarry Ln Apt 3D Bldg F, Ames, IA 50010"}},
		{"Office: 77 Harbor Blvd, Ste 12, Fl 4, Duluth, MN 55802", []string{"77 Harbor Blvd, Ste 12, Fl 4, Duluth, MN 55802"}},
		{"Ship to 9 Alder Ct # 2 Rm 5\nBend, OR 97701", []string{"9 Alder Ct # 2 Rm 5\nBend, OR 97701"}},
		{"0 @I4@ INDI\n1 BIRT\n2 PLAC Grand Forks, ND, USA\n2 SURN Hill\n", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: addresses %q, want %q", tc.text, got, tc.want)
		}
	}
}
