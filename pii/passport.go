package pii

var passportWords = newWords("passport", "pass no", "pass-nr", "passnr", "passnummer", "reisepass", "护照")

// deDocChars are the characters of German passport and identity card serial
// numbers (no vowels, no B, D, Q, S, which look like digits).
func deDocChar(c byte) bool {
	switch c {
	case 'C', 'F', 'G', 'H', 'J', 'K', 'L', 'M', 'N', 'P', 'R', 'T', 'V', 'W', 'X', 'Y', 'Z':
		return true
	}
	return isDigit(c)
}

// matchPassport reads a passport number whose letters begin at ls and digits
// at i, after a context word: Chinese (E or G and 8 digits, or E, a letter
// and 7 digits), US (9 digits, or a letter and 8 digits) or German (9
// characters from the serial alphabet, the first C, F, G, H, J or K).
func matchPassport(b []byte, ls, i int) (end int, validation string, ok bool) {
	e := ls
	for e < len(b) && e-ls < 10 && isAlnum(b[e]) {
		e++
	}
	if e-ls != 9 || !leftOK(b, ls) || !rightOK(b, e) {
		return 0, "", false
	}
	t := b[ls:e]
	letters := i - ls
	allDigits := func(s []byte) bool {
		for _, c := range s {
			if !isDigit(c) {
				return false
			}
		}
		return true
	}
	cn := letters == 1 && (t[0] == 'E' || t[0] == 'G') && allDigits(t[1:]) ||
		letters == 2 && t[0] == 'E' && isUpper(t[1]) && t[1] != 'I' && t[1] != 'O' && allDigits(t[2:])
	us := letters == 0 && allDigits(t) || letters == 1 && isUpper(t[0]) && allDigits(t[1:])
	de := true
	switch t[0] {
	case 'C', 'F', 'G', 'H', 'J', 'K':
		for _, c := range t {
			de = de && deDocChar(c)
		}
	default:
		de = false
	}
	if !cn && !us && !de {
		return 0, "", false
	}
	// The nearest context word decides: "passport … SSN: 123456789" is an SSN.
	dp := ctxDistance(b, ls, passportWords, ctxWindow)
	if dp < 0 {
		return 0, "", false
	}
	if ds := ctxDistance(b, ls, ssnWords, ctxWindow); ds >= 0 && ds < dp || hasContextWithin(b, ls, notPIIWords, 16) {
		return 0, "", false
	}
	// Formats overlap ("E12345678" may be Chinese or American): words
	// naming the country decide, then the order CN, US, DE.
	switch hint := passportCountry(b, ls, e); {
	case hint == "us" && us:
		validation = "format:us+context"
	case hint == "de" && de:
		validation = "format:de+context"
	case cn:
		validation = "format:cn+context"
	case us:
		validation = "format:us+context"
	default:
		validation = "format:de+context"
	}
	return e, validation, true
}

// passportCountries maps words that name a passport's country to it.
var passportCountries = map[string]string{
	"china": "cn", "chinese": "cn", "prc": "cn", "beijing": "cn", "shanghai": "cn", "中国": "cn", "中华": "cn", "护照": "cn",
	"us ": "us", "u.s": "us", "usa": "us", "american": "us", "united states": "us",
	"germany": "de", "german": "de", "deutsch": "de", "bundesrepublik": "de", "reisepass": "de", "passnummer": "de",
}

var countryWords = func() *words {
	var ws []string
	for w := range passportCountries {
		ws = append(ws, w)
	}
	return newWords(ws...)
}()

// passportCountry returns the country ("cn", "us", "de") that the nearest
// word before the passport number [p, e) names or, without one, the first
// word just after it; "" when none does.
func passportCountry(b []byte, p, e int) string {
	if w, d := nearestWord(b, p, countryWords, ctxWindow); d >= 0 {
		return passportCountries[w]
	}
	// After: "Passport E12345678 issued in Beijing", "passport C01X00T47 (Germany)".
	return passportCountries[wordAfter(b, e, countryWords, 32)]
}

// serialFirst are the letters a German passport serial begins with.
const serialFirst = "CFGHJK"

// serialFirsts marks the bytes of serialFirst, for upper's test of every
// capital.
var serialFirsts = func() (t [256]bool) {
	for k := range len(serialFirst) {
		t[serialFirst[k]] = true
	}
	return t
}()

// serial handles a capital that may begin a German passport serial made of
// letters only ("KGPJGGNPT", one serial in forty): serials with a digit are
// found from the digit. It returns the end of the capitals it read, or the
// passport's end.
func (s *scan) serial(i int) int {
	b := s.b
	e := i
	for e < len(b) && isUpper(b[e]) && e-i < 10 {
		e++
	}
	if e-i != 9 || !leftOK(b, i) {
		return max(e, i+1)
	}
	if end, val, ok := matchPassport(b, i, e); ok {
		s.emit(Passport, i, end, 0.9, val)
		return end
	}
	return e
}
