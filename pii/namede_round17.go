package pii

// Round 17's German shapes: a forum's post header ("Siegfried O.
// schrieb:", "Antwort von gisela:"); an official's signature line, a role
// and the name to the line's end ("Rechtspflegerin Kaya",
// "Pastoralreferentin K. Lange"); a surname after the words that mark a
// family or a doorbell ("Familie van den Berg", "klingeln bei Klein") or a
// coming married name ("Eure Gesine Vogt (bald Papadopoulos)"); a name
// written into a form's blank ("Name des Kindes: ____Henning zu
// Stolberg____"). And what is no person: a saint's name after "Sankt"
// ("Sankt Martin Umzug", "Pfarrei St. Johannes Baptist"), a colleague
// addressed by his role ("Sehr geehrter Herr Kollege"), a school or a firm
// named after a person ("Gesamtschule Hans Böckler", "Bestattungshaus
// Thielemann"), a pet ("hört auf Moritz").

// nameDE17 tries round 17's shapes at the capital at i and returns the end
// of the name it emitted, or i.
func (s *scan) nameDE17(i int) int {
	b := s.b
	if i+4 >= len(b) {
		return i
	}
	if i == 0 || b[i-1] == '\n' {
		if e := de17ForumHead(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:forum")
			return e
		}
	}
	if i == 0 || b[i-1] == '\n' || b[i-1] == ' ' {
		if st, e := s.de17PostBy(i); e > st {
			s.emit(PersonName, st, e, 0.75, "context:forum")
			return e
		}
		if st, e := de17RoleLine(b, i, s.word(i)); e > st {
			s.emit(PersonName, st, e, 0.8, "context:signature")
			return e
		}
	}
	if i >= 3 && b[i-1] == ' ' && (b[i-2] == ')' || b[i-2] == ':') {
		if e := de17CapsItem(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:caps-item")
			return e
		}
	}
	if i >= 4 && b[i-1] == ' ' {
		if st, e := de17CueSurname(b, i, s.particleStart(i)); e > st {
			s.emit(PersonName, st, e, 0.8, "context:family")
			return e
		}
	}
	if e := s.word(i); e-i >= 2 && e+4 < len(b) && b[e] == ' ' && (isUpper(b[e+1]) || b[e+1] >= 0x80) { // its first test, before the call
		if e := de17GivenCaps(b, i, e); e > i {
			s.emit(PersonName, i, e, 0.8, "context:given-caps")
			return e
		}
	}
	if i < 2 {
		return i
	}
	if b[i-1] == '(' {
		if e := de17SelfParen(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:self")
			return e
		}
	}
	if c := b[i-1]; c == ';' || c == '|' || c == '\t' || c == '\n' || c == ' ' && (b[i-2] == '|' || b[i-2] == ';') {
		if e := de17CapsGivenCell(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:column")
			return e
		}
	}
	if i >= 4 && b[i-1] == '_' {
		if e := de17FormBlank(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:form")
			return e
		}
	}
	return i
}

// de17NameRun reads up to n words of a name from p: capitalised words, an
// initial with its dot ("K. Lange"), particles before a capital ("van
// den Berg"). It returns the end of the last word, or p.
func de17NameRun(b []byte, p, n int) int {
	end := p
	for k := 0; k < n && p < len(b); k++ {
		q := particleAt(b, p, false)
		if !capAt(b, q) {
			break
		}
		e := word(b, q)
		if e == q+1 && e < len(b) && b[e] == '.' {
			e++ // an initial
		} else if e-q < 2 {
			break
		}
		end = e
		if e+1 >= len(b) || b[e] != ' ' {
			break
		}
		p = e + 1
	}
	return end
}

// de17ForumHead reads a forum's quote header at a line's start: a given
// name the lexicons know and the initial of a surname, or a name, before
// "schrieb:" ("Siegfried O. schrieb:", "Katrin z. schrieb:", "Anna Berg
// schrieb:"). It returns the name's end, or i.
func de17ForumHead(b []byte, i int) int {
	e := word(b, i)
	if e-i < 2 || e+3 >= len(b) || b[e] != ' ' || !isFirstNameB(b[i:e]) {
		return i
	}
	end := e
	p := e + 1
	switch {
	case p+2 < len(b) && isAlpha(b[p]) && b[p+1] == '.':
		end = p + 2 // "Siegfried O.", "Katrin z."
	case capAt(b, p):
		if f := word(b, p); f-p >= 2 && isSurnameB(b[p:f]) {
			end = f
		}
	}
	if !hasPrefixAt(b, end, " schrieb:") && !hasPrefixAt(b, end, " schrieb am ") && !hasPrefixAt(b, end, " hat geschrieben:") {
		return i
	}
	return end
}

