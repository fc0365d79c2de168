package pii

import "strings"

// Round 18's German shapes, grounded in the grammar, the lists and the
// forms around names: a child's name in the genitive before a kin noun,
// and the kin's name after it ("Lenas Mama Renate", "Lars' Papa"); given
// names listed after a plural kin noun ("die Enkel Linh, Olha und
// Bohdan"); officers after their role ("Die Beamten Seifert und van Aken
// nahmen …"); a full name after a role or a profession ("Die Geschädigte
// Vitalij Tkachenko bittet", "Rechtsanwältin Hung Colombo,"); a surname
// first before a comma where capitals, a dash, a label, a role or a
// table's cell say one person follows ("HAUSER, Doreen bittet", "— Tran,
// Onur fehlt", "| Klein, Nga |"); a first given name the lexicons lack
// before a full name, a middle word before a known surname; the name after
// "c/o", after "— Deine", after "Beste Freundin:", in capitals after
// "Name:"; a question's subject ("Wo wohnt Olha jetzt?"); a given name
// joined by "und" to another; a mention written as a name. And what is no
// person: a firm by its kind ("Stadtwerke König", "Bäckerei Braun"), a pet
// ("Kater Moritz"), a colour ("Rosa Muffins"), a month ("vor Mai"), a
// preposition ("Hinter der Mauer"), an abstract noun ("Nur Abholung"), a
// part of a compound ("Alexander-von-Humboldt-Stiftung"), a nickname's
// value ("Spitzname: Bär"), a compound role noun as a form's key
// ("Lieblingslehrer: Frau Kern"), which no speaker is.

// nameDE18 tries round 18's shapes at the capital at i and returns the end
// of the names it emitted, or i.
func (s *scan) nameDE18(i int) int {
	b := s.b
	// The second letter, after a first of two bytes: "ÖZTÜRK", "ÇELIK".
	if k := i + 1 + int(b[i]>>7); k+1 < len(b) && (isUpper(b[k]) || b[k] == 0xC3 && b[k+1] >= 0x80 && b[k+1] <= 0x9E) {
		if e := de18CapsInverted(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "dictionary:capitals+given")
			return e
		}
		if e := de18NameKeyCaps(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:key")
			return e
		}
		return i
	}
	e := s.word(i)
	if e+4 >= len(b) || e-i < 2 || i > 0 && isAlnum(b[i-1]) {
		return i
	}
	if b[e] == ',' && b[e+1] == ' ' && capAt(b, e+2) {
		st := max(de18ParticleBefore(b, i), s.floor)
		if end := de18Inverted(b, st, i, e); end > i {
			s.emit(PersonName, st, end, 0.8, "dictionary:surname,given")
			return end
		}
	}
	// A role's noun in "-in" before an inverted name: "meine Ausbilderin
	// Demir, Hilke".
	if b[e] == ' ' && e-i >= 6 && b[e-1] == 'n' && b[e-2] == 'i' && capAt(b, e+1) {
		if f := word(b, e+1); f > e+2 && f < len(b) && b[f] == ',' {
			if end := de18Inverted(b, e+1, e+1, f); end > e+1 {
				s.emit(PersonName, e+1, end, 0.8, "dictionary:surname,given")
				return end
			}
		}
	}
	if i >= 4 && b[i-1] == ' ' {
		if end := de18CareOf(b, i); end > i {
			s.emit(PersonName, i, end, 0.8, "context:care-of")
			return end
		}
		if end := de18Closing(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.8, "context:signature")
			return end
		}
	}
	if (b[e] == ' ' || b[e] == ':' || b[e] == ',') && e-i >= 5 {
		if end := s.de18RoleFull(i, e); end > i {
			return end
		}
	}
	if i >= 8 && b[i-1] == ' ' && b[i-2] == 't' {
		if end := de18QuestionSubject(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.75, "context:subject")
			return end
		}
	}
	if b[e] == ' ' && e+5 < len(b) && b[e+1] == 'u' && b[e+2] == 'n' {
		if end := de18Coordinated(b, i, e); end > i {
			s.emit(PersonName, i, end, 0.75, "context:coordinated")
			return end
		}
	}
	if e-i < 3 {
		return i
	}
	// The cheap byte tests first: an "s" or an apostrophe before a space.
	if b[e] == ' ' && b[e-1] == 's' || b[e] == '\'' && b[e+1] == ' ' {
		if end := s.de18KinGenitive(i, e); end > i {
			return end
		}
	}
	if b[e] == ' ' && e-i >= 6 {
		if end := s.de18RoleGroup(i, e); end > i {
			return end
		}
	}
	if c := b[i]; b[e] == ' ' && e-i >= 5 && (c == 'E' || c == 'K' || c == 'T' || c == 'S' || c == 'G' || c == 'B' || c == 'C' || c == 'N' || c == 'U') && capAt(b, e+1) {
		if end := s.de18KinList(i, e); end > i {
			return end
		}
	}
	return i
}

// de18Kin are the kin nouns a child's or a friend's name in the genitive
// stands before: "Lenas Mama", "Jonas' Opa". Not "Mann" and "Frau": "Thomas
// Mann" is a name.
var de18Kin = set(`Mama Papa Mami Papi Mutti Vati Mutter Vater Oma Opa Omi Opi Tante Onkel Bruder Schwester Sohn Tochter
Eltern Großmutter Großvater Großeltern Enkel Enkelin Cousin Cousine Nichte Neffe Freund Freundin Ehemann Ehefrau
Stiefvater Stiefmutter Schwiegermutter Schwiegervater Patenonkel Patentante Patin Pate Kinder Kind`)

