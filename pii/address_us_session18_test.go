package pii

import (
	"slices"
	"testing"
)

// TestAddressUSSession18: a box in a table with a city column keeps its
// cell; a lettered or half number fills a field without a city line; a
// numbered road takes a suffix after its number.
func TestAddressUSSession18(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"license_no\tlast\tfirst\tstreet\tcity\tstate\tzip\nFL3861\tFLORES\tALEJANDRO\tPO BOX 1901\tALBUQUERQUE\tNM\t87197\n", []string{"PO BOX 1901"}},
		{"  mailing:\n    street: \"1961A Harbor View Trl\"\n    city: Providence\n", []string{"1961A Harbor View Trl"}},
		{"5. Running Bear, Kiana | 3468½ Highland Avenue | diabetic\n", []string{"3468½ Highland Avenue"}},
		{"leave with neighbor Kofi at 5641 County Road 12 Rd\n", []string{"5641 County Road 12 Rd"}},
		{"Residence address: 24190 County Road 12 Avenue, Flushing, NY 11366\n", []string{"24190 County Road 12 Avenue, Flushing, NY 11366"}},
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