// de17PostWords open a forum's or a comment's header that names its
// author: "Antwort von gisela:", "Beitrag von Jens Vogt:".
var de17PostWords = []string{"Antwort von ", "Beitrag von ", "Kommentar von ", "Nachricht von ", "Gepostet von ", "Frage von "}

// de17PostBy reads a post's header at i ("Antwort von gisela:"), whose
// author may be typed in lower case, and returns the author's span, or
// (i, i). The author is one or two words before a colon that ends the
// header; a name in lower case must be a given name the lexicons know.
func (s *scan) de17PostBy(i int) (int, int) {
	b := s.b
	if b[i] < 'A' || b[i] > 'N' || i > 0 && b[i-1] == ' ' && (i < 2 || b[i-2] != '.' && b[i-2] != ':') {
		return i, i
	}
	p := i
	for _, w := range de17PostWords {
		if hasPrefixAt(b, i, w) {
			p = i + len(w)
			break
		}
	}
	if p == i || p+2 >= len(b) {
		return i, i
	}
	var e int
	if isLower(b[p]) {
		e = lowerWord(b, p)
		if e-p < 2 || !s.deSpeakerGiven(p, e) {
			return i, i
		}
		if e+2 < len(b) && b[e] == ' ' && isLower(b[e+1]) {
			if f := lowerWord(b, e+1); f-e > 2 && f < len(b) && b[f] == ':' && s.deSpeakerSecond(e+1, f) {
				e = f
			}
		}
	} else {
		e = de17NameRun(b, p, 3)
		if e == p || !isFirstNameB(b[p:word(b, p)]) {
			return i, i
		}
	}
	if e >= len(b) || b[e] != ':' {
		return i, i
	}
	return p, e
}

// de17Roles are an official's, a pastor's, a teacher's or a doctor's
// titles that sign a letter or a notice on a line with the name: in
// addition to personRoles.
var de17Roles = set(`Rechtspfleger Rechtspflegerin Pastoralreferent Pastoralreferentin Gemeindereferent Gemeindereferentin
Pfarrer Pfarrerin Pastor Pastorin Diakon Diakonin Kaplan Vikar Vikarin Notar Notarin Sachbearbeiter Sachbearbeiterin
Gerichtsvollzieher Gerichtsvollzieherin Schulleiter Schulleiterin Rektor Rektorin Konrektor Konrektorin Klassenlehrer
Klassenlehrerin Oberarzt Oberärztin Chefarzt Chefärztin Assistenzarzt Assistenzärztin Stationsarzt Stationsärztin
Fachärztin Facharzt Kriminalkommissar Kriminalkommissarin Polizeikommissar Polizeikommissarin Polizeihauptkommissar
Polizeihauptkommissarin Polizeiobermeister Polizeiobermeisterin Bürgermeister Bürgermeisterin Ortsvorsteher Ortsvorsteherin
Geschäftsführer Geschäftsführerin Hausverwalter Hausverwalterin Steuerberater Steuerberaterin Rechtsanwalt Rechtsanwältin`)

// de17RoleLine reads a signature line that holds an official's role and
// the name to the line's end ("Rechtspflegerin Kaya", "Ihr Pfarrer Finn
// Graf und Pastoralreferentin K. Lange"). The role opens the line or
// follows "und", "Ihr" or "Ihre"; the place vouches for a surname that is
// also a word ("Rechtspflegerin Wolf"), but not for a word the lexicons do
// not know as a name ("Pfarrer Gemeinde"). It returns the name's span, or
// (i, i).
func de17RoleLine(b []byte, i, e int) (int, int) {
	if e-i < 5 || e-i > 28 || e+3 >= len(b) || b[e] != ' ' {
		return i, i
	}
	if i > 0 && b[i-1] == ' ' {
		k := i - 1
		for k > 0 && i-k < 6 && isAlpha(b[k-1]) {
			k--
		}
		if w := string(b[k : i-1]); w != "und" && w != "Ihr" && w != "Ihre" {
			return i, i
		}
	}
	if !de17Roles[string(b[i:e])] && !personRoles[string(b[i:e])] {
		return i, i
	}
	p := e + 1
	f := de17NameRun(b, p, 4)
	if f == p || f < len(b) && b[f] != '\n' && b[f] != '\r' {
		return i, i
	}
	// Every word must be a name the lexicons know or no word at all.
	for q := p; q < f; {
		q = particleAt(b, q, false)
		g := word(b, q)
		if g == q {
			return i, i
		}
		if g > q+1 {
			w := b[q:g]
			if !isSurnameB(w) && !isFirstNameB(w) && dictionaryWord(w, false) || nonNames[string(w)] {
				return i, i
			}
		}
		q = g
		for q < f && (b[q] == '.' || b[q] == ' ') {
			q++
		}
	}
	return p, f
}

