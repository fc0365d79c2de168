package pii

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comity-project/comity"
)

// Kinds of personal information that field names reveal and the detector
// cannot see in values. They appear, beside the detector's types, in the
// field map that Classify returns.
const (
	KindHealth           = "health"
	KindBiometric        = "biometric"
	KindGenetic          = "genetic"
	KindReligion         = "religion"
	KindEthnicity        = "ethnicity"
	KindPolitical        = "political_opinion"
	KindTradeUnion       = "trade_union"
	KindSexLife          = "sex_life"
	KindCriminal         = "criminal_record"
	KindMinor            = "minor"
	KindFinancialAccount = "financial_account"
	KindNationalID       = "national_id"
)

// sensitiveKinds are the kinds that make a record sensitive-personal:
// the special categories of GDPR Art. 9 (and Art. 10, criminal records) and
// the sensitive personal information of PIPL Art. 28 — biometrics, religion,
// specific identity, health, financial accounts, whereabouts (precise
// location), and the information of minors under 14. Identity document
// numbers count as "specific identity" (as GB/T 35273 lists them), which is
// stricter than the GDPR.
var sensitiveKinds = map[string]bool{
	KindHealth: true, KindBiometric: true, KindGenetic: true, KindReligion: true, KindEthnicity: true,
	KindPolitical: true, KindTradeUnion: true, KindSexLife: true, KindCriminal: true, KindMinor: true,
	KindFinancialAccount: true, KindNationalID: true, KindOmic: true,
	PaymentCard.String(): true, IBAN.String(): true, GeoLocation.String(): true,
	CNResidentID.String(): true, USSSN.String(): true, Passport.String(): true, DETaxID.String(): true,
}

// fieldHints maps normalised field names (lower case, letters and digits
// only) to the kind they announce. Exact names first; fieldHintParts are
// matched as substrings.
var fieldHints = map[string]string{
	"email": Email.String(), "mail": Email.String(), "emailaddress": Email.String(),
	"phone": Phone.String(), "mobile": Phone.String(), "tel": Phone.String(), "telephone": Phone.String(),
	"phonenumber": Phone.String(), "handy": Phone.String(), "telefon": Phone.String(), "fax": Phone.String(),
	"name": PersonName.String(), "fullname": PersonName.String(), "firstname": PersonName.String(),
	"lastname": PersonName.String(), "surname": PersonName.String(), "givenname": PersonName.String(),
	"familyname": PersonName.String(), "vorname": PersonName.String(), "nachname": PersonName.String(),
	"xingming": PersonName.String(), "姓名": PersonName.String(), "contactname": PersonName.String(),
	"customername": PersonName.String(), "patientname": PersonName.String(),
	"address": PostalAddress.String(), "street": PostalAddress.String(), "addressline": PostalAddress.String(),
	"anschrift": PostalAddress.String(), "strasse": PostalAddress.String(), "postcode": PostalAddress.String(),
	"zip": PostalAddress.String(), "zipcode": PostalAddress.String(), "plz": PostalAddress.String(), "地址": PostalAddress.String(),
	"dob": DateOfBirth.String(), "birthdate": DateOfBirth.String(), "dateofbirth": DateOfBirth.String(),
	"birthday": DateOfBirth.String(), "geburtsdatum": DateOfBirth.String(), "出生日期": DateOfBirth.String(),
	"ssn": USSSN.String(), "socialsecuritynumber": USSSN.String(),
	"passport": Passport.String(), "passportnumber": Passport.String(), "passportno": Passport.String(),
	"idcard": KindNationalID, "idnumber": KindNationalID, "nationalid": KindNationalID, "residentid": KindNationalID,
	"身份证": KindNationalID, "身份证号": KindNationalID, "taxid": KindNationalID, "steuerid": KindNationalID, "tin": KindNationalID,
	"iban": IBAN.String(), "bankaccount": KindFinancialAccount, "accountnumber": KindFinancialAccount,
	"cardnumber": PaymentCard.String(), "creditcard": PaymentCard.String(), "pan": PaymentCard.String(),
	"lat": GeoLocation.String(), "latitude": GeoLocation.String(), "lon": GeoLocation.String(),
	"lng": GeoLocation.String(), "longitude": GeoLocation.String(), "gps": GeoLocation.String(),
	"coordinates": GeoLocation.String(), "geolocation": GeoLocation.String(), "location": GeoLocation.String(),
	"ip": IPv4.String(), "ipaddress": IPv4.String(), "clientip": IPv4.String(), "mac": MAC.String(), "macaddress": MAC.String(),
	"religion": KindReligion, "faith": KindReligion, "konfession": KindReligion, "宗教": KindReligion,
	"ethnicity": KindEthnicity, "race": KindEthnicity, "ethnic": KindEthnicity, "民族": KindEthnicity,
	"union": KindTradeUnion, "tradeunion": KindTradeUnion, "gewerkschaft": KindTradeUnion,
	"sexualorientation": KindSexLife, "sexlife": KindSexLife,
	"politicalopinion": KindPolitical, "politicalparty": KindPolitical, "partymembership": KindPolitical,
	"criminalrecord": KindCriminal, "conviction": KindCriminal, "convictions": KindCriminal, "offence": KindCriminal,
	"salary": KindFinancialAccount, "income": KindFinancialAccount, "creditscore": KindFinancialAccount,
}

