package pii

import "bytes"

// deArticles are German articles and possessives before a noun: "der
// Trainer von Bayern" names a role, not a person.
var deArticles = set(`der die das den dem des ein eine einen einem einer eines Der Die Das Den Dem Des Ein Eine Einen Einem Einer`)

// deRegions are German states and regions that follow "von" as places:
// "Trainer von Bayern", "Bischof von Sachsen".
var deRegions = set(`Bayern Sachsen Hessen Thüringen Brandenburg Berlin Hamburg Bremen Niedersachsen Westfalen Baden
Württemberg Holstein Schleswig Pommern Mecklenburg Franken Schwaben Pfalz Saarland Anhalt Tirol Österreich Deutschland`)

// rankParticleOK reports whether a rank at i, with a particle's name
// [q, end) after it, reads as a person's title ("Professor zu Ettingen"):
// no article before the rank, and no town or region after the particle
// ("der Trainer von Bayern", "Bürgermeister von Köln").
func rankParticleOK(b []byte, i, q, end int) bool {
	if w, _ := wordBefore(b, i); deArticles[string(w)] || determiners[string(w)] {
		return false
	}
	w := string(b[q:word(b, q)])
	return !deCities[w] && !deRegions[w]
}

// deDayMonth reports whether the word [i, e) is a month's name after a
// day's number, a date rather than a given name: "15. Mai", "den 7. Juni",
// "3 August".
func deDayMonth(b []byte, i, e int) bool {
	if i < 3 || b[i-1] != ' ' || !isDigit(b[i-2]) && !(b[i-2] == '.' && isDigit(b[i-3])) {
		return false // the cheap test first: no day's number before
	}
	var buf [16]byte
	w := b[i:e]
	if len(w) > len(buf) {
		return false
	}
	n := copy(buf[:], w)
	buf[0] |= 0x20
	if _, ok := monthNames[string(buf[:n])]; !ok {
		return false
	}
	p := i - 2
	if b[p] == '.' {
		p--
	}
	return isDigit(b[p])
}

// shiftWords name a shift in a duty roster: "Früh Emre / Spät Olga Rossi".
var shiftWords = set(`Früh Spät Nacht Mittel Tag Frühdienst Spätdienst Nachtdienst Tagdienst Frühschicht Spätschicht Nachtschicht
Bereitschaft Rufbereitschaft`)

// shiftNonNames fill a roster's shift without a person: "Spät frei".
var shiftNonNames = set(`Frei Urlaub Krank Team Alle NN Offen Vertretung Schule Fortbildung Dienst Station Besprechung Zusatz Springer Leitung`)

// weekdaysDE begin a roster's line: "Montag:", "Mo 12.05.:".
var weekdaysDE = set(`Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Mo Di Mi Do Fr Sa So`)

// shiftName reads the person on a roster's shift: the shift's word at i
// after a line's weekday or date and its colon, or after a slash between
// shifts ("Montag: Früh Emre / Spät Vogelsang, Malte"). The name is one
// to three capitalised words, an initial and a surname, or a surname, a
// comma and a given name, and must fill the shift's cell up to the next
// slash or the line's end. It returns the name's end, or i.
func (s *scan) shiftName(i int) int {
	b := s.b
	if i < 3 || b[i-1] != ' ' || b[i-2] != ':' && b[i-2] != '/' {
		return i
	}
	e := s.word(i)
	if e+2 >= len(b) || b[e] != ' ' || !shiftWords[string(b[i:e])] {
		return i
	}
	ls := i
	for ls > 0 && b[ls-1] != '\n' {
		ls--
	}
	if f := word(b, ls); !weekdaysDE[string(b[ls:f])] && !isDigit(b[ls]) {
		return i
	}
	p := e + 1
	if q := particleAt(b, p, false); q > p {
		p = q
	}
	end := p
	for n := 0; n < 3 && capAt(b, end); n++ {
		f := end
		for f < len(b) && f-end < 40 && (isAlpha(b[f]) || b[f] >= 0x80 || b[f] == '-' || b[f] == '\'') {
			f++
		}
		if f < len(b) && b[f] == '.' && f-end == 1 { // an initial: "M. Lehmkuhl"
			f++
		}
		if f-end < 2 || n == 0 && shiftNonNames[string(b[end:f])] || p == e+1 && dictionaryWord(b[end:f], false) {
			return i
		}
		end = f
		if end+2 < len(b) && b[end] == ',' && b[end+1] == ' ' && n == 0 && capAt(b, end+2) {
			end++ // a surname first: "Vogelsang, Malte"
		}
		if end+1 >= len(b) || b[end] != ' ' || !capAt(b, end+1) {
			break
		}
		end++
	}
	if end == p || end < len(b) && b[end] != '\n' && !hasPrefixAt(b, end, " /") && !hasPrefixAt(b, end, " |") {
		return i
	}
	s.emit(PersonName, e+1, end, 0.8, "context:shift")
	return end
}

