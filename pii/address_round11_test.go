package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "1A B St, C, OH 45402", "1½ B St, C, OH 45402", "1 A St Rear, B, OH 45402", "1 A St, 3rd Floor, B, CA 94103", "1 I-35 Frontage Rd", "1 A St, B, D.C. 20500", "1 A St PMB 2, B, CA 94596")
}

// addrSpansRound11 returns the postal addresses found in text.
func addrSpansRound11(text string) []string {
	var got []string
	for _, f := range Default.DetectString(text) {
		if f.Type == PostalAddress {
			got = append(got, text[f.Start:f.End])
		}
	}
	return got
}

// TestAddressRound11EN: USPS Publication 28's unnumbered unit designators,
// a floor by its ordinal, a private mailbox, "D.C.", a state's name
// without a ZIP code in running text, and interstates with their frontage
// roads.
func TestAddressRound11EN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Deliver to 18 Quarry Ln Rear, Montpelier, VT 05602 today.", []string{"18 Quarry Ln Rear, Montpelier, VT 05602"}},
		{"Office: 9 Harbor Rd Bsmt, Gloucester, MA 01930", []string{"9 Harbor Rd Bsmt, Gloucester, MA 01930"}},
		{"Return to 250 Pine Street, 4th Floor, Portland, OR 97204.", []string{"250 Pine Street, 4th Floor, Portland, OR 97204"}},
		{"2200 Oak Ave PMB 118, Sparks, NV 89431", []string{"2200 Oak Ave PMB 118, Sparks, NV 89431"}},
		{"Send it to 900 Jefferson Dr SW, Washington, D.C. 20560.", []string{"900 Jefferson Dr SW, Washington, D.C. 20560"}},
		{"They moved to 41 Alder Court, Bozeman, Montana last spring.", []string{"41 Alder Court, Bozeman, Montana"}},
		{"Visit us at 7700 I-10 Frontage Rd, Tucson, AZ 85706.", []string{"7700 I-10 Frontage Rd, Tucson, AZ 85706"}},
		{"Store: 1200 IH 35 N, Georgetown, TX 78626", []string{"1200 IH 35 N, Georgetown, TX 78626"}},
		// A unnumbered designator with no city line after it stays a word;
		// a state's name before a capitalised word is something else's.
		{"Park at 18 Quarry Ln Rear entrance.", []string{"18 Quarry Ln"}},
		{"We drove 300 I-35 miles.", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}

// TestAddressRound11LetteredEN: a house number with a letter or a half
// needs the street's city line or unit.
func TestAddressRound11LetteredEN(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Mail it to 318C Willow Bend Rd, Macon, GA 31201.", []string{"318C Willow Bend Rd, Macon, GA 31201"}},
		{"Address: 77-A Ferry St, Apt 2, Hoboken, NJ 07030", []string{"77-A Ferry St, Apt 2, Hoboken, NJ 07030"}},
		{"Address: 412½ Grand Ave, Laramie, WY 82070", []string{"412½ Grand Ave, Laramie, WY 82070"}},
		{"Boarding pass: seat 14C Main Cabin.", nil},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
