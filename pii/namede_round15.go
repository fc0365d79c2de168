package pii

// Round 15's German shapes: a chat's speaker typed in lower case after the
// line's time stamp ("[20:56] frauke: hat jemand …"), as messengers export
// group chats; a given name thanked at a line's end ("danke Chiara 👍");
// a saint's name ("Sankt Martin") and a city with its river ("Halle
// (Saale)"), which are no persons.

// deChatSpeaker reads the speaker of a chat's line opened by a time stamp
// in brackets at i ("[20:56] frauke: …", "[3.5.25, 19:07] klaus-peter:
// …", "[9:23] thi lan: …") and returns the end of the name, or i. The
// stamp must hold a digit and a colon; the speaker is one or two words in
// lower case before ": ", the first a given name the lexicons know (a
// speaker's place vouches for names that are also words elsewhere, but
// not for the words of lowerWords), the second a given name or a surname.
func (s *scan) deChatSpeaker(i int) int {
	b := s.b
	if i+8 >= len(b) || b[i] != '[' || !isDigit(b[i+1]) {
		return i
	}
	k, colon := i+2, false
	for ; k < len(b) && k-i < 24 && b[k] != ']'; k++ {
		if b[k] == ':' {
			colon = true
		} else if b[k] == '\n' {
			return i
		}
	}
	p := k + 2
	if !colon || p+3 >= len(b) || b[k] != ']' || b[k+1] != ' ' || !isLower(b[p]) {
		return i
	}
	e := s.lowerDouble(p)
	if e == p {
		if e = lowerWord(b, p); e-p < 2 || !s.deSpeakerGiven(p, e) {
			return i
		}
	}
	if e+3 < len(b) && b[e] == ' ' && isLower(b[e+1]) {
		// A second word: "thi lan:", "anna m.:" is chatInitial's.
		f := lowerWord(b, e+1)
		if f+1 >= len(b) || b[f] != ':' || f-e < 3 || !s.deSpeakerSecond(e+1, f) {
			return i
		}
		e = f
	}
	if e+1 >= len(b) || b[e] != ':' || b[e+1] != ' ' && b[e+1] != '\n' {
		return i
	}
	s.emit(PersonName, p, e, 0.75, "context:speaker-lower")
	if f := s.deLowerRolePerson(e + 2); f > e+2 {
		return f
	}
	return e
}

// deLowerRoles are a club's, a house's or a firm's roles typed in lower
// case before the person who holds them: "vorstand ole nguyen sagt …",
// "chefin meier meint …".
var deLowerRoles = set(`vorstand vorständin vorsitzende vorsitzender kassenwart kassenwartin kassierer kassiererin schriftführer
schriftführerin hausmeister hausmeisterin nachbar nachbarin chef chefin trainer trainerin platzwart gerätewart obmann vermieter
vermieterin`)

// deLowerRolePerson reads, at a message's start p, a role typed in lower
// case, the person named after it in lower case, and a verb ("vorstand
// ole nguyen sagt wasser wird Freitag abgestellt"), and returns the
// name's end, or p.
func (s *scan) deLowerRolePerson(p int) int {
	b := s.b
	w := lowerWord(b, p)
	if w-p < 4 || w+4 >= len(b) || b[w] != ' ' || !deLowerRoles[string(b[p:w])] {
		return p
	}
	st, e := s.lowerPerson(w+1, true)
	if e <= st || e+2 >= len(b) || b[e] != ' ' {
		return p
	}
	if !chatVerbAt(b, e+1) {
		// A third word, a surname after two given names: "thi lan esposito sagt".
		f := lowerWord(b, e+1)
		if f-e < 3 || f+2 >= len(b) || b[f] != ' ' || !chatVerbAt(b, f+1) || !s.deSpeakerSecond(e+1, f) {
			return p
		}
		e = f
	}
	s.emit(PersonName, st, e, 0.7, "context:role-lower")
	return e
}

// deSpeakerGiven reports whether the lower-case word [p, e) is a given name
// the lexicons know and none of lowerWords or nonNames; two letters will do
// for the names of two letters that are no word ("ute" has three).
func (s *scan) deSpeakerGiven(p, e int) bool {
	b := s.b
	if e-p > 20 || e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '\'') {
		return false
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:e])
	return isFirstNameB(w) && !lowerWords[string(w)] && !nonNames[string(w)] && !dictionaryWord(b[p:e], false)
}

