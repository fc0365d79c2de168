package pii

import (
	"bytes"
	"strings"
)

// Session 19's name rules: things named after people, and the keys and
// words around a name that say it is no person's.

// notPerson19 reports whether the name found at start..end names a thing:
// a vessel ("MS Kronprinz Frederik", "Seenotrettungskreuzer Hermann
// Marwede"), a place or a fund ending in its kind ("Hank Aaron Plaza",
// "Lilly Endowment"), a work's title in emphasis ("*Klara and the Sun*"),
// a record's value under a key that holds no person ("beruf: Fischer",
// "<Destination>Victoria, BC"), a count of things ("1x Keller"), a given
// name alone after "in" ("Sofa in Cord"), or a German office's noun ("…
// Sachbearbeiterin Mietenbuchhaltung").
func notPerson19(b []byte, start, end int, validation string) bool {
	if end > len(b) || end-start < 2 || start < 2 {
		return false
	}
	if vesselBefore(b, start) || emphasisedTitle(b, start, end) || countBefore(b, start) {
		return true
	}
	if k := keyBefore(b, start); k != "" && notNameKeys19[k] {
		return true
	}
	l := lastSpace(b, start, end)
	if l > start && facilityWords[string(trimPossessive(b[l+1:end]))] {
		return true // "Lilly Endowment", "Benjamin Franklin Station"
	}
	if k := bytesIndexSpace(b, start, end); k < end && (vesselWords[string(b[start:k])] || placeBefore[string(b[start:k])]) {
		return true // "Fähre Alexander von Humboldt II"
	}
	if facilityAfter(b, end) {
		return true // "Jack Murphy Complex", "Ruth and Harold Pavilion", "Heinrich Heine Buchhandlung"
	}
	if w, _ := wordBefore(b, start); len(w) > 3 && placeBefore[string(w)] {
		return true // "Temple Beth Shalom", "Casa Garcia"
	}
	if l == start {
		w := b[start:end]
		if validation == "dictionary:given" {
			if p, _ := wordBefore(b, start); string(p) == "in" || string(p) == "aus" {
				return true // "Sofa in Cord"
			}
		}
		if len(w) > 6 && isUpper(w[0]) && bytes.IndexByte(w, '-') < 0 && deNounEnding(string(w)) && !isSurnameB(w) && !isFirstNameB(w) {
			return true // "Sachbearbeiterin Mietenbuchhaltung"
		}
	}
	return false
}

// trimPossessive drops a possessive "'s" ("Shriners Children's").
func trimPossessive(w []byte) []byte {
	if len(w) > 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
		return w[:len(w)-2]
	}
	return w
}

// facilityWords end the name of a place, a body or a fund that is named
// after a person; none is a surname ("House", "Field" and "Hall" are, and
// are left out).
var facilityWords = set(`Plaza Gate Pavilion Endowment Complex Station Stadium Arena Center Centre Terminal Library
Museum Theatre Theater Auditorium Gymnasium Garage Lounge Mall Memorial Hospital Institute Foundation College
University School Academy Children Fund Trust Scholarship Award Prize Lecture Chair Fellowship Quad Commons Annex
Tower Bridge Airport Pier Wharf Dock Chapel Cathedral Synagogue Mosque Act`)

// vesselWords stand before a ship's name: its prefix or its kind. Not
// "ship", "ferry" or "tug", which are verbs too ("Ship to: Anna Weber").
var vesselWords = set(`MS MV SK SSS RMS HMS USS USNS Fähre Barkasse Seenotrettungskreuzer Rettungskreuzer
Frachter Tanker Schlepper Dampfer Schiff Containerschiff Kreuzfahrtschiff Schoner Segelschiff Kutter Jacht Yacht
Motorschiff Fahrgastschiff Ausflugsschiff Feuerschiff Eisbrecher vessel schooner yacht trawler tanker freighter
steamer Ferry Vessel`)

