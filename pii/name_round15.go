package pii

import "bytes"

// Session 15 (issue 18): English names read from unshown, the eighteenth
// corpus, once it became a read set, and shapes of our own like them.
//
// Not persons: a saint's place or paper ("St. Louis Post-Dispatch"), a
// name in a quoted work's title, a road's, a school's or a home's name
// ("Lincoln Highway", "Albert Schweitzer Kinderdorf"), a city whose first
// word names no one ("Fort Collins"), a firm's words inside a name
// ("Fitzgerald Public Adjusters"), a handle after "@", and a record's code
// ("CN-100000"), which upper leaves at once.
//
// Persons: initials run together ("T.J. Underwood", "F.R. Wojcik"), a
// surname that begins with "St." ("Kowalski St. Clair"), a role's label
// or a list of children filled by given names ("Asst: Pete", "Children:
// Luis; Jae"), a name in capitals that fills its line ("COURTNEY GRACE
// KOWALSKI"), a given name after a friend's or a tradesman's role ("my
// best friend Savannah") or a clause's opening word before a verb ("How
// Gwendolyn met Patrick"). Lower-case names after "cousin" and "i'm" are
// namekin.go's.

// initialsLead returns where the name at start begins with the initials
// written before it without spaces: "F.R. Wojcik", "R.R. Jefferson",
// "C.J. Al-Sayed" (a rule found "R. Wojcik" or "Jefferson"). It never
// goes back past floor, the end of the last finding.
func initialsLead(b []byte, start, floor int) int {
	p := start
	if p >= 2 && b[p-1] == ' ' && b[p-2] == '.' {
		p-- // "R.R. Jefferson": the name starts after the initials' space
	}
	if p < 2 || b[p-1] != '.' || !isUpper(b[p-2]) {
		return start
	}
	q := p - 2
	for q >= 2 && b[q-1] == '.' && isUpper(b[q-2]) && p-q < 6 {
		q -= 2
	}
	if q < floor || q > 0 && (isAlnum(b[q-1]) || b[q-1] == '.' || b[q-1] >= 0x80) {
		return start
	}
	return q
}

// saintPlace reports whether the name [start, end) follows a saint's "St."
// or "Saint" that no name comes before: "The St. Vincent de Paul food
// drive", "Publish: St. Louis Post-Dispatch", "from St. Augustine". A
// surname that begins so follows a name ("Kowalski St. Clair"), which
// saintTail reads.
func saintPlace(b []byte, start, end int) bool {
	p := start
	switch {
	case p >= 4 && (string(b[p-4:p]) == "St. " || string(b[p-4:p]) == "ST. "):
		p -= 4
	case p >= 6 && string(b[p-6:p]) == "Saint ":
		p -= 6
	default:
		return false
	}
	w, _ := wordBefore(b, p)
	if len(w) == 0 || !capAt(w, 0) {
		return true
	}
	// "née St. Clair" is a birth name; "in St. Louis" is a place.
	return !isFirstName(string(w)) && !isSurname(string(w)) && !foreignShaped(w)
}

// stSurnames15 are the surnames written with "St." in American and
// French usage: "Kowalski St. Clair", "Mr. St. Pierre".
var stSurnames15 = withUpper(set(`Clair Claire John James Pierre Germain Cyr Onge Laurent Louis Amand Denis George Jean Martin
Hilaire Jacques Croix Vincent Marie Julien Romain Arnaud Aubin Yves`))

// stSurnameAt returns the end of a surname of stSurnames15 after "St. "
// at p, in capitals too ("ST. CLAIR"), that ends the word; or p.
func stSurnameAt(b []byte, p int) int {
	if p+6 >= len(b) || b[p] != 'S' || b[p+1] != 't' && b[p+1] != 'T' || b[p+2] != '.' || b[p+3] != ' ' || !capAt(b, p+4) {
		return p
	}
	f := p + 4
	for f < len(b) && f-p < 16 && isAlpha(b[f]) {
		f++
	}
	if f < len(b) && (isAlnum(b[f]) || b[f] == '-' || b[f] >= 0x80) || !stSurnames15[string(b[p+4:f])] {
		return p
	}
	return f
}

// saintTail returns the end of a surname that begins with "St." after the
// name ending at end, or end: "Abigail Kowalski St. Clair", "ARJUN ST.
// CLAIR", "née St. Clair".
func saintTail(b []byte, start, end int) int {
	if end+6 >= len(b) || b[end] != ' ' {
		return end
	}
	if f := stSurnameAt(b, end+1); f > end+1 {
		return f
	}
	return end
}

