package pii

import (
	"slices"
	"testing"
)

// A letter's address window set far right: the street and the postcode
// and city on lines indented alike, however deep.
func TestAddressIndentedWindow(t *testing.T) {
	pad := "                         "
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Absender: Vereinskasse\n" + pad + "Chantal Nowak\n" + pad + "Hafenring 78\n" + pad + "10115 Berlin\n\nSehr geehrte Frau Nowak,",
			[]string{"Hafenring 78\n" + pad + "10115 Berlin"}},
		{pad + "Ms. Dana Wells\n" + pad + "4417 Quarry Ct\n" + pad + "Erie, PA 16501\n",
			[]string{"4417 Quarry Ct\n" + pad + "Erie, PA 16501"}},
		// Lines indented differently are no block.
		{"    Hafenring 78\n" + pad + "10115 Berlin\n", []string{"Hafenring 78"}},
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
