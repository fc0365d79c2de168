package pii

import "strings"

// A given name and a surname that the lexicons both know, next to each
// other, are a person's name whatever the format around them: a column of a
// fixed-width roll ("GARCIA        JASON"), a stacked badge ("ANTHONY\n
// Hudson"), a register's "Seidel, Brigitte", a memo's "CALEB SNYDER". The
// format is not read at all; what is read is the two words, in either
// order and any case, and the few separators that keep them one person's.

// pairSep is how the two words of a pair are separated.
type pairSep int

const (
	sepNone   pairSep = iota
	sepSpace          // "Caleb Snyder": one name
	sepComma          // "Seidel, Brigitte": one name, surname first
	sepColumn         // runs of spaces or tabs, or one line break: two fields
)

// pairWord reads a word at p in Title case or capitals and returns its end
// and its spelling as the lexicons hold it.
func (s *scan) pairWord(p int, buf *[32]byte) (int, []byte) {
	b := s.b
	if p >= len(b) || !capAt(b, p) {
		return p, nil
	}
	if p+2 < len(b) && (isUpper(b[p+1]) || b[p+1] == 0xC3 && b[p+2] >= 0x80 && b[p+2] <= 0x9E || b[p] == 0xC3 && isUpper(b[p+2])) {
		if e, n := s.capsWord(p, buf); e > p {
			return e, buf[:n]
		}
		return p, nil
	}
	e := s.word(p)
	if e == p || e < len(b) && (isAlnum(b[e]) || b[e] >= 0x80 && b[e] != 0xC2 && b[e] != 0xE2) {
		return p, nil
	}
	return e, b[p:e]
}

// pairRight reports whether a pair's word may end at e: not inside a
// compound ("Mendoza-de la Cruz", "Fischer/in", "Eugene's").
func pairRight(b []byte, e int) bool {
	return e >= len(b) || b[e] != '-' && b[e] != '/' && b[e] != '\'' && b[e] != '&' && b[e] != '@'
}

// pairParticles begin a surname; alone they are no surname ("Katrin VAN
// DER MEER").
var pairParticles = set(`Van Von Der Den De Del Della La Le Di Da Du Dos Ter Ten Zu St`)

// pairAmbiguous reports whether a lexicon word is often something other
// than a name: a common word, a place, a street, a label, a greeting.
func pairAmbiguous(w string) bool {
	return commonSurnames[w] || nameStop[w] || placeWords[w] || nonNames[w] || notGiven[w] || labelNoun(w) || streetWord(w)
}