// de18KinGenitive reads a name in the genitive before a kin noun at i
// (the word [i, e) ends in "s", or an apostrophe follows it): "Smillas Mama
// Clara: Marmorkuchen", "Lars' Mama Pauline". The name is the word without
// its ending (a given name that ends in "s" itself stays whole: "Jonas
// Mama"); a capitalised word after the kin noun that is a given name, or
// no dictionary word, is the kin's name. The genitive must be no noun or
// place ("Omas Liebling", "Bayerns Vater"). It returns the end of the
// last name emitted, or i.
func (s *scan) de18KinGenitive(i, e int) int {
	b := s.b
	p := e + 1 // the kin noun
	if b[e] == '\'' {
		p = e + 2
	}
	if !capAt(b, p) {
		return i
	}
	k := word(b, p)
	if k-p < 3 || !de18Kin[string(b[p:k])] || k < len(b) && isAlnum(b[k]) {
		return i
	}
	stem := e
	if b[e] == ' ' && !isFirstNameB(b[i:e]) {
		stem = e - 1 // "Lenas" is Lena's
	}
	w := string(b[i:stem])
	if stem-i < 2 || nonNames[w] || dictionaryWord(b[i:stem], false) || dictionaryWord(b[i:e], false) && !isFirstName(w) || deCities[w] || placeWords[w] || orgWords[w] || streetWord(w) {
		return i
	}
	s.emit(PersonName, i, stem, 0.8, "context:kin")
	end := k
	if k+2 < len(b) && b[k] == ' ' && capAt(b, k+1) {
		f := word(b, k+1)
		if y := b[k+1 : f]; f-k > 2 && rightOK(b, f) && (givenWord(string(y)) || !dictionaryWord(y, true) && !nonNames[string(y)] && !deCities[string(y)]) && !followedByLegalForm(b, f) {
			s.emit(PersonName, k+1, f, 0.8, "context:kin")
			end = f
		}
	}
	return end
}

// de18Roles are roles of officers and workers that stand before their
// surnames, singular or plural: "Die Beamten Seifert und Ziegler", "der
// Polizist Wagner".
var de18Roles = set(`Beamten Beamte Beamter Beamtin Beamtinnen Polizeibeamten Polizeibeamte Polizeibeamter Polizeibeamtin
Streifenbeamten Polizisten Polizist Polizistin Polizistinnen Ermittler Ermittlerin Ermittlerinnen Kommissare
Sanitäter Sanitäterin Notärzte Notarzt Notärztin Feuerwehrleute Einsatzkräfte`)

// de18RoleGroup reads the surnames after an officers' role at [i, e): one
// surname before a lower-case verb or a sentence's end ("Der Beamte Quast
// nahm …"), or two joined by "und" after a plural ("Die Beamten Çetin und
// Lindemann nahmen den Fall auf"). Each surname is a capitalised word that
// is no dictionary word unless the lexicons know it as a name. It emits
// each and returns the end of the last, or i.
func (s *scan) de18RoleGroup(i, e int) int {
	b := s.b
	if b[i] != 'B' && b[i] != 'P' && b[i] != 'S' && b[i] != 'E' && b[i] != 'K' && b[i] != 'N' && b[i] != 'F' || !de18Roles[string(b[i:e])] {
		return i
	}
	p := e + 1
	f := de18Surname(b, p)
	if f == p {
		return i
	}
	if hasPrefixAt(b, f, " und ") {
		q := f + 5
		g := de18Surname(b, q)
		if g > q && de18VerbOrEnd(b, g) {
			s.emit(PersonName, p, f, 0.8, "title")
			s.emit(PersonName, q, g, 0.8, "title")
			return g
		}
		return i
	}
	if de18VerbOrEnd(b, f) {
		s.emit(PersonName, p, f, 0.8, "title")
		return f
	}
	return i
}

// de18Surname returns the end of a surname at p, after its particles: a
// capitalised word of two letters or more that is no dictionary word, street, city or word
// that is no name, unless the lexicons know it as a name ("Braun"); or p.
func de18Surname(b []byte, p int) int {
	q := particleAt(b, p, false) // "van Aken", "von Trotha"
	if !capAt(b, q) {
		return p
	}
	f := word(b, q)
	if f-q < 2 {
		return p
	}
	w := b[q:f]
	if nonNames[string(w)] || deCities[string(w)] || streetWord(string(w)) || orgWords[string(w)] || isRankTitle(string(w)) {
		return p
	}
	if q == p && dictionaryWord(w, false) && !nameWords[string(w)] {
		return p // a particle vouches for a word: "van der Meer"
	}
	return f
}

// de18VerbOrEnd reports whether a lower-case word or a clause's end follows
// at f: the names before end there.
func de18VerbOrEnd(b []byte, f int) bool {
	if f >= len(b) {
		return true
	}
	switch b[f] {
	case '.', ',', ';', ':', ')', '!', '?', '\n':
		return true
	case ' ':
		return f+2 < len(b) && isLower(b[f+1]) && isLower(b[f+2]) && !hasPrefixAt(b, f+1, "und ")
	}
	return false
}

// de18FirmKinds are the nouns of a firm's or a utility's kind that stand
// before its owner's name or its town's: "Stadtwerke König", "Inkasso
// Meyer", "Spedition Kruse". Not "Praxis": "Praxis Liesel Gerdes" names
// the doctor.
var de18FirmKinds = set(`Stadtwerke Inkasso Inkassobüro Spedition Elektro Sanitär Immobilien Hausverwaltung Bestattungen
Getränke Optik Fahrschule Reisebüro Heizungsbau Haustechnik Gebäudereinigung Malerbetrieb Pflegedienst Reinigung
Autoservice Kfz-Service Transporte Umzüge Baustoffe Landhandel Zweirad Physiotherapie Ergotherapie Logopädie
Fußpflege Kosmetik Friseursalon`)

