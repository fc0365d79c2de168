package pii

import "bytes"

// Round 11 (issue 18): English names — a US city standing where a place
// stands, the generational suffix of a name found by any rule, and a given
// name alone before an appositive or a separator.

// cityNotPerson reports whether the name [i, end) is a US city's (the
// Census list, lexicon/us_cities.txt) by the words around it: a state's
// code follows ("Austin TX", "ANN ARBOR, MI"), or, for a single word, a
// preposition of place comes before and nothing capitalised after ("the
// Carters of Cheyenne", "moved to Billings"). Many cities are named after
// people, and many given names after cities.
func cityNotPerson(b []byte, i, end int) bool {
	if !usCities[string(b[i:end])] {
		return false
	}
	p := end
	if p < len(b) && b[p] == ',' {
		p++
	}
	if p+3 <= len(b) && b[p] == ' ' && isUpper(b[p+1]) && isUpper(b[p+2]) && usStates[string(b[p+1:p+3])] && (p+3 == len(b) || !isAlpha(b[p+3])) {
		return true
	}
	if w, _ := wordBefore(b, i); cityPrepositions[string(w)] {
		for k := i; k < end; k++ {
			if b[k] == ' ' {
				return true // "in Ann Arbor": a name of two words is a city's after these
			}
		}
		// Not a list of people: "Gift of Elizabeth and James Ruiz".
		return !(end+1 < len(b) && b[end] == ' ' && (capAt(b, end+1) || hasPrefixAt(b, end+1, "and ") || hasPrefixAt(b, end+1, "& ") || hasPrefixAt(b, end+1, "or ")))
	}
	return false
}

// cityPrepositions put a place after them; "from", "to" and "at" are left
// out, as they as often put a person ("a note from Warren").
var cityPrepositions = set(`in of near In Near`)

// suffixAfter returns the end of a generational suffix after a name of two
// or more words ending at end ("Grayson Lindqvist III", "Ana Ruiz Jr."),
// whichever rule found it, or end. A lone word is left ("Henry II" is a
// king's).
func suffixAfter(b []byte, i, end int) int {
	if e := hyphenParticleTail(b, end); e > end { // "Fleischhauer-von der Heide" (namede_round13.go)
		return e
	}
	if end+3 > len(b) || b[end] != ' ' && b[end] != ',' {
		return end
	}
	for k := i; k < end; k++ {
		if b[k] == ' ' {
			return nameSuffix(b, end)
		}
	}
	return end
}

// apposAfter reports whether a relative clause about a person follows the
// word ending at e: "Deborah, whose mother is …", "Kai, who …".
func apposAfter(b []byte, e int) bool {
	return hasPrefixAt(b, e, ", who ") || hasPrefixAt(b, e, ", whose ") || hasPrefixAt(b, e, ", who's ")
}

// sepAfter reports whether a separator between a record's parts follows
// the given name [i, e): " · ", " — ", " – " ("Your driver was Steven ·
// Honda Civic"); the name ends its part there. Not after a particle: the
// word is a surname's ("ter Horst · Malerbetrieb").
func sepAfter(b []byte, i, e int) bool {
	if e+3 >= len(b) || b[e] != ' ' || !(hasPrefixAt(b, e+1, "· ") || hasPrefixAt(b, e+1, "— ") || hasPrefixAt(b, e+1, "– ")) {
		return false
	}
	_, q := wordBefore(b, i)
	return q == i || particleAt(b, q, false) != i
}

// Rooms, halls and prizes named after people ("Lincoln Gallery", "Franklin
// Room", "Amber Alert", "Marshall Plan", "Stanley Cup"): heads of a thing's
// name, as eponymHeads (name_round9.go); none is a surname in the Census
// lists.
func init() {
	for _, w := range []string{"Gallery", "Room", "Bowl", "Alert", "Plan", "Trophy", "Award", "Prize", "Lecture",
		"Fellowship", "Scholarship", "Festival", "Cup", "Theater", "Theatre", "Auditorium", "Pavilion", "Lounge",
		"Studio", "Studios", "Gardens", "Arboretum", "Observatory", "Wing", "Annex", "Tower", "Building"} {
		eponymHeads[w] = true
	}
}

