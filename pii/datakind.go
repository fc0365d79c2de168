package pii

import (
	"github.com/comity-project/comity"
)

// KindOmic is the field-name kind of human 'omic data other than genomic
// (epigenomic, proteomic, transcriptomic, metabolomic): 28 CFR 202.224.
const KindOmic = "omic"

// dataKinds maps the kinds Classify reports (detector types and field-name
// kinds) to the data kinds the rulebooks count. Covered personal
// identifiers (28 CFR 202.212) are government and financial account
// numbers and device or network identifiers; names, e-mail addresses and
// phone numbers alone are contact data, which count only when linked to
// those, so they map to no kind.
var dataKinds = map[string]comity.DataKind{
	KindGenetic: comity.KindGenomic, KindOmic: comity.KindOmic,
	KindBiometric: comity.KindBiometric, GeoLocation.String(): comity.KindGeolocation,
	KindHealth: comity.KindHealth, KindFinancialAccount: comity.KindFinancial,
	IBAN.String(): comity.KindFinancial, PaymentCard.String(): comity.KindFinancial,
	KindNationalID: comity.KindIdentifiers, CNResidentID.String(): comity.KindIdentifiers,
	USSSN.String(): comity.KindIdentifiers, Passport.String(): comity.KindIdentifiers,
	DETaxID.String(): comity.KindIdentifiers, IPv4.String(): comity.KindIdentifiers,
	IPv6.String(): comity.KindIdentifiers, MAC.String(): comity.KindIdentifiers,
	KindMinor: comity.KindMinor, KindReligion: comity.KindReligion, KindEthnicity: comity.KindEthnicOrigin,
	KindPolitical: comity.KindPolitical, KindTradeUnion: comity.KindTradeUnion, KindSexLife: comity.KindSexLife,
	KindCriminal: comity.KindCriminal,
}

// DataKinds returns the data kinds that the field kinds found by Classify
// amount to, in the vocabulary's order.
func DataKinds(fields map[string][]string) []comity.DataKind {
	var found []comity.DataKind
	for _, kinds := range fields {
		for _, k := range kinds {
			if dk, ok := dataKinds[k]; ok {
				found = append(found, dk)
			}
		}
	}
	return comity.MergeKinds(found, nil)
}

// DataKinds implements comity.DataKindClassifier.
func (d *Detector) DataKinds(fields map[string][]string) []comity.DataKind { return DataKinds(fields) }

// DataKinds implements comity.DataKindClassifier.
func (c *Classifier) DataKinds(fields map[string][]string) []comity.DataKind {
	return DataKinds(fields)
}

var (
	_ comity.DataKindClassifier = (*Detector)(nil)
	_ comity.DataKindClassifier = (*Classifier)(nil)
)