// de18FirmWord reports whether w, a capitalised word, names a firm's kind:
// one of de18FirmKinds, or a trade's workshop in "-erei" ("Bäckerei",
// "Schreinerei", "Druckerei").
func de18FirmWord(w []byte) bool {
	n := len(w)
	if n < 6 || !isUpper(w[0]) && w[0] != 0xC3 {
		return false
	}
	if w[n-1] == 'i' && w[n-2] == 'e' && w[n-3] == 'r' && (w[n-4] == 'e' || w[n-4] == 'o') {
		return !isSurnameB(w)
	}
	return de18FirmKinds[string(w)]
}

// de18Pets are nouns of pets that stand before their names: "Kater
// Moritz aus dem 3. OG ist entlaufen", "unser Hund Bello".
var de18Pets = set(`Kater Katze Katzen Hund Hündin Hunde Kaninchen Hase Meerschweinchen Hamster Wellensittich Pferd Pony Stute Hengst Welpe`)

// de18Colours are colour words that are given names or surnames too
// ("Rosa", "Weiß", "Braun").
var de18Colours = set(`Weiß Schwarz Rot Roth Grün Blau Gelb Braun Grau Rosa Lila Beige Orange Türkis Silber Gold Pink Violett`)

// de18NotPerson reports whether the name [start, end) is no person: a
// firm, as its first word or the word before it names a firm's kind
// ("Inkasso Brodersen", "Stadtwerke König ./. …"); a colour before a
// noun ("Rosa Muffins") or after "Farbe" ("Farbe: Rosa? Nein — Weiß"); a
// nickname's or a login's value that is no given name ("Spitzname: Bär");
// a German abstract noun as the last word ("Nur Abholung").
func de18NotPerson(b []byte, start, end int, validation string) bool {
	if validation == "context:named-before" && start > 4 && b[start-1] == ' ' {
		if w, _ := wordBefore(b, start); de18Determiners[string(w)] {
			return true // "Ein echter Engel": a noun, though a name was so before
		}
	}
	if end > len(b) || end-start < 2 {
		return false
	}
	k := bytesIndexSpace(b, start, end)
	if k < end && (de18FirmWord(b[start:k]) || de18Pets[string(b[start:k])]) {
		return true // "Inkasso Meyer", "Kater Moritz"
	}
	if k == end && start > 0 && de18SingleNotPerson(b, start, end) {
		return true
	}
	// A German abstract noun as the last word: "Nur Abholung".
	if l := lastSpace(b, start, end); l > start && end-l > 5 && deNounEnding(string(b[l+1:end])) && dictionaryWord(b[l+1:end], false) {
		return true
	}
	if k-start >= 3 && k-start <= 7 && de18Colours[string(b[start:k])] {
		if k < end {
			if !bytesContains(b[k+1:end], " ") && dictionaryWord(b[k+1:end], true) {
				return true // "Rosa Muffins": a colour and a noun
			}
		} else if validation != "title" && (bytesContains(b[max(0, start-40):start], "Farbe") || bytesContains(b[max(0, start-40):start], "farbe")) {
			return true // "Farbe: Rosa? Nein — Weiß"
		}
	}
	if start < 7 || b[start-1] != ' ' {
		return false
	}
	if b[start-2] == ':' && de18NotNameKey(b, start-2) && !isFirstNameB(b[start:end]) {
		return true // "Spitzname: Bär"
	}
	j := start - 1
	for j > 0 && start-1-j < 24 && (isAlpha(b[j-1]) || b[j-1] >= 0x80 || b[j-1] == '-') {
		j--
	}
	return (j == 0 || b[j-1] != '-') && (de18FirmWord(b[j:start-1]) || de18Pets[string(b[j:start-1])])
}

// de18RoleSuffixes end German compound nouns of a role: "Lieblingslehrer",
// "Ansprechpartnerin", "Abteilungsleiter".
var de18RoleSuffixes = []string{"lehrer", "lehrerin", "leiter", "leiterin", "partner", "partnerin", "freundin",
	"betreuer", "betreuerin", "trainer", "trainerin", "vertreter", "vertreterin", "berater", "beraterin",
	"arbeiter", "arbeiterin", "sprecher", "sprecherin", "pfleger", "pflegerin", "kollege", "kollegin", "schüler", "schülerin"}

// de18RoleCompound reports whether w is a compound noun of a role: a
// capital, at least three letters, and a role's noun in lower case at its
// end ("Lieblingslehrer"). Such a word keys a form's field; it is no
// speaker's name.
func de18RoleCompound(w []byte) bool {
	if len(w) < 9 || !isUpper(w[0]) || !isLower(w[len(w)-1]) {
		return false
	}
	for _, x := range de18RoleSuffixes {
		if len(w) >= len(x)+3 && string(w[len(w)-len(x):]) == x {
			return true
		}
	}
	return false
}

// de18NotNameKeys are keys ending in "name" whose value is no person's
// name: a nickname, a login's, a pet's, a file's or a device's. (Not
// "Firmenname": "Name oder Firmenname: SCHULZE" holds a person.)
var de18NotNameKeys = set(`spitzname kosename nickname benutzername username tiername hundename katzenname dateiname
hostname gerätename`)

