package pii

import (
	"bytes"
	"strings"
)

// This file finds names by where they sit in a record rather than by the
// words around them: a given name and a surname in two adjacent cells of a
// row (CSV, TSV, SQL tuples, semicolon lists), a name written in lower
// case as a quoted value or a tab-separated cell, and the particles and
// generational suffixes that belong to a name.

// moreTitles are forms of address and ranks that stand before a surname
// or a full name: German letters' "Herrn", "Hr.", police and court ranks,
// a dentist's ("ZÄ", Zahnärztin; "ZA" is in capsTitles),
// and kin before a given name ("Oma Stefanie", "Uncle Bob").
var moreTitles = set(`Herrn Hr Fr Det Ofc Hon Sgt Lt Insp Rev Capt Cpt POK PHK KHK KOK PK PM PHM ZÄ
Oma Opa Tante Onkel Aunt Uncle Grandma Grandpa`)

// rankTitles are ranks and offices spelled out that stand before a
// surname; unlike titles, they name a person only before a word the
// lexicons know ("Officer Training" is a course). Church offices and a
// team's coach are such ranks too ("Sister Patricia", "Coach Ramos"),
// though "Brother" and "Coach" are brands before a product's name.
var rankTitles = set(`Detective Officer Sergeant Inspector Constable Lieutenant Deputy Sheriff Marshal Trooper Kommissar
Kommissarin Hauptkommissar Hauptkommissarin Oberkommissar Oberkommissarin Inspektor Inspektorin Wachtmeister
NotSan RettSan RettAss Notfallsanitäter Notfallsanitäterin Rettungssanitäter Rettungssanitäterin Notarzt Notärztin
Paramedic Coach Trainer Trainerin Geselle Gesellin Azubi Monteur Monteurin Altgeselle
Zusteller Zustellerin Paketzusteller Paketzustellerin Briefträger Briefträgerin Postbote Postbotin Kurier Kurierfahrer
Fahrer Fahrerin Hausmeister Hausmeisterin Techniker Technikerin Servicetechniker Servicetechnikerin Kundenberater
Kundenberaterin Berater Beraterin Ansprechpartner Ansprechpartnerin Sachbearbeiter Sachbearbeiterin Betreuer Betreuerin
Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Landrat Landrätin Pfarrer Pfarrerin Diakon Kaplan
Trainer Trainerin Kollege Kollegin Kollegen Professor Professorin
Sister Brother Father Pastor Deacon Elder Rabbi Imam Bishop Coach
Judge Magistrate Senator Governor Mayor Councilman Councilwoman Councilmember Alderman Commissioner Captain Colonel Nurse
Chaplain Attorney Organizer Contractor Principal Headmaster Headmistress Superintendent Chancellor Provost
Witness Victim Suspect Complainant Defendant Plaintiff Petitioner Respondent Claimant Goalkeeper Keeper Striker
Midfielder Defender Pitcher Quarterback Teammate Freshman Sophomore
Manager Supervisor Director Dispatcher Technician Receptionist Teacher Instructor Counselor Therapist Pharmacist
Dentist Landlord Landlady Caseworker Foreman Adjuster Ranger Firefighter`)

// particles are the lower-case parts a name may carry before its surname:
// "Laura vom Stein", "Herrn van Dijk", "Noah ter Horst", "Yesenia dos
// Santos", and the Low German and Dutch "op den" ("Greta op den Kamp").
// suitParty counts on none being longer than "von und zu " (11 bytes).
var particles = []string{"von der ", "von dem ", "von und zu ", "van der ", "van den ", "van de ", "von ", "vom ", "van ", "zu ", "zur ",
	"op den ", "op de ", "op ten ",
	"ter ", "ten ", "de la ", "de ", "del ", "della ", "di ", "dos ", "do ", "da ", "du ", "le ", "la ", "ben ", "bat "}