// de17CueSurname reads a surname (with its particles) at the capital at i
// after words that name a family or a doorbell, or that announce a coming
// married name or give a former holder's: "Familie van den Berg",
// "Familie Klein.", "klingeln bei Vogt)", "Bitte bei Hämmerle (2. OG)
// klingeln", "(bald ter Horst)", "(bisher Werner-Janssen)". The surname
// must be one the lexicons know or no word; st is where its particles
// begin (deParticleStart). It returns the surname's span, or (i, i).
func de17CueSurname(b []byte, i, st int) (int, int) {
	if st < 4 {
		return i, i
	}
	cue := ""
	switch {
	case st >= 8 && hasPrefixAt(b, st-8, "Familie "):
		cue = "Familie"
	case st >= 13 && hasPrefixAt(b, st-13, "klingeln bei "):
		cue = "bei"
	case st >= 6 && hasPrefixAt(b, st-6, "(bald "), st >= 8 && hasPrefixAt(b, st-8, "(bisher "), st >= 9 && hasPrefixAt(b, st-9, "(vormals "):
		cue = "bald"
	case st >= 10 && hasPrefixAt(b, st-10, "Bitte bei "), st >= 10 && hasPrefixAt(b, st-10, "bitte bei "):
		cue = "bitte bei"
	default:
		return i, i
	}
	e := word(b, i)
	if e-i < 2 || e >= len(b) && cue == "bald" {
		return i, i
	}
	w := b[i:e]
	if st == i && !isSurnameB(w) && dictionaryWord(w, false) || nonNames[string(w)] || cityNotPerson(b, i, e) {
		return i, i
	}
	switch cue {
	case "bald":
		if e >= len(b) || b[e] != ')' {
			return i, i
		}
	case "bei":
		if e < len(b) && b[e] != ')' && b[e] != '.' && b[e] != ',' && b[e] != '\n' {
			return i, i
		}
	case "bitte bei":
		// "Bitte bei Hämmerle (2. OG) klingeln.", "bitte bei Vogt klingeln".
		f := e
		if hasPrefixAt(b, f, " (") {
			for f < len(b) && f-e < 16 && b[f] != ')' && b[f] != '\n' {
				f++
			}
			f++
		}
		if !hasPrefixAt(b, f, " klingeln") && !hasPrefixAt(b, f, " läuten") && !hasPrefixAt(b, f, " abgeben") && !hasPrefixAt(b, f, " melden") {
			return i, i
		}
	default:
		// In a sentence or after a label, not as a heading ("# Familie
		// Bauer" heads a family's tree); a surname, not a given name
		// ("Familie Sergej de Vries" is read from the given name).
		// A surname that is a noun too is left ("Die Familie Sommer fährt
		// weg"), but an adjective's capital after "Familie" makes it a
		// name ("Familie Klein", "Familie Braun"), and so does an address's
		// punctuation after it ("Traueranschrift: Familie Wolf, …").
		if k := st - 9; k < 0 || b[k] != ' ' || k >= 1 && b[k-1] == '#' || isFirstNameB(w) && !isSurnameB(w) || st == i && (commonSurnames[string(w)] || placeWords[string(w)]) && !de17AdjSurnames[string(w)] && !de17PhraseEnd(b, e) {
			return i, i
		}
		// "Familie Klein.", "Familie Brockhaus c/o …", but not "Familie
		// Müller Reisen".
		if e < len(b) && !(b[e] == '.' || b[e] == ',' || b[e] == '\n' || b[e] == ')' || b[e] == ' ' && e+1 < len(b) && !capAt(b, e+1)) {
			return i, i
		}
	}
	return st, e
}

