package pii

import "bytes"

// Round 11 (German names): a duty roster's cells.

// rosterDays are the days that head a duty roster's rows or columns, as
// German rosters abbreviate or write them.
var rosterDays = set(`Mo Di Mi Do Fr Sa So Mo. Di. Mi. Do. Fr. Sa. So. Montag Dienstag Mittwoch Donnerstag Freitag
Samstag Sonnabend Sonntag`)

// rosterShifts are the shifts that head a roster's columns or rows
// ("Früh Spät Nacht", "Frühdienst", "Rufbereitschaft").
var rosterShifts = set(`Früh Spät Nacht Mittel Frühdienst Spätdienst Nachtdienst Tagdienst Mitteldienst Frühschicht
Spätschicht Nachtschicht Tagschicht Mittelschicht Bereitschaft Rufbereitschaft Hintergrunddienst Vordergrunddienst
Zwischendienst Frühdienst: Spätdienst: Nachtdienst:`)

// rosterNotes are what a roster's cell holds when no one is on duty.
var rosterNotes = set(`Frei Urlaub Krank Schule Fortbildung Seminar Dienstreise Elternzeit Reserve Springer Vertretung
Ausgleich Überstunden Feiertag Geschlossen Offen Team Station Leitung Azubi Praktikant Praktikantin Aushilfe`)

// rosterCell reports whether i begins a cell of a duty roster written as a
// table (aligned by spaces, tabs, pipes or semicolons): the row starts with
// a day and a line above names shifts ("Tag  Früh  Spät  Nacht"), or the
// row starts with a shift and a line above names days. Such a table's cells
// are the people on duty, by given name or surname alone ("Mo  Hartmann
// Frieda  Braun"), which no other cue finds.
func rosterCell(b []byte, i int) bool {
	if i < 3 || i >= len(b) {
		return false
	}
	if rosterNotes[string(b[i:word(b, i)])] {
		return false // "Mo  Urlaub  Hartmann"
	}
	lo := max(0, i-lookBehind)
	ls := swarLastIndexByte(b[lo:i], '\n') + 1 + lo
	if ls == lo && lo > 0 {
		return false
	}
	// The row's first field, which must end before i.
	h := ls
	for h < i && b[h] != ' ' && b[h] != '\t' && b[h] != '|' && b[h] != ';' && b[h] != ',' {
		h++
	}
	if h == ls || h >= i {
		if ls < i && b[ls] == '|' { // "| Mo | Hartmann |"
			f := ls + 1
			for f < i && b[f] == ' ' {
				f++
			}
			h = f
			for h < i && b[h] != ' ' && b[h] != '|' {
				h++
			}
			if h >= i {
				return false
			}
			return rosterRow(b, lo, ls, b[f:h])
		}
		return false
	}
	return rosterRow(b, lo, ls, b[ls:h])
}

// rosterRow reports whether a row whose first field is first, starting at
// ls, belongs to a roster: a day over shifts, or a shift over days.
func rosterRow(b []byte, lo, ls int, first []byte) bool {
	var want map[string]bool
	switch {
	case rosterDays[string(first)]:
		want = rosterShifts
	case rosterShifts[string(first)]:
		want = rosterDays
	default:
		return false
	}
	// The header: a line above, within eight lines, with at least two of
	// the other kind's words.
	end := ls - 1
	for lines := 0; end > lo && lines < 8; lines++ {
		start := bytes.LastIndexByte(b[lo:end], '\n') + 1 + lo
		n := 0
		for _, f := range bytes.FieldsFunc(b[start:end], func(r rune) bool { return r == ' ' || r == '\t' || r == '|' || r == ';' || r == ',' }) {
			if want[string(f)] {
				n++
			}
		}
		if n >= 2 {
			return true
		}
		end = start - 1
	}
	return false
}

// rosterParticle emits a roster's cell that begins with a surname's
// particles ("Mo  von Arnim  Braun", "Di  van Dijk  Frieda"), whose
// capitalised word starts at i, and returns its end, or i. Only a cell's
// start before the particle (two spaces, a tab, a bar, a semicolon) leads
// to the lookups, which prose's "in Berlin" never reaches.
func (s *scan) rosterParticle(i int) int {
	b := s.b
	if i < 6 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i
	}
	j := i - 2
	for j > 0 && i-j < 4 && isLower(b[j-1]) {
		j--
	}
	if j < 2 || !(b[j-1] == ' ' && (b[j-2] == ' ' || b[j-2] == '|') || b[j-1] == '\t' || b[j-1] == ';' || b[j-1] == '|') {
		return i
	}
	st := particleStart(b, i)
	if st == i || st < s.floor || !rosterCell(b, st) {
		return i
	}
	if end := s.nameWords(i, 3); end > i+1 {
		s.emit(PersonName, st, end, 0.85, "context:roster")
		return end
	}
	return i
}