// capParticles are particles written with a capital inside an English
// name: "Melissa Van Dyke", "Mary St. Clair", "Carl Van der Berg"; US
// records capitalise every particle of Dutch and Spanish surnames ("Van
// Der Berg", "De Los Santos"), so the longer runs come first. Lakota and
// other Plains surnames open with a number or a participle ("Two Bulls",
// "Running Bear", "Spotted Elk").
var capParticles = []string{"Two ", "Running ", "Standing ", "Spotted ", "Van der ", "Van den ", "Van Der ", "Van Den ", "Van De ", "Von Der ", "De Los ", "De Las ", "Van ", "Von ", "St. ", "De La ", "De ", "Del ", "Dos ", "Da ", "Di ", "Du ", "Le ", "La "}

// particleFirst holds the first bytes of particles and capParticles.
var particleFirst = func() (t [256]bool) {
	for _, part := range append(append([]string{}, particles...), capParticles...) {
		t[part[0]] = true
	}
	return t
}()

// particlesBy and capParticlesBy are particles and capParticles by their
// first byte, in their order: particleAt runs at most capitalised words
// of a name's reading, and tries only the particles that can match.
var particlesBy, capParticlesBy = byFirst(particles), byFirst(capParticles)

func byFirst(list []string) (t [256][]string) {
	for _, w := range list {
		t[w[0]] = append(t[w[0]], w)
	}
	return t
}

// particleAt returns the end of a particle at p that a capitalised word
// follows, or p.
func particleAt(b []byte, p int, caps bool) int {
	// Most words begin no particle: test their first byte once, not
	// against every particle.
	if p >= len(b) || !particleFirst[b[p]] {
		return p
	}
	list := particlesBy[b[p]]
	if caps {
		list = capParticlesBy[b[p]]
	}
	for _, part := range list {
		if hasPrefixAt(b, p, part) && capAt(b, p+len(part)) {
			return p + len(part)
		}
	}
	return p
}

// nameSuffix returns the end of a generational suffix after a name ending
// at e ("Noah Henderson II", "Carl Van der Berg, Jr"), or e.
func nameSuffix(b []byte, e int) int {
	for _, suf := range []string{" Jr.", ", Jr.", " Jr", ", Jr", " Sr.", ", Sr.", " Sr", ", Sr", " III", " II", " IV", " JR.", " SR.", " JR", " SR"} {
		if hasPrefixAt(b, e, suf) && (e+len(suf) == len(b) || !isAlnum(b[e+len(suf)])) {
			return e + len(suf)
		}
	}
	return e
}

// suffixDot returns end past the period of a name's closing "Jr"/"Sr"
// ("Maria Lopez Jr."), or end: several rules read words and stop at the
// period, and the abbreviation's period belongs to the suffix.
func suffixDot(b []byte, start, end int) int {
	if end < start+4 || end >= len(b) || b[end] != '.' || b[end-3] != ' ' && b[end-3] != ',' {
		return end
	}
	if w := b[end-2 : end]; (w[0] == 'J' || w[0] == 'S') && (w[1] == 'r' || w[1] == 'R') {
		return end + 1
	}
	return end
}

// cellSep reports whether c separates the cells of a row.
func cellSep(c byte) bool { return c == ',' || c == ';' || c == '\t' || c == '|' }

// cellStart reports whether i begins a cell: the start of the text or a
// line, or a separator, each perhaps followed by a quote.
func cellStart(b []byte, i int) bool {
	j := i
	if j > 0 && (b[j-1] == '"' || b[j-1] == '\'') {
		j--
	}
	if j > 0 && b[j-1] == ' ' && j > 1 && (b[j-2] == ',' || b[j-2] == '|') && j < i {
		j-- // "(4011, 'William', …"
	}
	return j == 0 || b[j-1] == '\n' || cellSep(b[j-1]) || b[j-1] == '('
}

