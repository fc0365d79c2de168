package pii

import (
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

// generalise coarsens a value of type t: a date of birth to its year,
// coordinates to decimals places, an address to its region, an IP address
// to its network, an email address to its domain, a phone number to its
// country code. ok is false for types with no coarser form.
func generalise(t Type, s string, decimals int) (string, bool) {
	switch t {
	case DateOfBirth:
		if y, _, _, ok := parseDate(s); ok {
			return strconv.Itoa(y), true
		}
	case GeoLocation:
		return roundDecimals(s, decimals), true
	case PostalAddress:
		return region(s)
	case IPv4:
		if a, err := netip.ParseAddr(s); err == nil {
			p, _ := a.Prefix(24)
			return p.String(), true
		}
	case IPv6:
		if a, err := netip.ParseAddr(s); err == nil {
			p, _ := a.Prefix(48)
			return p.String(), true
		}
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
	// DE: "10115 Berlin"
	b := []byte(s)
	for i := 0; i+6 < len(b); i++ {
		if isDigit(b[i]) && (i == 0 || b[i-1] == ' ') && digitRun(b, i) == i+5 && b[i+5] == ' ' {
			if e := word(b, i+6); e > i+7 {
				return s[i+6 : e], true
			}
		}
	}
	return "", false
}
