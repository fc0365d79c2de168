package pii

import (
	"slices"
	"testing"
)

// TestAddressDESession18: a record's comma cells keep the street alone,
// a PO box's too; a list's line opens with a street and a dash, a phrase
// of time does not.
func TestAddressDESession18(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"MR-1,Mehmet A. Braun,Hinter den Höfen 30a,18065,Rostock,DE48\n", []string{"Hinter den Höfen 30a"}},
		{"MR-2,Tobias Brandt,Postfach 96 31 88,87866,Kempten (Allgäu),DE75\n", []string{"Postfach 96 31 88"}},
		{"Touren\nAm Mühlbach 92b – Richter – Mo–Sa\nAm Montag 14 – 16 Uhr geschlossen\n", []string{"Am Mühlbach 92b"}},
		{"Anschrift: Am Mühlbach 92b, 24103 Kiel\n", []string{"Am Mühlbach 92b, 24103 Kiel"}},
	} {
		var got []string
		for _, f := range Default.DetectString(tc.text) {
			if f.Type == PostalAddress {
				got = append(got, tc.text[f.Start:f.End])
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: addresses %q, want %q", tc.text, got, tc.want)
		}
	}
}
