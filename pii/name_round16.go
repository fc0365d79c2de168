package pii

import "bytes"

// Session 16 (issue 18): English names of three parts, read in the
// corpus unasked once it became a read set. A middle initial vouches for
// a given name that is a word too and for a surname that is a street's
// word ("Joy D. Stephens", "Harper P. Lane"); a found pair of given
// names takes the surname after it ("Diana Andrea Shevchenko"); and
// people joined by "&" may carry an initial and a particle ("Brenda
// O'Malley & Minh C. von Ahn").

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
// ("Diana Andrea Shevchenko", "Emeka Aria Hostetler"); or end.
func middleTail(b []byte, start, end int) int {
	if end+3 >= len(b) || b[end] != ' ' || !capAt(b, end+1) {
		return end
	}
	sp := bytes.IndexByte(b[start:end], ' ')
	if sp < 3 || bytes.IndexByte(b[start+sp+1:end], ' ') >= 0 || !isFirstNameB(b[start:start+sp]) || isSurnameB(b[start+sp+1:end]) || b[end-1] == '.' {
		return end
	}
	p := end + 1
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