var fieldHintParts = []struct{ part, kind string }{
	{"diagnos", KindHealth}, {"medical", KindHealth}, {"health", KindHealth}, {"disease", KindHealth},
	{"medication", KindHealth}, {"prescription", KindHealth}, {"allerg", KindHealth}, {"bloodtype", KindHealth},
	{"symptom", KindHealth}, {"pregnan", KindHealth}, {"disabilit", KindHealth}, {"病", KindHealth}, {"诊断", KindHealth},
	{"fingerprint", KindBiometric}, {"faceprint", KindBiometric}, {"facialimage", KindBiometric}, {"biometric", KindBiometric},
	{"iris", KindBiometric}, {"voiceprint", KindBiometric}, {"指纹", KindBiometric}, {"人脸", KindBiometric},
	{"epigenom", KindOmic}, {"proteom", KindOmic}, {"transcriptom", KindOmic}, {"metabolom", KindOmic},
	{"genetic", KindGenetic}, {"genome", KindGenetic}, {"genomic", KindGenetic}, {"dna", KindGenetic},
	{"bankaccount", KindFinancialAccount}, {"iban", IBAN.String()}, {"cardnumber", PaymentCard.String()},
	{"email", Email.String()}, {"phone", Phone.String()}, {"birth", DateOfBirth.String()}, {"passport", Passport.String()},
}

// normaliseKey lower-cases a field name and drops everything but letters
// and digits, so that "Date_of-Birth" and "dateOfBirth" compare equal.
func normaliseKey(k string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(k) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 0x2E80 {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// hints memoises hintFor: records repeat the same few field names.
var (
	hints  sync.Map // field name -> kind
	hintsN atomic.Int64
)

// hintFor returns the kind a field name announces, or "".
func hintFor(key string) string {
	if v, ok := hints.Load(key); ok {
		return v.(string)
	}
	kind := hintOf(key)
	if hintsN.Add(1) <= 4096 {
		hints.Store(key, kind)
	}
	return kind
}

func hintOf(key string) string {
	k := normaliseKey(key)
	if k == "" || isIndex(k) {
		return ""
	}
	if kind, ok := fieldHints[k]; ok {
		return kind
	}
	for _, h := range fieldHintParts {
		if strings.Contains(k, h.part) {
			return h.kind
		}
	}
	return ""
}

var errNotJSON = errors.New("not JSON")

// minorAge is the age below which PIPL Art. 28 treats a person's
// information as sensitive.
const minorAge = 14

// Classify assigns a category to a record's fields with the Default
// detector and the strictest law (see (*Detector).Classify).
func Classify(fields json.RawMessage) (comity.Category, map[string][]string) {
	return Default.Classify(fields)
}

// Classify assigns a category to a record's fields — a JSON object — and
// returns, for every field path that holds personal information, the kinds
// it holds: detector types found in the value ("email", "cn_resident_id")
// and kinds announced by field names ("health", "religion"). The category
// is sensitive-personal when any kind is sensitive under the strictest of
// the laws a Classifier knows (PIPL Art. 28, which includes identity
// document numbers, financial accounts, precise location and the data of
// minors), personal when any is found, and general otherwise; it is never
// important or core, which are decided by the rulebooks, not by content.
// Fields that are not valid JSON are classified as one text under the path
// "".
func (d *Detector) Classify(fields json.RawMessage) (comity.Category, map[string][]string) {
	return d.classify(fields, sensitiveKinds)
}

func (d *Detector) classify(fields json.RawMessage, sensitive map[string]bool) (comity.Category, map[string][]string) {
	found := map[string][]string{}
	add := func(path, kind string) {
		if !slices.Contains(found[path], kind) {
			found[path] = append(found[path], kind)
		}
	}
	err := errNotJSON
	if json.Valid(fields) {
		err = leaves(fields, func(path []string, leaf []byte) {
			text, ok := leafText(leaf)
			if !ok || text == "" {
				return
			}
			p := joinPath(path)
			for _, k := range path {
				if kind := hintFor(k); kind != "" {
					add(p, kind)
				}
			}
			for _, f := range d.DetectString(text) {
				add(p, f.Type.String())
				if f.Type == DateOfBirth && isMinor(text[f.Start:f.End]) {
					add(p, KindMinor)
				}
			}
			last := ""
			if len(path) > 0 {
				last = normaliseKey(path[len(path)-1])
			}
			switch {
			case last == "age":
				var age float64
				if json.Unmarshal(leaf, &age) == nil && age >= 0 && age < minorAge {
					add(p, KindMinor)
				}
			case fieldHints[last] == DateOfBirth.String() && isMinor(text):
				add(p, KindMinor)
			}
		})
	}
	if err != nil {
		for _, f := range d.Detect(fields) {
			add("", f.Type.String())
		}
	}
	cat := comity.CategoryGeneral
	for p, kinds := range found {
		slices.Sort(kinds)
		found[p] = kinds
		for _, k := range kinds {
			if sensitive[k] {
				cat = comity.CategorySensitivePersonal
			} else if cat == comity.CategoryGeneral {
				cat = comity.CategoryPersonal
			}
		}
	}
	return cat, found
}

// isMinor reports whether a date of birth written in one of the notations
// the detector reads is less than minorAge years ago.
func isMinor(s string) bool {
	y, m, d, ok := parseDate(s)
	if !ok {
		return false
	}
	born := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return born.AddDate(minorAge, 0, 0).After(time.Now())
}