// de18NotNameKey reports whether the key that ends at the colon at c is one
// of de18NotNameKeys, in any case.
func de18NotNameKey(b []byte, c int) bool {
	k := c
	for k > 0 && c-k < 16 && b[k-1] != ' ' && b[k-1] != '\n' {
		k--
	}
	if c-k < 8 {
		return false
	}
	var buf [16]byte
	n := copy(buf[:], b[k:c])
	for x, ch := range buf[:n] {
		if isUpper(ch) {
			buf[x] = ch + 'a' - 'A'
		}
	}
	return de18NotNameKeys[string(buf[:n])]
}

// de18CapsInverted reads a surname in capitals, a comma and the given
// name at i, as German offices write a person anywhere in a sentence or a
// list ("Die Geschädigte HAUSER, Doreen bittet …", "3. Std. — VOGEL,
// Holger fehlt"): the capitals mark the surname. The given name must be
// one the lexicons know, or, after a surname they know, no dictionary
// word; after it the field or the clause ends, or a verb follows in lower
// case. It returns the name's end, or i.
func de18CapsInverted(b []byte, i int) int {
	// The bytes first: a comma right after the run of capitals.
	k := i
	for k < len(b) && k-i < 40 && (isUpper(b[k]) || b[k] >= 0x80 || b[k] == '-' || b[k] == ' ' && k+1 < len(b) && isUpper(b[k+1])) {
		k++
	}
	if k >= len(b) || b[k] != ',' {
		return i
	}
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] == '-' || b[i-1] == ' ' && i >= 3 && (isUpper(b[i-2]) || b[i-3] == 0xC3 && b[i-2] >= 0x80 && b[i-2] <= 0x9E)) {
		return i // "OLE AL-HASSAN, Svenja": a name in capitals of its own
	}
	e, known := de17CapsSurname(b, i)
	if e-i < 3 || !known && e-i < 5 || e+4 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !capAt(b, e+2) {
		return i
	}
	g := word(b, e+2)
	if g < e+4 || isUpper(b[g-1]) {
		return i // a second word in capitals: "MEIER, HANS" is read by the rules of capitals
	}
	y := b[e+2 : g]
	given := givenWord(string(y))
	if !given && !(known && !dictionaryWord(y, true) && !nonNames[string(y)] && !deCities[string(y)] && !streetWord(string(y)) && !de18Prepositions[string(y)]) {
		return i // not "KLEIN, Hinter der Mauer 101": a street's preposition
	}
	g = secondGiven(b, g)
	if !de18InvertedEnd(b, g) || !given && g < len(b) && b[g] == '.' {
		return i // "HADDAD, Bergstr. 88": a street's abbreviation
	}
	return g
}

// de18InvertedEnd reports whether an inverted name may end at g: a field's
// end (invertedEnd), a clause's, a slash between two names, or a verb in
// lower case ("… fehlt unentschuldigt").
func de18InvertedEnd(b []byte, g int) bool {
	if g >= len(b) || invertedEnd(b, g) {
		return true
	}
	switch b[g] {
	case '.', ')':
		return true
	case ' ':
		f := g + 1
		for f < len(b) && f-g < 8 && isLower(b[f]) {
			f++
		}
		return g+2 < len(b) && (b[g+1] == '/' || f-g > 2 && !de18ListWords[string(b[g+1:f])])
	}
	return false
}

// de18ListWords are the conjunctions that go on with a list: "Lawrence,
// Linda and Thomas" is two people.
var de18ListWords = set(`und oder and or sowie with mit plus bzw`)

// de18Inverted reads a surname, a comma and a given name at i (its
// particles from st: "op den Kamp, Brigitte") where a
// field, a role or a dash says one person follows ("| Klein, Nga |", "meine
// Ausbilderin Demir, Hilke steht", "— Tran, Onur fehlt"): a surname the
// lexicons know or of a foreign shape, no given name the lexicons know
// alone (a list of given names: "Anna, Paul fehlen"), and a given name they
// know, or in a table's cell no dictionary word. It returns the name's
// end, or i.
func de18Inverted(b []byte, st, i, e int) int {
	if e+4 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !capAt(b, e+2) {
		return i
	}
	cell := st >= 2 && (b[st-1] == '|' || b[st-1] == ' ' && b[st-2] == '|')
	if !cell && !de18InvertedCue(b, st) {
		return i
	}
	x, particle := b[i:e], st < i // a particle vouches for a surname that is a word: "op den Kamp"
	if nonNames[string(x)] || deCities[string(x)] || !particle && (streetWord(string(x)) || dictionaryWord(x, true) || unambiguousGiven(string(x)) && !isSurnameB(x)) {
		return i
	}
	if !isSurnameB(x) && !foreignShaped(x) && !cell && !particle {
		return i
	}
	g := word(b, e+2)
	if g < e+4 || isUpper(b[g-1]) {
		return i
	}
	y := b[e+2 : g]
	if !givenWord(string(y)) && !(nameWords[string(y)] && !isSurnameB(y) && (isSurnameB(x) || foreignShaped(x))) && !(cell && !dictionaryWord(y, true) && !nonNames[string(y)] && !deCities[string(y)] && (isSurnameB(x) || foreignShaped(x) || particle)) {
		return i
	}
	g = secondGiven(b, g)
	if cell && !hasPrefixAt(b, g, " |") && (g >= len(b) || b[g] != '|') || !cell && !de18InvertedEnd(b, g) {
		return i
	}
	return g
}

