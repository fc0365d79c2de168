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
	// The cheap test first: "…ke ", "…hx ", "…ci ", "…ön " before the name.
	if i < 4 || b[i-1] != ' ' || !(b[i-2] == 'e' && b[i-3] == 'k' || b[i-2] == 'x' && b[i-3] == 'h' || b[i-2] == 'i' && b[i-3] == 'c' || b[i-2] == 'n' && b[i-3] == 0xB6) {
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
	switch b[start] {
	case 'S':
		// Only the German word spelled out: "St. John", "St. Clair" are
		// English surnames.
		if hasPrefixAt(b, start, "Sankt ") {
			return true
		}
	case 'I', 'A', 'B':
		// A preposition fused with its article opens no name: "Im
		// Auftrag" above a signature, a club's "Am Rehberg". ("Zur
		// Nieden", "Zum Winkel" are surnames; "Im" is a Korean one,
		// so it must come before a German noun.)
		if k := bytesIndexSpace(b, start, end); k < end && k-start <= 4 && deFusedPrepositions[string(b[start:k])] {
			if b[start] != 'I' || b[start+1] != 'm' || dictionaryWord(b[k+1:word(b, k+1)], false) {
				return true
			}
		}
	}
	// A name of two words or more ends in no firm's head nor "Person"
	// ("Betroffene Person", "Vonovia Wohnen"), nor in an institution's
	// head joined by a hyphen ("Robert Koch-Institut").
	if k := lastSpace(b, start, end); k > start && end-k > 4 {
		w := b[k+1 : end]
		if h := lastHyphen(w); h > 0 && deInstitutionHeads[string(w[h+1:])] {
			return true
		}
		if deSpanHeads[string(w)] {
			return true
		}
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
	b := s.b
	if i >= 2 && b[i-1] == ' ' {
		if e := s.deSurnameList(i); e > i {
			return e
		}
		if isLower(b[i-2]) {
			if st, e := s.deParticleAfterLabel(i); e > st {
				s.emit(PersonName, st, e, 0.8, "title")
				return e
			}
		}
		if i >= 3 && b[i-2] == '.' && b[i-3] == 'b' {
			if e := deBirthCaps(b, i); e > i {
				s.emit(PersonName, i, e, 0.8, "context:birth-name")
				return e
			}
		}
	}
	if i == 0 || b[i-1] == '\n' {
		if e := s.deSignedAboveRole(i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:signature")
			return e
		}
	}
	// The first tests of the rules below, before their calls: most
	// capitalised words fail them.
	if i >= 8 && b[i-1] == ' ' && (b[i-2] == ')' || b[i-2] == 'r') {
		if e := s.deOpenSalutation(i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:greeting")
			return e
		}
	}
	if c := b[i]; c == 'F' || c == 'H' || c == 'P' {
		if e := s.deTitledInverted(i); e > i {
			return e
		}
	}
	if e := s.word(i); e+6 < len(b) && b[e] == ' ' && b[e+2] == '.' {
		if st, e := s.deRoleInitial(i); e > st {
			s.emit(PersonName, st, e, 0.8, "title")
			return e
		}
	}
	if i >= 4 && b[i-1] == ' ' && (b[i-3] == 'k' || b[i-3] == 'h' || b[i-3] == 'c' || b[i-3] == 0xB6) {
		return s.deThanked(i)
	}
	return i
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

// deListItem reads one item of a list of persons at q: a surname ("Kühne",
// "Zimmermann-Roth"), an initial and a surname ("J. Lehmann", "B. zu
// Löwenstein") or a surname with its particle ("von Arnim"). It returns
// the item's end and whether the item is certain to be no given name
// alone (an initial or a particle opens it, or the lexicons know it as a
// surname and not as a given name), or q when no such item starts at q.
func deListItem(b []byte, q int) (int, bool) {
	p, sure := q, false
	if q+3 < len(b) && isUpper(b[q]) && b[q+1] == '.' && b[q+2] == ' ' {
		p, sure = q+3, true // an initial
	}
	if r := particleAt(b, p, false); r > p {
		p, sure = r, true
	}
	e := word(b, p)
	if e-p < 3 || e < len(b) && (isAlnum(b[e]) || b[e] == '.' || b[e] == ' ' && e+1 < len(b) && b[e+1] != '(') {
		return q, false // "Sturm: Yasmin Wójcik (C)" has a full name: other rules read it
	}
	w := b[p:e]
	if dictionaryWord(w, false) || nonNames[string(w)] || deCities[string(w)] || deRegions[string(w)] || orgWords[string(w)] || labelNoun(string(w)) {
		return q, false
	}
	if !sure {
		first := isFirstNameB(w)
		if first && !isSurnameB(w) {
			return q, false // a given name: the list may be of "Surname, Given" pairs
		}
		sure = isSurnameB(w) && !first
	}
	return e, sure
}

// deSurnameList reads a list of persons, one to a comma, that fills a
// label's line after its colon at i ("Abwehr: Ruhwedel, Tiedemann,
// Lewandowska", "Anwesend: Stöckl, Hoffmann, J. Lehmann"), and emits each
// item alone, so that no reading of "Surname, Given" joins two surnames.
// It needs three items or more, and two or more of them sure to be
// surnames (see deListItem); it returns the list's end, or i.
func (s *scan) deSurnameList(i int) int {
	b := s.b
	st := s.particleStart(i)
	if st < 4 || b[st-1] != ' ' || b[st-2] != ':' || !isAlpha(b[st-3]) {
		return i
	}
	if st >= 3 && b[st-3] == ' ' {
		return i
	}
	// The cheap test first: two commas on the line.
	commas := 0
	for k := st; k < len(b) && k-st < 160 && b[k] != '\n' && commas < 2; k++ {
		if b[k] == ',' {
			commas++
		}
	}
	if commas < 2 {
		return i
	}
	var items [12][2]int
	n, sure := 0, 0
	for q := st; n < len(items); {
		e, ok := deListItem(b, q)
		if e == q {
			return i
		}
		items[n] = [2]int{q, e}
		n++
		if ok {
			sure++
		}
		if e == len(b) || b[e] == '\n' || b[e] == '\r' {
			break
		}
		if e+2 >= len(b) || b[e] != ',' || b[e+1] != ' ' {
			return i
		}
		q = e + 2
	}
	if n < 3 || sure < 2 {
		return i
	}
	for _, it := range items[:n] {
		s.emit(PersonName, it[0], it[1], 0.8, "context:list")
	}
	return items[n-1][1]
}

// deParticleAfterLabel returns the span of a surname with its particle
// that fills a label's value or follows a doctor's degree ("Tor: zu
// Löwenstein", "Name: von Arnim  Vorname: Ayşe", "Praxis Dr. med. von
// Arnim, Feldbergstr. 147"), with i at the surname's capital; or (i, i).
// The particle vouches for a person, but for a place or a region after it
// ("Abfahrt: von Berlin").
func (s *scan) deParticleAfterLabel(i int) (int, int) {
	b := s.b
	st := s.particleStart(i)
	if st == i || st < 3 || b[st-1] != ' ' || !isLower(b[st]) {
		return i, i // "Hinweis: Der Fuchs": an article, no particle
	}
	if !(b[st-2] == ':' || st >= 5 && hasPrefixAt(b, st-5, "med. ") || st >= 4 && hasPrefixAt(b, st-4, "Dr. ") || st >= 6 && hasPrefixAt(b, st-6, "dent. ")) {
		return i, i
	}
	if w, _ := wordBefore(b, st-1); len(w) > 0 && !isUpper(w[0]) && b[st-2] == ':' {
		return i, i // "siehe: von Berlin": no label's noun
	}
	e := s.word(i)
	w := string(b[i:e])
	if e-i < 3 || deCities[w] || deRegions[w] || dictionaryWord(b[i:e], false) || nonNames[w] || !rightOK(b, e) {
		return i, i
	}
	if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
		return i, i // more words: the rules of names read them
	}
	if e+3 < len(b) && b[e] == ',' && b[e+1] == ' ' && capAt(b, e+2) && givenWord(string(b[e+2:word(b, e+2)])) {
		return i, i // "Genehmigt: von Hohenthal, Yvonne": read surname first by other rules
	}
	return st, e
}

// deSignRoles are the roles typed on the line under a signature's
// surname: "Pfannenschmidt\nRichterin am Amtsgericht".
var deSignRoles = set(`Richter Richterin Rechtspfleger Rechtspflegerin Notar Notarin Bürgermeister Bürgermeisterin Oberbürgermeister
Oberbürgermeisterin Vorsitzende Vorsitzender Schriftführer Schriftführerin Kassenwart Kassenwartin Geschäftsführer Geschäftsführerin
Pfarrer Pfarrerin Schulleiter Schulleiterin Klassenlehrer Klassenlehrerin Rektor Rektorin Direktor Direktorin Sachbearbeiter
Sachbearbeiterin Staatsanwalt Staatsanwältin Amtsrichter Amtsrichterin Landrat Landrätin Präsident Präsidentin Vorstand`)

// deSignedAboveRole returns the end of a signature's name alone on its
// line at i, a line's start, above a role's line ("Pfannenschmidt\nRichterin
// am Amtsgericht"), or i. One to three words; none a dictionary's word.
func (s *scan) deSignedAboveRole(i int) int {
	b := s.b
	if i > 0 && b[i-1] != '\n' {
		return i
	}
	// The cheap test first: a role's word opens the next line.
	n := i
	for n < len(b) && n-i < 48 && b[n] != '\n' {
		n++
	}
	if n+4 >= len(b) || b[n] != '\n' || !capAt(b, n+1) || !deSignRoles[string(b[n+1:word(b, n+1)])] {
		return i
	}
	e := i
	for k := 0; k < 3; k++ {
		f := word(b, e)
		if f-e < 2 || dictionaryWord(b[e:f], false) || nonNames[string(b[e:f])] || labelNoun(string(b[e:f])) || deCities[string(b[e:f])] {
			return i
		}
		e = f
		if e+1 < len(b) && b[e] == ' ' && capAt(b, e+1) {
			e++
			continue
		}
		break
	}
	if e+4 >= len(b) || b[e] != '\n' || !capAt(b, e+1) {
		return i
	}
	r := word(b, e+1)
	if !deSignRoles[string(b[e+1:r])] || r < len(b) && b[r] != ' ' && b[r] != '\n' && b[r] != ',' {
		return i
	}
	return e
}

// deRoleInitial returns the span of an initial and a surname after a
// role's noun of personRoles at i ("den Geschädigten E. Iwanow"), or (i, i).
func (s *scan) deRoleInitial(i int) (int, int) {
	b := s.b
	e := s.word(i)
	if e-i < 5 || e+6 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) || b[e+2] != '.' || b[e+3] != ' ' || !personRoles[string(b[i:e])] {
		return i, i
	}
	p := e + 4
	if q := particleAt(b, p, false); q > p {
		p = q
	}
	f := word(b, p)
	if f-p < 2 || dictionaryWord(b[p:f], false) || nonNames[string(b[p:f])] || !rightOK(b, f) {
		return i, i
	}
	return e + 1, f
}

