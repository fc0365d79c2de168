package pii

import (
	"slices"
	"sync"

	"github.com/nyaruka/phonenumbers"
)

var phoneWords = newWords("tel", "phone", "call", "mobile", "cell", "fax", "whatsapp", "telefon", "handy", "ruf", "电话", "手机", "联系方式", "致电")

// phoneCandidate is a run of digits with the separators people write phone
// numbers with: "+86 138 1234 5678", "(415) 555-2671", "030/1234567".
type phoneCandidate struct {
	start, end int
	plus       bool
	n          int      // digits
	first      [3]byte  // the first three digits
	glen       [8]uint8 // group lengths
	ng         int
}

func readPhone(b []byte, i int) (c phoneCandidate) {
	p := i
	if p > 0 && b[p-1] == '(' {
		p--
	}
	if p > 0 && b[p-1] == '+' {
		p--
		c.plus = true
	}
	c.start = p
	j := p
	if c.plus {
		j++
	}
	open := false
	for j < len(b) && j-p < 24 {
		ch := b[j]
		if isDigit(ch) {
			if c.n < 3 {
				c.first[c.n] = ch
			}
			c.n++
			if c.ng < len(c.glen) {
				c.glen[c.ng]++
			}
			j++
			continue
		}
		// Up to two separator characters, then a digit.
		m, seps := j, 0
		for m < len(b) && seps < 2 && (b[m] == ' ' || b[m] == '-' || b[m] == '.' || b[m] == '/' || b[m] == '(' || b[m] == ')') {
			if b[m] == '(' {
				open = true
			} else if b[m] == ')' {
				if !open {
					break
				}
				open = false
			}
			m++
			seps++
		}
		// ". " ends a sentence, not a group: "Tel: 303-680-1160. 6118…".
		if seps == 0 || m >= len(b) || !isDigit(b[m]) || (seps == 2 && (b[m-1] == b[m-2] || b[m-2] == '.' && b[m-1] == ' ')) {
			break
		}
		if j > p && c.glen[min(c.ng, 7)] > 0 {
			c.ng++
		}
		j = m
	}
	if c.ng < len(c.glen) && c.glen[c.ng] > 0 {
		c.ng++
	}
	c.end = j
	return c
}

// shapeOK decides which national formats a candidate without a country code
// may be, so that dates, amounts and order numbers never reach the numbering
// plan: CN mobiles (11 digits from 13-19, or 3-4-4), CN and DE numbers with
// a trunk 0 and an area code, US numbers as 3-3-4 or 1-3-3-4.
func (c *phoneCandidate) shapeOK(ctx bool) bool {
	g := c.glen[:min(c.ng, 8)]
	eq := func(ls ...uint8) bool {
		if len(g) != len(ls) {
			return false
		}
		for i := range ls {
			if g[i] != ls[i] {
				return false
			}
		}
		return true
	}
	switch {
	case c.n == 11 && c.first[0] == '1' && c.first[1] >= '3' && (len(g) == 1 || eq(3, 4, 4)):
		return true
	case c.n == 10 && (eq(3, 3, 4)) || c.n == 11 && c.first[0] == '1' && eq(1, 3, 3, 4):
		return true
	case c.first[0] == '0' && len(g) == 2 && g[0] >= 3 && g[0] <= 5 && g[1] >= 5 && c.n >= 9 && c.n <= 13:
		return true // trunk 0, area code, subscriber number: "030 1234567", "0755-12345678"
	case c.first[0] == '0' && c.first[1] == '1' && c.first[2] >= '5' && c.first[2] <= '7' && eq(4, 4, 4):
		return true // German mobile in fours: "0151 2345 6789"
	case ctx && len(g) == 1 && c.n >= 10 && c.n <= 12:
		return true
	}
	return false
}

// maxPhoneMemo bounds the memo of numbering-plan answers.
const maxPhoneMemo = 1 << 16