// nameDE13 tries round 13's German shapes at the capital at i: a roster's
// shift, a signature's initial and surname, a transcript's speaker, a
// value after "… von:". It returns the end of the name it emitted, or i.
func (s *scan) nameDE13(i int) int {
	if e := s.nameDE14(i); e > i {
		return e // round 14's shapes (namede_round14.go)
	}
	if b := s.b; i >= 3 && b[i-1] == ' ' && (b[i-2] == ':' || b[i-2] == '/') { // shiftName's first test, before the call
		if e := s.shiftName(i); e > i {
			return e
		}
	}
	if e := registerTrade(s.b, i); e > i {
		return e // a trade, no name
	}
	if e := closingInitial(s.b, i); e > i {
		s.emit(PersonName, i, e, 0.8, "context:signature")
		return e
	}
	if e := transcriptSpeaker(s.b, i); e > i {
		s.emit(PersonName, i, e, 0.8, "context:speaker")
		return e
	}
	if e := s.thanksTo(i); e > i {
		return e
	}
	if e := doneByValue(s.b, i); e > i {
		s.emit(PersonName, i, e, 0.8, "context:key")
		return e
	}
	return i
}

// closingWords close a letter or a note before its signature.
var closingWords = set(`Gruß Grüße Grüßen Gruss Grüsse LG VG MfG Servus Tschüss Ciao Cheers Regards Thanks`)

// closingInitial returns the end of an initial and a surname signed after
// a closing word at a line's end ("Gruß N. Dąbrowska", "LG E. von der
// Heide"), or i.
func closingInitial(b []byte, i int) int {
	if i+4 >= len(b) || b[i+1] != '.' {
		return i // the common case, inlined at the call
	}
	return closingInitialRest(b, i)
}

// closingInitialRest is closingInitial past its first test, out of line so
// that the test inlines.
//
//go:noinline
func closingInitialRest(b []byte, i int) int {
	if i+4 >= len(b) || b[i+1] != '.' || b[i+2] != ' ' || !isUpper(b[i]) {
		return i
	}
	if w, _ := wordBefore(b, i); !closingWords[string(w)] {
		return i
	}
	p := i + 3
	if q := particleAt(b, p, false); q > p {
		p = q
	}
	f := word(b, p)
	if f < p+2 || !(f == len(b) || b[f] == '\n' || b[f] == '\r') {
		return i
	}
	return f
}

// speakerStops are capitalised words that label a line without naming a
// person: a mail's header, a form's field.
var speakerStops = set(`Von An Cc Bcc Tel Fax Mobil Web Mail Email TOP Re AW WG Fwd Hinweis Achtung Wichtig Info PS Ps Frage Antwort
Ort Zeit Datum Uhrzeit Betreff Thema Ergebnis Fazit Notiz Anmerkung Summe Gesamt Total Note Ja Nein Update Edit`)

