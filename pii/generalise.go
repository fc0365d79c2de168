package pii

import (
	"fmt"
	"net/netip"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/nyaruka/phonenumbers"
)

const redacted = "[redacted]"

// mask replaces every letter and digit but the last keep with '*', leaving
// separators, so that "4111 1111 1111 1111" becomes "**** **** **** 1111".
// A value with no more than keep letters and digits is masked entirely.
func mask(s string, keep int) string {
	alnum := 0
	for _, r := range s {
		if isMaskable(r) {
			alnum++
		}
	}
	if alnum <= keep {
		keep = 0
	}
	var sb strings.Builder
	seen := 0
	for _, r := range s {
		if isMaskable(r) {
			seen++
			if seen <= alnum-keep {
				sb.WriteByte('*')
				continue
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func isMaskable(r rune) bool {
	return r < utf8.RuneSelf && isAlnum(byte(r)) || r >= 0x2E80
}

// Generalisation levels a generalise obligation may give as its Param,
// from fine to coarse. A number instead gives the decimals kept of
// coordinates. What a level means depends on the value: "year" keeps a
// birth date's year, "city" an address's city and coordinates to one
// decimal (about 11 km), "region" an address's province or state and
// coordinates to whole degrees. A level that does not apply to a value
// (a birth date told "city") gives the value's default.
const (
	LevelMonth   = "month"
	LevelYear    = "year"
	LevelCity    = "city"
	LevelRegion  = "region"
	LevelCountry = "country"
)

var levels = []string{LevelMonth, LevelYear, LevelCity, LevelRegion, LevelCountry}

// generalise coarsens a value of type t to the level param ("" for the
// type's default): a date of birth to its year (or month), coordinates to
// a number of decimals, an address to its region (or city), an IP address
// to its network, an email address to its domain, a phone number to its
// country code. ok is false for types with no coarser form.
func generalise(t Type, s, param string) (string, bool) {
	switch t {
	case DateOfBirth:
		if y, m, _, ok := parseDate(s); ok {
			if param == LevelMonth {
				return fmt.Sprintf("%04d-%02d", y, m), true
			}
			return strconv.Itoa(y), true
		}
	case GeoLocation:
		return roundDecimals(s, geoDecimals(param)), true
	case PostalAddress:
		switch param {
		case LevelCity, LevelMonth, LevelYear:
			return city(s)
		case LevelCountry:
			return country(s)
		}
		return region(s)
	case IPv4, IPv6:
		a, err := netip.ParseAddr(s)
		if err != nil {
			break
		}
		bits := 24
		switch {
		case a.Is6() && param == LevelRegion || a.Is6() && param == LevelCountry:
			bits = 32
		case a.Is6():
			bits = 48
		case param == LevelRegion || param == LevelCountry:
			bits = 16
		}
		p, _ := a.Prefix(bits)
		return p.String(), true
	case Email:
		if _, domain, ok := strings.Cut(s, "@"); ok {
			return "*@" + domain, true
		}
	case Phone:
		for _, r := range []string{"ZZ", "CN", "US", "DE"} {
			if n, err := phonenumbers.Parse(s, r); err == nil && phonenumbers.IsValidNumber(n) {
				return "+" + strconv.Itoa(int(n.GetCountryCode())), true
			}
		}
	}
	return "", false
}

// geoDecimals is how many decimals of coordinates a level keeps.
func geoDecimals(param string) int {
	switch param {
	case "", LevelCity, LevelMonth, LevelYear:
		return 1
	case LevelRegion, LevelCountry:
		return 0
	}
	return intParam(param, 1)
}

// roundDecimals rounds every decimal number in s to the given places:
// "39.904211, 116.407395" becomes "39.9, 116.4" (about 10 km, a city).
func roundDecimals(s string, places int) string {
	b := []byte(s)
	var sb strings.Builder
	for i := 0; i < len(b); {
		if v, end, _, ok := matchDecimal(b, i); ok && (i == 0 || !isDigit(b[i-1])) {
			sb.WriteString(strconv.FormatFloat(v, 'f', places, 64))
			i = end
			continue
		}
		sb.WriteByte(b[i])
		i++
	}
	return sb.String()
}

// region returns the coarsest part of an address that still says where:
// the province of a Chinese address, the state of a US one, the city of a
// German one.
func region(s string) (string, bool) {
	for _, p := range cnProvinceNames {
		if k := strings.Index(s, p); k >= 0 {
			rest := s[k:]
			for _, suf := range []string{"维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省", "市"} {
				if j := strings.Index(rest, suf); j >= 0 && j <= len(p)+3 {
					return rest[:j+len(suf)], true
				}
			}
			return p, true
		}
	}
	// US: ", ST 12345" or ", ST" at the end.
	if k := strings.LastIndex(s, ", "); k >= 0 && k+4 <= len(s) && usStates[s[k+2:k+4]] && (k+4 == len(s) || s[k+4] == ' ') {
		return s[k+2 : k+4], true
	}
	// DE: the Land of the city after the postcode, or only the country
	// when the city is not one the table knows.
	if c, ok := deCity(s); ok {
		if st, ok := deStates[c]; ok {
			return st, true
		}
		return "Deutschland", true
	}
	return "", false
}

// city returns the city of an address: "广东省深圳市" of a Chinese one (the
// province and the prefecture-level city), "Springfield, IL" of a US one,
// "Berlin" of a German one. Without a recognisable city it falls back to
// the region.
func city(s string) (string, bool) {
	if k := strings.Index(s, "市"); k > 0 {
		// The city's name is the up to four ideographs before 市, after a
		// province ("广东省深圳市") or at the start ("北京市").
		st, n := k, 0
		for st > 0 && n < 4 {
			r, size := utf8.DecodeLastRuneInString(s[:st])
			if !isHan(r) || strings.ContainsRune("省区县市路街道号", r) {
				break
			}
			st -= size
			n++
		}
		if n > 0 {
			name := s[st : k+len("市")]
			if reg, ok := region(s); ok && reg != name && (strings.HasSuffix(reg, "省") || strings.HasSuffix(reg, "区")) {
				return reg + name, true
			}
			return name, true
		}
	}
	if k := strings.LastIndex(s, ", "); k >= 0 && k+4 <= len(s) && usStates[s[k+2:k+4]] && (k+4 == len(s) || s[k+4] == ' ') {
		c := strings.LastIndex(s[:k], ", ")
		if c >= 0 && k-c > 2 {
			return s[c+2 : k+4], true
		}
		return s[k+2 : k+4], true
	}
	if c, ok := deCity(s); ok {
		return c, true
	}
	return region(s)
}

// deCity returns the place after a German postcode: "Berlin" of
// "Hauptstraße 5, 10115 Berlin".
func deCity(s string) (string, bool) {
	b := []byte(s)
	for i := 0; i+6 < len(b); i++ {
		if isDigit(b[i]) && (i == 0 || b[i-1] == ' ') && digitRun(b, i) == i+5 && b[i+5] == ' ' {
			e := i + 6
			for e < len(b) && b[e] != ',' && b[e] != '\n' {
				e++
			}
			if c := strings.TrimSpace(s[i+6 : e]); c != "" {
				return c, true
			}
		}
	}
	return "", false
}

// deStates maps the larger German cities to their Land, the region of a
// German address.
var deStates = map[string]string{
	"Berlin": "Berlin", "Hamburg": "Hamburg", "Bremen": "Bremen", "München": "Bayern", "Nürnberg": "Bayern",
	"Augsburg": "Bayern", "Regensburg": "Bayern", "Würzburg": "Bayern", "Köln": "Nordrhein-Westfalen",
	"Düsseldorf": "Nordrhein-Westfalen", "Dortmund": "Nordrhein-Westfalen", "Essen": "Nordrhein-Westfalen",
	"Duisburg": "Nordrhein-Westfalen", "Bochum": "Nordrhein-Westfalen", "Bonn": "Nordrhein-Westfalen",
	"Münster": "Nordrhein-Westfalen", "Aachen": "Nordrhein-Westfalen", "Frankfurt": "Hessen", "Frankfurt am Main": "Hessen",
	"Wiesbaden": "Hessen", "Kassel": "Hessen", "Darmstadt": "Hessen", "Stuttgart": "Baden-Württemberg",
	"Karlsruhe": "Baden-Württemberg", "Mannheim": "Baden-Württemberg", "Freiburg": "Baden-Württemberg",
	"Heidelberg": "Baden-Württemberg", "Leipzig": "Sachsen", "Dresden": "Sachsen", "Chemnitz": "Sachsen",
	"Hannover": "Niedersachsen", "Braunschweig": "Niedersachsen", "Oldenburg": "Niedersachsen", "Osnabrück": "Niedersachsen",
	"Kiel": "Schleswig-Holstein", "Lübeck": "Schleswig-Holstein", "Rostock": "Mecklenburg-Vorpommern",
	"Schwerin": "Mecklenburg-Vorpommern", "Potsdam": "Brandenburg", "Magdeburg": "Sachsen-Anhalt", "Halle": "Sachsen-Anhalt",
	"Erfurt": "Thüringen", "Jena": "Thüringen", "Mainz": "Rheinland-Pfalz", "Saarbrücken": "Saarland",
}

// country returns the country an address is in, when the notation tells.
func country(s string) (string, bool) {
	if _, ok := region(s); !ok {
		return "", false
	}
	for _, p := range cnProvinceNames {
		if strings.Contains(s, p) {
			return "中国", true
		}
	}
	if k := strings.LastIndex(s, ", "); k >= 0 && k+4 <= len(s) && usStates[s[k+2:k+4]] {
		return "US", true
	}
	return "Deutschland", true
}

// addressParts rank the fields of a structured address from fine to
// coarse, by normalised field name.
var addressParts = map[string]int{
	"street": 0, "streetaddress": 0, "addressline": 0, "addressline1": 0, "addressline2": 0, "line1": 0, "line2": 0,
	"strasse": 0, "housenumber": 0, "hausnummer": 0, "zip": 0, "zipcode": 0, "postcode": 0, "postalcode": 0, "plz": 0,
	"district": 1, "county": 1, "区": 1, "city": 2, "town": 2, "ort": 2, "stadt": 2, "locality": 2, "市": 2, "城市": 2,
	"state": 3, "province": 3, "region": 3, "bundesland": 3, "省": 3, "country": 4, "countrycode": 4, "land": 4, "国家": 4,
}

// addressPart reports whether the address field named key is kept under a
// generalisation to level (city unless region or country), and whether
// key names a part of an address at all.
func addressPart(key, level string) (keep, known bool) {
	rank, ok := addressParts[normaliseKey(key)]
	if !ok {
		return false, false
	}
	want := 2
	switch level {
	case LevelRegion:
		want = 3
	case LevelCountry:
		want = 4
	}
	return rank >= want, true
}

// coarserPart returns a Chinese address part cut to the level asked for
// when it says more: "深圳市" of "深圳市南山区" at city level, "广东省" of
// "广东省深圳市" at region level. Parts in Latin script ("Berlin",
// "Springfield") name one place and are kept.
func coarserPart(s, level string) (string, bool) {
	markers := "市州盟"
	switch level {
	case LevelRegion:
		markers = "省区市"
	case LevelCountry:
		return "", false
	}
	for i, r := range s {
		if !isHan(r) {
			continue
		}
		if strings.ContainsRune(markers, r) {
			end := i + utf8.RuneLen(r)
			return s[:end], end < len(s)
		}
	}
	return "", false
}