// vesselBefore reports whether a vessel's prefix or kind stands before
// start, over a rank or a kin's word that is the ship's too ("MS Kronprinz
// Frederik", "Barkasse „Tante Hertha“").
func vesselBefore(b []byte, start int) bool {
	p := start
	if p >= 4 && string(b[p-3:p]) == "„" {
		p -= 3
	} else if p >= 2 && b[p-1] == '"' {
		p--
	}
	for k := 0; k < 2 && p >= 2; k++ {
		j := p
		for j > 0 && b[j-1] == ' ' && p-j < 2 {
			j--
		}
		if j == p {
			return false
		}
		q := j
		for q > 0 && j-q < 24 && (isAlpha(b[q-1]) || b[q-1] >= 0x80) {
			q--
		}
		w := b[q:j]
		if len(w) == 0 {
			return false
		}
		if vesselWords[string(w)] {
			return true
		}
		if q >= 4 && string(b[q-3:q]) == "„" {
			q -= 3 // "Barkasse „Tante Hertha“"
		}
		p = q
	}
	return false
}

// emphasisedTitle reports whether start..end lies inside a Markdown
// emphasis on one line with more than the name in it: a book's or a
// film's title ("*Klara and the Sun*", "*Project Hail Mary*"). A name that
// is all the emphasis holds ("**Anna Weber**") is a name.
func emphasisedTitle(b []byte, start, end int) bool {
	o := start - 1
	for o > 0 && start-o < 40 && b[o] != '*' && b[o] != '\n' && b[o] != '|' {
		o--
	}
	if o < 0 || b[o] != '*' {
		return false
	}
	c := bytes.IndexByte(b[end:min(len(b), end+40)], '*')
	if c < 0 || bytes.IndexByte(b[end:end+c], '\n') >= 0 || bytes.IndexByte(b[end:end+c], '|') >= 0 {
		return false
	}
	inner := b[o+1 : end+c]
	if inner[0] == ' ' || inner[len(inner)-1] == ' ' {
		return false
	}
	return o+1 < start || c > 0 || bytes.Count(inner, []byte(" ")) >= 2
}

// countBefore reports whether a count of things stands before start: "1x
// Keller", "2 x Schlüssel".
func countBefore(b []byte, start int) bool {
	if start < 3 || b[start-1] != ' ' {
		return false
	}
	j := start - 2
	if b[j] == ' ' && j > 0 {
		j--
	}
	return (b[j] == 'x' || b[j] == '×') && j > 0 && isDigit(b[j-1])
}

// notNameKeys19 are keys whose values are no person: an occupation, a
// place, a team, a thing.
var notNameKeys19 = set(`beruf tätigkeit occupation job profession position rolle role abteilung department
destination facility site venue location desc description item product produkt artikel
title titel reiseziel ziel einrichtung standort`)

// keyBefore returns, in lower case, the key of a record's field whose
// value opens at start ("beruf: Fischer", "site=ABE3", `"desc": "Lincoln
// Logs …"`, "<Destination>Victoria"), or "".
func keyBefore(b []byte, start int) string {
	k, p := keySpan(b, start)
	if k == p {
		return ""
	}
	return strings.ToLower(string(b[k:p]))
}

// keySpan returns the bounds of keyBefore's key, or start, start.
func keySpan(b []byte, start int) (int, int) {
	p := start
	if p > 0 && b[p-1] == ' ' {
		p--
	}
	if p > 0 && b[p-1] == '"' {
		p--
		if p > 0 && b[p-1] == ' ' {
			p--
		}
	}
	if p == 0 {
		return start, start
	}
	switch b[p-1] {
	case ':', '=', '>':
	default:
		return start, start
	}
	tag := b[p-1] == '>'
	p--
	if p > 0 && b[p-1] == '"' && !tag {
		p-- // `"desc": `
	}
	k := p
	for k > 0 && p-k < 24 && (isAlpha(b[k-1]) || b[k-1] >= 0x80 || b[k-1] == '_') {
		k--
	}
	if k == p || tag && (k == 0 || b[k-1] != '<') {
		return start, start
	}
	return k, p
}

// byNear reports whether "by" or "By" ends within the five bytes before
// i: byKey's first test, which most values fail.
func byNear(b []byte, i int) bool {
	for k := max(1, i-5); k < i; k++ {
		if b[k] == 'y' && (b[k-1] == 'b' || b[k-1] == 'B') {
			return true
		}
	}
	return false
}