// transcriptSpeaker returns the end of a speaker's name at a line's start
// in a transcript or a dialogue ("Rabea: Spannend."), or i. The same
// speaker must open another line nearby, followed by speech, not a value:
// a letter after the colon, or an aside in brackets ("Mai: [lacht]").
func transcriptSpeaker(b []byte, i int) int {
	if i > 0 && b[i-1] != '\n' {
		return i // the common case, inlined at the call
	}
	return transcriptSpeakerRest(b, i)
}

// transcriptSpeakerRest is transcriptSpeaker past its first test, out of line so
// that the test inlines.
//
//go:noinline
func transcriptSpeakerRest(b []byte, i int) int {
	if i > 0 && b[i-1] != '\n' {
		return i
	}
	e := word(b, i)
	w := b[i:e]
	var buf [32]byte
	if c, n := capsWord(b, i, &buf); c > e && n > 0 {
		if n < 5 && !isFirstNameB(buf[:n]) {
			return i // an office's acronym: "ILS:", "KI:"
		}
		e, w = c, buf[:n] // in capitals: "RABEA:"
	}
	if e == i+1 || e+2 >= len(b) || b[e] != ':' || b[e+1] != ' ' || !(capAt(b, e+2) || b[e+2] == '[' || b[e+2] == '(') {
		return i
	}
	if speakerStops[string(w)] || chatRoles[string(w)] || nonNames[string(w)] || labelNoun(string(w)) || dictionaryWord(w, true) || weekdaysDE[string(w)] || shiftWords[string(w)] || de18RoleCompound(w) {
		return i
	}
	lo, hi := max(0, i-3000), min(len(b), e+3000)
	key := make([]byte, 0, e-i+3)
	key = append(append(append(key, '\n'), b[i:e]...), ':', ' ')
	n := 0
	for p := lo; p < hi; {
		k := bytes.Index(b[p:hi], key)
		if k < 0 {
			break
		}
		if p+k != i-1 {
			n++
		}
		p += k + 1
	}
	if n == 0 {
		return i
	}
	return e
}

// doneByValue returns the end of a name that fills a line after a
// participle's "von:", who did a thing ("Kommissioniert von: Konsti",
// "Erstellt von: Jana Beck"), or after a label of personLabels
// ("Pfarrer: Jänicke", "Entschuldigt: Waldi"), or i.
func doneByValue(b []byte, i int) int {
	if i < 8 || b[i-2] != ':' {
		return i // the common case, inlined at the call
	}
	return doneByValueRest(b, i)
}

// doneByValueRest is doneByValue past its first test, out of line so
// that the test inlines.
//
//go:noinline
func doneByValueRest(b []byte, i int) int {
	if i < 8 || !(hasPrefixAt(b, i-6, " von: ") && (b[i-7] == 't' || b[i-7] == 'n') || personLabelBefore(b, i)) {
		return i
	}
	end := i
	for n := 0; n < 3; n++ {
		f := word(b, end)
		if f < end+2 || n == 0 && (dictionaryWord(b[end:f], false) || nonNames[string(b[end:f])] || deCities[string(b[end:f])]) {
			return i
		}
		end = f
		if end+1 >= len(b) || b[end] != ' ' || !capAt(b, end+1) {
			break
		}
		end++
	}
	if end < len(b) && b[end] != '\n' && b[end] != '\r' {
		return i
	}
	return end
}

// chatTalkVerbs follow "mit" and a person in a chat: "hab grad mit
// tatjana telefoniert".
var chatTalkVerbs = set(`telefoniert gesprochen geredet geschrieben gechattet getroffen verabredet telefoniere spreche rede schreibe`)

// chatOkWords acknowledge a person by name in a chat: "ok dragan 👍".
var chatOkWords = set(`ok okay oki passt super danke merci thx`)

