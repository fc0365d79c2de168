package pii

import "bytes"

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
// Anna-Lena").
func institutionAfter(b []byte, q int) bool {
	e := word(b, q)
	if e-q < 4 || b[e-2] != 'e' || b[e-1] != 'n' || e+2 >= len(b) || b[e] != ' ' || !capAt(b, e+1) {
		return false
	}
	f := word(b, e+1)
	return f > e+3 && !isFirstNameB(b[e+1:f])
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
