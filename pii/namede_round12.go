package pii

import "bytes"

// Round 12 (German names): double given names, birth names, registers'
// given names, nursing notes typed in lower case.

// compoundGiven reports whether w is a double given name joined by a hyphen
// whose two parts the lexicons know as given names ("Heike-Marie",
// "Nikolai-Christian"). German (and French) parents join any two given names
// so, and the lexicons list only the commonest pairs ("Karl-Heinz").
// Streets and institutes named after a person join a given name to a
// surname ("Robert-Koch-…", "Max-Planck-…"), which the second part's lookup
// turns away.
func compoundGiven[T string | []byte](w T) bool {
	if len(w) < 5 || len(w) > 40 {
		return false
	}
	h := -1
	for k := 2; k < len(w)-2; k++ {
		if w[k] == '-' {
			if h >= 0 {
				return false // three parts: a street's or a firm's
			}
			h = k
		}
	}
	if h < 0 || !isUpper(w[h+1]) && w[h+1] < 0xC3 {
		return false
	}
	a, b := string(w[:h]), string(w[h+1:])
	return mayBe(firstNameFilter, a) && firstNames[a] && mayBe(firstNameFilter, b) && firstNames[b]
}

// registerKin are the fields of a church's or a registry office's entry that
// name the parents and sponsors of the person the entry is about
// ("Vater: …", "Mutter: …", "Paten: …").
var registerKin = []string{"Vater:", "Mutter:", "Eltern:", "Paten:", "Pate:", "Patin:", "Taufpaten:", "Zeugen:", "Trauzeugen:"}

// nameDE12 emits, at the capitalised word [i, e), a German name that only
// its neighbours mark, and returns its end, or i:
//   - a given name before "geb." ("Mutter: Marie geb. Peters"): German
//     writes a married woman's given name, then her birth name;
//   - a birth name with its particles ("geb. von der Heide");
//   - a register's entry, a table row that names a person by given name
//     alone in a cell and then the parents or sponsors in fields ("Nr. 3 |
//     Greta | Vater: Paul Hinz | Mutter: …"), as baptism and birth
//     registers are kept.
func (s *scan) nameDE12(i, e int) int {
	b := s.b
	if e+6 < len(b) && b[e] == ' ' && b[e+1] == 'g' && hasPrefixAt(b, e, " geb. ") && (capAt(b, e+6) || particleAt(b, e+6, false) > e+6) {
		if w := b[i:e]; isFirstNameB(w) && !nonNames[string(w)] && s.leftBound(i) {
			s.emit(PersonName, i, e, 0.8, "context:birth-name")
			return e
		}
	}
	if i >= 9 && b[i-1] == ' ' && isLower(b[i-2]) {
		if st := particleStart(b, i); st < i && st >= 5 && st >= s.floor && hasPrefixAt(b, st-5, "geb. ") {
			if end := word(b, i); end > i+1 && rightOK(b, end) {
				s.emit(PersonName, st, end, 0.8, "context:birth-name")
				return end
			}
		}
	}
	if e+8 < len(b) && b[e] == ',' && b[e+1] == ' ' {
		if st, end := s.agedInverted(i, e); end > e {
			s.emit(PersonName, st, end, 0.8, "context:surname,given+age")
			return end
		}
	}
	if i >= 2 && b[i-1] == ' ' && b[i-2] == '|' && e+2 < len(b) && b[e] == ' ' && b[e+1] == '|' && isFirstNameB(b[i:e]) && !nonNames[string(b[i:e])] {
		le := bytes.IndexByte(b[e:min(len(b), e+400)], '\n')
		if le < 0 {
			le = min(len(b), e+400) - e
		}
		row := b[e : e+le]
		for _, k := range registerKin {
			if bytes.Contains(row, []byte(k)) {
				s.emit(PersonName, i, e, 0.8, "context:register")
				return e
			}
		}
	}
	return i
}

// leftBound reports whether a name may start at i: after a line's start,
// a space, a field's separator or an opening bracket, and no earlier
// capitalised word of the same name ("Anna Marie geb. …" is read whole by
// the given-name path).
func (s *scan) leftBound(i int) bool {
	b := s.b
	if i == 0 {
		return true
	}
	if b[i-1] != ' ' {
		return b[i-1] == '\n' || b[i-1] == '\t' || b[i-1] == '(' || b[i-1] == '|' || b[i-1] == ';'
	}
	return !capWordBefore(b, i)
}

// agedInverted returns the start and end of a name written surname first,
// whose surname (perhaps with particles or double) is [i, e), when a known
// given name and an age in brackets follow ("vom Hagen, Ilse (81 J.)",
// "Braun-Lehmann, Gisela (80)"), at a line's or a field's start; or i, i.
// The age says a person: a place or a firm has none.
func (s *scan) agedInverted(i, e int) (int, int) {
	b := s.b
	g := word(b, e+2)
	if g <= e+3 || !isFirstNameB(b[e+2:g]) || !hasPrefixAt(b, g, " (") {
		return i, i
	}
	p := g + 2
	for p < len(b) && p-g < 5 && isDigit(b[p]) {
		p++
	}
	if p == g+2 || p-g > 5 || !(hasPrefixAt(b, p, ")") || hasPrefixAt(b, p, " J") || hasPrefixAt(b, p, " Jahre")) {
		return i, i
	}
	w := string(b[i:e])
	if nonNames[w] || streetWord(w) || placeWords[w] || orgWords[w] || labelNoun(w) || deCities[w] && !isSurname(w) {
		return i, i
	}
	st := particleStart(b, i)
	if st < s.floor {
		return i, i
	}
	if st > 0 && b[st-1] != '\n' && b[st-1] != '\t' && !(st >= 2 && b[st-1] == ' ' && (b[st-2] == ':' || b[st-2] == '|' || b[st-2] == ';')) {
		return i, i
	}
	return st, g
}