// phoneMemo remembers the numbering plan's answer for a candidate as
// written, in its region: texts repeat the same numbers (a customer's in
// every record), and an exact key cannot give a wrong answer.
type phoneMemo struct {
	mu sync.RWMutex
	m  map[string]string // region "|" candidate -> region valid in, or ""
}

func (pm *phoneMemo) get(key []byte) (string, bool) {
	pm.mu.RLock()
	v, ok := pm.m[string(key)]
	pm.mu.RUnlock()
	return v, ok
}

func (pm *phoneMemo) put(key []byte, v string) {
	pm.mu.Lock()
	if pm.m == nil {
		pm.m = map[string]string{}
	}
	if len(pm.m) < maxPhoneMemo {
		pm.m[string(key)] = v
	}
	pm.mu.Unlock()
}

// validPhone asks the numbering plan (github.com/nyaruka/phonenumbers)
// whether s is a valid number of region ("" for a number with a country
// code) and returns the region it belongs to.
func (d *Detector) validPhone(s []byte, region string) (string, bool) {
	var kb [48]byte
	key := append(append(append(kb[:0], region...), '|'), s...)
	if v, ok := d.phoneMemo.get(key); ok {
		return v, v != ""
	}
	got, decided := fastPhone(s, region)
	if decided {
		d.phoneMemo.put(key, got)
		return got, got != ""
	}
	var pn phonenumbers.PhoneNumber
	if region == "" {
		if err := phonenumbers.ParseToNumber(string(s), "ZZ", &pn); err == nil && phonenumbers.IsValidNumber(&pn) {
			got = phonenumbers.GetRegionCodeForNumber(&pn)
		}
	} else if err := phonenumbers.ParseToNumber(string(s), region, &pn); err == nil && phonenumbers.IsValidNumberForRegion(&pn, region) {
		got = region
	}
	d.phoneMemo.put(key, got)
	return got, got != ""
}

// matchPhone reads a phone number around the digit at i and validates it
// against the numbering plan of its country (from a leading +) or of the
// first of the detector's regions it is valid in.
func (s *scan) matchPhone(i int) (start, end int, validation string, conf float64, ok bool) {
	b := s.b
	c := readPhone(b, i)
	if c.n < 8 || c.n > 15 || !leftOK(b, c.start) || !rightOK(b, c.end) || negative(b, c.start) {
		return 0, 0, "", 0, false
	}
	str := b[c.start:c.end]
	if c.plus {
		r, ok := s.d.validPhone(str, "")
		if !ok {
			return 0, 0, "", 0, false
		}
		return c.start, c.end, phoneValidation(r), 0.97, true
	}
	// Look for context words only when the shape needs them.
	ctx := false
	if !c.shapeOK(false) {
		if ctx = hasContextWithin(b, c.start, phoneWords, 24); !ctx || !c.shapeOK(true) {
			return 0, 0, "", 0, false
		}
	}
	if hasContextWithin(b, c.start, notPIIWords, 20) {
		return 0, 0, "", 0, false
	}
	if !ctx {
		ctx = hasContextWithin(b, c.start, phoneWords, 24)
	}
	var order [8]string
	for _, r := range s.regionOrder(&c, order[:0]) {
		if _, ok := s.d.validPhone(str, r); ok {
			conf = 0.9
			if ctx {
				conf = 0.97
			}
			return c.start, c.end, phoneValidation(r), conf, true
		}
	}
	return 0, 0, "", 0, false
}