// lexiconPair looks for a known given name and a known surname at i, in
// either order, and emits them: as one name when a space or a comma joins
// them, as two when a column or a line break does. It returns the end of
// what it emitted, or i.
func (s *scan) lexiconPair(i int) int {
	b := s.b
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] >= 0x80 && b[i-1] != 0xA0 && b[i-1] != 0x94 && b[i-1] != 0x93) {
		return i
	}
	var buf1, buf2 [32]byte
	e1, w1 := s.pairWord(i, &buf1)
	if e1 == i || e1+1 >= len(b) || !pairNextCapital(b, e1) || !pairKnownShape(w1) {
		return i
	}
	// The lexicons first: most capitalised words are in neither.
	var g1, s1 bool
	if &w1[0] == &b[i] && s.upWord(i, e1) {
		g1, s1 = s.upGiven(), s.upSurname() // upper's word, as written
	} else {
		g1, s1 = isFirstNameB(w1), isSurnameB(w1)
	}
	if !g1 && !s1 {
		return i
	}
	p, sep := e1, sepNone
	switch {
	case b[p] == ',' && b[p+1] == ' ':
		p, sep = p+2, sepComma
	case b[p] == '\n' || b[p] == '\r' && p+1 < len(b) && b[p+1] == '\n':
		if b[p] == '\r' {
			p++
		}
		p, sep = p+1, sepColumn
	case b[p] == ' ' || b[p] == '\t':
		q := p
		for q < len(b) && q-p < 40 && (b[q] == ' ' || b[q] == '\t') {
			q++
		}
		if q-p <= 2 && b[p] == ' ' && b[q-1] == ' ' {
			// One space, or two of justified text ("Elke  Kühn").
			sep = sepSpace
		} else {
			sep = sepColumn
		}
		p = q
	}
	if sep == sepNone {
		return i
	}
	// Cells a line break parts stand alone on their lines: "Nguyen\nJohn
	// P. Rivera" is a list of names, one a line.
	if sep == sepColumn && b[e1] != ' ' && b[e1] != '\t' && i > 0 && b[i-1] == ' ' && !colonBefore(b, i) {
		return i
	}
	if sep == sepColumn && b[e1] != ' ' && b[e1] != '\t' {
		if e2 := word(b, p); e2 < len(b) && b[e2] == ' ' && e2+1 < len(b) && (capAt(b, e2+1) || isLower(b[e2+1])) {
			return i
		}
	}
	e2, w2 := s.pairWord(p, &buf2)
	if e2 == p || !pairKnownShape(w2) {
		return i
	}
	g2, s2 := isFirstNameB(w2), isSurnameB(w2)
	if !(g1 && s2 || s1 && g2) || sep == sepComma && !(s1 && g2) {
		return i
	}
	a1, a2 := pairAmbiguous(string(w1)), pairAmbiguous(string(w2))
	if a2 && !a1 && g1 && sep == sepSpace && !notGiven[string(w1)] {
		// A surname that is also a word after a given name that is not
		// one: "Nicole Winter", "Dörte König".
		a2 = commonSurnames[string(w2)] && !(nameStop[string(w2)] || placeWords[string(w2)] || nonNames[string(w2)] || labelNoun(string(w2)) || streetWord(string(w2)))
		a2 = !a2
	}
	if sep == sepSpace && p-e1 == 2 && hasPrefixAt(b, e2, "   ") {
		// Two spaces, then a wider gap: a table's heads in columns
		// ("Brett  Weiß        Schwarz"), not justified text.
		return i
	}
	if a1 || a2 || pairParticles[string(w1)] || pairParticles[string(w2)] || !pairRight(b, e1) || !pairRight(b, e2) {
		return i
	}
	if sep != sepColumn && e2+1 < len(b) && b[e2] == ' ' && capAt(b, e2+1) {
		// A third capitalised word: a longer name, a list ("Chen, Eugene
		// West"), or a place named after someone ("Martin Luther King"),
		// which the rules of context read; not a pair.
		var buf3 [32]byte
		if e3, w3 := s.pairWord(e2+1, &buf3); e3 > e2+1 && (isFirstNameB(w3) || isSurnameB(w3) || placeWords[string(w3)]) {
			return i
		}
	}
	if followedByLegalForm(b, e2) || orgContext(b, i) || sep == sepComma && clauseAfter(b, e2) {
		return i
	}
	if pairBrand(b, i, string(w1)) || pairBrand(b, p, string(w2)) || sep == sepSpace && articleBefore(b, i) {
		return i
	}
	i = pairParticlesBefore(b, i)
	if sep != sepColumn {
		e2 = pairInitial(b, e2)
	}
	if sep == sepColumn {
		s.emit(PersonName, i, e1, 0.75, "dictionary:pair")
		s.emit(PersonName, p, e2, 0.75, "dictionary:pair")
		return e2
	}
	s.emit(PersonName, i, e2, 0.8, "dictionary:pair")
	return e2
}

// pairBrand reports whether a brand named after a person begins at i, in
// any case ("CHARLES SCHWAB", "Käthe Wohlfahrt"); w is the first word as
// the lexicons spell it.
func pairBrand(b []byte, i int, w string) bool {
	for _, br := range brandsByFirst[w] {
		if i+len(br) <= len(b) && strings.EqualFold(string(b[i:i+len(br)]), br) && rightOK(b, i+len(br)) {
			return true
		}
	}
	return false
}

