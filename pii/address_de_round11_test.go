package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Weg 1, DE-10115 B", "Weg 1, 04179 L OT W")
}

// TestAddressRound11DE: a postcode with ISO 3166's "DE-", a city line
// that names the district ("OT", "Ortsteil"), an adjective in capitals.
func TestAddressRound11DE(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Anschrift: Lindenweg 8, DE-37073 Göttingen", []string{"Lindenweg 8, DE-37073 Göttingen"}},
		{"Anschrift: Feldstraße 2, 09599 Freiberg OT Zug, bitte klingeln", []string{"Feldstraße 2, 09599 Freiberg OT Zug"}},
		{"Anschrift: Feldstraße 2, 01968 Senftenberg Ortsteil Brieske", []string{"Feldstraße 2, 01968 Senftenberg Ortsteil Brieske"}},
		// A place's adjective in capitals before a compound type word.
		{"ANSCHRIFT: LEIPZIGER LANDSTRAßE 7, 01187 DRESDEN", []string{"LEIPZIGER LANDSTRAßE 7, 01187 DRESDEN"}},
	} {
		if got := addrSpansRound11(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q:\n got  %q\n want %q", tc.text, got, tc.want)
		}
	}
}