// deSubjectVerbs are finite verbs, third person singular, that follow a
// person as a sentence's subject: saying, and the auxiliaries of a witness's
// account ("Kai aus dem Nachbarhaus hat …").
var deSubjectVerbs = set(`hat hatte ist war sagt sagte meint meinte erzählt erzählte ruft rief fragt fragte antwortet
antwortete berichtet berichtete erklärt erklärte bestätigt bestätigte schreibt schrieb flüstert flüsterte sah sieht
kam kommt wohnt wohnte`)

// deSayVerbs are the verbs of saying alone, which follow a given name
// without an apposition ("Greta sagte, …").
var deSayVerbs = set(`sagt sagte meint meinte erzählt erzählte ruft rief fragt fragte antwortet antwortete flüstert
flüsterte`)

// deDoVerbs are verbs of bringing and doing that a person's given name
// takes as its subject in a clause after a comma ("…, Rosemarie bringt den
// Grill").
var deDoVerbs = set(`bringt bringe macht kauft holt backt kocht organisiert übernimmt besorgt spendet
kümmert fährt`)

// givenSubjectDE emits a given name the lexicons know that opens a sentence
// as its subject, and returns its end, or i: an apposition of origin and a
// finite verb follow ("Lea aus dem Nachbarhaus hat …", "Jonas von nebenan
// sagte …"), or, for a name that is no word, a verb of saying ("Greta
// sagte"). German grammar says a person there; the name alone says nothing.
func (s *scan) givenSubjectDE(i, e int) int {
	b := s.b
	if e+6 >= len(b) || b[e] != ' ' || i > 0 && b[i-1] != '\n' && !(i >= 2 && b[i-1] == ' ' && (b[i-2] == '.' || b[i-2] == '!' || b[i-2] == '?' || b[i-2] == ',')) && !indentedLine(b, i) {
		return i
	}
	w := b[i:e]
	if !isFirstNameB(w) {
		return i
	}
	p := e + 1
	// After a comma, a clause of its own: "Ich mach Nudelsalat, Rosemarie
	// bringt den Grill" (session 19).
	if i >= 2 && b[i-1] == ' ' && b[i-2] == ',' {
		if !unambiguousGiven(string(w)) || surnameOnly(w) {
			return i
		}
		if f := lowerWordEnd(b, p); f > p && (deSayVerbs[string(b[p:f])] || deDoVerbs[string(b[p:f])]) {
			s.emit(PersonName, i, e, 0.75, "context:subject")
			return e
		}
		return i
	}
	switch {
	case hasPrefixAt(b, p, "aus dem ") || hasPrefixAt(b, p, "aus der ") || hasPrefixAt(b, p, "vom "):
		p += len("vom ")
		if b[p-2] != 'm' { // "aus dem ", "aus der ": the article too
			p = e + 1 + len("aus dem ")
		}
		if !capAt(b, p) {
			return i
		}
		p = word(b, p)
	case hasPrefixAt(b, p, "von nebenan "):
		p += len("von nebenan")
	default:
		if !unambiguousGiven(string(w)) || surnameOnly(w) {
			return i
		}
		if f := lowerWordEnd(b, p); f > p && (deSayVerbs[string(b[p:f])] || bornOn(b, p, f)) {
			s.emit(PersonName, i, e, 0.75, "context:subject")
			return e
		}
		return i
	}
	if p+2 >= len(b) || b[p] != ' ' {
		return i
	}
	if f := lowerWordEnd(b, p+1); f > p+1 && deSubjectVerbs[string(b[p+1:f])] {
		s.emit(PersonName, i, e, 0.75, "context:subject")
		return e
	}
	return i
}

// surnameOnly reports whether w is as often a surname as a given name
// ("Werner", "Otto"): alone before a verb it may be a firm's or a
// family's name.
func surnameOnly(w []byte) bool { return isSurnameB(w) || commonSurnames[string(w)] }

// lowerWordEnd returns the end of the lower-case word at p ("erzählte"),
// at most 14 bytes, or p.
func lowerWordEnd(b []byte, p int) int {
	e := p
	for e < len(b) && e-p < 14 && (isLower(b[e]) || b[e] >= 0x80) {
		e++
	}
	if e-p >= 14 {
		return p
	}
	return e
}