// nextCell returns where the next cell's text begins after a cell whose
// text ends at e, and the quote it is in (0 for none), or -1: a closing
// quote, a separator, a space after a comma in an SQL tuple, an opening
// quote.
func nextCell(b []byte, e int) (int, byte) {
	var q byte
	if e < len(b) && (b[e] == '"' || b[e] == '\'') {
		q = b[e]
		e++
	}
	if e >= len(b) || !cellSep(b[e]) {
		return -1, 0
	}
	e++
	if q != 0 && e < len(b) && b[e] == ' ' {
		e++ // "'William', 'Tanaka'"
	}
	if q != 0 {
		if e >= len(b) || b[e] != q {
			return -1, 0
		}
		return e + 1, q
	}
	if e < len(b) && (b[e] == '"' || b[e] == '\'') {
		return e + 1, b[e]
	}
	return e, 0
}

// cellEnd reports whether a cell's text may end at e: its closing quote,
// or a separator or a line's end when it is not quoted.
func cellEnd(b []byte, e int, q byte) bool {
	if q != 0 {
		return e < len(b) && b[e] == q
	}
	return e >= len(b) || cellSep(b[e]) || b[e] == '\n' || b[e] == '\r'
}

// cellPair finds a given name that fills a cell at [i, e) and a surname
// that fills the next cell ("…,Mary,Fisher,…", "\"Julia\";\"Okafor\"",
// "(4011, 'William', 'Tanaka', …"): it emits both and returns the
// surname's end, or i. A surname the lexicon lacks is taken when it has a
// name's shape and is no place or street word.
func (s *scan) cellPair(i, e int) int {
	b := s.b
	if e >= len(b) || !(cellSep(b[e]) || b[e] == '"' || b[e] == '\'') || !cellStart(b, i) {
		return i
	}
	// A given name that is also a word ("Summer", "Rusty") needs a surname
	// the lexicon knows in the next cell.
	given := isFirstNameB(b[i:e])
	ambiguous := !given && loneAmbiguous[string(b[i:e])]
	if !given && !ambiguous {
		return i
	}
	if i > 0 && (b[i-1] == '"' || b[i-1] == '\'') && (e >= len(b) || b[e] != b[i-1]) {
		return i // the quotes must match
	}
	p, q := nextCell(b, e)
	if p < 0 || p >= len(b) {
		return i
	}
	p2 := particleAt(b, p, false)
	f := word(b, p2)
	if f <= p2+1 || !cellEnd(b, f, q) {
		return i
	}
	w2 := string(b[p2:f])
	if ambiguous && (!isSurname(w2) || commonSurnames[w2]) {
		return i
	}
	if !isSurname(w2) && (p2 == p && (nameStop[w2] || placeWords[w2] || usStates[w2] || streetWord(w2) || notGiven[w2] || isFirstName(w2) || nonNames[w2] || labelNoun(w2)) || strings.IndexByte(w2, '-') < 0 && f-p2 < 3) {
		return i
	}
	if petRow(b, i) {
		return i // "Luna;Labrador": an animal and its breed
	}
	s.emit(PersonName, i, e, 0.8, "field:given")
	s.emit(PersonName, p, f, 0.8, "field:surname")
	return f
}

// lowerName handles a double quote or a tab before a lower-case word: a person's
// name written in lower case as a whole quoted value or cell ("kunde":
// "jannik fischer", "\tchloe myers\t"): a known given name, a particle
// perhaps, and a known surname (or one part of a double surname). It
// returns where the scan goes on.
func (s *scan) lowerName(i int) int {
	b := s.b
	p := i + 1
	if p >= len(b) || !isLower(b[p]) {
		return p
	}
	// Both readings below need a space after the first word: a record's
	// keys (`,"amount":`) and most one-word values end here.
	if w := lowerWord(b, p); w >= len(b) || b[w] != ' ' {
		return p
	}
	// A value's opening quote follows ':', '=', a separator or a bracket;
	// a key's follows '{' or a line's indentation and is read no further.
	if b[i] == '"' && i > 0 {
		switch c := b[i-1]; c {
		case ':', '=', ',', ';', '[', '(', '\t':
		case ' ':
			if i < 2 || b[i-2] != ':' && b[i-2] != ',' && b[i-2] != '=' {
				return p
			}
		default:
			return p
		}
	}
	if e := s.lowerValue(i, p); e > p || b[i] != '"' {
		return e
	}
	// A quoted utterance in lower case that opens with a greeting: "hi um
	// this is jean-luc kaur …".
	if w := lowerWord(b, p); w+1 < len(b) && b[w] == ' ' && lowerHello[string(b[p:w])] {
		return s.lowerOpen(p, false)
	}
	return p
}