// byKey reports whether the value at start is under a key that says who
// did something: `"packed_by": "Michael Park"`, "signedBy=…".
func byKey(b []byte, start int) bool {
	k, p := keySpan(b, start)
	return p-k > 3 && (b[p-3] == '_' || b[p-3] == '-') && b[p-2] == 'b' && b[p-1] == 'y' || p-k > 2 && b[p-2] == 'B' && b[p-1] == 'y'
}

// imAuftragCut returns where a name found at start begins when the "A."
// of "i. A." (im Auftrag, on behalf of) was read as its initial ("i. A.
// Ilse Weiß"), or start.
func imAuftragCut(b []byte, start, end int) int {
	if start >= 3 && start+4 < end && hasPrefixAt(b, start-3, "i. A. ") && capAt(b, start+3) {
		return start + 3
	}
	return start
}

// signatureBracket returns the span of a name in brackets under a
// signature's blank, whose capitalised word at i (after any particles)
// the scan reads: "Unterschriften: ________ (Krause-Albers)   ________ (von
// Bülow)". The blank says a person signs there; the bracket holds whose
// signature it is. It returns i, i when there is none.
func signatureBracket(b []byte, i int) (int, int) {
	st := particlesBefore19(b, i)
	if st < 5 || b[st-1] != '(' {
		return i, i
	}
	j := st - 1
	for j > 0 && st-1-j < 3 && b[j-1] == ' ' {
		j--
	}
	if j < 3 || b[j-1] != '_' || b[j-2] != '_' || b[j-3] != '_' {
		return i, i
	}
	c := bytes.IndexByte(b[i:min(len(b), i+48)], ')')
	if c < 0 {
		return i, i
	}
	end := i + c
	for k := i; k < end; k++ {
		if c := b[k]; c == '\n' || isDigit(c) || c == ',' || c == '(' {
			return i, i
		}
		if c == ' ' && !capAt(b, k+1) {
			return i, i
		}
	}
	return st, end
}

// parcelWords stand before "für"/"for" and the person a parcel or letter is
// for: "Hat jemand ein Paket für Mayer angenommen?", "Die Post für de Vries
// landet bei uns".
var parcelWords = set(`Paket Pakete Päckchen Post Brief Briefe Sendung Einschreiben Lieferung package packages parcel
parcels mail letter letters delivery`)

// parcelFor returns the span of the name at i (after any particles) that a
// parcel or a letter is for, or i, i. The name must be one the lexicons
// know, carry a particle, or have no other reading.
func parcelFor(b []byte, i, e int) (int, int) {
	st := particlesBefore19(b, i)
	var p int
	switch {
	case st >= 5 && hasPrefixAt(b, st-5, "für "):
		p = st - 5
	case st >= 4 && hasPrefixAt(b, st-4, "for "):
		p = st - 4
	default:
		return i, i
	}
	w, _ := wordBefore(b, p)
	if !parcelWords[string(w)] {
		return i, i
	}
	if st == i && !isSurnameB(b[i:e]) && !isFirstNameB(b[i:e]) && !foreignShaped(b[i:e]) {
		return i, i
	}
	if pronounsDE[string(b[i:e])] {
		return i, i
	}
	// A name of more words the other rules read ("Ihr Paket für Bodo Zur
	// Nieden").
	if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) || !rightOK(b, e) {
		return i, i
	}
	return st, e
}

// parcelCue reports whether "für " or "for " comes right before i, or
// before a particle of two or three letters there ("für de Vries", "für
// vom Bruch"): parcelFor's first test.
func parcelCue(b []byte, i int) bool {
	if hasPrefixAt(b, i-5, "für ") || hasPrefixAt(b, i-4, "for ") {
		return true
	}
	for k := i - 3; k >= i-4 && k >= 5; k-- {
		if b[k-1] == ' ' && (hasPrefixAt(b, k-5, "für ") || hasPrefixAt(b, k-4, "for ")) {
			return true
		}
	}
	return false
}

// pronounsDE are the German pronouns of address written with a capital.
var pronounsDE = set(`Sie Ihnen Ihr Ihre Dich Dir Euch Uns Du`)

