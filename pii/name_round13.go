package pii

import "strings"

// Session 13's English readings: households by their surname ("the Iyer
// kids"), a name before a weekday, surnames typed in lower case after
// "mr." or "dr.", a surname after a speaker's filler ("Rania uh
// Washburn"), a lower-case name as a name label's value, a surname's key,
// names in capitals inside lower-case prose, surnames by their endings,
// and what is no person: a month's column, a couple's surname before
// another guest. A kin's name after "my" is in namekin.go.

// householdWords follow a household's surname: "the Okafor family", "the
// Nguyen kids". ("Abbott Family Clinic": capitalised, only after "the".)
var householdWords = []string{" family", " kids", " children", " twins", " household", " house"}

// householdAt reports whether one of householdWords follows at e and ends
// its word there.
func householdAt(b []byte, e int) bool {
	if e+5 > len(b) || b[e] != ' ' {
		return false
	}
	switch b[e+1] { // the words' first letters, tested before the words
	case 'f', 'k', 'c', 't', 'h':
	default:
		return false
	}
	for _, w := range householdWords {
		if hasPrefixAt(b, e, w) {
			return e+len(w) == len(b) || !isAlpha(b[e+len(w)])
		}
	}
	return false
}

// householdSurname reports whether the capitalised word [i, e) after
// "the" and before a household's word is a surname: one the lexicons know,
// one shaped like a foreign one, or one that is no English word and no
// given name ("the Stallworth kids"; not "the Christmas kids").
func householdSurname(b []byte, i, e int) bool {
	if e-i < 2 || !capAt(b, i) {
		return false
	}
	w := b[i:e]
	if isSurnameB(w) || foreignShaped(w) {
		return true
	}
	return !isFirstNameB(w) && !dictionaryWord(w, true) && !nonNames[string(w)] && !orgWords[string(w)] && !placeWords[string(w)]
}

// weekdays name the days a person is met or a task is done on: "pair with
// Mo Friday".
var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayAfter reports whether " " and a weekday that ends its clause
// follow e.
func weekdayAfter(b []byte, e int) bool {
	if e+7 >= len(b) || b[e] != ' ' || b[e+1] < 'F' || b[e+1] > 'W' {
		return false
	}
	for _, d := range weekdays {
		if hasPrefixAt(b, e+1, d) {
			f := e + 1 + len(d)
			return f == len(b) || !isAlpha(b[f])
		}
	}
	return false
}

// lowerTitledBefore reads, at the stop i of an abbreviated form of
// address typed in lower case, the surname after it: "the property manager
// (mr. castañeda)". It returns the name's end, or i.
func (s *scan) lowerTitledBefore(i int) int {
	b := s.b
	p := i
	for p > 0 && i-p < 3 && isLower(b[p-1]) {
		p--
	}
	if p == i || i-p > 3 || p > 0 && (isAlnum(b[p-1]) || b[p-1] >= 0x80) || p < s.floor {
		return i
	}
	switch string(b[p:i]) {
	case "mr", "mrs", "ms", "dr":
		if e := s.lowerTitled(p); e > i {
			return e
		}
		// A surname the lexicons lack, that is no English word: "(mr.
		// öztürk)", not "mr. right".
		q := i + 2
		f := lowerWord(b, q)
		for f+2 < len(b) && b[f] == '-' && isLower(b[f+1]) {
			f = lowerWord(b, f+1)
		}
		if f-q < 3 || f < len(b) && (isAlnum(b[f]) || b[f] == '\'') || lowerEnglish(b[q:f]) {
			return i
		}
		s.emit(PersonName, q, f, 0.7, "title-lower")
		return f
	}
	return i
}

// lowerEnglish reports whether the lower-case word w is an English word
// of the dictionary (and no name of the lexicons).
func lowerEnglish(w []byte) bool {
	var buf [64]byte
	if len(w) > len(buf) {
		return false
	}
	return dictionaryWord(titleCase(&buf, w), true) || nonNames[string(titleCase(&buf, w))]
}

// fillers stand between a given name and its surname in a transcript of
// speech: "hey it's Rania uh Washburn calling".
var fillers = []string{" uh ", " um ", " er ", " erm ", " uhm "}

// fillerSurname returns the end of a surname at i that follows a person's
// name found just before and a filler, or i.
func (s *scan) fillerSurname(i int) int {
	if i < 5 || len(s.out) == s.first {
		return i // the common case, inlined at the call
	}
	return s.fillerSurnameRest(i)
}