// lowerValue reads a lower-case name that fills the quoted value or the
// cell opened at i, its first letter at p, and returns its end, or p.
func (s *scan) lowerValue(i, p int) int {
	b := s.b
	var close byte = b[i]
	e1 := lowerWord(b, p)
	if e1 == p || e1-p > 20 || e1+2 >= len(b) || b[e1] != ' ' {
		return p
	}
	p2 := e1 + 1
	for _, part := range particles {
		if hasPrefixAt(b, p2, part) {
			p2 += len(part)
			break
		}
	}
	e2 := lowerWord(b, p2)
	if e2 == p2 || e2-p2 > 30 {
		return p
	}
	for e2+1 < len(b) && b[e2] == '-' && isLower(b[e2+1]) {
		e2 = lowerWord(b, e2+1) // "mayer-schmidt"
	}
	ok := e2 < len(b) && b[e2] == close
	if close == '\t' {
		ok = e2 >= len(b) || b[e2] == '\t' || b[e2] == '\n' || b[e2] == '\r'
	}
	if !ok {
		return p
	}
	var buf [64]byte
	if !isFirstNameB(titleCase(&buf, b[p:e1])) {
		return p
	}
	known := p2 > e1+1 // a particle vouches for the surname
	for k := p2; k < e2 && !known; {
		f := k
		for f < e2 && b[f] != '-' {
			f++
		}
		w := titleCase(&buf, b[k:f])
		known = isSurnameB(w) && !isFirstNameB(w)
		k = f + 1
	}
	if !known {
		return p
	}
	s.emit(PersonName, p, e2, 0.8, "field:lower-case")
	return e2
}

// lowerWord returns the end of a lower-case word at p (ASCII letters, the
// two-byte Latin letters ä, ö, ü, ß, é … and, after the first letter,
// those of Latin Extended-A: ş, ł, ć …), or p.
func lowerWord(b []byte, p int) int {
	end := min(len(b), p+40) // one bound to test per byte: this runs at every quoted value
	for e := p; e < end; e++ {
		if c := b[e]; c-'a' >= 26 {
			if c-0xC3 <= 2 {
				return lowerWordRest(b, p, e, end) // so that lowerWord inlines
			}
			return e
		}
	}
	return end
}

// lowerWordRest is lowerWord from e, a letter beyond ASCII, on.
func lowerWordRest(b []byte, p, e, end int) int {
	for e < end {
		switch c := b[e]; {
		case isLower(c):
			e++
		case c == 0xC3 && e+1 < len(b) && b[e+1] >= 0x9F && b[e+1] <= 0xBF:
			e += 2
		case (c == 0xC4 || c == 0xC5) && e > p && e+1 < len(b) && b[e+1] >= 0x80 && b[e+1] <= 0xBF && !extACapital(c, b[e+1]):
			e += 2 // Latin Extended-A inside a word: "ayşe", "małgorzata" (namede_round17.go)
		default:
			return e
		}
	}
	return e
}

// titleCase writes w with its first letter capitalised into buf and
// returns it (looked up as string(…), which does not allocate).
func titleCase(buf *[64]byte, w []byte) []byte {
	n := copy(buf[:], w)
	if n > 0 && isLower(buf[0]) {
		buf[0] -= 'a' - 'A'
	} else if n > 1 && buf[0] == 0xC3 && buf[1] >= 0xA0 {
		buf[1] -= 0x20
	}
	return buf[:n]
}