// de18InvertedCue reports whether a dash, a colon or a role's noun comes
// right before i: "— Tran, Onur", "lautet auf: Dąbrowski, Wolf", "meine
// Ausbilderin Wagner, Fatma".
func de18InvertedCue(b []byte, i int) bool {
	if i < 3 || b[i-1] != ' ' {
		return false
	}
	if b[i-2] == ':' || b[i-2] == '-' || i >= 4 && b[i-4] == 0xE2 && b[i-3] == 0x80 && (b[i-2] == 0x93 || b[i-2] == 0x94) {
		return true
	}
	w, _ := wordBefore(b, i)
	return len(w) >= 6 && isUpper(w[0]) && (string(w[len(w)-4:]) == "erin" || personRoles[string(w)] || de18RoleCompound(w))
}

// de18ParticleBefore returns where the lower-case particles of a surname
// at i begin ("op den Kamp", "vom Hofe"), or i.
func de18ParticleBefore(b []byte, i int) int {
	if i < 3 || b[i-1] != ' ' || !isLower(b[i-2]) {
		return i
	}
	for _, p := range particles {
		if j := i - len(p); j >= 0 && hasPrefixAt(b, j, p) && (j == 0 || !isAlpha(b[j-1]) && b[j-1] < 0x80) {
			return j
		}
	}
	return i
}

// de18Determiners are articles and adjectives before a noun, not before a
// name recalled from earlier in the text: "ein echter Engel", "der Wolf".
var de18Determiners = set(`ein eine einen einem einer echter echte echten der die das dem den kleiner kleine großer große guter gute`)

// de18Months are months that are given names too: "Kurz vor Mai", "im
// August".
var de18Months = set(`Mai August April Juni Juli`)

// de18TimeWords stand before a month, not before a person: "vor Mai",
// "seit April", "Anfang Juli".
var de18TimeWords = set(`vor im seit bis ab nach zum Anfang Ende Mitte Vor Im Seit Bis Ab Nach`)

// de18Prepositions are German prepositions that open a street's or a
// place's name in capitals: "Hinter der Mauer", "Unter den Linden".
var de18Prepositions = set(`Hinter Unter Über Neben Zwischen Vor Auf An In Bei Am Im Zum Zur`)

// de18SingleNotPerson reports whether the one word [start, end) is no
// person by the words around it: a month after a word of time ("Kurz vor
// Mai"), a preposition before an article ("Hinter der Mauer 157"), a part
// of a compound that goes on after a hyphen in lower case
// ("Alexander-von-Humboldt-Stiftung").
func de18SingleNotPerson(b []byte, start, end int) bool {
	if end < len(b) && b[end] == '-' && end+1 < len(b) && isLower(b[end+1]) {
		return true
	}
	w := string(b[start:end])
	if de18Months[w] {
		if tw, _ := wordBefore(b, start); de18TimeWords[string(tw)] {
			return true
		}
	}
	if de18Prepositions[w] && end+4 < len(b) && b[end] == ' ' && b[end+1] == 'd' && (hasPrefixAt(b, end+1, "der ") || hasPrefixAt(b, end+1, "dem ") || hasPrefixAt(b, end+1, "den ") || hasPrefixAt(b, end+1, "die ") || hasPrefixAt(b, end+1, "das ")) {
		return true
	}
	return false
}

// de18InstitutionLead returns where a name found at start begins once an
// office's noun and its comma before it are left out ("Rückfragen:
// Pressestelle, Tobias Ludwig"): a compound noun of an office ("-stelle",
// "-amt", "-büro", "-abteilung", "-verwaltung", "-leitung") is no surname;
// nor a role's noun before the name ("Inhaber Leon van der Meer").
func de18InstitutionLead(b []byte, start, end int) int {
	k := start
	for k < end && b[k] != ',' && b[k] != ' ' {
		k++
	}
	if k+2 >= end || k-start < 6 || !capAt(b, k+1) && !capAt(b, k+2) {
		return start
	}
	w := b[start:k]
	if k+1 < end && b[k] == ' ' && (de18Professions[string(w)] || personRoles[string(w)]) {
		return k + 1 // "Inhaber Leon van der Meer": the role is no name's
	}
	if b[k] != ',' {
		return start
	}
	for _, suf := range []string{"stelle", "amt", "büro", "abteilung", "verwaltung", "leitung", "zentrale", "behörde"} {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return k + 2
		}
	}
	return start
}

// de18GivenBefore returns where a name found at start begins when a first
// given name the lexicons lack stands before the given name it opens with,
// and a label, a dash, a line's start or a role's noun before that ("Finder:
// Svitlana Emilia Le", "Die Geschädigte Arben Jens Schulte"): the word is
// capitalised, no dictionary word, place, title or role. Otherwise it
// returns start.
func de18GivenBefore(b []byte, start, end, floor int) int {
	if start < 4 || b[start-1] != ' ' || !isLower(b[start-2]) && b[start-2] < 0x80 {
		return start
	}
	j := start - 1
	for j > 0 && start-1-j < 20 && (isAlpha(b[j-1]) || b[j-1] >= 0x80 || b[j-1] == '-') {
		j--
	}
	if j < floor || start-1-j < 2 || !capAt(b, j) {
		return start
	}
	g := word(b, start)
	if g-start < 3 || !isFirstNameB(b[start:g]) || word(b, j) != start-1 {
		return start
	}
	w := b[j : start-1]
	if isUpper(w[len(w)-1]) || dictionaryWord(w, true) || deNounEnding(string(w)) || de18FirmWord(w) || nonNames[string(w)] || isTitle(string(w)) || isRankTitle(string(w)) || deCities[string(w)] ||
		placeWords[string(w)] || streetWord(string(w)) || orgWords[string(w)] || personRoles[string(w)] || de18Roles[string(w)] || de18RoleCompound(w) ||
		len(w) > 5 && string(w[len(w)-4:]) == "erin" {
		return start
	}
	// The cue before the word.
	if j == 0 || b[j-1] == '\n' {
		return j
	}
	if j < 3 || b[j-1] != ' ' {
		return start
	}
	if b[j-2] == ':' || b[j-2] == '-' || j >= 4 && b[j-4] == 0xE2 && b[j-3] == 0x80 && (b[j-2] == 0x93 || b[j-2] == 0x94) {
		return j
	}
	if r, _ := wordBefore(b, j); len(r) >= 5 && isUpper(r[0]) && (personRoles[string(r)] || string(r[len(r)-4:]) == "erin") {
		return j
	}
	return start
}