// pairParticlesBefore moves i back over a surname's particles ("DE LA
// GARZA, LISA").
func pairParticlesBefore(b []byte, i int) int {
	for k := 0; k < 2 && i >= 3 && b[i-1] == ' '; k++ {
		j := i - 1
		for j > 0 && isAlpha(b[j-1]) {
			j--
		}
		if j == i-1 || j > 0 && !(b[j-1] == ' ' || b[j-1] == '\n' || b[j-1] == ':' || b[j-1] == '\t') {
			return i
		}
		w := []byte(string(b[j : i-1]))
		for n := 1; n < len(w); n++ {
			if isUpper(w[n]) {
				w[n] += 'a' - 'A'
			}
		}
		if !pairParticles[string(w)] || !capAt(b, j) {
			return i
		}
		i = j
	}
	return i
}

// pairInitial reads a middle initial after a name ("BAILEY, JESSICA M",
// "ELLIS, Stephen S.").
func pairInitial(b []byte, e int) int {
	if e+2 <= len(b) && b[e] == ' ' && isUpper(b[e+1]) && (e+2 == len(b) || !isAlnum(b[e+2])) {
		if e+2 < len(b) && b[e+2] == '.' {
			return e + 3
		}
		return e + 2
	}
	return e
}

// articleBefore reports whether an English article stands before i: "an
// Anthony Burgess novel", "the Eli Lilly plant" name a thing after a person.
func articleBefore(b []byte, i int) bool {
	for _, a := range []string{"a ", "an ", "the ", "A ", "An ", "The "} {
		// "an" is English's article before a vowel only; before a
		// consonant it is German's "to" ("Kopie an Chiara Becker").
		if (a == "an " || a == "An ") && i < len(b) && !strings.ContainsRune("AEIOU", rune(b[i])) {
			continue
		}
		if i >= len(a) && string(b[i-len(a):i]) == a && (i == len(a) || !isAlpha(b[i-len(a)-1])) {
			return true
		}
	}
	return false
}

// pairShapes marks the shapes (initial, length, second and last letter) of
// the lexicons' names, a bit each: most capitalised words are ruled out
// before a map lookup, which the scan cannot afford at every one.
var pairShapes = func() *[27*32*27*27/64 + 1]uint64 {
	var t [27*32*27*27/64 + 1]uint64
	for _, m := range []map[string]bool{firstNames, surnames} {
		for w := range m {
			k := pairShape([]byte(w))
			t[k>>6] |= 1 << (k & 63)
		}
	}
	return &t
}()

// pairKnownShape reports whether some lexicon name has w's shape.
func pairKnownShape(w []byte) bool {
	k := pairShape(w)
	return pairShapes[k>>6]&(1<<(k&63)) != 0
}

// pairShape is the index of w's shape in pairShapes.
func pairShape(w []byte) int {
	letter := func(c byte) int {
		c |= 0x20
		if c >= 'a' && c <= 'z' {
			return int(c - 'a')
		}
		return 26
	}
	if len(w) < 2 {
		return 0
	}
	return ((letter(w[0])*32+min(len(w), 31))*27+letter(w[1]))*27 + letter(w[len(w)-1])
}

// pairNextCapital is the scan's cheap first test: the word that ends at q
// is followed by a separator of a pair and a capital letter. Most words
// are followed by a lower-case word or punctuation.
func pairNextCapital(b []byte, q int) bool {
	if q+1 >= len(b) {
		return false
	}
	if b[q] == ',' {
		q++
	}
	r := q
	for r < len(b) && r-q < 41 && (b[r] == ' ' || b[r] == '\t' || b[r] == '\r' || b[r] == '\n') {
		r++
	}
	return r > q && capAt(b, r)
}