// cnAfterLabel reports whether the label l and a colon (full-width or not)
// stand right before i, the label at a line's or a field's start.
func cnAfterLabel(b []byte, i int, l string) bool {
	p := i
	for p > 0 && b[p-1] == ' ' {
		p--
	}
	switch {
	case p >= 3 && hasPrefixAt(b, p-3, "："):
		p -= 3
	case p >= 1 && b[p-1] == ':':
		p--
	default:
		return false
	}
	p -= len(l)
	if p < 0 || !hasPrefixAt(b, p, l) {
		return false
	}
	return p == 0 || b[p-1] == '\n' || b[p-1] == ' ' || b[p-1] == '\t' || b[p-1] == '|'
}

// orgWords end the names of firms, practices and institutions named after
// a person or a place: "Belmont Property Management", "Hansen Bau GmbH",
// "Grace Community Church", "Lincoln Pediatrics".
var orgWords = set(`Management Property Properties Pediatrics Plumbing Church Community Catholic Services Service
Solutions Consulting Partners Associates Clinic Dental Medical Realty Insurance Construction Design Logistik Logistics
Bau Europa Deutschland Immobilien Hausverwaltung Versicherung Versicherungen Elektro Transport Transporte Enterprises
Industries Studio Studios Law Legal Financial Capital Ventures Labs Systems Software Media Marketing Automotive Roofing
Landscaping Heating Cleaning Photography Bakery Pharmacy Apotheke Praxis School Schule Grundschule Gymnasium Academy
Institute Institut Kanzlei Steuerberatung Handwerk Sanitär Haustechnik Reinigung Gebäudereinigung Umzüge Spedition
Restoration Timing Remodeling Moving Towing Electric Roofers Movers League Mutual Adjusters Healthcare Funeral
Controls Stories Diaries Podcast Furniture Goods Title Magnet Hardware Motors Foods Supply Tire Appliances Jewelers Cleaners Outfitters`)

// orgTail reports whether one to three capitalised words after e end in a
// word of orgWords or a legal form: the name before is a firm's.
func orgTail(b []byte, e int) bool {
	for k := 0; k < 3 && e+1 < len(b) && b[e] == ' ' && capAt(b, e+1); k++ {
		f := word(b, e+1)
		if f <= e+2 {
			return false
		}
		if orgWords[string(b[e+1:f])] {
			return true
		}
		e = f
		if k > 0 || e+1 >= len(b) || b[e] != ' ' || !legalFirst[b[e+1]] {
			continue
		}
		for _, l := range legalForms {
			if hasPrefixAt(b, e, l) {
				return true
			}
		}
	}
	return false
}

// couple finds two given names joined by "&", "and" or "und", the first at
// [i, e): "Jean & Doris", "Helmut und Julia Wagner". It emits both and
// returns the second's end, or e.
func (s *scan) couple(i, e int) int {
	b := s.b
	p := e
	for _, j := range []string{" & ", " and ", " und "} {
		if hasPrefixAt(b, e, j) {
			p = e + len(j)
			break
		}
	}
	if p == e || !capAt(b, p) {
		return e
	}
	f := word(b, p)
	// A word that is as often a thing's ("Sofia", "Frank") is a given
	// name when the other one is a given name and nothing else.
	w1, w2 := string(b[i:e]), string(b[p:f])
	if !isFirstNameB(b[p:f]) || loneAmbiguous[w2] && !unambiguousGiven(w1) || loneAmbiguous[w1] && !unambiguousGiven(w2) {
		return e
	}
	end := f
	if f+3 < len(b) && b[f] == ' ' && isLower(b[f+1]) {
		// A surname with its particles: "Noah und Piotr von Bredow" (namede_round17.go).
		if q := particleAt(b, f+1, false); q > f+1 && capAt(b, q) {
			if g := word(b, q); g > q+1 {
				s.emit(PersonName, i, e, 0.8, "context:couple")
				s.emit(PersonName, p, g, 0.8, "context:couple")
				return g
			}
		}
	}
	if g := s.nameWords(p, 3); g > f && isSurnameB(b[f+1:g]) {
		end = nameSuffix(b, g) // "Helmut und Julia Wagner", "Ann and Lee Ross Jr."
	} else if !rightOK(b, f) || f < len(b) && b[f] == ' ' && capAt(b, f+1) {
		return e
	}
	s.emit(PersonName, i, e, 0.8, "context:couple")
	s.emit(PersonName, p, end, 0.8, "context:couple")
	return end
}