// de18ThirdSurname reports whether w, the word after two given names, is a
// surname the lexicons know whole ("Al-Khatib") or one of a foreign shape
// that is no dictionary word, given name or place ("Nüßle"): "Eren Gustav
// Al-Khatib".
func de18ThirdSurname(w []byte) bool {
	if isSurnameB(w) {
		return !nameStop[string(w)] && !orgWords[string(w)]
	}
	return foreignShaped(w) && !isFirstNameB(w) && !dictionaryWord(w, true) && !deCities[string(w)] && !streetWord(string(w)) && !nonNames[string(w)]
}

// de18MiddleSurname returns the end of a surname the lexicons know after a
// given name and a word they lack ending at e ("Magdalena Fjolla Peters":
// the word between is a second given name), or e. The surname must end the
// name: no capitalised word follows.
func de18MiddleSurname(b []byte, e int) int {
	if e+3 >= len(b) || b[e] != ' ' || !capAt(b, e+1) {
		return e
	}
	f := word(b, e+1)
	w := b[e+1 : f]
	if f-e < 4 || !isSurnameB(w) || nameStop[string(w)] || orgWords[string(w)] || dictionaryWord(w, true) || !rightOK(b, f) {
		return e
	}
	if f+1 < len(b) && b[f] == ' ' && capAt(b, f+1) || followedByLegalForm(b, f) {
		return e
	}
	return f
}

// de18Closing reads a given name signed after "Deine", "Dein", "Eure" or
// "Euer" where a dash or a sentence's end comes before and the line or the
// words of one's home ("aus der …", "vom …") follow: "— Deine Heinz aus der
// Lessingstraße". A word the lexicons lack will do if it is no dictionary
// word or place. It returns the name's end, or i.
func de18Closing(b []byte, i, e int) int {
	if !closingWordBefore(b, i) {
		return i
	}
	w, q := wordBefore(b, i)
	if string(w) == "Ihre" || string(w) == "Ihr" || string(w) == "Deiner" || q < 3 || b[q-1] != ' ' {
		return i
	}
	if c := b[q-2]; c != '.' && c != '!' && c != '-' && !(q >= 4 && b[q-4] == 0xE2 && b[q-3] == 0x80 && (c == 0x93 || c == 0x94)) {
		return i
	}
	if w := b[i:e]; !givenWord(string(w)) && (dictionaryWord(w, true) || nonNames[string(w)] || deCities[string(w)] || placeWords[string(w)]) || loneAmbiguous[string(w)] {
		return i
	}
	if e < len(b) && b[e] != '\n' && b[e] != '\r' && !hasPrefixAt(b, e, " aus ") && !hasPrefixAt(b, e, " vom ") && !hasPrefixAt(b, e, " von ") {
		return i
	}
	return e
}

// de18RoleFilter holds the words of de18Professions and personRoles.
var de18RoleFilter = newWordFilter(de18Professions, personRoles)

// de18CareOf reads the name after "c/o " at i, to the line's end: one to
// four words, capitalised or particles ("c/o Olha van der Meer"), of which
// none is a dictionary word, unless a name, and no firm's or brand's; one
// word alone must be a name the lexicons know. (A
// comma after it often ends a firm's name: "c/o Wells Fargo, 3 Orchard
// Ter".)
// It returns the name's end, or i.
func de18CareOf(b []byte, i int) int {
	if i < 4 || b[i-1] != ' ' || b[i-2] != 'o' || b[i-3] != '/' || b[i-4] != 'c' {
		return i
	}
	end, n := i, 0
	for ; n < 4; n++ {
		p := particleAt(b, end, false)
		f := word(b, p)
		if f-p < 2 {
			return i
		}
		x := b[p:f]
		if nonNames[string(x)] || orgWords[string(x)] || de18FirmWord(x) || deCities[string(x)] || dictionaryWord(x, true) && !nameWords[string(x)] {
			return i
		}
		end = f
		if end+1 >= len(b) || b[end] != ' ' {
			break
		}
		end++
	}
	if end == i || end < len(b) && b[end] != '\n' && b[end] != '\r' || brandAt(b, i, word(b, i)) > i {
		return i
	}
	if w := b[i:end]; n == 0 && !isFirstNameB(w) && !isSurnameB(w) {
		return i // one word the lexicons lack: a firm's as often ("c/o Haribo")
	}
	return end
}

// de18Professions are professions and offices written before a full name
// in letters and notices: "Rechtsanwältin Hung Colombo", "Bürgermeisterin
// August Beck".
var de18Professions = set(`Rechtsanwalt Rechtsanwältin Anwalt Anwältin Notar Notarin Gerichtsvollzieher Gerichtsvollzieherin
Obergerichtsvollzieher Obergerichtsvollzieherin Steuerberater Steuerberaterin Bürgermeister Bürgermeisterin Ausbilder
Ausbilderin Hauswart Hauswartin Hausmeister Hausmeisterin Patientin Patient Inhaber Inhaberin`)