// workCues open a book's, a film's or a show's title in quotes: a name in
// the title ("author of \"Dear Mr. Hamilton\"") is no person of the text.
var workCues = []string{"author of ", "Author of ", "book ", "novel ", "memoir ", "titled ", "called ", "film ", "movie ", "song ", "album ", "episode ", "podcast ", "show ", "play ", "essay ", "article "}

// quotedWork reports whether the name [start, end) stands inside a title in
// double quotes after a cue for a work.
func quotedWork(b []byte, start, end int) bool {
	w := max(0, start-47)
	q := bytes.LastIndexByte(b[w:start], '"')
	if q < 0 {
		return false
	}
	q += w
	if bytes.IndexByte(b[q:start], '\n') >= 0 {
		return false
	}
	c := bytes.IndexByte(b[end:min(len(b), end+48)], '"')
	if c < 0 || bytes.IndexByte(b[end:end+c], '\n') >= 0 {
		return false
	}
	for _, cue := range workCues {
		if q >= len(cue) && string(b[q-len(cue):q]) == cue {
			return true
		}
	}
	return false
}

// roadWords15 end a road's, a school's or a home's name and no person's:
// "Lincoln Highway", "Anne Frank Realschule" (venueHeads hold surnames
// too: "Tom Field").
var roadWords15 = set(`Highway Hwy Parkway Pkwy Expressway Freeway Turnpike Boulevard Blvd Avenue Academy
Realschule Grundschule Gesamtschule Hauptschule Oberschule Gymnasium Kinderdorf Stiftung Klinikum Krankenhaus
Institut Universität Hochschule Kaserne Straße Strasse Allee Brücke Kolleg Kinderheim Seniorenheim Altenheim`)

// placeLast reports whether the name [start, end) ends in one of
// roadWords15 ("Lincoln Highway") or comes before one ("Albert
// Schweitzer Kinderdorf").
func placeLast(b []byte, start, end int) bool {
	if end+2 < len(b) && b[end] == ' ' && capAt(b, end+1) && roadWords15[string(b[end+1:word(b, end+1)])] {
		return true
	}
	p := bytes.LastIndexByte(b[start:end], ' ')
	return p > 0 && roadWords15[string(b[start+p+1:end])]
}

// ladyOf reports whether the name at start follows "Lady of": a church's
// ("Our Lady of Guadalupe Parish").
func ladyOf(b []byte, start int) bool {
	return start >= 8 && string(b[start-8:start]) == "Lady of "
}

// placeNotPerson15 reports whether the name [start, end) is a place's or a
// work's, not a person's.
func placeNotPerson15(b []byte, start, end int) bool {
	if start >= 4 && b[start-1] == ' ' && saintPlace(b, start, end) {
		return true
	}
	if start > 0 && quotedWork(b, start, end) {
		return true
	}
	if ladyOf(b, start) || placeLast(b, start, end) || orgInside(b, start, end) || handle15(b, start, end) {
		return true
	}
	// A city whose first word names no one: "from Fort Collins".
	if usCities[string(b[start:end])] {
		f := bytesIndexByte(b[start:end], ' ')
		return f > 0 && !isFirstName(string(b[start:start+f])) && !isSurname(string(b[start:start+f]))
	}
	return false
}

// joinedInitials returns the end of a name of two initials written
// together and a surname the lexicons know or one shaped as a name at i:
// "T.J. Underwood", "N.M. Van Dyke", "C.J. Al-Sayed"; or i.
func joinedInitials(b []byte, i int) int {
	if i+6 >= len(b) || b[i+1] != '.' || !isUpper(b[i+2]) || b[i+3] != '.' || b[i+4] != ' ' || !leftOK(b, i) || i > 0 && b[i-1] == '.' {
		return i
	}
	// A postscript opens its line: "P.S. Morgan Stanley near Wendy's".
	if b[i] == 'P' && b[i+2] == 'S' && (i == 0 || b[i-1] == '\n') {
		return i
	}
	p := i + 5
	if q := particleAt(b, p, false); q > p {
		p = q
	} else if q := particleAt(b, p, true); q > p {
		p = q
	}
	if !capAt(b, p) {
		return i
	}
	e := wordEnd12(b, p)
	if e-p < 2 || e-p > 30 || !rightOK(b, e) {
		return i
	}
	w := b[p:e]
	if nonNames[string(w)] || orgWords[string(w)] || placeWords[string(w)] || usStates[string(w)] || followedByLegalForm(b, e) {
		return i
	}
	if isSurnameB(w) || p > i+5 || foreignShaped(w) {
		return e
	}
	if h := bytesIndexByte(w, '-'); h > 0 && (isSurnameB(w[:h]) || isSurnameB(w[h+1:])) {
		return e // "Al-Sayed", "Rodríguez-Ortiz"
	}
	return i
}

