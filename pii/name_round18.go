package pii

import (
	"bytes"
	"strings"
)

// Session 18's name rules.

// lowerSpeaker returns the end of a chat's speaker typed in lower case
// that opens the line at p and takes a speaker's colon ("laura: can
// someone cover 3W?", "inês: ok"), or p. The word must be a given name
// the lexicons know and no word, so a record's keys ("driver:", "notes:")
// are none.
func (s *scan) lowerSpeaker(p int) int {
	b := s.b
	e := lowerWord(b, p)
	if e+1 >= len(b) || b[e] != ':' || b[e+1] != ' ' || !s.lowerGiven(p, e) {
		return p
	}
	s.emit(PersonName, p, e, 0.7, "context:speaker-lower")
	return e
}

// noteWith are the words before the one a note's item was with or from
// ("- call w scott re para support", "- email from rajesh re …").
var noteWith = set(`w with from`)

// lowerNoteObject reads a note's item at p whose first words say whom it
// was with and "re" what ("call w scott re para support", "talked w
// maribel ramos re accommodations") and returns the name's end, or p. The
// name is a given name the lexicons know and no word, perhaps with a
// surname they know.
func (s *scan) lowerNoteObject(p int) int {
	b := s.b
	for k, v := 0, p; k < 3; k++ {
		w := lowerWord(b, v)
		if w == v || w+2 >= len(b) || b[w] != ' ' {
			return p
		}
		if noteWith[string(b[v:w])] && isLower(b[w+1]) {
			st, e := s.lowerPerson(w+1, false)
			if e > st && st == w+1 && (hasPrefixAt(b, e, " re ") || hasPrefixAt(b, e, " re:") || hasPrefixAt(b, e, " about ")) {
				if e != lowerWord(b, st) || s.lowerGiven(st, e) {
					s.emit(PersonName, st, e, 0.7, "context:note-lower")
					return e
				}
			}
			return p
		}
		v = w + 1
	}
	return p
}

// institutionAfter reports whether the words at q, after a particle, name
// an institution rather than a surname: an adjective in -en and a noun
// that is no given name ("vom Medizinischen Dienst", "von der Deutschen
// Bahn", "vom Roten Kreuz"). A surname after a particle stands alone ("von
// Arnim", "von Hagen"), or before a given name in a record ("von Hagen,
// Anna-Lena"). A noun of an office or a role that the lexicons know as no
// surname names an institution alone ("Herrn Nowak vom Ordnungsamt", "Frau
// Kraus vom Mieter", "von der Hausverwaltung"), not "vom Bruch".
func institutionAfter(b []byte, q int) bool {
	e := word(b, q)
	if e-q >= 4 && institutionNoun(b[q:e]) && !isSurnameB(b[q:e]) {
		return true
	}
	if e-q < 4 || b[e-2] != 'e' || b[e-1] != 'n' || e+2 >= len(b) || b[e] != ' ' || !capAt(b, e+1) {
		return false
	}
	f := word(b, e+1)
	return f > e+3 && !isFirstNameB(b[e+1:f])
}

// institutionEndings end German nouns of offices, bodies and roles.
var institutionEndings = []string{"amt", "ämter", "dienst", "rat", "gericht", "büro", "verein", "vorstand", "team",
	"mieter", "meister", "zentrum", "werk", "ministerium", "institut", "verband", "ausschuss", "betrieb",
	"verwaltung", "behörde", "stelle", "kasse", "polizei", "leitung", "abteilung", "firma", "schule", "praxis",
	"klinik", "kanzlei", "bank", "versicherung", "gemeinde", "kirche", "station"}

func institutionNoun(w []byte) bool {
	for _, e := range institutionEndings {
		if len(w) >= len(e) && strings.EqualFold(string(w[len(w)-len(e):]), e) {
			return true
		}
	}
	return false
}