// deBirthCaps returns the end of a birth name in capitals after "geb. " at
// i ("geb. VON ARNIM", "geb. AL-HASSAN"), as death notices set it, or i:
// capital letters, hyphens and one or two spaces to the line's end or a
// comma.
func deBirthCaps(b []byte, i int) int {
	if i < 5 || !hasPrefixAt(b, i-5, "geb. ") {
		return i
	}
	e, spaces, letters := i, 0, 0
	for e < len(b) && e-i < 40 {
		switch c := b[e]; {
		case isUpper(c):
			e++
			letters++
		case c == 0xC3 && e+1 < len(b) && b[e+1] >= 0x80 && b[e+1] <= 0x9E, (c == 0xC4 || c == 0xC5) && e+1 < len(b):
			e += 2
			letters++
		case c == '-' && e+1 < len(b) && isUpper(b[e+1]):
			e++
		case c == ' ' && e+1 < len(b) && isUpper(b[e+1]) && spaces < 2:
			e++
			spaces++
		default:
			goto end
		}
	}
end:
	if letters < 3 || e < len(b) && b[e] != '\n' && b[e] != ',' && b[e] != '\r' {
		return i
	}
	return e
}

// deSpanHeads end a firm's name or a role's noun, never a person's:
// "Vonovia Wohnen", "Müller Immobilien", "Betroffene Person".
var deSpanHeads = set(`Person Personen Wohnen Wohnbau Immobilien Hausverwaltung Reisen Umzüge Transporte Gebäudereinigung`)