// de18RoleFull reads a full name after a profession's or a role's noun
// [i, e) and an optional colon or comma: a first word that is a given name
// or no German word, and a surname after it, or its particles, that is no
// dictionary word ("Rechtsanwältin Hung Colombo, …", "Hauswart: Sepp
// Dang;", "Die Geschädigte Vitalij Tkachenko bittet …"), ending at a
// comma, a semicolon, a bracket, a full stop, the line or a verb in lower
// case. It emits the name and returns its end, or i.
func (s *scan) de18RoleFull(i, e int) int {
	b := s.b
	if !mayBe(de18RoleFilter, b[i:e]) {
		return i // most words name no role: one hash, not two lookups after the words' reading
	}
	p := e + 1
	if b[e] == ':' || b[e] == ',' {
		p++ // "Hauswart: Sepp Dang", "Ein Zeuge, Habbo Sperling, beobachtete"
	}
	// The bytes first: two capitalised words after the role.
	if p+3 >= len(b) || b[p-1] != ' ' || !capAt(b, p) {
		return i
	}
	f := word(b, p)
	if f-p < 2 || f+3 >= len(b) || b[f] != ' ' {
		return i
	}
	q := particleAt(b, f+1, false) // "Inhaber Leon van der Meer"
	if !capAt(b, q) || !de18Professions[string(b[i:e])] && !personRoles[string(b[i:e])] {
		return i
	}
	g := word(b, q)
	x, y := b[p:f], b[q:g]
	if nonNames[string(x)] || isTitle(string(x)) || deCities[string(x)] || dictionaryWord(x, false) && !givenWord(string(x)) && !(q == f+1 && isSurnameB(y)) {
		return i // a word before a known surname is its given name: "Bürgermeisterin August Beck"
	}
	if g-q < 2 || q == f+1 && (dictionaryWord(y, true) || isFirstNameB(y) && !isSurnameB(y)) || nonNames[string(y)] || orgWords[string(y)] || deCities[string(y)] || streetWord(string(y)) {
		return i // a second given name: "Maria Luise von Arnim" is the other rules'
	}
	if g < len(b) && strings.IndexByte(",;.)\n(", b[g]) < 0 && !(b[g] == ' ' && g+2 < len(b) && isLower(b[g+1]) && isLower(b[g+2]) && particleAt(b, g+1, false) == g+1) || followedByLegalForm(b, g) {
		return i // the name ends at a clause's end or before a verb: "Die Geschädigte Vitalij Tkachenko bittet"
	}
	s.emit(PersonName, p, g, 0.8, "title")
	return g
}

// de18PersonKeys are the keys, by their last word, whose value alone on
// its line is a person: "Beste Freundin: Okko", "Ansprechpartnerin: Ilka".
var de18PersonKeys = set(`freundin freund partner partnerin ansprechpartner ansprechpartnerin kontaktperson bezugsperson
ehefrau ehemann mutter vater tochter sohn`)

// de18KinPlurals are kin nouns in the plural before a list of given names:
// "Es gratulieren die Enkel Linh, Olha und Bohdan", "die Kinder Anna und
// Paul".
var de18KinPlurals = set(`Enkel Enkelkinder Enkelinnen Kinder Töchter Söhne Geschwister Brüder Schwestern Cousins Cousinen
Nichten Neffen Urenkel`)

// de18KinList reads a list of given names after a kin noun in the plural
// at [i, e): capitalised words joined by commas and a last "und", each a
// given name or no dictionary word; the last may be called its
// grandmother's darling ("und Omas Liebling Werner"). The list ends a
// clause. It emits each name and returns the end of the last, or i.
func (s *scan) de18KinList(i, e int) int {
	b := s.b
	if !de18KinPlurals[string(b[i:e])] {
		return i
	}
	var spans [8][2]int
	n, p := 0, e+1
	for n < len(spans) {
		if n > 0 {
			for _, d := range []string{"Omas Liebling ", "Opas Liebling "} {
				if hasPrefixAt(b, p, d) {
					p += len(d)
				}
			}
		}
		f := word(b, p)
		if f-p < 2 || isUpper(b[f-1]) {
			return i
		}
		x := b[p:f]
		if !givenWord(string(x)) && (dictionaryWord(x, true) || nonNames[string(x)] || deCities[string(x)] || placeWords[string(x)]) || isTitle(string(x)) {
			return i
		}
		spans[n] = [2]int{p, f}
		n++
		switch {
		case hasPrefixAt(b, f, ", ") && capAt(b, f+2):
			p = f + 2
			continue
		case hasPrefixAt(b, f, " und ") && capAt(b, f+5):
			p = f + 5
			continue
		}
		if n < 2 || f < len(b) && b[f] != '.' && b[f] != '\n' && b[f] != '!' && b[f] != ';' {
			return i
		}
		for _, sp := range spans[:n] {
			s.emit(PersonName, sp[0], sp[1], 0.8, "context:kin")
		}
		return f
	}
	return i
}

// de18KinTitles are the words of kin or courtesy that stand before a name
// like a title: "Tante Dagmar", "Herr Kurt".
var de18KinTitles = set(`Tante Onkel Oma Opa Frau Herr Herrn Cousin Cousine`)