// capsKeyValue returns the end of one word in capitals at i that is the
// whole value of a key naming a name ("Student Last Name: ROMERO",
// "Name des Kindes: KOCH", "Vorname(n): LENA    M.I.: R"), or i.
func capsKeyValue(b []byte, i int) int {
	j := i
	for j > 0 && i-j < 24 && (b[j-1] == ' ' || b[j-1] == '\t') {
		j--
	}
	if j == i || j == 0 || b[j-1] != ':' {
		return i
	}
	var w [32]byte
	e, n := capsWord(b, i, &w)
	known := isFirstNameB(w[:n]) || isSurnameB(w[:n])
	if e == i || n < 2 || nameStop[string(w[:n])] || !known && dictionaryWord(w[:n], true) {
		return i
	}
	if !(e >= len(b) || b[e] == '\n' || b[e] == '\r' || hasPrefixAt(b, e, "  ")) {
		return i
	}
	ls := j - 1
	for ls > 0 && j-ls < 40 && b[ls-1] != '\n' {
		ls--
	}
	if ls > 0 && b[ls-1] != '\n' {
		return i
	}
	key := strings.ToLower(string(b[ls : j-1]))
	if !strings.Contains(key, "name") && !strings.Contains(key, "kunde") && !strings.Contains(key, "patient") {
		return i
	}
	// A surname's key vouches for a surname the lexicons lack: "LAST
	// NAME: DELUCA".
	if !known && !surnameKey(key) {
		return i
	}
	return e
}

// jsonNameKey reports whether the string value that begins at i belongs to
// a JSON key that ends in "name" and names no thing ("firstName": "Kyle",
// "display_name":"Ralph R. Holmes II"; not "company_name", "username").
func jsonNameKey(b []byte, i int) bool {
	j := i - 1 // the value's opening quote
	for j > 0 && i-j < 4 && b[j-1] == ' ' {
		j--
	}
	if j < 6 || b[j-1] != ':' || b[j-2] != '"' {
		return false
	}
	k := j - 2
	// The cheap test first: the key ends in "name".
	if k < 4 || !(hasPrefixAt(b, k-4, "name") || hasPrefixAt(b, k-4, "Name")) {
		return false
	}
	q := k
	for q > 0 && k-q < 24 && (isAlpha(b[q-1]) || b[q-1] == '_') {
		q--
	}
	if q == 0 || b[q-1] != '"' || k-q < 4 {
		return false
	}
	key := b[q:k]
	lower := strings.ToLower(string(key))
	for _, thing := range []string{"company", "product", "file", "host", "user", "brand", "street", "city", "org", "shop", "store",
		"item", "domain", "server", "app", "device", "bank", "school", "firm", "business", "place", "venue", "event", "pet", "type", "field", "display"} {
		if strings.Contains(lower, thing) && !(thing == "display" && lower == "display_name") && !(thing == "display" && lower == "displayname") {
			return false
		}
	}
	return true
}

