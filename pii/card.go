package pii

// luhn reports whether d passes the Luhn (mod 10) check.
func luhn(d []byte) bool {
	sum, dbl := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		v := int(d[i])
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

// cardIssuer returns the scheme whose issuer identification number range
// and length d falls in, or "".
func cardIssuer(d []byte) string {
	n := len(d)
	if n < 12 {
		return ""
	}
	p2, p3, p4 := num(d[:2]), num(d[:3]), num(d[:4])
	switch {
	case d[0] == 4 && (n == 13 || n == 16 || n == 19):
		return "visa"
	case (p2 >= 51 && p2 <= 55 || p4 >= 2221 && p4 <= 2720) && n == 16:
		return "mastercard"
	case (p2 == 34 || p2 == 37) && n == 15:
		return "amex"
	case (p4 == 6011 || p3 >= 644 && p3 <= 649 || p2 == 65) && n >= 16 && n <= 19:
		return "discover"
	case p4 >= 3528 && p4 <= 3589 && n >= 16 && n <= 19:
		return "jcb"
	case p2 == 62 && n >= 16 && n <= 19:
		return "unionpay"
	case (p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && n >= 14 && n <= 19:
		return "diners"
	case (p4 == 5018 || p4 == 5020 || p4 == 5038 || p4 == 5893 || p4 == 6304 || p4 == 6759 ||
		p4 == 6761 || p4 == 6762 || p4 == 6763) && n >= 12 && n <= 19:
		return "maestro"
	}
	return ""
}

// cardShape reports whether the digit groups are written as cards are: all
// together, in fours, or 4-6-5 / 4-6-4 (American Express, Diners).
func cardShape(g *groups) bool {
	if g.ng == 1 {
		return true
	}
	if g.sep != ' ' && g.sep != '-' {
		return false
	}
	if g.shape(4, 6, 5) || g.shape(4, 6, 4) {
		return true
	}
	for i := 0; i < g.ng-1; i++ {
		if g.len[i] != 4 {
			return false
		}
	}
	last := g.len[g.ng-1]
	return g.ng >= 4 && last >= 1 && last <= 4
}