// listPairSplit returns the comma at which a span found as one name holds
// a given name and then another person's given name and surname, as a
// list of helpers writes them ("Heinrich, Ursula Neumann", "Anna-Lena,
// Reinhard Schmidt"), or -1. An inverted name has one given name, or given
// names only, after its comma ("Neumann, Anna Maria").
func listPairSplit(b []byte, start, end int) int {
	c := bytes.IndexByte(b[start:end], ',')
	if c < 0 {
		return -1
	}
	c += start
	if c+3 >= end || b[c+1] != ' ' || bytes.IndexByte(b[start:c], ' ') >= 0 {
		return -1
	}
	sp := bytes.IndexByte(b[c+2:end], ' ')
	if sp < 0 {
		return -1
	}
	sp += c + 2
	if bytes.IndexByte(b[sp+1:end], ' ') >= 0 {
		return -1
	}
	if !givenWord(string(b[start:c])) || !givenWord(string(b[c+2:sp])) || !isSurnameB(b[sp+1:end]) || isFirstNameB(b[sp+1:end]) {
		return -1
	}
	return c
}

// particlesBefore19 is particlesBefore with the German "vom" and "zur" of
// a surname alone ("vom Bruch", "zur Mühlen").
func particlesBefore19(b []byte, i int) int {
	if st := particlesBefore(b, i); st < i {
		return st
	}
	if i >= 5 && (hasPrefixAt(b, i-4, "vom ") || hasPrefixAt(b, i-4, "zur ")) && !isAlpha(b[i-5]) {
		return i - 4
	}
	return i
}

// pronounPair returns the end of a given name the lexicons know that the
// writer pairs with themself, or i: "the rotation Amber and I put
// together", "Jonas und ich".
func pronounPair(b []byte, i, e int) int {
	if !(hasPrefixAt(b, e, " and I ") || hasPrefixAt(b, e, " and I'") || hasPrefixAt(b, e, " und ich ")) || !isFirstNameB(b[i:e]) {
		return i
	}
	if i > 0 && !(b[i-1] == ' ' || b[i-1] == '\n') {
		return i
	}
	return e
}

// facilityAfter reports whether a place's or a trade's word follows the
// name that ends at e, itself or after "and" and one more given name:
// "Jack Murphy Complex", "Ruth and Harold Pavilion", "Heinrich Heine
// Buchhandlung".
func facilityAfter(b []byte, e int) bool {
	if e+3 >= len(b) || b[e] != ' ' {
		return false
	}
	p := e + 1
	if hasPrefixAt(b, p, "and ") && capAt(b, p+4) {
		f := word(b, p+4)
		if !isFirstNameB(b[p+4 : f]) {
			return false
		}
		if f+2 >= len(b) || b[f] != ' ' {
			return false
		}
		p = f + 1
	}
	if !capAt(b, p) {
		return false
	}
	f := word(b, p)
	w := trimPossessive(b[p:f])
	return (facilityWords[string(w)] || tradeWords[string(w)]) && rightOK(b, f)
}

// tradeWords follow a shop's or a firm's eponym: "Heinrich Heine
// Buchhandlung", "Erich Krause Schreibwaren".
var tradeWords = set(`Buchhandlung Naturwaren Schreibwaren Feinkost Apotheke Bäckerei Metzgerei Konditorei Optik Moden
Möbel Reisen Getränke Blumen Bestattungen Fahrschule Kanzlei Praxis Immobilien Autohaus Brauerei Weingut`)

// placeBefore are words that open the name of a house of worship, a
// restaurant or a lodging named after a person: "Temple Beth Shalom", "Casa
// Garcia".
var placeBefore = set(`Temple Congregation Synagogue Casa Chez Hotel Gasthof Gasthaus Restaurant
Pizzeria Trattoria Taverna Ristorante Café Cafe Bistro`)

// neighbourGiven returns the end of a given name the lexicons know that a
// neighbour goes by, or i: "Dustin next door has seen the plans".
func neighbourGiven(b []byte, i, e int) int {
	if (hasPrefixAt(b, e, " next door") || hasPrefixAt(b, e, " from next door")) && isFirstNameB(b[i:e]) && (i == 0 || !isAlnum(b[i-1])) {
		return e
	}
	return i
}