// deSpeakerSecond reports whether the lower-case word [p, e) after a
// speaker's given name is a second given name or a surname the lexicons
// know: "thi lan", "anna schmidt".
func (s *scan) deSpeakerSecond(p, e int) bool {
	var buf [64]byte
	w := titleCase(&buf, s.b[p:e])
	return (isFirstNameB(w) || isSurnameB(w)) && !lowerWords[string(w)] && !nonNames[string(w)]
}

// deThanksWords thank or greet the person named after them in a chat's
// line: "danke Chiara 👍", "Danke Jürgen!".
var deThanksWords = set(`danke Danke merci Merci thx Thx dankeschön Dankeschön`)

// deThanked reads a capitalised given name at i after a word of thanks
// that ends the line but for marks and emoji ("danke Chiara 👍",
// "Danke Lea-Sophie!") and returns its end, or i.
func (s *scan) deThanked(i int) int {
	b := s.b
	if i < 4 || b[i-1] != ' ' || !(b[i-2] == 'e' || b[i-2] == 'x' || b[i-2] == 'i' || b[i-2] == 'n') {
		return i
	}
	w, _ := wordBefore(b, i)
	if !deThanksWords[string(w)] {
		return i
	}
	e := s.word(i)
	if e == i+1 || !givenWord(string(b[i:e])) || nonNames[string(b[i:e])] || !restIsMarks(b, e) {
		return i
	}
	if e+2 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		return i // "danke Anna Schmidt": the rules of two words read it
	}
	s.emit(PersonName, i, e, 0.75, "context:thanks")
	return e
}

// deNotPerson15 reports whether [start, end) is a saint's, a feast's or a
// place's name rather than a person's: "Sankt Martin", "Sankt Georg", or a
// city with its river after it ("Halle (Saale)", "Frankfurt (Oder)").
func deNotPerson15(b []byte, start, end int) bool {
	// Only the German word spelled out: "St. John", "St. Clair" are
	// English surnames.
	if b[start] == 'S' && hasPrefixAt(b, start, "Sankt ") {
		return true
	}
	if end+4 < len(b) && b[end] == ' ' && b[end+1] == '(' && capAt(b, end+2) {
		if k := word(b, end+2); k < len(b) && b[k] == ')' && deCities[string(b[start:k+1])] {
			return true
		}
	}
	return false
}

// nameDE15 tries round 15's shapes at the capital at i and returns the end
// of the name it emitted, or i.
func (s *scan) nameDE15(i int) int {
	if c := s.b[i]; c == 'S' || c == 'O' || c == 'R' || c == 'V' {
		if st, e := s.deRankName(i); e > st {
			s.emit(PersonName, st, e, 0.85, "title")
			return e
		}
	}
	return s.deThanked(i)
}

// deRanks are teachers' and judges' ranks as German schools and courts
// abbreviate them in camel case before a surname or a full name:
// "Prüfungsvorsitz: StD Haddad", "OStRin von Arnim", "Vorsitz: RiAG
// Maren Jäger". Written so, they are no word and name no thing.
var deRanks = set(`StD StDin OStD OStDin OStR OStRin StR StRin StAss StAssin RiAG RiinAG RiLG RiinLG VRiLG VRiinLG RiOLG RiinOLG
VRiOLG RiArbG RiSG RiVG`)

// deRankName returns the span of the name after a rank of deRanks at i,
// or (i, i): a surname or a full name, with its particle ("StD von
// Arnim").
func (s *scan) deRankName(i int) (int, int) {
	b := s.b
	e := i + 1
	for e < len(b) && e-i < 8 && isAlpha(b[e]) {
		e++
	}
	if e-i < 3 || e+3 >= len(b) || b[e] != ' ' || i > 0 && isAlnum(b[i-1]) || !deRanks[string(b[i:e])] {
		return i, i
	}
	p := e + 1
	if q := particleAt(b, p, false); q > p {
		if end := s.nameWords(q, 2); end > q+1 && !followedByLegalForm(b, end) {
			return p, end
		}
		return i, i
	}
	if !capAt(b, p) {
		return i, i
	}
	if end := s.nameWords(p, 3); end > p+1 && !followedByLegalForm(b, end) {
		return p, end
	}
	return i, i
}
