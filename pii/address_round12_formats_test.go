package pii

import (
	"slices"
	"testing"
)

func init() {
	addressSeeds = append(addressSeeds, "Am Ring 4 – 12345 Ort", "postalAddress: Weg 1 $ 01234 Ab\n", "Hof 2 / 9")
}

// TestAddressDeSeparatorsFormats: the parts of a German one-line address
// set off by a dash, a slash or an LDAP postalAddress's "$"; a dash
// before anything but a postcode and a city parts no address.
func TestAddressDeSeparatorsFormats(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Kanzlei Roth · Lindenallee 12 – 50667 Köln · Tel. 0221 555\n", []string{"Lindenallee 12 – 50667 Köln"}},
		{"wohnhaft Birkenweg 3a — 79098 Freiburg im Breisgau, seit 2019", []string{"Birkenweg 3a — 79098 Freiburg im Breisgau"}},
		{"Absender: Mühlenstraße 8 / 26122 Oldenburg\n", []string{"Mühlenstraße 8 / 26122 Oldenburg"}},
		{"postalAddress: Am Schlossgarten 7 $ 76131 Karlsruhe\nl: Karlsruhe\n", []string{"Am Schlossgarten 7 $ 76131 Karlsruhe"}},
		{"postalAddress: Postfach 3310 $ 38023 Braunschweig\n", []string{"Postfach 3310 $ 38023 Braunschweig"}},
		// A dash before the next item of a line is no separator.
		{"Abholung Am Hang 4 – Fahrgast Roth\n", []string{"Am Hang 4"}},
		{"Lindenallee 12 – 2019 eröffnet", []string{"Lindenallee 12"}},
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