// lowerChatDE returns the end of a given name typed in lower case in a
// German chat's clause at p: after an acknowledgement that fills the line
// ("ok dragan 👍"), or between "mit" and a verb of talking within the
// clause's first words ("hab grad mit tatjana telefoniert"); or p. The
// name must be a given name the lexicons know and no word.
func (s *scan) lowerChatDE(p int) int {
	b := s.b
	w := lowerWord(b, p)
	if w == p || w+2 >= len(b) || b[w] != ' ' {
		return p
	}
	if chatOkWords[string(b[p:w])] {
		if e := s.lowerGivenAt(w + 1); e > w+1 && restIsMarks(b, e) {
			s.emit(PersonName, w+1, e, 0.7, "context:chat-lower")
			return e
		}
		return p
	}
	for k, v := 0, p; k < 6 && w+2 < len(b) && b[w] == ' '; k++ {
		if string(b[v:w]) == "mit" {
			if e := s.lowerGivenAt(w + 1); e > w+1 && e+2 < len(b) && b[e] == ' ' && chatTalkVerbs[string(b[e+1:lowerWord(b, e+1)])] {
				s.emit(PersonName, w+1, e, 0.7, "context:chat-lower")
				return e
			}
		}
		v = w + 1
		if w = lowerWord(b, v); w == v {
			break
		}
	}
	return p
}

// lowerGivenAt returns the end of a given name in lower case at p, single
// or double ("samira", "mia-sophie"), that the lexicons know and that is
// no word; or p.
func (s *scan) lowerGivenAt(p int) int {
	if e := s.lowerDouble(p); e > p {
		return e
	}
	if e := lowerWord(s.b, p); e > p && s.lowerFirst(p, e, false) {
		return e
	}
	return p
}

// restIsMarks reports whether only spaces, punctuation and emoji follow e
// to the line's end: "ok dragan 👍".
func restIsMarks(b []byte, e int) bool {
	for ; e < len(b) && b[e] != '\n'; e++ {
		if isAlnum(b[e]) || b[e] >= 0xC3 && b[e] <= 0xC6 {
			return false
		}
	}
	return true
}

// thanksNot are the pronouns and determiners thanked in lower case: "Danke
// an alle für …".
var thanksNot = set(`alle allen euch dich sie ihn ihr uns die den das dem mich mir dir meine meinen meinem mein deine deinen
deinem dein unsere unseren unserem unser eure euren eurem jeden jede jeder everyone diese diesen dieses team`)

// thanksTo returns the end of a given name typed in lower case after a
// capitalised thanks ("Danke an samira für die Organisation!"), or i.
func (s *scan) thanksTo(i int) int {
	if s.b[i] != 'D' {
		return i // the common case, inlined at the call
	}
	return s.thanksToRest(i)
}

// thanksToRest is thanksTo past its first test, out of line so
// that the test inlines.
//
//go:noinline
func (s *scan) thanksToRest(i int) int {
	b := s.b
	if b[i] != 'D' {
		return i
	}
	e := s.word(i)
	if w := string(b[i:e]); w != "Danke" && w != "Dank" || !hasPrefixAt(b, e, " an ") {
		return i
	}
	q := e + 4
	f := s.lowerGivenAt(q)
	if f == q {
		// Any one word in the frame "an … für" but a pronoun's or a
		// determiner's: "Danke an konsti für die Organisation".
		if f = lowerWordEnd(b, q); f-q < 3 || thanksNot[string(b[q:f])] || !hasPrefixAt(b, f, " für ") {
			return i
		}
	}
	if !(hasPrefixAt(b, f, " für ") || restIsMarks(b, f)) {
		return i
	}
	s.emit(PersonName, q, f, 0.7, "context:thanks-lower")
	return f
}

// hyphenParticleTail returns the end of a surname's second part joined by a
// hyphen and opened by a particle after a name ending at end
// ("Fleischhauer-von der Heide", "Petrović-zu Ettingen"), or end.
func hyphenParticleTail(b []byte, end int) int {
	if end+4 >= len(b) || b[end] != '-' || !isLower(b[end+1]) {
		return end
	}
	q := particleAt(b, end+1, false)
	if q == end+1 || !capAt(b, q) {
		return end
	}
	if f := word(b, q); f > q+1 {
		return f
	}
	return end
}