// de17PhraseEnd reports whether a phrase ends at e: a comma, a line's
// end, a parenthesis, " c/o" or the text's end.
func de17PhraseEnd(b []byte, e int) bool {
	return e >= len(b) || b[e] == ',' || b[e] == '\n' || b[e] == ')' || hasPrefixAt(b, e, " c/o ")
}

// de17AdjSurnames are surnames that are German adjectives: capitalised
// after "Familie" they can only be a name.
var de17AdjSurnames = set(`Klein Braun Lange Lang Jung Schwarz Weiß Schön Scharf Schnell Stark Wild Kahl Reich Sauer Kraus Fromm
Groß Kurz Fröhlich Frei Still Gut Alt Neu Hübsch Weiss Stolz Grün Blau Klug Ernst`)

// de17FormBlank reads a name written into a form's blank after a label
// that names a name ("Name des Kindes: ____Henning zu Stolberg____") and
// returns its end, or i.
func de17FormBlank(b []byte, i int) int {
	k := i
	for k > 0 && i-k < 40 && b[k-1] == '_' {
		k--
	}
	if k < 6 || b[k-1] != ' ' || b[k-2] != ':' {
		return i
	}
	ls := deLineStart(b, k-2, 40)
	if ls < 0 || !bytesContains(b[ls:k-2], "Name") {
		return i
	}
	e := de17NameRun(b, i, 4)
	if e-i < 3 || e >= len(b) || b[e] != '_' {
		return i
	}
	if w := b[i:word(b, i)]; !isFirstNameB(w) && !isSurnameB(w) {
		return i
	}
	return e
}

// bytesContains reports whether b holds s.
func bytesContains(b []byte, s string) bool {
	for k := 0; k+len(s) <= len(b); k++ {
		if string(b[k:k+len(s)]) == s {
			return true
		}
	}
	return false
}

// de17Addressed are nouns by which a letter addresses a person after
// "Herr" or "Frau" instead of a name: "Sehr geehrter Herr Kollege".
var de17Addressed = set(`Kollege Kollegin Doktor Professor Professorin Pfarrer Pfarrerin Pastor Pastorin Präsident Präsidentin
Minister Ministerin Bürgermeister Bürgermeisterin Vorsitzender Vorsitzende Direktor Direktorin Rektor Rektorin
Rechtsanwalt Rechtsanwältin Kommissar Kommissarin Nachbar Nachbarin Abgeordneter Abgeordnete Landrat Landrätin Dekan Dekanin`)

// de17Institutions name a school, a foundation or a barracks after a
// person: "Gesamtschule Hans Böckler", "Stiftung Louise Otto".
var de17Institutions = set(`Gymnasium Stiftung Kaserne Klinik Klinikum Institut Kolleg Schule Grundschule Gesamtschule Realschule
Hauptschule Oberschule Mittelschule Berufsschule Gemeinschaftsschule Förderschule Sekundarschule Stadtteilschule`)