// ampPair returns the end of the names paired by "&" from the given name
// at i: "Brenda & Dakota Perez" (Brenda; the rules read Dakota Perez), or,
// in a table's cell, two given names alone ("| Rosa & Hope |"), where it
// emits both. It returns i when there is none.
func (s *scan) ampPair(i, e int) int {
	b := s.b
	if !hasPrefixAt(b, e, " & ") || !isFirstNameB(b[i:e]) || i > 0 && isAlnum(b[i-1]) {
		return i
	}
	p := e + 3
	if personAfterAmp(b, p) {
		if f := word(b, p); f+1 < len(b) && b[f] == ' ' && facilityWords[string(b[f+1:word(b, f+1)])] {
			return i // "Franklin & Marshall College"
		}
		s.emit(PersonName, i, e, 0.75, "context:coordinated")
		return e
	}
	f := word(b, p)
	if f <= p+1 || !capAt(b, p) || !isFirstNameB(b[p:f]) || !ampCellEnd(b, f) || i == 0 || !ampCellEnd(b, i-1) && !(i >= 2 && b[i-1] == ' ' && ampCellEnd(b, i-2)) {
		return i
	}
	s.emit(PersonName, i, e, 0.75, "context:coordinated")
	s.emit(PersonName, p, f, 0.75, "context:coordinated")
	return f
}

// ampCellEnd reports whether b[k] ends a table's cell or a line: a bar, a
// tab, a newline (with a space before a bar).
func ampCellEnd(b []byte, k int) bool {
	if k >= len(b) {
		return true
	}
	if b[k] == ' ' && k+1 < len(b) && b[k+1] == '|' {
		return true
	}
	return b[k] == '|' || b[k] == '\t' || b[k] == '\n'
}

// stopSurnames are surnames common in the US that nameStop keeps from
// being read after a given name, as they end places ("Lincoln Park", "Penny
// Lane", "May Day").
var stopSurnames = set(`Park Lane Day`)

// titleStopSurname returns the end of one of stopSurnames right after a
// title at p ("Dr. Park is Monday", "Mr. Lane called"), or p: not before a
// place's word or another capitalised word ("Dr. Park Avenue Clinic").
func titleStopSurname(b []byte, p int) int {
	e := word(b, p)
	if !stopSurnames[string(b[p:e])] || !rightOK(b, e) || e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		return p
	}
	return e
}

// lowerAfterEq reads a given name typed in lower case as the whole value
// of a log's key that names a person, at the '=' at i: "geprueft_von=jasmina
// user=mueller93", "approved_by=frank". The name must be one the lexicons
// know; a handle ("user=mueller93") is none. It returns where the scan
// goes on.
func (s *scan) lowerAfterEq(i int) int {
	b := s.b
	p := i + 1
	e := lowerWord(b, p)
	if e-p < 3 || e-p > 20 || e < len(b) && !valueEnd(b[e]) && b[e] != '-' {
		return p
	}
	if !endsWord(b, p, nameKeys, 24) && !(byNear(b, p) && byKey(b, p)) || i >= 4 && hasPrefixAt(b, i-4, "user") {
		return p // a user's handle is none ("user=frank")
	}
	var buf [64]byte
	if !isFirstNameB(titleCase(&buf, b[p:e])) {
		return p
	}
	// A double given name: "hans-peter", "mia-sophie".
	if e+2 < len(b) && b[e] == '-' && isLower(b[e+1]) {
		f := lowerWord(b, e+1)
		if f-e > 2 && (f == len(b) || valueEnd(b[f])) && isFirstNameB(titleCase(&buf, b[e+1:f])) {
			e = f
		}
	}
	if e < len(b) && !valueEnd(b[e]) {
		return p // "hans-xyzzy"
	}
	s.emit(PersonName, p, e, 0.75, "field:lower-case")
	return e
}

// valueEnd reports whether c ends an unquoted value of a key=value log.
func valueEnd(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ',' || c == ';' || c == '&'
}

// registerEntry reports whether a register's entry number opens the line
// before i: "1a) ", "12) ".
func registerEntry(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' || b[i-2] != ')' {
		return false
	}
	j := i - 2
	for j > 0 && i-2-j < 4 && isAlnum(b[j-1]) {
		j--
	}
	return j < i-2 && isDigit(b[j]) && (j == 0 || b[j-1] == '\n' || b[j-1] == ' ')
}