// roleLabels15 are a form's or a roster's labels of a person's role that
// a given name alone may fill: "Asst: Pete", "Driver: Lupe".
var roleLabels15 = set(`Asst Assistant Helper Driver Tech Technician Caller Host Guest Server Cashier Rep Agent Nurse
Chaperone Volunteer Runner Scorekeeper Referee Ref Umpire Captain Capt Manager Mgr Contact Trainer Tutor Sitter`)

// labelGiven returns the end of a given name alone that fills a role's
// field at i: "Coach: Tuan Carter\tAsst: Pete\tSponsor: …"; or i.
func labelGiven(b []byte, i, e int) int {
	if i < 4 || b[i-1] != ' ' || b[i-2] != ':' || e-i < 2 {
		return i
	}
	q := i - 2 // the label, read back from its colon
	for q > 0 && i-2-q < 14 && isAlpha(b[q-1]) {
		q--
	}
	if !roleLabels15[string(b[q:i-2])] || q > 0 && isAlnum(b[q-1]) {
		return i
	}
	if e < len(b) && !(b[e] == '\t' || b[e] == '\n' || b[e] == '\r' || b[e] == ';' || b[e] == ',' || b[e] == '|' || hasPrefixAt(b, e, " (")) {
		return i
	}
	n := string(b[i:e])
	if !isFirstName(n) || loneAmbiguous[n] || nonNames[n] {
		return i
	}
	return e
}

// listLabels15 head a list of given names, one per item: "Children: Luis;
// Jae; Brittany".
var listLabels15 = set(`Children Kids Sons Daughters Siblings Grandchildren Survivors Brothers Sisters Issue`)

// listedGiven returns the end of a given name alone that is an item of a
// list of given names under one of listLabels15, or i.
func listedGiven(b []byte, i, e int) int {
	if i < 4 || b[i-1] != ' ' || e < len(b) && !(b[e] == ';' || b[e] == ',' || b[e] == '\n' || b[e] == '.' && (e+1 == len(b) || b[e+1] == '\n')) {
		return i
	}
	p := i - 1
	for k := 0; k < 12 && p > 1; k++ {
		switch b[p-1] {
		case ':':
			q := p - 1
			for q > 0 && p-1-q < 14 && isAlpha(b[q-1]) {
				q--
			}
			if listLabels15[string(b[q:p-1])] && (q == 0 || !isAlnum(b[q-1])) && nameShaped15(b, i, e) {
				return e
			}
			return i
		case ';', ',':
			// An item before: one capitalised word.
			q := p - 2
			f := q
			for q > 0 && f-q < 24 && (isAlpha(b[q-1]) || b[q-1] == '-' || b[q-1] >= 0x80) {
				q--
			}
			if q == f || !capAt(b, q) || q < 1 || b[q-1] != ' ' {
				return i
			}
			p = q - 1
		default:
			return i
		}
	}
	return i
}

// nameShaped15 reports whether the word [i, e) is a given name the
// lexicons know, or a word no dictionary holds.
func nameShaped15(b []byte, i, e int) bool {
	w := b[i:e]
	if nonNames[string(w)] || orgWords[string(w)] || placeWords[string(w)] {
		return false
	}
	return isFirstNameB(w) || !dictionaryWord(w, true) && !dictionaryWord(w, false)
}

// upper15 runs this session's rules at the capitalised word i.
func (s *scan) upper15(i int) int {
	b := s.b
	if i+6 < len(b) && b[i+1] == '.' && b[i+3] == '.' {
		if e := joinedInitials(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "dictionary:initials+surname")
			return e
		}
	}
	if i < 4 || b[i-1] != ' ' || b[i-2] != ':' && b[i-2] != ';' && b[i-2] != ',' {
		return i
	}
	e := s.word(i)
	if e := labelGiven(b, i, e); e > i {
		s.emit(PersonName, i, e, 0.75, "context:label")
		return e
	}
	if e := listedGiven(b, i, e); e > i {
		s.emit(PersonName, i, e, 0.75, "context:list")
		return e
	}
	return i
}