// deFusedPrepositions are German prepositions fused with an article.
var deFusedPrepositions = set(`Im Am Beim Ins Ans`)

// deInstitutionHeads end the names of institutes, schools, streets and
// prizes named after a person and joined to the name by a hyphen: "Robert
// Koch-Institut", "Albert Schweitzer-Schule" ("Ortiz-Park" is a surname).
var deInstitutionHeads = set(`Institut Stiftung Schule Gymnasium Realschule Gesamtschule Grundschule Straße Str Platz Preis
Haus Klinik Klinikum Museum Halle Kirche Saal Zentrum Universität Hochschule Kolleg Akademie Bibliothek Archiv Brücke Denkmal Medaille`)

// bytesIndexSpace returns the index of the first space in b[start:end], or end.
func bytesIndexSpace(b []byte, start, end int) int {
	for k := start; k < end; k++ {
		if b[k] == ' ' {
			return k
		}
	}
	return end
}

// lastSpace returns the index of the last space in b[start:end], or start.
func lastSpace(b []byte, start, end int) int {
	for k := end - 1; k > start; k-- {
		if b[k] == ' ' {
			return k
		}
	}
	return start
}

// lastHyphen returns the index of the last hyphen in w, or -1.
func lastHyphen(w []byte) int {
	for k := len(w) - 1; k >= 0; k-- {
		if w[k] == '-' {
			return k
		}
	}
	return -1
}