// occupations are a register's trades after a person's name and a comma
// ("Vater: Emre Aydın, Bergmann"); some are surnames too.
var occupations = set(`Bergmann Schmied Müller Bauer Fischer Schneider Weber Schreiner Tischler Zimmermann Maurer Bäcker Metzger
Schuster Kaufmann Landwirt Tagelöhner Knecht Magd Lehrer Schäfer Gärtner Förster Jäger Wagner Böttcher Drechsler Fuhrmann
Händler Arbeiter Fabrikarbeiter Hausfrau Beamter Schlosser Kutscher Steiger Hauer Winzer Brauer Sattler Glaser Töpfer`)

// registerTrade returns the end of a trade that ends a register's line
// after a name and a comma ("  Vater: Cem Kaya, Bergmann"), which is no
// surname there; or i. The line must open with a kin's or a role's label.
func registerTrade(b []byte, i int) int {
	if i < 3 || b[i-2] != ',' {
		return i // the common case, inlined at the call
	}
	return registerTradeRest(b, i)
}

// registerTradeRest is registerTrade past its first test, out of line so
// that the test inlines.
//
//go:noinline
func registerTradeRest(b []byte, i int) int {
	if i < 3 || b[i-1] != ' ' || b[i-2] != ',' {
		return i
	}
	e := word(b, i)
	if !occupations[string(b[i:e])] || e < len(b) && b[e] != '\n' && b[e] != '\r' {
		return i
	}
	ls := i
	for ls > 0 && b[ls-1] != '\n' {
		ls--
	}
	for ls < i && b[ls] == ' ' {
		ls++
	}
	for _, l := range []string{"Vater: ", "Mutter: ", "Pate: ", "Patin: ", "Paten: ", "Zeuge: ", "Zeugin: ", "Ehemann: ", "Ehefrau: ", "Bräutigam: ", "Braut: ", "Täufling: "} {
		if hasPrefixAt(b, ls, l) {
			return e
		}
	}
	return i
}

// placeSuffixes end the names of schools, halls and institutes, never a
// person's: "Goethe-Gymnasium", "Stadthalle".
var placeSuffixes = []string{"Gymnasium", "schule", "Schule", "halle", "Halle", "Institut", "kirche", "Kirche", "saal", "Saal"}

// modelNotPerson reports whether the model's span [i, end) is a place or a
// time rather than a person: a word of it is a weekday or ends in a
// school's or a hall's noun ("Goethe-Gymnasium, Freitag").
func modelNotPerson(b []byte, i, end int) bool {
	for p := i; p < end; {
		e := p
		for e < end && b[e] != ' ' && b[e] != ',' {
			e++
		}
		w := string(b[p:e])
		if weekdaysDE[w] && len(w) > 2 {
			return true
		}
		for _, suf := range placeSuffixes {
			if len(w) > len(suf) && w[len(w)-len(suf):] == suf {
				return true
			}
		}
		for p = e; p < end && (b[p] == ' ' || b[p] == ','); p++ {
		}
	}
	return false
}

// personLabels open a line whose value is one person: a register's priest,
// the minutes' absentee or chair.
var personLabels = []string{"Pfarrer: ", "Pfarrerin: ", "Pastor: ", "Pastorin: ", "Entschuldigt: ", "Abwesend: ", "Pate: ", "Patin: ",
	"Paten: ", "Versammlungsleiter: ", "Versammlungsleiterin: ", "Protokoll: ", "Protokollführer: ", "Protokollführerin: "}

// personLabelBefore reports whether a label of personLabels opens the line
// right before i, perhaps indented.
func personLabelBefore(b []byte, i int) bool {
	if i < 2 || b[i-1] != ' ' || b[i-2] != ':' {
		return false // every label ends in ": "
	}
	for _, l := range personLabels {
		if k := i - len(l); k >= 0 && hasPrefixAt(b, k, l) {
			for k > 0 && b[k-1] == ' ' {
				k--
			}
			return k == 0 || b[k-1] == '\n'
		}
	}
	return false
}
