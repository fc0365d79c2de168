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
	return mayBeLex(firstNameFilter, a) && firstNames[a] && mayBeLex(firstNameFilter, b) && firstNames[b]
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
	// A given name before a birth name in brackets, in any family's tree:
	// "m. Tariq (née Chatterjee)", "Eva (geb. Quandt)".
	if e+7 < len(b) && b[e] == ' ' && b[e+1] == '(' && (hasPrefixAt(b, e, " (née ") || hasPrefixAt(b, e, " (geb. ")) {
		if w := b[i:e]; speakerWord(w) && s.leftBound(i) {
			s.emit(PersonName, i, e, 0.8, "context:birth-name")
			return e
		}
	}
	// (The "geb. " test first: most capitalised words follow a lower-case one.)
	if i >= 9 && b[i-1] == ' ' && isLower(b[i-2]) && bytes.IndexByte(b[max(0, i-13):i-2], '.') >= 0 && bytes.Contains(b[max(0, i-17):i-2], []byte("geb. ")) {
		if st := particleStart(b, i); st < i && st >= 5 && st >= s.floor && hasPrefixAt(b, st-5, "geb. ") {
			if end := word(b, i); end > i+1 && rightOK(b, end) {
				s.emit(PersonName, st, end, 0.8, "context:birth-name")
				return end
			}
		}
	}
	if (i == 0 || b[i-1] == '\n') && e+4 < len(b) {
		if st, end := s.bylineDE(i, e); end > st {
			s.emit(PersonName, st, end, 0.8, "context:byline")
			return end
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

// lowerTitleWords are the German forms of address as notes typed all in
// lower case write them ("frau dreher", "hr. kaiser").
var lowerTitleWords = set(`frau herr herrn fr. hr. hrn. mr mr. mrs mrs. ms ms. miss mister doctor dr dr.`)

// lowerTitleParticles are the particles of German and Dutch surnames that
// are no surname themselves (unlike "le", "da").
var lowerTitleParticles = set(`von vom zu zum zur van de den ter ten`)

// lowerTitled emits a surname typed in lower case after a form of address
// typed so, at p (a line's start, or after a list's number and colon:
// "12: herr vom stetten"), and returns its end, or p. Handover notes,
// chats and quick lists drop the capitals, but "frau" or "herr" before a
// word the surname lexicon knows still says a person; a word that is a
// rank or an office ("frau doktor", "herr pfarrer") is none.
func (s *scan) lowerTitled(p int) int {
	b := s.b
	t := p
	for t < len(b) && t-p < 7 && (isLower(b[t]) || b[t] == '.') {
		t++
	}
	if t+3 >= len(b) || b[t] != ' ' || !lowerTitleWords[string(b[p:t])] {
		return p
	}
	q := t + 1
	st := q
	if f := lowerWordEnd(b, q); f > q && f+3 < len(b) && b[f] == ' ' && lowerTitleParticles[string(b[q:f])] {
		q = f + 1 // "herr vom stetten": the particle makes the next word a surname
		if g := lowerWordEnd(b, q); g > q && g+3 < len(b) && b[g] == ' ' && (string(b[q:g]) == "der" || string(b[q:g]) == "den") {
			q = g + 1 // "frau von der osten"
		}
	}
	f := lowerWordEnd(b, q)
	if f < q+2 || f < len(b) && (isUpper(b[f]) || isDigit(b[f])) {
		return p
	}
	var buf [64]byte
	w := titleCase(&buf, b[q:f])
	if q == st && (!(isSurnameB(w) || commonSurnames[string(w)]) || isRankTitle(string(w)) || isTitle(string(w)) || nonNames[string(w)] || labelNoun(string(w))) {
		return p
	}
	for f+2 < len(b) && b[f] == '-' && isLower(b[f+1]) {
		f = lowerWordEnd(b, f+1) // "herrmann-groß"
	}
	if f < len(b) && isAlnum(b[f]) {
		return p
	}
	s.emit(PersonName, st, f, 0.7, "title-lower")
	return f
}

// authorLines end the line above an author's name on a German thesis's or
// report's title page.
var authorLines = []string{"vorgelegt von", "eingereicht von", "verfasst von", "vorgelegt durch", "Vorgelegt von", "Eingereicht von", "Verfasst von"}

// bylineDE returns the name of a German author's line that starts at i,
// the word [i, e): "Von" and a name filling the line, or a name filling
// the line under "vorgelegt von"; or i, i. The name needs two words, one
// of them known to the lexicons, and nothing after it on its line.
func (s *scan) bylineDE(i, e int) (int, int) {
	b := s.b
	st := i
	if e-i == 3 && string(b[i:e]) == "Von" && b[e] == ' ' && capAt(b, e+1) {
		st = e + 1
	} else {
		if i < 2 || b[i-2] == '\n' {
			return i, i
		}
		ok := false
		for _, l := range authorLines {
			if i > len(l) && hasPrefixAt(b, i-1-len(l), l) {
				ok = true
				break
			}
		}
		if !ok {
			return i, i
		}
	}
	end := s.nameWords(st, 4)
	if end <= st || bytes.IndexByte(b[st:end], ' ') < 0 || end < len(b) && b[end] != '\n' && b[end] != '\r' || !knownNameWord(b, st, end) || followedByLegalForm(b, end) {
		return i, i
	}
	return st, end
}

// capsSurnameGiven returns the end of a name written as German official
// lists and registers write it, the surname in capitals before the given
// names ("HAHN Leonie", "SCHMIDT-TERHORST Katharina,", "KÖNIG Anna
// Maria;"), when the given name is one the lexicons know and the name fills
// its field; or i. A double surname's second part is no name's start.
func capsSurnameGiven(b []byte, i int) int {
	if i > 0 && !(b[i-1] == '\n' || b[i-1] == ';' || b[i-1] == '\t' || b[i-1] == '|' || i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == ':' || b[i-2] == '|' || b[i-2] == ';' || b[i-2] == '\n')) {
		return i
	}
	p, letters := i, 0
	for p < len(b) && p-i < 40 {
		switch {
		case isUpper(b[p]):
			p++
			letters++
		case b[p] == '-' && p+1 < len(b) && letters > 1 && (isUpper(b[p+1]) || b[p+1] >= 0xC3 && b[p+1] <= 0xC5):
			p++
		case b[p] == 0xC3 && p+1 < len(b) && b[p+1] >= 0x80 && b[p+1] <= 0x9E, (b[p] == 0xC4 || b[p] == 0xC5) && p+1 < len(b):
			p += 2
			letters++
		default:
			goto done
		}
	}
done:
	if letters < 2 || p+3 >= len(b) || b[p] != ' ' || !capAt(b, p+1) || !isLower(b[p+2]) && b[p+2] < 0x80 {
		return i
	}
	g := word(b, p+1)
	if !isFirstNameB(b[p+1 : g]) {
		return i
	}
	var buf [64]byte
	if w := titleCase(&buf, bytes.ToLower(b[i:p])); nonNames[string(w)] || labelNoun(string(w)) || orgWords[string(w)] {
		return i
	}
	if g+2 < len(b) && b[g] == ' ' && capAt(b, g+1) { // a second given name
		if h := word(b, g+1); isFirstNameB(b[g+1 : h]) {
			g = h
		}
	}
	if g < len(b) && b[g] != ',' && b[g] != ';' && b[g] != '\n' && b[g] != '\r' && b[g] != '\t' && b[g] != '|' {
		return i
	}
	return g
}
