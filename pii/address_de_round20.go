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
// one s.streets remembers, for a row with as many cells.
func (s *scan) deStreetCell(start, end int) bool {
	b := s.b
	if !cellStart(b, start) && !(start >= 2 && b[start-1] == ' ' && b[start-2] == '|') || !deCellAfter(b, end) {
		return false
	}
	return s.streetColumn(start)
}

// streetColumn reports whether the cell at start lies in a street column
// of its table: under a header in sight with as many cells as its row,
// which it remembers, or under the header remembered.
func (s *scan) streetColumn(start int) bool {
	b := s.b
	line, sep, col, ok := tableHeader(b, start)
	if sep == ',' || sep == 0 || col >= 64 {
		return false // a comma parts a street from its town as often as cells
	}
	ls := swarLastIndexByte(b[:start], '\n') + 1
	seps := rowSeps(b, ls, sep)
	if !ok || bytes.Count(line, []byte{sep}) != seps {
		// No header in sight, or only its end.
		m := s.streets
		return m.sep == sep && m.street>>col&1 == 1 && seps == m.seps
	}
	var streets uint64
	for n, c := range bytes.Split(line, []byte{sep}) {
		if n >= 64 {
			break
		}
		low := strings.ToLower(string(c))
		for _, w := range deStreetHeaders {
			if strings.Contains(low, w) {
				streets |= 1 << n
				break
			}
		}
	}
	s.streets = tableMemory{sep: sep, seps: seps, street: streets}
	return streets>>col&1 == 1
}

// headerColumn returns the text of the col'th cell of a header line
// parted by sep, or nil.
func headerColumn(line []byte, sep byte, col int) []byte {
	for n := 0; n < col; n++ {
		k := bytes.IndexByte(line, sep)
		if k < 0 {
			return nil
		}
		line = line[k+1:]
	}
	if k := bytes.IndexByte(line, sep); k >= 0 {
		line = line[:k]
	}
	return bytes.TrimSpace(line)
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
