package pii

import (
	"context"
	"encoding/json"
	"strings"

	"github.com/comity-project/comity"
)

// ClassifierConfig configures a Classifier.
type ClassifierConfig struct {
	// Jurisdiction is the home whose law says which personal information
	// is sensitive: CN (PIPL Art. 28: also identity document numbers,
	// financial accounts, whereabouts and the data of children under 14),
	// the EU and EEA states, GB and CH (GDPR Art. 9 special categories and
	// Art. 10 criminal records only), US (the sensitive personal
	// information of the CPRA, Cal. Civ. Code 1798.140(ae): also
	// government identifiers, financial accounts and precise location).
	// Any other, or none, applies the strictest, PIPL's.
	Jurisdiction comity.Jurisdiction
	// Detector finds the personal information in values; nil means
	// Default.
	Detector *Detector
}

// Classifier assigns categories to records homed in one jurisdiction. It
// implements comity.Classifier and is safe for concurrent use.
type Classifier struct {
	d         *Detector
	sensitive map[string]bool
}

var _ comity.Classifier = (*Classifier)(nil)

// NewClassifier returns a Classifier for cfg.
func NewClassifier(ctx context.Context, cfg ClassifierConfig) (*Classifier, error) {
	c := &Classifier{d: cfg.Detector, sensitive: SensitiveKinds(cfg.Jurisdiction)}
	if c.d == nil {
		c.d = Default
	}
	return c, nil
}

// Classify assigns a category to a record's fields, as
// (*Detector).Classify does, by the law of the classifier's jurisdiction.
func (c *Classifier) Classify(fields json.RawMessage) (comity.Category, map[string][]string) {
	return c.d.classify(fields, c.sensitive)
}

// gdprStates are the states where the GDPR applies (the EU and the EEA)
// and those with a law modelled on it (the UK GDPR, Switzerland's FADP).
const gdprStates = " AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO GB CH "

// gdprSensitive are the special categories of GDPR Art. 9 and the
// criminal records of Art. 10.
var gdprSensitive = map[string]bool{
	KindHealth: true, KindBiometric: true, KindGenetic: true, KindReligion: true, KindEthnicity: true,
	KindPolitical: true, KindTradeUnion: true, KindSexLife: true, KindCriminal: true, KindOmic: true,
}

// cpraSensitive is the sensitive personal information of the CPRA:
// government identifiers, financial accounts and cards, precise
// geolocation, racial or ethnic origin, religion, union membership,
// genetic, biometric and health data, sex life.
var cpraSensitive = map[string]bool{
	KindHealth: true, KindBiometric: true, KindGenetic: true, KindReligion: true, KindEthnicity: true,
	KindTradeUnion: true, KindSexLife: true, KindFinancialAccount: true, KindNationalID: true, KindOmic: true,
	PaymentCard.String(): true, IBAN.String(): true, GeoLocation.String(): true,
	CNResidentID.String(): true, USSSN.String(): true, Passport.String(): true, DETaxID.String(): true,
}

// SensitiveKinds returns the kinds (detector types and the Kind
// constants) that make a record homed in j sensitive-personal; see
// ClassifierConfig.Jurisdiction.
func SensitiveKinds(j comity.Jurisdiction) map[string]bool {
	switch {
	case j == "US":
		return cpraSensitive
	case len(j) == 2 && strings.Contains(gdprStates, " "+string(j)+" "):
		return gdprSensitive
	}
	return sensitiveKinds
}