// de18Coordinated reads a given name at [i, e) joined by "und" to a person
// that follows: a given name the lexicons know, or kin's word and a
// capitalised name ("— Heide und Oskar stören", "Grüße von Frank und
// Tante Dagmar", "feiern Sepp und Lisa-Christin Meinecke"). The word must
// be a given name the lexicons know, or no dictionary word, place or word
// that is no name, and no article may come before it. It returns e, or i.
func de18Coordinated(b []byte, i, e int) int {
	if e+7 >= len(b) || !hasPrefixAt(b, e, " und ") || !capAt(b, e+5) || isUpper(b[e-1]) {
		return i
	}
	f := word(b, e+5)
	y, x := b[e+5:f], b[i:e]
	known := givenWord(string(x))
	switch {
	case de18KinTitles[string(y)]:
		if f+2 >= len(b) || b[f] != ' ' || !capAt(b, f+1) {
			return i
		}
	case isFirstNameB(y) && !loneAmbiguous[string(y)] && !nameWords[string(y)]:
		// A full name after a word the lexicons lack is a firm's as often:
		// "Sponsoren: Kneipp und Rolf Benz".
		if !known && f+1 < len(b) && b[f] == ' ' && capAt(b, f+1) || brandAt(b, e+5, f) > e+5 {
			return i
		}
	default:
		return i
	}
	if !known && (dictionaryWord(x, true) || nonNames[string(x)] || deCities[string(x)] || placeWords[string(x)] || streetWord(string(x))) || isTitle(string(x)) || orgWords[string(x)] {
		return i
	}
	if w, _ := wordBefore(b, i); de18Determiners[string(w)] || len(w) > 0 && isUpper(w[0]) {
		return i // "der Hase und Anna", "Familie Bauer und Anna"
	}
	return e
}

// de18TitledMention reports whether the mention [p, e) after an "@" is a
// name the lexicons lack, written as a name and followed by the sentence's
// words in lower case ("@Serhij holst du mich ab?"): a capital and small
// letters only, no dictionary word, city or word that is no name. Logins
// in lower case ("@piotr:") stay logins.
func de18TitledMention(b []byte, p, e int) bool {
	if e-p < 3 || e+3 >= len(b) || !isUpper(b[p]) || b[e] != ' ' || !isLower(b[e+1]) || !isLower(b[e+2]) {
		return false
	}
	for k := p + 1; k < e; k++ {
		if !isLower(b[k]) {
			return false
		}
	}
	w := b[p:e]
	return !dictionaryWord(w, true) && !nonNames[string(w)] && !deCities[string(w)] && !usCities[string(w)] && !placeWords[string(w)] && !orgWords[string(w)]
}

// de18Questions open a German question whose verb comes next and whose
// subject after it is a name when no article comes before it: "Wo wohnt
// Otto jetzt?", "Wann kommt Hung?".
var de18Questions = set(`Wo Wann Was Wie Warum Wieso Weshalb Wohin Woher`)

// de18QuestionSubject reads the subject at i of a question that a
// question's word and a verb in lower case open ("Wo wohnt Olha jetzt?"):
// one capitalised word, a given name the lexicons know or no dictionary
// word, before an adverb in lower case or the question mark. It returns
// the name's end, or i.
func de18QuestionSubject(b []byte, i, e int) int {
	if i < 8 || b[i-1] != ' ' || !isLower(b[i-2]) || e >= len(b) || b[e] != '?' && !(b[e] == ' ' && e+2 < len(b) && isLower(b[e+1])) {
		return i
	}
	j := i - 1
	for j > 0 && i-1-j < 12 && isLower(b[j-1]) {
		j--
	}
	if j < 3 || b[j-1] != ' ' || b[i-2] != 't' {
		return i // the verb in the third person: "wohnt", "kommt", "macht"
	}
	q, k := wordBefore(b, j)
	if !de18Questions[string(q)] || k > 0 && b[k-1] != ' ' && b[k-1] != '\n' && b[k-1] != '"' {
		return i
	}
	if k >= 2 && b[k-1] == ' ' && b[k-2] != '.' && b[k-2] != ':' && b[k-2] != '!' && b[k-2] != '?' {
		return i
	}
	x := b[i:e]
	if !givenWord(string(x)) && (dictionaryWord(x, true) || nonNames[string(x)] || deCities[string(x)] || placeWords[string(x)]) || isTitle(string(x)) {
		return i
	}
	return e
}

// de18NameKeyCaps reads a name in capitals that fills a line after the key
// "Name:" ("NAME: OKKO SAVCHENKO", "Name: VAN DE VRIES"): two to four words
// in capitals, of which none is a dictionary word. It returns the name's
// end, or i.
func de18NameKeyCaps(b []byte, i int) int {
	if i < 6 || b[i-1] != ' ' || b[i-2] != ':' || !strings.EqualFold(string(b[i-6:i-2]), "name") || i > 6 && b[i-7] != '\n' && b[i-7] != ' ' {
		return i
	}
	end, n := i, 0
	for ; n < 4; n++ {
		var buf [32]byte
		f, m := capsWord(b, end, &buf) // the word as a title: "Eintrag"
		if m < 2 || f-end < 2 {
			return i
		}
		if t := buf[:m]; (dictionaryWord(t, true) || nonNames[string(t)] || deCities[string(t)]) && !isFirstNameB(t) && !isSurnameB(t) && !surnameParticles[string(t)] {
			return i
		}
		end = f
		if end+1 >= len(b) || b[end] != ' ' || !isUpper(b[end+1]) && b[end+1] < 0xC3 {
			break
		}
		end++
	}
	if n < 1 || end < len(b) && b[end] != '\n' && b[end] != '\r' {
		return i
	}
	return end
}