// de17NotPerson reports whether the name [start, end) is a saint's, a
// role's, an institution's, a firm's or a pet's instead of a person's.
func de17NotPerson(b []byte, start, end int, validation string) bool {
	if start < 4 || end > len(b) {
		return false
	}
	// A firm that bears its founder's name, as a party: "Huber ./. Siemens".
	if validation == "context:lawsuit" && de17Firms[string(b[start:end])] {
		return true
	}
	// A firm's name that opens with a compound in "-haus" and goes on with
	// its owner's: "Bestattungshaus Thielemann", "Autohaus Kruse".
	if k := bytesIndexSpace(b, start, end); k < end && k-start > 7 && string(b[k-4:k]) == "haus" && !isSurnameB(b[start:k]) {
		return true
	}
	if b[start-1] != ' ' {
		return false
	}
	// A saint's: "Sankt Martin Umzug"; "St." only after a parish's or an
	// institution's noun ("Pfarrbrief St. Johannes Baptist"), as "St.
	// Clair" is an English surname.
	if start >= 6 && hasPrefixAt(b, start-6, "Sankt ") {
		return true
	}
	if start >= 5 && hasPrefixAt(b, start-4, "St. ") && b[start-5] == ' ' {
		k := start - 5
		j := k
		for j > 0 && k-j < 24 && (isAlpha(b[j-1]) || b[j-1] >= 0x80) {
			j--
		}
		if w := b[j:k]; len(w) > 3 && (bytesContains(w, "Pfarr") || bytesContains(w, "Kirche") || bytesContains(w, "emeinde") || bytesContains(w, "Kita") || bytesContains(w, "schule") || bytesContains(w, "Krankenhaus") || bytesContains(w, "Hospital")) {
			return true
		}
	}
	// A noun of address after "Herr" or "Frau": "Herr Kollege".
	if start >= 5 && (hasPrefixAt(b, start-5, "Herr ") || hasPrefixAt(b, start-5, "Frau ")) && de17Addressed[string(b[start:end])] {
		return true
	}
	// The word before: an institution's, a firm's that ends in "-haus"
	// ("Bestattungshaus", "Autohaus"), or a pet's cue.
	k := start - 1
	j := k
	for j > 0 && k-j < 24 && (isAlpha(b[j-1]) || b[j-1] >= 0x80) {
		j--
	}
	w := b[j:k]
	if string(w) == "auf" && j >= 6 && hasPrefixAt(b, j-6, "hört ") {
		return true // "hört auf Moritz": a pet's name
	}
	if len(w) < 4 {
		return false
	}
	if capAt(w, 0) && (de17Institutions[string(w)] || len(w) > 7 && string(w[len(w)-4:]) == "haus" && !isSurnameB(w)) {
		return j == 0 || b[j-1] != '-'
	}
	return false
}

