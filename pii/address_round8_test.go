package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "1 Park Shore Dr", "St;City\n1 A St;B", "1 w harbor view ln, b, id 83701")
}

// TestAddressRound8: a street whose name begins with a word that is also
// a USPS suffix, in capitals or in lower case; a semicolon table whose
// header gives the city its own column.
func TestAddressRound8(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Mail it to 77 Park Shore Dr, Naples, FL 34103 please.", []string{"77 Park Shore Dr, Naples, FL 34103"}},
		{"Office: 410 E Meadow Brook Court Ste 2, Elgin, IL 60120", []string{"410 E Meadow Brook Court Ste 2, Elgin, IL 60120"}},
		{"moved to 88 n river bend ct, elgin, il 60120 last week", []string{"88 n river bend ct, elgin, il 60120"}},
		// A unit after the suffix is not a second name's word.
		{"Ship to 12 Main St Apt 4, Dayton, OH 45402", []string{"12 Main St Apt 4, Dayton, OH 45402"}},
		// The city's own column: the street's cell is the address.
		{"id;name;street;city;state;zip\n7;Ana Ruiz;12 Elm St;Erie;PA;16501\n", []string{"12 Elm St"}},
		// Without such a header the row's parts are read as one address.
		{"Lupe Kim;6518 Bluebonnet St;Flagstaff;AZ;86070\n", []string{"6518 Bluebonnet St;Flagstaff;AZ;86070"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
