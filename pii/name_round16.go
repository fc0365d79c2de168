package pii

import (
	"bytes"
	"strings"
)

// Session 16 (issue 18): English shapes read in the corpora unasked and
// unsought once they became read sets.
//   - A middle initial vouches for a given name that is a word too and for
//     a surname that is a street's word ("Joy D. Stephens", "Harper P.
//     Lane"); a found pair of given names takes the surname after it
//     ("Diana Andrea Shevchenko"); people joined by "&" may carry an
//     initial and a particle ("Brenda O'Malley & Minh C. von Ahn").
//   - A surname written first before a comma and a given name is one
//     person where it opens a field or follows a word in lower case
//     ("Witness: Allen, Diana.", "pt's daughter Cook, Jian present"), with
//     its particle ("Du Bois, Thao", "MAC DONALD, Olga").
//   - No person: a month's name before a day's number ("Jan 21, 2020"), a
//     ship's, a building's or a heading's name ("USS Ronald Reagan",
//     "Ronald McDonald House", "Grant Review Sheet").

// wordGiven16 are given names that are English words too, and so in no
// list of given names (lexicon/README.md): the virtues, seasons, gems
// and plants that the Social Security Administration's table counts
// among its frequent names. Only a middle initial and a surname after
// one make it a name here.
var wordGiven16 = set(`Joy Hope Faith Grace Summer Autumn Dawn Crystal Amber Ruby Pearl Ivy Rose Lily Daisy Holly Heather
Iris Violet Jade Skye Sky Hunter Mason Will Bill Sunny Misty Brook Robin Wren Maverick Harmony Melody Honor Charity
Patience Destiny River Sage Willow Ginger Candy Penny Rusty Buck Chase Cliff Dusty Forest Glen Ray Rocky Sterling`)

// givenInitialSurname returns the end of a name of a given name, a
// middle initial and a surname at the capitalised word [i, e): the given
// name may be a word too ("Joy D. Stephens", "Summer D. Tanaka") or one
// no lexicon knows before a surname one does ("Vito F. Duncan"), and the
// surname a street's word ("Harper P. Lane"), since the initial between
// them is a person's; a particle may come before the surname ("Burak G.
// de la Cruz"). The name must end there: no capitalised word, number or
// firm after it ("John F. Kennedy Airport"). Or i.
func givenInitialSurname(b []byte, i, e int) int {
	if e+5 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) || b[e+2] != '.' || b[e+3] != ' ' || e-i < 3 {
		return i
	}
	w := b[i:e]
	if isTitle(string(w)) || nameStop[string(w)] || placeWords[string(w)] || calendarWords16[string(w)] {
		return i
	}
	// A given name no lexicon knows needs a surname one does: "Vito F.
	// Duncan".
	unknown := !wordGiven16[string(w)] && !isFirstNameB(w)
	if unknown && (dictionaryWord(w, true) || dictionaryWord(w, false) || isSurnameB(w) || usCities[string(w)] || deCities[string(w)]) {
		return i
	}
	p := e + 4
	if q := particleAt(b, p, false); q > p {
		p = q
	} else if q := particleAt(b, p, true); q > p {
		p = q // "Bao J. Van der Berg"
	}
	if !capAt(b, p) {
		return i
	}
	f := word(b, p)
	s := string(b[p:f])
	if f-p < 2 || !isSurname(s) && (dictionaryWord(b[p:f], true) || dictionaryWord(b[p:f], false) || isFirstName(s)) ||
		orgWords[s] || usStates[s] || isTitle(s) || !isSurname(s) && (nameStop[s] || placeWords[s]) {
		return i
	}
	if unknown && !isSurname(s) || !rightOK(b, f) || followedByLegalForm(b, f) || eponymAfter(b, f) || f+1 < len(b) && b[f] == ' ' && (capAt(b, f+1) || isDigit(b[f+1])) {
		return i
	}
	return f
}