// deSuitSurname reports whether w, a lawsuit's party of one word
// ("Schulz ./. Achterberg"), is a surname the lexicons lack: a double
// surname whose parts they know ("Lange-Wagner", "Kühn-Yılmaz"), or a
// word that is no German noun, no brand's and no city's ("Wübbenhorst").
func deSuitSurname(w []byte) bool {
	if len(w) < 4 || len(w) > 30 {
		return false
	}
	if h := bytesIndex(w, '-'); h > 1 {
		a, c := w[:h], w[h+1:]
		return (isSurnameB(a) || isFirstNameB(a)) && (isSurnameB(c) || isFirstNameB(c)) && bytesIndex(c, '-') < 0
	}
	if dictionaryWord(w, false) || dictionaryWord(w, true) || brandsByFirst[string(w)] != nil || deCities[string(w)] || nonNames[string(w)] || de17Firms[string(w)] {
		return false
	}
	for _, suf := range de17SurnameEnds {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// de17SurnameEnds end German surnames more often than firms' names:
// "Achterberg", "Wübbenhorst", "Ostendorf", "Hämmerle".
var de17SurnameEnds = []string{"berg", "horst", "dorf", "le", "feld", "hausen", "kamp", "bach", "beck", "brink", "stein", "thal",
	"wald", "mann", "meier", "meyer", "maier", "inger", "ert", "ski", "ska", "ow", "ek", "sen", "sson", "rath", "ke"}

// de17Firms are firms that bear their founder's surname and appear as
// parties of a lawsuit or senders: no persons there.
var de17Firms = set(`Siemens Rossmann Haribo Hipp Kneipp Melitta Porsche Bosch Vorwerk Oetker Henkel Merck Bahlsen Knorr
Maggi Steiff Märklin Würth Kärcher Stihl Liebherr Birkenstock Dallmayr Haniel Tengelmann Bertelsmann Thyssen Krupp Benz`)

// de17CapsParticles open a surname written in capitals.
var de17CapsParticles = []string{"VON DER ", "VAN DER ", "VAN DEN ", "VON UND ZU ", "OP DEN ", "VON ", "VAN ", "VOM ", "TEN ", "TER ", "ZU ", "DE "}

// de17CapsSurname reads a surname in capitals at p, with its particles
// and a second part after a hyphen ("VON ARNIM", "HAAS-OBERMEIER",
// "KOVAČEVIĆ-GRAF"), and returns its end and whether the lexicons know
// it (each part as a surname or a given name), or (p, false). A word the
// lexicons lack must be no word of German or English, nor a city.
func de17CapsSurname(b []byte, p int) (int, bool) {
	q := p
	for _, part := range de17CapsParticles {
		if hasPrefixAt(b, q, part) {
			q += len(part)
			break
		}
	}
	var buf [32]byte
	e, n := capsWord(b, q, &buf)
	if n < 2 {
		return p, false
	}
	known := true
	w := buf[:n]
	for len(w) > 0 {
		h := bytesIndex(w, '-')
		part := w
		if h >= 0 {
			part, w = w[:h], w[h+1:]
		} else {
			w = nil
		}
		if !isSurnameB(part) && !isFirstNameB(part) {
			known = false
		}
	}
	if !known && q == p && (n < 4 || dictionaryWord(buf[:n], false) || dictionaryWord(buf[:n], true) || deCities[string(buf[:n])]) {
		return p, false // "ACHTUNG", "LKW", "BERLIN"
	}
	return e, known || q > p
}

// de17CapsItem reads a surname in capitals that opens a numbered list's
// item of addresses ("4) KOWALSKI – Kölner Straße 7 in 99084 Erfurt", as
// a driver's or a postman's round lists them) or that a role in brackets
// follows after a label ("Geprüft: BAUMANN-KRAUS (Sachbearbeiterin)").
// It returns the surname's end, or i.
func de17CapsItem(b []byte, i int) int {
	if i+3 >= len(b) || !(isUpper(b[i+1]) || b[i+1] >= 0x80) {
		return i
	}
	e, known := de17CapsSurname(b, i)
	if e == i {
		return i
	}
	if b[i-2] == ')' {
		// "4) " at the line's start, then " – " and an address with a
		// number.
		k := i - 2
		for k > 0 && i-k < 6 && isDigit(b[k-1]) {
			k--
		}
		if k == i-2 || k > 0 && b[k-1] != '\n' {
			return i
		}
		if !hasPrefixAt(b, e, " – ") && !hasPrefixAt(b, e, " - ") {
			return i
		}
		for f := e + 3; f < len(b) && f-e < 48 && b[f] != '\n'; f++ {
			if isDigit(b[f]) {
				return e
			}
		}
		return i
	}
	// "Geprüft: MÜLLER (Geschäftsführer)".
	if !hasPrefixAt(b, e, " (") {
		return i
	}
	f := word(b, e+2)
	if f >= len(b) || b[f] != ')' || !de17Roles[string(b[e+2:f])] && !personRoles[string(b[e+2:f])] && !de17RoleParen(b[e+2:f]) {
		return i
	}
	if !known {
		// A word the lexicons lack needs a part they know: "HINRICHS-NOVÁK",
		// not "OFFEN".
		var buf [32]byte
		h := i
		for h < e && b[h] != '-' {
			h++
		}
		if _, n := capsWord(b, i, &buf); h == e || n == 0 || !isSurnameB(buf[:min(n, h-i)]) {
			return i
		}
	}
	return e
}

// de17RoleParen reports whether w is a role's noun that the lists lack,
// in its feminine form ("Sachbearbeiterin", "Projektleiterin").
func de17RoleParen(w []byte) bool {
	for _, suf := range []string{"leiterin", "leiter", "arbeiterin", "arbeiter", "führerin", "führer"} {
		if len(w) > len(suf)+2 && string(w[len(w)-len(suf):]) == suf {
			return true
		}
	}
	return false
}

// de17CapsTail returns the end of a surname in capitals after the name
// [start, end) when the name ends in a given name ("Dr. Peter BECKER",
// "Katrin VAN DER MEER", "Elke MEYER-LANDRUT"), as lists of participants
// and badges write a name, or end. The surname must be one the lexicons
// know or no word, and end there.
func de17CapsTail(b []byte, start, end int) int {
	if end+4 >= len(b) || b[end] != ' ' || !capAt(b, end+1) || end-start > 40 {
		return end
	}
	c := b[end+1]
	if c < 0x80 && !isUpper(c) || end+2 < len(b) && isLower(b[end+2]) {
		return end // most names: a lower-case word or nothing after them
	}
	l := end
	for l > start && b[l-1] != ' ' {
		l--
	}
	if l+1 >= end || !isUpper(b[l]) && b[l] < 0x80 || isUpper(b[l+1]) || !isFirstNameB(b[l:end]) {
		return end
	}
	f, _ := de17CapsSurname(b, end+1)
	if f <= end+2 || !rightOK(b, f) || f+1 < len(b) && b[f] == ' ' && isUpper(b[f+1]) && f+2 < len(b) && isUpper(b[f+2]) {
		return end
	}
	return f
}

// de17GivenCaps reads a given name the lexicons know and a surname in
// capitals after it at i ("Lea DE VRIES", "Elke MEYER-LANDRUT"), and
// returns its end, or i. The given name must be no word.
func de17GivenCaps(b []byte, i, e int) int {
	if e-i < 2 || e+4 >= len(b) || b[e] != ' ' || !isUpper(b[e+1]) && b[e+1] < 0x80 || e+2 < len(b) && isLower(b[e+2]) || isUpper(b[i+1]) {
		return i
	}
	if !isFirstNameB(b[i:e]) || dictionaryWord(b[i:e], false) || wordLikeName(b[i:e]) || nonNames[string(b[i:e])] {
		return i
	}
	if end := de17CapsTail(b, i, e); end > e {
		return end
	}
	return i
}

// de17SelfParen reads a given name in brackets after "Ich" at i, as a
// neighbour signs a notice in the house ("Ich (Natalja, EG links) gehe
// montags"), and returns its end, or i.
func de17SelfParen(b []byte, i int) int {
	if i < 5 || b[i-2] != ' ' || !hasPrefixAt(b, i-5, "Ich") && !hasPrefixAt(b, i-5, "ich") {
		return i
	}
	e := word(b, i)
	if e-i < 2 || e >= len(b) || b[e] != ',' && b[e] != ')' || !isFirstNameB(b[i:e]) || nonNames[string(b[i:e])] {
		return i
	}
	return e
}

// de17CapsGivenCell reads a cell that holds a surname in capitals and a
// given name after it ("6767;HARTMANN Anatolij;2;rot", "| VON BÜLOW
// Kerstin |"), as lists of customers and members write them, and returns
// its end, or i. The given name must be one the lexicons know and end the
// cell.
func de17CapsGivenCell(b []byte, i int) int {
	if i+4 >= len(b) || !(isUpper(b[i+1]) || b[i+1] >= 0x80) {
		return i
	}
	e, _ := de17CapsSurname(b, i)
	if e <= i+1 || e+3 >= len(b) || b[e] != ' ' || !capAt(b, e+1) {
		return i
	}
	f := word(b, e+1)
	if f-(e+1) < 2 || isUpper(b[e+2]) || !isFirstNameB(b[e+1:f]) || nonNames[string(b[e+1:f])] {
		return i
	}
	if f < len(b) && b[f] != ';' && b[f] != '|' && b[f] != '\t' && b[f] != '\n' && !hasPrefixAt(b, f, "  ") && !hasPrefixAt(b, f, " |") {
		return i
	}
	return f
}

// de17CapsBefore returns where the name [start, end) starts when a surname
// in capitals and a comma come before its given name ("Ihre Nachfolgerin
// ist LEHMKUHL, Jovana", "Anwesend: Dąbrowska, Cem, MEYER-ABICH, Luca"):
// the capitals mark the surname wherever the list or the sentence puts
// it. Otherwise it returns start.
func de17CapsBefore(b []byte, start, end int) int {
	if start < 5 || b[start-1] != ' ' || b[start-2] != ',' || !isUpper(b[start-3]) && b[start-3] < 0x80 {
		return start
	}
	g := word(b, start)
	if g != end || g-start < 2 || !isFirstNameB(b[start:g]) {
		return start // only a given name alone: "…, Svenja Huber" is a name of its own
	}
	j := start - 2
	for j > 0 && start-j < 40 && (isUpper(b[j-1]) || b[j-1] == '-' || b[j-1] >= 0x80) {
		j--
	}
	if start-2-j < 3 || j > 0 && b[j-1] != ' ' && b[j-1] != '\n' && b[j-1] != '\t' && b[j-1] != ';' && b[j-1] != '(' {
		return start
	}
	if j >= 2 && b[j-1] == ' ' && (isUpper(b[j-2]) || b[j-2] >= 0x80) {
		return start // "OLE AL-HASSAN, Svenja": a name in capitals of its own
	}
	if !isUpper(b[j]) && b[j] < 0xC3 || !isUpper(b[j+1]) && !isUpper(b[j+2]) {
		return start
	}
	if e, known := de17CapsSurname(b, j); e != start-2 || !known && e-j < 6 {
		return start // "Hallo ALLE, Anna hier"
	}
	return j
}
