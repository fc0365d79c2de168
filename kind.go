package comity

import (
	"slices"
	"strings"
)

// DataKind names what a record's personal data is about, finer than its
// category: the laws set different limits per kind (28 CFR 202.205-206 a
// bulk threshold for each; PIPL Art. 28 and GDPR Art. 9 their special
// categories). The vocabulary is closed, so that rulebooks and records
// agree on every name.
type DataKind string

const (
	KindGenomic           DataKind = "genomic"            // human genomic data (28 CFR 202.224)
	KindOmic              DataKind = "omic"               // other human 'omic data (epigenomic, proteomic, transcriptomic)
	KindBiometric         DataKind = "biometric"          // biometric identifiers
	KindGeolocation       DataKind = "geolocation"        // precise geolocation, whereabouts
	KindHealth            DataKind = "health"             // personal health data
	KindFinancial         DataKind = "financial"          // personal financial data, financial accounts
	KindIdentifiers       DataKind = "identifiers"        // covered personal identifiers, identity numbers
	KindGovernmentRelated DataKind = "government-related" // government-related data (28 CFR 202.222)
	KindMinor             DataKind = "minor"              // data of a minor under 14 (PIPL Art. 28)
	KindReligion          DataKind = "religion"           // religious or philosophical beliefs
	KindEthnicOrigin      DataKind = "ethnic-origin"      // racial or ethnic origin
	KindPolitical         DataKind = "political-opinion"  // political opinions
	KindTradeUnion        DataKind = "trade-union"        // trade-union membership
	KindSexLife           DataKind = "sex-life"           // sex life or sexual orientation
	KindCriminal          DataKind = "criminal"           // criminal convictions and offences (GDPR Art. 10)
)

// DataKinds lists every data kind.
var DataKinds = []DataKind{KindGenomic, KindOmic, KindBiometric, KindGeolocation, KindHealth, KindFinancial,
	KindIdentifiers, KindGovernmentRelated, KindMinor, KindReligion, KindEthnicOrigin, KindPolitical,
	KindTradeUnion, KindSexLife, KindCriminal}

// ParseDataKind returns the data kind named s, or an EINVALID error.
func ParseDataKind(s string) (DataKind, error) {
	if k := DataKind(s); slices.Contains(DataKinds, k) {
		return k, nil
	}
	names := make([]string, len(DataKinds))
	for i, k := range DataKinds {
		names[i] = string(k)
	}
	return "", Errorf(EINVALID, "unknown data kind %q: want one of %s", s, strings.Join(names, ", "))
}

// CheckDataKinds checks that every kind is in the vocabulary and none is
// named twice.
func CheckDataKinds(kinds []DataKind) error {
	for i, k := range kinds {
		if _, err := ParseDataKind(string(k)); err != nil {
			return err
		}
		if slices.Contains(kinds[:i], k) {
			return Errorf(EINVALID, "data kind %q named twice", k)
		}
	}
	return nil
}

// MergeKinds returns the kinds of a and b, each once, in the vocabulary's
// order: a controller's kinds merged with detected ones never lose one.
func MergeKinds(a, b []DataKind) []DataKind {
	var out []DataKind
	for _, k := range DataKinds {
		if slices.Contains(a, k) || slices.Contains(b, k) {
			out = append(out, k)
		}
	}
	return out
}

// DataKindClassifier is a Classifier that also names the data kinds of the
// field kinds it found (its Classify's map).
type DataKindClassifier interface {
	DataKinds(fields map[string][]string) []DataKind
}
