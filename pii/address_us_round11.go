package pii

// usUnnumberedUnits are the secondary unit designators of USPS Publication
// 28 (appendix C2) that need no number: "55 Main St Rear", "3 Plaza Dr
// Lbby". Alone after a street they read as words, so a city line must
// follow them.
var usUnnumberedUnits = withUpper(set(`Basement Bsmt Front Frnt Lobby Lbby Lower Lowr Office Ofc Penthouse Ph Rear Side Upper Uppr`))

// usUnitMore reads, at q (after the separator that follows a street), a
// secondary unit that usUnit's "designator and number" misses: a floor
// given by its ordinal ("3rd Floor", "2ND FL"), a private mailbox ("PMB
// 214", Publication 28 2.6) or an unnumbered designator before the city
// line ("Rear, Keene, NH 03431"). It returns q when there is none.
func usUnitMore(b []byte, q int) int {
	if q >= len(b) {
		return q
	}
	if isDigit(b[q]) {
		d := digitRun(b, q)
		if d-q > 3 || d+2 >= len(b) {
			return q
		}
		o := lowerASCII(string(b[d : d+2]))
		if o != "st" && o != "nd" && o != "rd" && o != "th" || b[d+2] != ' ' {
			return q
		}
		f := d + 3
		for _, w := range []string{"Floor", "FLOOR", "floor", "Fl.", "Fl", "FL"} {
			if hasPrefixAt(b, f, w) && (rightOK(b, f+len(w)) || w[len(w)-1] == '.') {
				return f + len(w)
			}
		}
		return q
	}
	if hasPrefixAt(b, q, "PMB ") || hasPrefixAt(b, q, "Pmb ") {
		if d := digitRun(b, q+4); d > q+4 && d-q-4 <= 6 && rightOK(b, d) {
			return d
		}
		return q
	}
	e := q
	for e < len(b) && e-q < 10 && isAlpha(b[e]) {
		e++
	}
	if e > q && usUnnumberedUnits[string(b[q:e])] {
		if _, ok := usCityLine(b, e); ok {
			return e
		}
		if _, ok := usCityOnly(b, e); ok {
			return e // "6146 Prairie Wind Avenue Bsmt, Pawtucket"
		}
	}
	return q
}

// lowerASCII lowers the ASCII letters of s.
func lowerASCII(s string) string {
	r := []byte(s)
	for i, c := range r {
		if c >= 'A' && c <= 'Z' {
			r[i] = c + 32
		}
	}
	return string(r)
}

// usStateNameEnds reports whether a state's name at [.., e) without a ZIP
// code ends the address, as in running text ("she lives at 12 Elm St in
// Dayton, Ohio and ..."): a clause ends there (a period, a comma, a
// closing bracket or quote, a line's end) or a lower-case word follows.
// A capitalised word after it would make the name part of something else
// ("Washington Post", "Georgia Tech").
func usStateNameEnds(b []byte, e int) bool {
	if e == len(b) {
		return true
	}
	switch b[e] {
	case '.', ',', ';', ')', '"', '\n', '\r', '!', '?':
		return true
	case ' ':
		return e+1 < len(b) && isLower(b[e+1])
	}
	return false
}

// usInterstate returns the end of an interstate highway named as a street
// at p ("I-35", "IH 10", "Interstate 95"), with the frontage or service
// road that businesses along it give as their street ("I-35 Frontage Rd",
// "I-45 N Service Road"), or p. The interstate alone needs a unit or a
// city line after it (see usSuffixAddress).
func usInterstate(b []byte, p int) int {
	q := p
	switch {
	case hasPrefixAt(b, p, "I-"), hasPrefixAt(b, p, "I "):
		q = p + 2
	case hasPrefixAt(b, p, "IH-"), hasPrefixAt(b, p, "IH "):
		q = p + 3
	case hasPrefixAt(b, p, "Interstate "), hasPrefixAt(b, p, "INTERSTATE "):
		q = p + len("Interstate ")
	default:
		return p
	}
	e := digitRun(b, q)
	if e == q || e-q > 3 || !rightOK(b, e) && !(e < len(b) && (b[e] == ',' || b[e] == '.')) {
		return p
	}
	// A direction, then the frontage road's name.
	f := e
	for _, d := range []string{" N", " S", " E", " W"} {
		if hasPrefixAt(b, f, d+" ") {
			f += len(d)
			break
		}
	}
	for _, r := range []string{" Frontage Rd", " Frontage Road", " Service Rd", " Service Road", " FRONTAGE RD", " SERVICE RD"} {
		if hasPrefixAt(b, f, r) && rightOK(b, f+len(r)) {
			return f + len(r)
		}
	}
	return e
}

// usLetteredNumber reads a US address whose house number, the digits [i,
// k), goes on with a letter or a half (Publication 28 allows both: "14A
// Oak St", "12-B Elm St", "224½ Mountain Ct"). A letter after digits is
// also a seat, a form or a grade ("Seat 14A", "Form 2B"), so the street
// must go on to its city line or a unit: the address has more parts than
// the street.
func usLetteredNumber(b []byte, i, k int) (int, bool) {
	if !leftOK(b, i) {
		return 0, false
	}
	p := k
	switch {
	case isUpper(b[p]):
		p++
	case b[p] == '-' && isUpper(b[p+1]):
		p += 2
	case hasPrefixAt(b, p, "½"):
		p += len("½")
	default:
		return 0, false
	}
	if p+1 >= len(b) || b[p] != ' ' {
		return 0, false
	}
	end, ok := usAddress(b, p+1)
	// Without a city line the street must fill its field or line:
	// "street: \"1961A Harbor View Trl\"", "3468½ Highland Avenue | …".
	if !ok || end-i > maxAddress || !isDigit(b[end-1]) && !bytesContainAny(b[p:end], ",\n") && !valueEnds(b, end) && !hasPrefixAt(b, end, " |") {
		return 0, false
	}
	return end, true
}

// bytesContainAny reports whether b holds any byte of chars.
func bytesContainAny(b []byte, chars string) bool {
	for _, c := range b {
		for j := 0; j < len(chars); j++ {
			if c == chars[j] {
				return true
			}
		}
	}
	return false
}

// gedcomTag reports whether p, after a number, begins a GEDCOM line's tag
// ("2 PLAC Cedar Rapids, IA", "2 SURN Hill"): the number is the line's
// level, not a house number.
func gedcomTag(b []byte, p int) bool {
	if p+5 > len(b) || b[p+4] != ' ' || p < 2 || b[p-1] != ' ' || !isDigit(b[p-2]) || p > 2 && b[p-3] != '\n' {
		return false
	}
	switch string(b[p : p+4]) {
	case "PLAC", "ADDR", "ADR1", "ADR2", "ADR3", "CITY", "STAE", "POST", "CTRY", "NAME", "SURN", "GIVN", "NICK", "NOTE", "DATE", "RESI", "OCCU":
		return true
	}
	return false
}