// deSalutations open a letter to a person whose gender the writer leaves
// open: "Sehr geehrte(r) Koch,", "Liebe/r Brinkmann,".
var deSalutations = []string{"geehrte(r) ", "geehrte/r ", "geehrte*r ", "geehrte:r ", "Liebe(r) ", "Liebe/r ", "Liebe*r "}

// deOpenSalutation returns the end of the name after a salutation of
// deSalutations at i, up to three words before a comma or the line's end,
// or i. The salutation vouches for a surname that is also a word ("Koch",
// "Graf").
func (s *scan) deOpenSalutation(i int) int {
	b := s.b
	if i < 8 || b[i-1] != ' ' || b[i-2] != ')' && b[i-2] != 'r' {
		return i
	}
	ok := false
	for _, w := range deSalutations {
		if i >= len(w) && hasPrefixAt(b, i-len(w), w) {
			ok = true
			break
		}
	}
	if !ok {
		return i
	}
	e := i
	for k := 0; k < 3; k++ {
		if q := particleAt(b, e, false); q > e {
			e = q
		}
		f := word(b, e)
		if f-e < 2 || nonNames[string(b[e:f])] || isTitle(string(b[e:f])) {
			return i
		}
		e = f
		if e+1 < len(b) && b[e] == ' ' && (capAt(b, e+1) || particleAt(b, e+1, false) > e+1) {
			e++
			continue
		}
		break
	}
	if e < len(b) && b[e] != ',' && b[e] != '\n' && b[e] != '!' {
		return i
	}
	return e
}