// lowerLine reads a line that opens in lower case at p (after a newline or
// at the text's start), as chats and texts are written: a greeting and a
// given name ("hey minh!!"), perhaps with a surname, or a sign-off line
// that holds only a dash and given names ("- kwame", "-- ruth & huong"),
// and the other openings lowerOpen reads (namelower.go). The name must be
// a known given name that is no word ("- sage", "thanks mark" are not).
func (s *scan) lowerLine(p int) int {
	b := s.b
	if e := lowerWord(b, p); e+1 < len(b) && (b[e] == '.' || b[e] == '-') && isLower(b[e+1]) {
		if f := s.chatHandle(p); f > p { // "fatima.torres  9:12" (namechat.go)
			return f
		}
	}
	if b[p] == 'f' || b[p] == 'h' { // "frau dreher hat angerufen"
		if e := s.lowerTitled(p); e > p {
			return e
		}
	}
	if c := b[p]; c == 'b' || c == 'r' || c == 'p' || c == 'm' {
		if e := s.censusLine(p); e > p {
			return e
		}
	}
	if q := p + 1; p+4 < len(b) && (b[p] == '-' || b[p] == '~' || b[p] == '*') {
		if b[q] == '-' {
			q++ // "-- kwame"
		}
		if q+2 >= len(b) || b[q] != ' ' || !isLower(b[q+1]) {
			return p + 1
		}
		e := lowerWord(b, q+1)
		if (e == len(b) || b[e] == '\n' || b[e] == '\r') && s.lowerGiven(q+1, e) {
			s.emit(PersonName, q+1, e, 0.7, "context:signoff-lower")
			return e
		}
		if e := s.lowerOpen(q+1, true); e > q+1 { // "- alice & eric" (namelower.go)
			return e
		}
		if e := s.lowerNoteObject(q + 1); e > q+1 { // "- call w scott re …" (name_round18.go)
			return e
		}
		return max(s.lowerSubject(q+1), p+1) // "- tyrone left early" (namechat.go)
	}
	// A chat's interjection before its subject: "lol nikhil said the same".
	if w := lowerWord(b, p); w+2 < len(b) && b[w] == ' ' && isLower(b[w+1]) && lowerInterjections[string(b[p:w])] {
		if e := s.lowerSubject(w + 1); e > w+1 {
			return e
		}
	}
	// A chat's speaker typed in lower case, without a time stamp:
	// "laura: can someone cover 3W?" (name_round18.go).
	if e := s.lowerSpeaker(p); e > p {
		return e
	}
	// A greeting or a sign-off before names ("hey minh!!", "thanks josh
	// ramirez", "lg elif & helmut"), a kin word, an author (namelower.go).
	return max(s.lowerOpen(p, false), lowerWord(b, p), p+1)
}

// lowerInterjections open a chat's line before its subject ("lol nikhil
// said the same", "ok anja kommt morgen").
var lowerInterjections = set(`lol lmao omg haha hahaha ok okay k yeah yep nope btw ja jo na naja ach oh ah`)

// lowerGiven reports whether the lower-case word [p, e) is a known given
// name that is no word ("minh", "kwame"; not "will", "sage").
func (s *scan) lowerGiven(p, e int) bool {
	if e-p < 3 {
		return false
	}
	var buf [64]byte
	w := titleCase(&buf, s.b[p:e])
	return isFirstNameB(w) && !loneAmbiguous[string(w)] && !nonNames[string(w)] && !commonSurnames[string(w)]
}

// secondSurname returns the end of a second surname after a name of two
// or more words ending at end, whichever rule found it, or end: Spanish
// and Portuguese names carry both parents' surnames ("Tuan Ramírez
// Ortega", "Ifeoma Silva Santos"). The name's last word and the next must
// both be surnames the lexicons hold, the next no common word, city or
// street, and no capitalised word may follow it on the line ("Silva
// Santos Road").
func secondSurname(b []byte, i, end int) int {
	if end+4 >= len(b) || b[end] != ' ' || !capAt(b, end+1) || bytes.IndexByte(b[i:end], ' ') < 0 {
		return end
	}
	l := bytes.LastIndexByte(b[i:end], ' ') + i + 1
	f := word(b, end+1)
	if f-end < 4 || !isSurnameB(b[l:end]) || !isSurnameB(b[end+1:f]) || f < len(b) && (isAlnum(b[f]) || b[f] == '-' || b[f] >= 0x80) {
		return end
	}
	w := string(b[end+1 : f])
	if commonSurnames[w] || isFirstName(w) && isFirstNameB(b[l:end]) || usCities[w] || deCities[w] || placeWords[w] || streetWord(w) || orgWords[w] || nonNames[w] || dictionaryWord(b[end+1:f], true) {
		return end
	}
	if f+1 < len(b) && b[f] == ' ' && capAt(b, f+1) {
		return end
	}
	return f
}