// personNouns are words for a person, or a household, that put a surname
// right after them: "Familie Müller", "Pastor Turner", "Pfarrerin Schmidt".
var personNouns = set(`Familie Family Pastor Pastorin Pfarrer Pfarrerin Kaplan Diakon Diakonin Rabbi Imam Kantor Kantorin
Trainer Trainerin Coach Kommissar Kommissarin Richter Richterin Judge Notar Notarin Anwalt Anwältin Bürgermeister
Bürgermeisterin Mayor Senator Deputy Nurse Pfleger Schwester Principal Headmaster Headmistress Superintendent`)

// personKeys are the words before a colon after which a surname alone is
// the person who received, signed or delivered: "Received by: FLORES",
// "Zugestellt an Empfänger: GRAF".
var personKeys = set(`by By BY Empfänger Empfängerin Absender Absenderin Zusteller Fahrer Driver Courier Unterschrift Signature`)

// surnameAfterNoun finds a known surname alone after a word for a person
// or a key of one, or on either side of a caption's "v." ("GONZALEZ v.
// MURPHY"), and returns its end, or i. prev is where the capitalised word
// before began, or -1: the word for a person must be that one.
func (s *scan) surnameAfterNoun(i, prev int) int {
	b := s.b
	// The context first, by bytes: most capitalised words follow a
	// lower-case word or a quote.
	if i < 4 || b[i-1] != ' ' {
		return i
	}
	j := i - 2
	for j > 0 && i-j < 8 && b[j] == ' ' {
		j--
	}
	caption := j == i-2 && b[j] == '.' && b[j-1] == 'v' && b[j-2] == ' '
	colon := b[j] == ':'
	if !caption && !colon && !(j == i-2 && isLower(b[j])) {
		return i
	}
	if !caption {
		if colon {
			j--
		}
		k := prev
		if colon {
			// Colons are rare: the key is read back, in any case.
			for k = j + 1; k > 0 && i-k < 24 && (isAlpha(b[k-1]) || b[k-1] >= 0x80 && b[k-1] < 0xE0); k-- {
			}
		}
		if k < 0 || k > j || i-k > 24 || !colon && (!isUpper(b[k]) || !personNounShape[b[k]-'A'][j+1-k]) {
			return i
		}
		if prev := string(b[k : j+1]); !(colon && personKeys[prev] || !colon && personNouns[prev]) {
			return i
		}
	}
	var buf [32]byte
	e, w := s.pairWord(i, &buf)
	if e == i || !pairKnownShape(w) || !isSurnameB(w) || pairAmbiguous(string(w)) || !pairRight(b, e) {
		return i
	}
	if caption {
		// "GONZALEZ v. MURPHY": the party before is a person too when
		// the lexicon knows it.
		if k := j - 2; k > 0 {
			h := k
			for h > 0 && (isAlpha(b[h-1]) || b[h-1] >= 0x80 && b[h-1] < 0xE0) {
				h--
			}
			var buf2 [32]byte
			if e2, w2 := s.pairWord(h, &buf2); e2 == k && h >= s.floor && (h == 0 || !isAlnum(b[h-1])) && isSurnameB(w2) && !pairAmbiguous(string(w2)) {
				s.emit(PersonName, h, e2, 0.75, "dictionary:surname+person")
			}
		}
	}
	if followedByLegalForm(b, e) || pairBrand(b, i, string(w)) {
		return i
	}
	s.emit(PersonName, i, e, 0.75, "dictionary:surname+person")
	return e
}

// personNounShape[initial][length] says whether a word of personNouns has
// that initial and length: most capitalised words before a surname are
// ruled out without a map lookup.
var personNounShape = func() (t [26][25]bool) {
	for w := range personNouns {
		if c := w[0]; c >= 'A' && c <= 'Z' && len(w) < 25 {
			t[c-'A'][len(w)] = true
		}
	}
	return t
}()
