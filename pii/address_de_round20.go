package pii

import (
	"bytes"
	"strings"
)

// Session 20 (issue 18): German addresses read on unforeseen. A table's
// street column holds a street and its number alone, the postcode and the
// town in columns of their own or left out ("| Schlossgrund 21 | 68106 |",
// "Standort" in a beekeepers' register): the column's header says what
// the cell holds, as streetKeys say it for a record's field.

// deStreetHeaders are words of a column's header that name a street or
// an address.
var deStreetHeaders = []string{"straße", "strasse", "anschrift", "adresse", "standort", "wohnung", "street", "address"}

// deStreetCell reports whether a street's name at start and its number
// ending at end fill one cell of a table whose header names the column a
// street's or an address's: "| Im Winkel 8 |", ";Lindenredder 127;".
// A note in brackets may follow the number in the cell ("Zur Heide 14
// (Südviertel) |"). A header further up than the scan looks back is the
// one s.columns remembers, for a row with as many cells.
func (s *scan) deStreetCell(start, end int) bool {
	b := s.b
	if !cellStart(b, start) && !(start >= 2 && b[start-1] == ' ' && b[start-2] == '|') || !deCellAfter(b, end) {
		return false
	}
	m, col, ok := s.columnKinds(start)
	// The cell ends at the table's own separator: in a tab row, "RR 9,
	// Box 283" goes on past its comma.
	return ok && m.street>>col&1 == 1 && cellEndsWith(b, end, m.sep)
}

// cellEndsWith reports whether the cell whose text ends at e (perhaps
// before a note in brackets) ends at the separator sep or the line.
func cellEndsWith(b []byte, e int, sep byte) bool {
	if hasPrefixAt(b, e, " (") {
		e += bytes.IndexByte(b[e:min(len(b), e+40)], ')') + 1
	}
	for e < len(b) && b[e] == ' ' {
		e++
	}
	return e >= len(b) || b[e] == sep || b[e] == '\n' || b[e] == '\r'
}

// streetColumn reports whether the cell at start lies in a street column
// of its table (columnKinds).
func (s *scan) streetColumn(start int) bool {
	m, col, ok := s.columnKinds(start)
	return ok && m.street>>col&1 == 1
}

// columnKinds returns what the columns of the table row at start hold,
// and the cell's column: read from a header in sight with as many cells
// as the row, and remembered, or the header remembered; ok is false when
// neither is there. A comma parts a street from its town as often as it
// parts cells, and counts for no table here.
func (s *scan) columnKinds(start int) (m tableMemory, col int, ok bool) {
	b := s.b
	line, sep, col, ok := tableHeader(b, start)
	ls := swarLastIndexByte(b[:start], '\n') + 1
	if sep == ',' && ls == start {
		// A row's first cell: its separator is the line's ("高坎田 | 673…").
		row := b[ls:min(len(b), ls+400)]
		if k := bytes.IndexByte(row, '\n'); k >= 0 {
			row = row[:k]
		}
		if bytes.IndexByte(row, '|') >= 0 {
			sep = '|'
		}
	}
	if sep == ',' || sep == 0 || col >= 64 {
		return m, 0, false
	}
	seps := rowSeps(b, ls, sep)
	if !ok || bytes.Count(line, []byte{sep}) != seps {
		// No header in sight, or only its end.
		m = s.columns
		return m, col, m.sep == sep && seps == m.seps
	}
	m = tableMemory{sep: sep, seps: seps}
	for n, c := range bytes.Split(line, []byte{sep}) {
		if n >= 64 {
			break
		}
		low := strings.ToLower(string(c))
		for _, w := range deStreetHeaders {
			if strings.Contains(low, w) {
				m.street |= 1 << n
				break
			}
		}
		if cnThingHeader(c) {
			m.thing |= 1 << n
		}
	}
	s.columns = m
	return m, col, true
}

// deCellAfter reports whether a cell ends at e, perhaps after a note in
// brackets: ";", "\t", " |", " (hinter Edeka) |".
func deCellAfter(b []byte, e int) bool {
	if hasPrefixAt(b, e, " (") {
		c := bytes.IndexByte(b[e:min(len(b), e+40)], ')')
		if c < 0 {
			return false
		}
		e += c + 1
	}
	if e+1 < len(b) && b[e] == ' ' && b[e+1] == '|' {
		e++
	}
	return e >= len(b) || cellSep(b[e]) || b[e] == '\n' || b[e] == '\r'
}

// deRiverLike reports whether w, in brackets after a town, names its
// river or region as one capitalised word: "Saale", "Oldb", "Oder"; not a
// noun, a country or a note.
func deRiverLike(w []byte) bool {
	if deRivers[string(w)] {
		return true
	}
	if len(w) < 3 || len(w) > 14 || !capAt(w, 0) || bytes.IndexByte(w, ' ') >= 0 || deCountries[string(w)] {
		return false
	}
	return !dictionaryWord(w, false)
}