// tableMemory is the header of the table the scan reads, once it has
// read it: which columns it titles as a name's part, and as children
// (childColumnHeaders). A table's rows run on far past the look-behind,
// and a row far down is read under the header it remembers when the
// look-behind holds only rows like it (nameColumnCell). A blank line
// forgets it.
type tableMemory struct {
	sep         byte
	seps        int    // separators in the header's line
	name, child uint64 // a bit per column, up to 64
	street      uint64 // the street columns (address_de_round20.go)
	thing       uint64 // the columns that name things, not persons (namecn_round20.go)
}

// cell returns e, the end of the cell that begins at i in column col,
// when the header titles that column as a name's part, or as children and
// the lexicons know its first word as a given name; or i.
func (m *tableMemory) cell(b []byte, i, e, col int) int {
	if col >= 64 {
		return i
	}
	if m.name>>col&1 == 1 || m.child>>col&1 == 1 && isFirstNameB(b[i:word(b, i)]) {
		return e
	}
	return i
}

// rowSeps counts the separators sep on the line that starts at ls, up to
// 400 bytes of it.
func rowSeps(b []byte, ls int, sep byte) int {
	le := min(len(b), ls+400)
	if k := bytes.IndexByte(b[ls:le], '\n'); k >= 0 {
		le = ls + k
	}
	return bytes.Count(b[ls:le], []byte{sep})
}

// kinBracketGiven returns the end of a given name after a kin word in
// brackets at i ("Caregiver (son) Ji-woo present", "(niece) Cheyenne"),
// or i: the bracket says whose kin stands next.
func kinBracketGiven(b []byte, i int) int {
	if i < 6 || b[i-1] != ' ' || b[i-2] != ')' {
		return i
	}
	o := bytes.LastIndexByte(b[max(0, i-16):i-2], '(')
	if o < 0 {
		return i
	}
	o += max(0, i-16)
	if !kinshipWords[string(b[o+1:i-2])] {
		return i
	}
	e := word(b, i)
	if e+1 < len(b) && b[e] == '-' && (capAt(b, e+1) || isLower(b[e+1])) {
		e = word(b, e+1) // "Ji-woo", "Mary-Kate"
	}
	if !givenWord(string(b[i:e])) && !isFirstNameB(b[i:word(b, i)]) || !rightOK(b, e) {
		return i
	}
	return e
}

// capsGivenLead returns where a name in capitals found at start begins
// once a given name in capitals before it is taken in ("MARY BETH TORRES"
// read from "BETH", "JUAN CARLOS O'CONNELL" from "CARLOS"), or start. The
// word before must open its field: a line's start, a tag, a tab, or a
// space after a comma or a full stop (", vs. MARY BETH TORRES"); not
// after another word ("DEAR MARY BETH").
func capsGivenLead(b []byte, start, end int) int {
	if start < 3 || b[start-1] != ' ' || !isUpper(b[start]) || start+1 >= end || !isUpper(b[start+1]) && b[start+1] != '.' {
		return start // but a middle initial may open it: "OLUSEGUN J. PETROV" (session 19)
	}
	j := start - 1
	for j > 0 && start-1-j < 12 && isUpper(b[j-1]) {
		j--
	}
	if n := start - 1 - j; n < 3 || j > 0 && (isAlnum(b[j-1]) || b[j-1] == '.') {
		return start
	}
	// After a label's colon or a couple's "and" too (session 19): "Grantor:
	// OLUSEGUN J. PETROV and ANNE MARIE R. PETROV".
	if j > 0 && b[j-1] == ' ' && !(j >= 2 && (b[j-2] == ',' || b[j-2] == '.' || b[j-2] == ':')) && !(j >= 5 && (hasPrefixAt(b, j-5, " and ") || hasPrefixAt(b, j-5, " AND "))) {
		return start
	}
	var buf [64]byte
	w := buf[:copy(buf[:], b[j:start-1])]
	for k := 1; k < len(w); k++ {
		w[k] += 'a' - 'A'
	}
	if !isFirstNameB(w) || loneAmbiguous[string(w)] {
		return start
	}
	return j
}
