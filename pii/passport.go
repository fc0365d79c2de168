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
	for e < len(b) && isAlnum(b[e]) {
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
	switch {
	case letters == 1 && (t[0] == 'E' || t[0] == 'G') && allDigits(t[1:]):
		validation = "format:cn+context"
	case letters == 2 && t[0] == 'E' && isUpper(t[1]) && t[1] != 'I' && t[1] != 'O' && allDigits(t[2:]):
		validation = "format:cn+context"
	case letters == 0 && allDigits(t), letters == 1 && isUpper(t[0]) && allDigits(t[1:]):
		validation = "format:us+context"
	default:
		switch t[0] {
		case 'C', 'F', 'G', 'H', 'J', 'K':
		default:
			return 0, "", false
		}
		for _, c := range t {
			if !deDocChar(c) {
				return 0, "", false
			}
		}
		validation = "format:de+context"
	}
	// The nearest context word decides: "passport … SSN: 123456789" is an SSN.
	dp := ctxDistance(b, ls, passportWords, ctxWindow)
	if dp < 0 {
		return 0, "", false
	}
	if ds := ctxDistance(b, ls, ssnWords, ctxWindow); ds >= 0 && ds < dp || hasContextWithin(b, ls, notPIIWords, 16) {
		return 0, "", false
	}
	return e, validation, true
}