// lineDash reports whether i follows a dash at a line's start ("\n- Willie
// A., Tulsa", a review's signature) and the name there ends at a comma, an
// initial or the line's end: a list item goes on in words.
func lineDash(b []byte, i int) bool {
	if !(i == 2 || i > 2 && b[i-3] == '\n') || b[i-2] != '-' || b[i-1] != ' ' {
		return false
	}
	e := word(b, i)
	if !isFirstNameB(b[i:e]) {
		return false
	}
	if e < len(b) && b[e] == ' ' && capAt(b, e+1) {
		e = word(b, e+1) // "Abigail R." or "Abigail Reyes"
		if e < len(b) && b[e] == '.' {
			e++
		}
	}
	return e >= len(b) || b[e] == ',' || b[e] == '\n' || b[e] == '\r'
}

// extACapital reports whether the two bytes c0 c1 encode a capital letter
// of Latin Extended-A (U+0100–U+017F): capitals are the even code points
// but for U+0139–U+0148 and U+0179–U+017E, where they are the odd ones.
func extACapital(c0, c1 byte) bool {
	r := rune(c0&0x1F)<<6 | rune(c1&0x3F)
	switch {
	case r < 0x100 || r > 0x17F || r == 0x138 || r == 0x149 || r == 0x17F:
		return false
	case r >= 0x139 && r <= 0x148 || r >= 0x179 && r <= 0x17E:
		return r&1 == 1
	}
	return r&1 == 0
}

// capsTitles are ranks written in capitals before a surname: "POK Braun"
// (Polizeioberkommissar), "CPT RAGHUNATHAN" (a flight's captain), "ZA
// Neumann" (Zahnarzt).
var capsTitles = set(`POK PHK KHK KOK PK PM PHM KK EKHK CPT CAPT FO SGT LT CPL PVT MAJ COL DET OFC ZA`)

// capsTitle handles a rank in capitals at i and the name after it.
func (s *scan) capsTitle(i int) int {
	b := s.b
	e := i
	for e < len(b) && e-i < 5 && isUpper(b[e]) {
		e++
	}
	if e+2 >= len(b) || b[e] != ' ' || !capsTitles[string(b[i:e])] {
		return i
	}
	p := particleAt(b, e+1, false) // "POK von Bülow"
	if !capAt(b, p) {
		return i
	}
	if end := s.nameWords(p, 2); end > p+1 && !followedByLegalForm(b, end) {
		s.emit(PersonName, e+1, end, 0.9, "title")
		return end
	}
	// A surname in capitals that ends its item: "Crew: CPT RAGHUNATHAN, FO
	// OKONKWO-HALE".
	var w [32]byte
	if f, n := capsWord(b, p, &w); f > p+1 && (f == len(b) || strings.IndexByte(",;)\n\r", b[f]) >= 0) && (isSurnameB(w[:n]) || !dictionaryWord(w[:n], true) && !nameStop[string(w[:n])] && !isFirstNameB(w[:n])) {
		s.emit(PersonName, e+1, f, 0.85, "title")
		return f
	}
	return i
}

// capsParticleName returns the end of a surname in capitals that begins
// with a particle ("VON ARNIM, Lea", "VAN DER BERG" as a name key's whole
// value), or i.
func capsParticleName(b []byte, i int) int {
	// Particles are short words: most words in capitals are ruled out
	// before the list is read.
	if k := i + 2; !(k < len(b) && b[k] == ' ' || k+1 < len(b) && b[k+1] == ' ') {
		return i
	}
	p := i
	for _, part := range []string{"VON DER ", "VON UND ZU ", "VON ", "VAN DER ", "VAN DEN ", "VAN ", "TER ", "ZU ", "DE LA ", "DE ", "LE "} {
		if hasPrefixAt(b, i, part) {
			p = i + len(part)
			break
		}
	}
	if p == i || !(i == 0 || b[i-1] == '\n' || b[i-1] == '\t' || b[i-1] == ';' || b[i-1] == '"' || colonBefore(b, i)) {
		return i
	}
	var w [32]byte
	e, _ := capsWord(b, p, &w)
	if e-p < 3 || !hasVowel(b[p:e]) {
		// "DE US", "DE,FR" (country codes in a list): a surname after a
		// particle is a word, not a code.
		return i
	}
	if e+2 < len(b) && b[e] == ',' && b[e+1] == ' ' {
		q := e + 2
		f, n := capsWord(b, q, &w)
		given := f > q && isFirstNameB(w[:n])
		if f == q {
			f = word(b, q)
			given = isFirstNameB(b[q:f])
		}
		if given && fieldEnd(b, f) {
			return f
		}
		return i
	}
	if fieldEnd(b, e) || hasPrefixAt(b, e, "  ") {
		return e
	}
	return i
}

