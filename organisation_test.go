package comity_test

import (
	"testing"

	"github.com/comity-project/comity"
)

func TestParseOrganisationID(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"LEI:5493001KJTIIGC8Y1R12", "LEI:5493001KJTIIGC8Y1R12"},
		{" lei:5493001kjtiigc8y1r12 ", "LEI:5493001KJTIIGC8Y1R12"},
		{"LEI:5493 001K JTII GC8Y 1R12", "LEI:5493001KJTIIGC8Y1R12"},
		{"LEI:5493001KJTIIGC8Y1R13", ""}, // check digits
		{"LEI:5493001KJTIIGC8Y1R1", ""},  // length
		{"DE:HRB 12345", "DE:HRB12345"},
		{"de:hrb-12345", "DE:HRB12345"},
		{"XX:123", ""},
		{"DE:HRB_12345", ""},
		{"HRB12345", ""},
		{"DE:1", ""},
	} {
		got, err := comity.ParseOrganisationID(tc.in)
		if got != tc.want || (err == nil) != (tc.want != "") || err != nil && comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("ParseOrganisationID(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
}

func TestOrganisationKey(t *testing.T) {
	same := []string{"mm-a", "mm-a ", "MM-A", " Mm-A", "ＭＭ－Ａ", "mm\u200b-a"}
	for _, s := range same {
		if comity.OrganisationKey(s) != "mm-a" {
			t.Errorf("OrganisationKey(%q) = %q", s, comity.OrganisationKey(s))
		}
	}
	if comity.OrganisationKey("Rhein  Logistik\u3000GmbH") != comity.OrganisationKey("rhein logistik gmbh") {
		t.Error("spaces are not compared as one")
	}
	if comity.CountedAs("mm-a", "LEI:5493001KJTIIGC8Y1R12") == comity.CountedAs("mm-a", "") {
		t.Error("a registered organisation and a name count alike")
	}
}

func FuzzParseOrganisationID(f *testing.F) {
	for _, s := range []string{"LEI:5493001KJTIIGC8Y1R12", "DE:HRB 12345", "x", ":", "LEI:"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := comity.ParseOrganisationID(s)
		if err != nil {
			return
		}
		again, err := comity.ParseOrganisationID(id)
		if err != nil || again != id {
			t.Fatalf("%q normalised to %q, which normalises to %q (%v)", s, id, again, err)
		}
	})
}