// capsLine15 returns the span of a name in capitals that fills its line,
// given a name the rules found at [i, end) inside it: the given name
// before it that they did not know ("MIN-JI MARIE AHMED", "COURTNEY GRACE
// KOWALSKI") and the surname after a middle name they read as one ("RUTH
// LYNN DE LEON"), as invitations and labels write them.
func capsLine15(b []byte, i, end int) (int, int) {
	st := i
	if i >= 3 && b[i-1] == ' ' {
		q := i - 1
		for q > 0 && i-1-q < 24 && b[q-1] != '\n' && b[q-1] != ' ' {
			q--
		}
		if q == 0 || b[q-1] == '\n' {
			var buf [32]byte
			if e, n := capsWord(b, q, &buf); e == i-1 && n >= 2 && !nameStop[string(buf[:n])] && !isRankTitle(string(buf[:n])) &&
				(isFirstNameB(buf[:n]) || !dictionaryWord(buf[:n], true) && !dictionaryWord(buf[:n], false)) {
				st = q
			}
		}
	}
	e := end
	if e+3 < len(b) && b[e] == ' ' {
		p := e + 1
		for _, part := range []string{"VAN DER ", "VAN DEN ", "DE LA ", "DE LOS ", "VON DER ", "VAN ", "VON ", "DE ", "DEL ", "DA ", "DI ", "LE "} {
			if hasPrefixAt(b, p, part) {
				p += len(part)
				break
			}
		}
		var buf [32]byte
		if f, n := capsWord(b, p, &buf); f > p && n >= 2 && (f == len(b) || b[f] == '\n') && (p > e+1 || isSurnameB(buf[:n]) || !dictionaryWord(buf[:n], true)) && !nameStop[string(buf[:n])] {
			e = f
		}
	}
	// Only a line that holds the name and nothing else.
	if (st == i && e == end) || !(e == len(b) || b[e] == '\n') || !(st == 0 || b[st-1] == '\n') {
		return i, end
	}
	return st, e
}

// capsNameWord15 reports whether the word in capitals w is a name the
// lexicons know: "AHMED" ends in -ED and is no verb ("TARIQ AHMED").
func capsNameWord15(w []byte) bool {
	var buf [32]byte
	n := copy(buf[:], w)
	for k := 1; k < n; k++ {
		if isUpper(buf[k]) {
			buf[k] += 'a' - 'A'
		}
	}
	return isFirstNameB(buf[:n]) || isSurnameB(buf[:n])
}

// orgInside reports whether a word after the first of the name [start,
// end) is a firm's word and no surname: "Fitzgerald Public Adjusters",
// "Stanton Funeral Home", read whole by the model or a field's rule.
func orgInside(b []byte, start, end int) bool {
	for p := start; p < end; p++ {
		if b[p] != ' ' {
			continue
		}
		f := p + 1
		for f < end && b[f] != ' ' {
			f++
		}
		if w := string(b[p+1 : f]); orgWords[w] && !isSurname(w) {
			return true
		}
	}
	return false
}

// kinRoles15 are roles in lower case before a person's given name that
// make even a given name that is a place's a person's ("my best friend
// Savannah", "maintenance tech Maria", "contractor Madison"); roleBefore
// reads them with roleNouns.
var kinRoles15 = set(`friend tech contractor plumber electrician mechanic handyman babysitter nanny teacher tutor
counselor therapist receptionist pharmacist hygienist cashier waiter waitress bartender classmate housemate flatmate
bestie buddy cousin brother sister husband wife boyfriend girlfriend fiance fiancé fiancee fiancée nephew niece
grandson granddaughter stepson stepdaughter`)

// clauseOpeners15 open a clause whose subject a given name before a verb
// is: "How Gwendolyn met Patrick", "When Maria arrived", "until Omar
// called".
var clauseOpeners15 = set(`How Why When Where Whether While Until Since Because Before After Once If Unless
how why when where whether while until since because before after once if unless`)

// codeDash returns where the capitals of a code before a dash and a digit
// end ("CN-100000", "INV-2024", "A-12"): the start of an identifier, no
// name's, which the digits' rules read on from the dash. Or i.
func codeDash(b []byte, i int) int {
	if i+2 >= len(b) || b[i+1] != '-' && !isUpper(b[i+1]) {
		return i // most capitalised words go on in lower case
	}
	k := i
	for k < len(b) && k-i < 6 && isUpper(b[k]) {
		k++
	}
	if k+1 < len(b) && b[k] == '-' && isDigit(b[k+1]) && !(i > 0 && isAlnum(b[i-1])) {
		return k
	}
	return i
}

// handle15 reports whether the name [start, end) is the start of a
// handle after "@" that goes on with a joiner and a digit or a letter
// ("Venmo @Adaeze-3197", "@maria_k"): an account's name, not a mention of
// a person.
func handle15(b []byte, start, end int) bool {
	return start > 0 && b[start-1] == '@' && end+1 < len(b) && (b[end] == '-' || b[end] == '_' || b[end] == '.') && isAlnum(b[end+1])
}