// hasVowel reports whether w, a word in capitals, holds a vowel (A, E, I,
// O, U, Y, or a Latin-1 capital such as Ä, Ö, Ü).
func hasVowel(w []byte) bool {
	for _, c := range w {
		switch c {
		case 'A', 'E', 'I', 'O', 'U', 'Y', 0xC3:
			return true
		}
	}
	return false
}

// capsRunGoesOn reports whether another word in capitals (not a suffix
// such as JR or III) follows a name in capitals that ends at e: the words
// are a longer title, a school's or a street's ("MARTIN LUTHER KING JR.
// ELEMENTARY").
func capsRunGoesOn(b []byte, e int) bool {
	if e+3 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) || !isUpper(b[e+2]) {
		return false
	}
	f := e + 1
	for f < len(b) && isUpper(b[f]) {
		f++
	}
	switch string(b[e+1 : f]) {
	case "JR", "SR", "II", "III", "IV", "DOB", "MD", "PHD":
		return false
	}
	return f-e-1 >= 3
}

// verbAt reports whether one of loneVerbs begins at p.
func verbAt(b []byte, p int) bool {
	w := b[p:min(len(b), p+12)]
	for _, v := range loneVerbs {
		if bytes.HasPrefix(w, []byte(v)) {
			return true
		}
	}
	return false
}

// iataName returns the end of a name written as airlines write it,
// SURNAME/GIVEN ("GARCIA/MARIA", "O'BRIEN/SEAN MR"), as on tickets,
// boarding passes and passenger lists (IATA's PNR and bar-coded boarding
// pass name field), or i. One of the two must be a name the lexicons know,
// which keeps "AND/OR" and "TCP/IP" out; the title after it is not part of
// the name.
func iataName(b []byte, i int) int {
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] == '/') {
		return i
	}
	// The cheap test first: capsWord's word ends at most 31 bytes after
	// i, so without a '/' in the 32 bytes from i there is no name.
	if bytes.IndexByte(b[i:min(len(b), i+32)], '/') < 0 {
		return i
	}
	var w1, w2 [32]byte
	e1, n1 := capsWord(b, i, &w1)
	if e1 == i || e1+3 > len(b) || b[e1] != '/' {
		return i
	}
	e2, n2 := capsWord(b, e1+1, &w2)
	if e2 == e1+1 || !(isSurnameB(w1[:n1]) || isFirstNameB(w2[:n2])) {
		return i
	}
	// The name ends its field, or a title follows: "RE/MAX Premier" is a
	// firm's name going on.
	if e2 == len(b) || b[e2] == '\t' || b[e2] == '\n' || b[e2] == '\r' || b[e2] == ',' || b[e2] == ';' || b[e2] == '|' || hasPrefixAt(b, e2, "  ") {
		return e2
	}
	if b[e2] == ' ' {
		t := e2 + 1
		for t < len(b) && isUpper(b[t]) {
			t++
		}
		if iataTitles[string(b[e2+1:t])] && (t == len(b) || !isAlnum(b[t])) {
			return e2
		}
	}
	return i
}

// iataTitles are the titles airlines write after a passenger's name.
var iataTitles = set(`MR MRS MS MISS MSTR DR PROF REV CHD INF`)