// fillerSurnameRest is fillerSurname past its first test, out of line so
// that the test inlines.
//
//go:noinline
func (s *scan) fillerSurnameRest(i int) int {
	b := s.b
	if i < 5 || b[i-1] != ' ' || len(s.out) == s.first {
		return i
	}
	last := s.out[len(s.out)-1]
	if gap := s.base + int64(i) - last.End; last.Type != PersonName || gap < 4 || gap > 6 {
		return i
	}
	for _, f := range fillers {
		if i-len(f) >= 0 && hasPrefixAt(b, i-len(f), f) && last.End == s.base+int64(i-len(f)) {
			q := i
			if p := particleAt(b, i, true); p > i {
				q = p // "uh Van der Berg"
			}
			e := word(b, q)
			if e-q < 2 || e < len(b) && isAlnum(b[e]) {
				return i
			}
			if w := b[q:e]; q == i && (nameStop[string(w)] || !(isSurnameB(w) || foreignShaped(w) || !dictionaryWord(w, true) && !isFirstNameB(w) && !nonNames[string(w)])) {
				return i
			}
			return e
		}
	}
	return i
}

// lowerLabelled reads a given name typed in lower case as a name label's
// value at p ("- Owner: guadalupe. Next step: …") and returns its end, or
// p. The name must end the clause.
func (s *scan) lowerLabelled(p int) int {
	b := s.b
	if d := ctxDistance(b, p, nameLabels, ctxWindow); d < 0 || d > 2 {
		return p
	}
	st, e := s.lowerPerson(p, false)
	if e <= st || st != p || e < len(b) && b[e] != '.' && b[e] != ',' && b[e] != ';' && b[e] != '\n' && b[e] != '\r' {
		return p
	}
	// Not a login handle: "Assigned to: kwame.mensah".
	if e+1 < len(b) && b[e] == '.' && isAlnum(b[e+1]) {
		return p
	}
	s.emit(PersonName, st, e, 0.7, "context-lower")
	return e
}

// surnameKey reports whether a form's key, in lower case, names a
// surname: "last name", "surname", "nachname", "family name".
func surnameKey(key string) bool {
	for _, k := range []string{"last name", "lastname", "last_name", "surname", "nachname", "familienname", "family name"} {
		if strings.Contains(key, k) {
			return true
		}
	}
	return false
}

// inProse reports whether [i, e) stands inside a sentence in lower case:
// a lower-case word before it and a clause's end or a lower-case word
// after it ("the label literally says HOLLIS BJORNSTAD. i emailed").
func inProse(b []byte, i, e int) bool {
	if i < 2 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return false
	}
	if e >= len(b) {
		return true
	}
	switch b[e] {
	case '.', ',', ';', '!', '?', ')':
		return true
	case ' ':
		return e+1 < len(b) && isLower(b[e+1])
	}
	return false
}

// surnameEndings end surnames of Slavic, Baltic, Balkan, Romanian, Greek,
// Turkish, Armenian and Nordic origin, and few English words ("-ian" is
// left out: "Italian", "Christian"):
// "Petrenko", "Kowalczyk", "Wiśniewski", "Popescu", "Papadopoulos".
var surnameEndings = []string{"enko", "chuk", "czuk", "czyk", "wicz", "owski", "ewski", "owska", "ewska", "inski", "insky",
	"ovich", "evich", "ović", "ovic", "ević", "evic", "escu", "opoulos", "akis", "oglu", "oğlu", "yan", "sson", "dottir",
	"shvili", "adze", "ovsky", "evsky"}

// surnameEnding reports whether the capitalised word w, of five letters or
// more, ends in one of surnameEndings and is no given name.
func surnameEnding(w []byte) bool {
	if len(w) < 5 || !isUpper(w[0]) {
		return false
	}
	switch w[len(w)-1] { // the endings' last letters
	case 'o', 'k', 'z', 'i', 'a', 'h', 'c', 0x87, 'u', 's', 'n', 'r', 'e', 'y':
	default:
		return false
	}
	for _, x := range surnameEndings {
		if len(w) > len(x)+1 && string(w[len(w)-len(x):]) == x {
			return !isFirstNameB(w)
		}
	}
	return false
}

// monthAbbreviations are the English months as tables abbreviate them.
var monthAbbreviations = set(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// monthCell reports whether [i, e) is a month's abbreviation that fills a
// CSV cell before a number's cell: a statement's month column
// ("…\",Jan,1888.00,…"), not the given name Jan of "Jan,Müller,…".
func monthCell(b []byte, i, e int) bool {
	return i > 0 && b[i-1] == ',' && e+1 < len(b) && b[e] == ',' && isDigit(b[e+1]) && monthAbbreviations[string(b[i:e])]
}

// coupleTitled reports whether a couple's title stands before i: "Mr. &
// Mrs. Raghunathan, Rania Whitfield" seats a couple by its surname alone,
// then another guest.
func coupleTitled(b []byte, i int) bool {
	return i >= 11 && hasPrefixAt(b, i-11, "Mr. & Mrs. ") || i >= 13 && hasPrefixAt(b, i-13, "Mr. and Mrs. ")
}