// regionOrder returns the detector's regions in the order a number without
// a country code is tried in: a number written as North American numbers
// are ("(415) 555-2671", "415-555-2671", "1-415-555-2671") in the US first,
// one after Chinese text in CN first, one with a trunk 0 after other text in
// DE first. Most ten-digit US numbers are also valid Chinese numbers
// without their trunk 0, so the order decides which country is reported.
func (s *scan) regionOrder(c *phoneCandidate, dst []string) []string {
	first := ""
	g := c.glen[:min(c.ng, 8)]
	switch {
	case c.n == 10 && len(g) == 3 && g[0] == 3 && g[1] == 3 && g[2] == 4,
		c.n == 11 && c.first[0] == '1' && len(g) == 4 && g[0] == 1,
		c.start < len(s.b) && s.b[c.start] == '(' && c.first[0] != '0':
		first = "US"
	case c.first[0] == '0' && c.first[1] == '1' && c.first[2] != '0':
		first = "DE" // China's only area code from 01 is 010 (Beijing)
	case hanBefore(s.b, c.start, 24):
		first = "CN"
	case c.first[0] == '0':
		first = "DE"
	}
	if first != "" && slices.Contains(s.d.regions, first) {
		dst = append(dst, first)
	}
	for _, r := range s.d.regions {
		if r != first {
			dst = append(dst, r)
		}
	}
	return dst
}

// hanBefore reports whether one of the window bytes before p begins a CJK
// ideograph.
func hanBefore(b []byte, p, window int) bool {
	for k := p - 1; k >= 0 && k >= p-window; k-- {
		if b[k] >= 0xE4 && b[k] <= 0xE9 {
			return true
		}
	}
	return false
}

// fastRegions are the country codes whose numbers fastPhone validates.
var fastRegions = map[string]int32{"CN": 86, "US": 1, "DE": 49}

// fastPhone validates a number of China, the US or Germany without
// phonenumbers' parser, whose regular expressions cost most of the time
// spent on phone numbers: it strips the country code (s starting with '+')
// or the trunk prefix (0 in CN and DE, 1 in the US) itself and checks the
// national number against the region's compiled numbering plan (see
// numberPlan). decided is false for anything else, which the parser then
// handles.
func fastPhone(s []byte, region string) (got string, decided bool) {
	var d [20]byte
	n := 0
	for _, c := range s {
		if isDigit(c) {
			if n == len(d) {
				return "", false
			}
			d[n] = c - '0'
			n++
		}
	}
	digits := d[:n]
	var cc int32
	if region == "" {
		switch {
		case n > 1 && digits[0] == 1:
			region, cc, digits = "US", 1, digits[1:]
		case n > 2 && digits[0] == 8 && digits[1] == 6:
			region, cc, digits = "CN", 86, digits[2:]
		case n > 2 && digits[0] == 4 && digits[1] == 9:
			region, cc, digits = "DE", 49, digits[2:]
		default:
			return "", false
		}
	} else {
		var ok bool
		if cc, ok = fastRegions[region]; !ok {
			return "", false
		}
		switch {
		case region == "US" && len(digits) == 11 && digits[0] == 1:
			digits = digits[1:]
		case region != "US" && len(digits) > 0 && digits[0] == 0:
			digits = digits[1:]
		}
	}
	if len(digits) == 0 || digits[0] == 0 {
		return "", false // "+49 (0)30 …", "00 …": leave to the parser
	}
	var nn [20]byte
	for i, v := range digits {
		nn[i] = '0' + v
	}
	plan := numberPlans()[region]
	if plan == nil {
		return "", false
	}
	if plan.valid(string(nn[:len(digits)])) {
		return region, true
	}
	if cc == 1 && s[0] == '+' {
		return "", false // another country of the North American plan: the parser tells which
	}
	return "", true
}

var phoneValidations = map[string]string{"CN": "phonenumbers:CN", "US": "phonenumbers:US", "DE": "phonenumbers:DE"}

// phoneValidation is a phone finding's validation, without allocating for
// the common regions.
func phoneValidation(region string) string {
	if v, ok := phoneValidations[region]; ok {
		return v
	}
	return "phonenumbers:" + region
}

// negative reports whether a minus sign makes the number at p negative, as
// in code and data ("Unix(-19012425939", "x=-1234567890"): no one writes a
// phone number so.
func negative(b []byte, p int) bool {
	return p > 0 && b[p-1] == '-' && (p == 1 || b[p-2] == '(' || b[p-2] == '=' || b[p-2] == ',' || b[p-2] == '[')
}