// deTitledInverted returns the end of "Surname, Given" after a form of
// address or a pastor's title at i ("Frau Schmid, Manfred, wohnhaft",
// "Ihr Pastor Werner, Wolfgang"), or i: the given name must be one the
// lexicons know and end the field (a comma or the line's end).
func (s *scan) deTitledInverted(i int) int {
	b := s.b
	e := s.word(i)
	if e+6 >= len(b) || b[e] != ' ' {
		return i
	}
	switch string(b[i:e]) {
	case "Frau", "Herr", "Herrn", "Pastor", "Pastorin", "Pfarrer", "Pfarrerin":
	default:
		return i
	}
	p := e + 1
	if q := particleAt(b, p, false); q > p {
		p = q
	}
	f := word(b, p)
	if f-p < 2 || f+3 >= len(b) || b[f] != ',' || b[f+1] != ' ' || !capAt(b, f+2) {
		return i
	}
	g := word(b, f+2)
	if g == f+2 || !givenWord(string(b[f+2:g])) || dictionaryWord(b[p:f], false) {
		return i
	}
	if g < len(b) && b[g] != ',' && b[g] != '\n' && b[g] != '\r' {
		return i
	}
	s.emit(PersonName, e+1, g, 0.85, "title")
	return g
}

// deRoleLead returns where a name found at start begins once a greeting's
// or a record's noun before it is left out ("Lieber Gartenfreund
// Obermeier", "Liebe Sportfreundin Nowak", "Anwesend: Kindesmutter Jutta
// Bondarenko, Kind Mehmet"): a kin noun (de18Kin, but "Freund", a
// surname too), or a compound of -freund, -kamerad, -mutter, -vater,
// -lehrer, -gefährte (and their -in), is no part of the name.
func deRoleLead(b []byte, start, end int) int {
	k := bytesIndexSpace(b, start, end)
	if k >= end || k-start < 3 || !capAt(b, k+1) {
		return start
	}
	w := b[start:k]
	if de18Kin[string(w)] && string(w) != "Freund" && string(w) != "Freundin" {
		return k + 1
	}
	for _, suf := range []string{"freund", "freundin", "kamerad", "kameradin", "mutter", "vater", "lehrer", "lehrerin", "gefährte", "gefährtin"} {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return k + 1
		}
	}
	return start
}

// particleEnd reports whether w is the last word of a particle: der dem
// den zu zur von vom van ter ten de del della di da du le la. A switch, not
// a map: deParticleStart asks it of most lower-case words before a capital.
func particleEnd(w []byte) bool {
	switch string(w) {
	case "der", "dem", "den", "zu", "zur", "von", "vom", "van", "ter", "ten", "de", "del", "della", "di", "da", "du", "le", "la":
		return true
	}
	return false
}

// particleStart is deParticleStart(s.b, i), remembered for upper's word:
// four of the German rules ask it of the same word one after another.
func (s *scan) particleStart(i int) int {
	if i+1 != s.upAt {
		return deParticleStart(s.b, i)
	}
	if s.upPart == 0 {
		s.upPart = deParticleStart(s.b, i) + 1
	}
	return s.upPart - 1
}

// deParticleStart returns where a surname's particle before the capital
// at i begins ("von der Heide", "zu Löwenstein"), or i; it reads the
// lower-case particles of a name and allocates nothing.
func deParticleStart(b []byte, i int) int {
	if i < 3 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i
	}
	// Every particle ends in a particleEnd: test the word before i first,
	// most often no particle.
	j := i - 2
	for j > 0 && i-2-j < 5 && isLower(b[j-1]) {
		j--
	}
	if !particleEnd(b[j : i-1]) {
		return i
	}
	for _, p := range particles {
		if k := i - len(p); k >= 1 && hasPrefixAt(b, k, p) && !isAlpha(b[k-1]) {
			return k
		}
	}
	return i
}
