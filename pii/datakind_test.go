package pii

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/comity-project/comity"
)

func TestDataKinds(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields string
		want   []comity.DataKind
	}{
		{"genome by name", `{"genome_sequence": "ACGTTGCA"}`, []comity.DataKind{comity.KindGenomic}},
		{"proteome is omic, not genomic", `{"epigenome_profile": "x", "proteome": "y"}`, []comity.DataKind{comity.KindOmic}},
		{"health and location", `{"diagnosis": "asthma", "lat": "52.5200"}`, []comity.DataKind{comity.KindGeolocation, comity.KindHealth}},
		{"identity number and account", `{"ssn": "123-45-6789", "iban": "DE89370400440532013000"}`, []comity.DataKind{comity.KindFinancial, comity.KindIdentifiers}},
		{"minor and religion", `{"age": 9, "religion": "none"}`, []comity.DataKind{comity.KindMinor, comity.KindReligion}},
		{"contact data alone is no kind", `{"email": "a@example.com"}`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, fields := Default.Classify(json.RawMessage(tc.fields))
			if got := Default.DataKinds(fields); !slices.Equal(got, tc.want) {
				t.Errorf("DataKinds(%s) = %v, want %v (fields %v)", tc.fields, got, tc.want, fields)
			}
		})
	}
}