// calendarWords16 name the days and months, in English and German.
var calendarWords16 = set(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag Januar
Februar März Juni Juli Oktober Dezember`)

// upper16 runs this session's rule at the capitalised word i.
func (s *scan) upper16(i int) int {
	b := s.b
	e := s.word(i)
	// The cheap test first: an initial after the word.
	if e+5 >= len(b) || b[e] != ' ' || b[e+2] != '.' || b[e+3] != ' ' || !isUpper(b[e+1]) {
		return i
	}
	if f := givenInitialSurname(b, i, e); f > i {
		s.emit(PersonName, i, f, 0.85, "dictionary:given+initial+surname")
		return f
	}
	return i
}

// middleTail returns the end of the surname after a name [start, end) of
// two words that names no surname ("Diana Andrea", "Ethan Summer"): a
// known surname or a word no dictionary holds that ends the name
// ("Diana Andrea Shevchenko", "Emeka Aria Hostetler"), perhaps after a
// middle initial ("Mary Beth F. Gonzalez"); or end.
func middleTail(b []byte, start, end int) int {
	if end+3 >= len(b) || b[end] != ' ' || !capAt(b, end+1) {
		return end
	}
	sp := bytes.IndexByte(b[start:end], ' ')
	if sp < 3 || bytes.IndexByte(b[start+sp+1:end], ' ') >= 0 || !isFirstNameB(b[start:start+sp]) || isSurnameB(b[start+sp+1:end]) || b[end-1] == '.' {
		return end
	}
	p := end + 1
	// A middle initial after a double given name: "Mary Beth F. Gonzalez",
	// "Bobby Joe C. Nakamura" (session 18).
	if d := initialAt(b, p); d > p && d+2 < len(b) && b[d] == ' ' && capAt(b, d+1) && isFirstNameB(b[start+sp+1:end]) {
		p = d + 1
	}
	f := word(b, p)
	w := string(b[p:f])
	if f-p < 3 || isFirstName(w) && !isSurname(w) || !isSurname(w) && (dictionaryWord(b[p:f], true) || dictionaryWord(b[p:f], false)) ||
		nameStop[w] || placeWords[w] || orgWords[w] || usStates[w] || isTitle(w) || streetWord(w) {
		return end
	}
	if !rightOK(b, f) || followedByLegalForm(b, f) || eponymAfter(b, f) || f+1 < len(b) && b[f] == ' ' && (capAt(b, f+1) || isDigit(b[f+1])) {
		return end
	}
	return f
}

// surnameCommaGiven reports whether the surname [xs, xe) (a particle from
// ps before it), a comma and the given name [ys, ye) (with an initial
// after it) are one person written surname first, as records, notices
// and call notes write them: "Witness: Allen, Diana.", "spoke to Henry,
// Fatima (ref …)", "pt's daughter Cook, Jian present", "DU BOIS, Laura".
// The surname opens a field or follows a word in lower case; no list goes
// on after the given name ("Lewis, Samantha and Vincent Hill", "Children:
// Luis, Jae, Ava"), and none comes before the surname.
func surnameCommaGiven(b []byte, ps, xs, xe, ys, ye int) bool {
	if xe+2 != ys || b[xe] != ',' || b[xe+1] != ' ' || xe-xs < 2 || !capAt(b, xs) {
		return false
	}
	var buf [32]byte
	xw := b[xs:xe]
	if t := capsTitled(xw, &buf); t != nil {
		xw = t // "DA SILVA, Jesse"
	}
	x, y := string(xw), string(b[ys:ye])
	if deCities[x] || nameStop[x] || placeWords[x] || orgWords[x] || isTitle(x) || !givenWord(y) {
		return false
	}
	// A particle vouches for a surname the lexicons lack: "Du Bois".
	if ps == xs && !isSurname(x) || ps < xs && (dictionaryWord(xw, true) || b[ps] == 'S') {
		return false // not "Born in St. Louis, Sara worked"
	}
	if ps >= 2 && b[ps-1] == ' ' && b[ps-2] == ',' {
		return false // an item of a list
	}
	if !fieldOpens(b, ps) && !(ps >= 2 && b[ps-1] == ' ' && isLower(b[ps-2])) {
		return false
	}
	f := ye
	if f+3 <= len(b) && b[f] == ' ' && isUpper(b[f+1]) && b[f+2] == '.' {
		f += 3 // an initial: "Hayes, Dakota M."
	}
	// A surname after the given name makes it a name of its own in a list
	// ("Mrs. Gutiérrez, Agnieszka Ibarra"); so does a semicolon after it.
	if f+1 < len(b) && (b[f] == ' ' && capAt(b, f+1) || b[f] == ';') {
		return false
	}
	if listGoesOn(b, ye) || hasPrefixAt(b, ye, " and ") || hasPrefixAt(b, ye, " & ") || hasPrefixAt(b, ye, " und ") || hasPrefixAt(b, ye, " or ") || hasPrefixAt(b, ye, ", and ") {
		return false
	}
	return true
}

// capsParticles16 are particles as forms in capitals write them ("DA
// SILVA", "DE LA ROSA", "MAC DONALD"), and "Mac" as records split it.
var capsParticles16 = []string{"VAN DER ", "VAN DEN ", "VON DER ", "DE LA ", "DE LOS ", "VAN ", "VON ", "DEL ", "DOS ", "DA ", "DE ",
	"DI ", "DU ", "LE ", "LA ", "MAC ", "Mac "}

// particleBefore returns where a particle ending at the word xs begins
// ("van der Berg", "Du Bois", "DA SILVA"), or xs.
func particleBefore(b []byte, xs int) int {
	if xs < 3 || b[xs-1] != ' ' {
		return xs
	}
	for _, l := range [][]string{particles, capParticles, capsParticles16} {
		for _, p := range l {
			if q := xs - len(p); q >= 0 && hasPrefixAt(b, q, p) && (q == 0 || !isAlpha(b[q-1]) && b[q-1] < 0x80) {
				return q
			}
		}
	}
	return xs
}

// surnameCommaTail returns the end of the given name (and its initial)
// after a surname [start, end) written first, or end.
func surnameCommaTail(b []byte, start, end int) int {
	if end+3 >= len(b) || b[end] != ',' || b[end+1] != ' ' || !capAt(b, end+2) {
		return end
	}
	xs := start
	if sp := bytes.LastIndexByte(b[start:end], ' '); sp >= 0 {
		xs = start + sp + 1
		if particleBefore(b, xs) != start {
			return end // more than a surname and its particle
		}
	}
	g := word(b, end+2)
	f := g
	if f+3 <= len(b) && b[f] == ' ' && isUpper(b[f+1]) && b[f+2] == '.' {
		f += 3 // "Hayes, Dakota M."
	}
	if !surnameCommaGiven(b, start, xs, end, end+2, g) || !rightOK(b, f) && !(f < len(b) && b[f] == '.') || titledBeforeComma(b, start, end+2) {
		return end
	}
	return f
}

// surnameCommaLead returns the start of a surname (and its particle)
// written first before a name [start, end) that opens with a given name,
// not before floor; or start.
func surnameCommaLead(b []byte, start, end, floor int) int {
	if start < 4 || b[start-1] != ' ' || b[start-2] != ',' || !isAlpha(b[start-3]) {
		return start
	}
	xs := start - 2
	for xs > floor && start-2-xs < 30 && (isAlpha(b[xs-1]) || b[xs-1] == '-' || b[xs-1] == '\'') {
		xs--
	}
	if xs <= floor && xs > 0 {
		return start
	}
	ps := particleBefore(b, xs)
	if ps < floor {
		ps = xs
	}
	g := word(b, start)
	if !surnameCommaGiven(b, ps, xs, start-2, start, g) || titledBeforeComma(b, xs, start) {
		return start
	}
	return ps
}

// particleCommaLead returns the start of the particle before a name
// [start, end) written surname first ("de la Cruz, Larry" found as "Cruz,
// Larry") where the particle opens a field, not before floor; or start.
func particleCommaLead(b []byte, start, end, floor int) int {
	e := word(b, start)
	if e+2 >= end || b[e] != ',' || b[e+1] != ' ' {
		return start
	}
	ps := particleBefore(b, start)
	if ps == start || ps < floor || !fieldOpens(b, ps) && !(ps >= 2 && b[ps-1] == ' ' && isLower(b[ps-2])) {
		return start
	}
	return ps
}

// monthDay reports whether the name [start, end) is a month's name or its
// abbreviation before a day's number: "Received: Jan 21, 2020", "Leave
// period: Jun 19, 2023", not "Jan Kowalski".
func monthDay(b []byte, start, end int) bool {
	if end-start > 9 || end+2 >= len(b) || b[end] != ' ' || !isDigit(b[end+1]) {
		return false
	}
	d := digitRun(b, end+1)
	// The day ends the date or a year follows: "Jan 21, 2020", "Jan 21
	// 2020", "Jan 21st"; not "Jan 2 Fragen".
	dated := d == len(b) || strings.IndexByte(",.)\n\r;", b[d]) >= 0 || b[d] == ' ' && d+1 < len(b) && (isDigit(b[d+1]) || b[d+1] == '-' || b[d+1] == 0xE2) ||
		hasPrefixAt(b, d, "st") || hasPrefixAt(b, d, "nd") || hasPrefixAt(b, d, "rd") || hasPrefixAt(b, d, "th")
	return d-end-1 <= 2 && dated &&
		(calendarWords16[string(b[start:end])] || monthAbbrevs16[string(b[start:end])])
}

// monthAbbrevs16 are the months' English abbreviations.
var monthAbbrevs16 = set(`Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`)

// buildingWords16 end the name of a church, a hall or a school named after
// someone; the first four are surnames too ("Tom Hall") and end such a
// name only after a surname ("Roosevelt Hall", "Eleanor Roosevelt Hall").
var buildingWords16 = set(`Hall House Manor Lodge Lutheran Baptist Methodist Presbyterian Episcopal Memorial Elementary
Chapel Cathedral Tabernacle Pavilion Arena Stadium Auditorium Library Museum Hospital Infirmary Hospice`)

// institutionName reports whether the name [start, end) is a ship's, a
// building's or an institution's ("USS Ronald Reagan", "Grace Lutheran",
// "Ronald McDonald House") or a heading's, its last two of three words
// common ones that name no one ("Grant Review Sheet").
func institutionName(b []byte, start, end int) bool {
	if end-start < 5 {
		return false
	}
	sp := bytes.LastIndexByte(b[start:end], ' ')
	if sp < 0 {
		return false
	}
	if shipPrefixes[string(b[start:start+bytes.IndexByte(b[start:end], ' ')])] {
		return true // a ship's prefix read as part of the name (name_round12.go's shipPrefixes)
	}
	last := string(b[start+sp+1 : end])
	words := 1 + bytes.Count(b[start:end], []byte{' '})
	if buildingWords16[last] {
		if !isSurname(last) && !isFirstName(last) {
			return true
		}
		// "Tom Hall" is a person; "Roosevelt Hall", "Ronald McDonald
		// House" and, after a given name, "(Eleanor) Roosevelt Hall"
		// are buildings.
		mid := b[start : start+sp]
		prev := mid[bytes.LastIndexByte(mid, ' ')+1:]
		if words == 2 {
			w, _ := wordBefore(b, start)
			return len(w) > 1 && capAt(w, 0) && isFirstNameB(w) || isSurnameB(prev) && !isFirstNameB(prev)
		}
		return isSurnameB(prev)
	}
	if words >= 3 {
		mid := b[start : start+sp]
		m := bytes.LastIndexByte(mid, ' ')
		w2, w3 := mid[m+1:], b[start+sp+1:end]
		// Not a surname of two words: "Aaliyah Two Bulls", "Kenneth
		// Running Bear", "Heike TEN BRINK".
		if particleAt(b, start+m+1, true) > start+m+1 || len(w2) < 2 || len(w3) < 2 || !isLower(w2[1]) || !isLower(w3[1]) {
			return false
		}
		return englishCommon(w2) && englishCommon(w3)
	}
	return false
}

// englishCommon reports whether the capitalised word w is a common English
// word and no name.
func englishCommon(w []byte) bool {
	return dictionaryWord(w, true) && !isSurnameB(w) && !isFirstNameB(w)
}
