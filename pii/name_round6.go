package pii

import "strings"

// givenWord reports whether w is a given name of the lexicons, or a double
// one whose parts all are ("Anne-Kathrin", "Jean-Luc"): German and French
// join given names freely, and the lists hold only the commonest pairs.
func givenWord(w string) bool {
	if isFirstName(w) {
		return true
	}
	k := strings.IndexByte(w, '-')
	if k <= 0 {
		return false
	}
	for _, p := range strings.Split(w, "-") {
		if !isFirstName(p) || loneAmbiguous[p] {
			return false
		}
	}
	return true
}

// careTitles are the abbreviated or spelled-out ranks of nursing, clerks
// and offices that stand before a person's given name or surname, as
// German wards and offices write them: "Sr. Anna" (Schwester), "Pfl.
// Jonas" (Pfleger), "Sachb. Krüger" (Sachbearbeiter/in), "Bürgermeister
// Vogt". The abbreviations take their full stop.
var careTitles = set(`Sr. Pfl. Sachb. Schw. Bürgermeister Bürgermeisterin Pfleger Pflegerin Pfarrer Pfarrerin
Pastor Pastorin Stadtrat Stadträtin Landrat Landrätin`)

// careTitleName returns the end of a name after such a title at i..e, and
// where it starts, or (i, i). The name's first word must be one the
// lexicons know, or a surname's particle ("Sachb. von der Heide"): "Sr.
// Manager" is a job's rank.
func (s *scan) careTitleName(i, e int) (int, int) {
	b := s.b
	if c := b[i]; c != 'S' && c != 'P' && c != 'B' && c != 'L' {
		return i, i // every title begins so
	}
	p := e
	if p < len(b) && b[p] == '.' {
		p++
	}
	if p+2 >= len(b) || b[p] != ' ' || !(mayBe(careTitleFilter, b[i:p]) && careTitles[string(b[i:p])]) {
		return i, i
	}
	p++
	if q := particleAt(b, p, false); q > p {
		if end := s.nameWords(q, 2); end > q+1 && !followedByLegalForm(b, end) {
			return p, end
		}
		return i, i
	}
	f := word(b, p)
	if w := string(b[p:f]); f <= p+1 || !givenWord(w) && !isSurname(w) || nonNames[w] {
		return i, i
	}
	if end := s.nameWords(p, 2); end > p+1 && !followedByLegalForm(b, end) {
		return p, end
	}
	return i, i
}

// genealogyMark reports whether a family tree's mark follows the name that
// ends at e: "Anna (* 1938)" was born, "Otto ⚭ Eva" married, "Karl (†
// 1944)" died. The marks of German genealogy (and of its ancestry
// forums) put a person before them.
func genealogyMark(b []byte, e int) bool {
	// Most words are followed by none: '(' or the lead byte of ⚭ and ∞.
	if e+2 >= len(b) || b[e] != ' ' || b[e+1] != '(' && b[e+1] != 0xE2 {
		return false
	}
	if hasPrefixAt(b, e, " (* ") || hasPrefixAt(b, e, " (*") && e+3 < len(b) && isDigit(b[e+3]) {
		return true
	}
	for _, m := range []string{" ⚭", " ∞", " († ", " (†", " (geb. "} {
		if hasPrefixAt(b, e, m) {
			return true
		}
	}
	return false
}

// vehicleRegField reports whether i follows the holder's fields of a
// German or EU vehicle registration certificate (Zulassungsbescheinigung
// Teil I, field C.1.1 "Name oder Firmenname", C.1.2 "Vorname(n)") at a
// line's start: "C.1.1 MÜLLER", "C.1.2:\tAnna", the value aligned by spaces.
func vehicleRegField(b []byte, i int) bool {
	j := i
	for j > 0 && i-j < 12 && (b[j-1] == ' ' || b[j-1] == '\t' || b[j-1] == ':') {
		j--
	}
	if j == i || j < 5 || !(hasPrefixAt(b, j-5, "C.1.1") || hasPrefixAt(b, j-5, "C.1.2")) {
		return false
	}
	return j == 5 || b[j-6] == '\n'
}

// regFieldEnd returns the end of the holder's value at i, the rest of its
// line, or i when the line holds a firm ("MEYER GMBH") or more than a name.
func regFieldEnd(b []byte, i int) int {
	e := i
	for e < len(b) && b[e] != '\n' && b[e] != '\r' && e-i < 60 {
		c := b[e]
		if !(isAlpha(c) || c >= 0x80 || c == ' ' || c == '-' || c == '\'' || c == '.') {
			return i
		}
		e++
	}
	for e > i && b[e-1] == ' ' {
		e--
	}
	if e == i || e-i >= 60 {
		return i
	}
	for _, w := range strings.Fields(strings.ToUpper(string(b[i:e]))) {
		if regFirmWords[strings.Trim(w, ".")] {
			return i
		}
	}
	return e
}

// regFirmWords are the legal forms a firm holds a registration under.
var regFirmWords = set(`GMBH AG KG OHG UG SE EV E.V MBH CO LTD INC GBR KGAA EG STIFTUNG VERLAG`)

// closingName reports whether i follows a letter's closing that puts the
// writer's name after it: "Bis bald, Deine Emre", "Dein Jonas" at the end
// of a card. The name must end its line, as signatures do: "Deine
// Nachricht kam an" goes on.
func closingName(b []byte, i, end int) bool {
	if !closingWordBefore(b, i) {
		return false
	}
	w, q := wordBefore(b, i)
	if !(q == 0 || b[q-1] == '\n' || q >= 2 && b[q-1] == ' ' && (b[q-2] == ',' || b[q-2] == '.' || b[q-2] == '!')) {
		return false
	}
	if string(w) == "Ihre" || string(w) == "Ihr" {
		// Formal letters: only on a line of its own.
		if !(q == 0 || b[q-1] == '\n') {
			return false
		}
	}
	return end >= len(b) || b[end] == '\n' || b[end] == '\r'
}

// initialEnds reports whether a name that ends with an initial at e ends
// its field there: the text's or line's end, a quote, a separator, or a
// space before a slash, dash, bar, bracket or another space (a column's
// gap: "15  Rania W.  P").
func initialEnds(b []byte, e int) bool {
	if e >= len(b) {
		return true
	}
	if strings.IndexByte("\n\r\"/,;)|\t", b[e]) >= 0 {
		return true
	}
	return b[e] == ' ' && (e+1 >= len(b) || strings.IndexByte("/-|(\n ", b[e+1]) >= 0) // two spaces: a column's gap
}

// capsFieldStart reports whether i opens a field: the text's or a line's
// start, a separator, a colon's value, or a Markdown or text table's cell
// ("| OKAFOR, ANJALI |").
func capsFieldStart(b []byte, i int) bool {
	return i == 0 || strings.IndexByte("\n\t;<\":|", b[i-1]) >= 0 || i >= 2 && b[i-1] == ' ' && b[i-2] == '|' || colonBefore(b, i)
}

// emphasisBefore moves j back over Markdown's emphasis that closes a bold
// or italic label ("**Spouse:** Ana", "__Name:__ Ana"), or returns j.
func emphasisBefore(b []byte, j int) int {
	k := j
	for k > 0 && j-k < 2 && (b[k-1] == '*' || b[k-1] == '_') {
		k--
	}
	if k < j && k > 0 && b[k-1] == ':' {
		return k
	}
	return j
}

// semiCellInverted returns where a semicolon list's cell that holds one
// person surname first begins and ends ("…;Öztürk, Ayla;…", "…;von der
// Au, Jonas P.;…"), or (i, e): the cell opens at st (its particles
// included), the given name after the comma is one the lexicons know and
// the cell ends after it or its initial. A cell holds one value, so the
// surname needs no lexicon.
func semiCellInverted(b []byte, st, i, e int) (int, int) {
	w := string(b[i:e])
	// The same for a pipe's or a tab's export: "…|Jäger, Merle|…".
	if st == 0 || b[st-1] != ';' && b[st-1] != '|' && b[st-1] != '\t' || b[e+1] != ' ' || nonNames[w] || placeWords[w] || streetWord(w) || orgWords[w] || labelNoun(w) {
		return i, e
	}
	sep := b[st-1]
	g := word(b, e+2)
	if g <= e+3 || !givenWord(string(b[e+2:g])) {
		return i, e
	}
	g = secondGiven(b, g)
	if g+2 < len(b) && b[g] == ' ' && isUpper(b[g+1]) && b[g+2] == '.' {
		g += 3
	}
	if g < len(b) && b[g] != sep && b[g] != '\n' && b[g] != '\r' {
		return i, e
	}
	return st, g
}

// payerKeys name the other party of a bank statement's line: German
// account statements' "AUFTRAGGEBER:" and "EMPF:", the NACHA file's
// individual name "IND:" of US statements, Zelle's "FROM"/"TO".
var payerKeys = []string{"AUFTRAGGEBER: ", "EMPF: ", "EMPFAENGER: ", "EMPFÄNGER: ", "BEGUENSTIGTER: ", "IND:", "ZELLE FROM ", "ZELLE TO "}

// payerFirmWords are trades a firm on a statement's line is named by.
var payerFirmWords = set(`Sanitär Feinkost Bau Elektro Autohaus Bäckerei Metzgerei Getränke Reisen Markt Handel Service Möbel`)

// payerName returns the end of the party's name at i after a payer key:
// words up to the next key of the line ("VWZ:", "MEMO:") or its end, two
// or three of them, one known to the lexicons (in capitals or not), or i.
func payerName(b []byte, i int) int {
	// Every key ends in ':', ": ", "FROM " or "TO ".
	if i < 4 || b[i-1] != ':' && !(b[i-1] == ' ' && (b[i-2] == ':' || b[i-2] == 'M' || b[i-2] == 'O')) {
		return i
	}
	found := false
	for _, k := range payerKeys {
		if i >= len(k) && hasPrefixAt(b, i-len(k), k) {
			found = true
			break
		}
	}
	if !found {
		return i
	}
	e, words, known, ended := i, 0, false, false
	var buf [32]byte
	for words < 4 {
		f := e
		for f < len(b) && (isAlpha(b[f]) || b[f] >= 0xC3 && b[f] <= 0xC5 || b[f] >= 0x80 && b[f] < 0xC0 || b[f] == '-' || b[f] == '\'') {
			f++
		}
		if f == e {
			break
		}
		wd := b[e:f]
		if f < len(b) && b[f] == ':' {
			ended = true
			break // the next key
		}
		if _, n := capsWord(b, e, &buf); n > 0 {
			wd = buf[:n]
		}
		// A firm: "FUCHS BAU GMBH", "SANITÄR KOCH".
		if orgWords[string(wd)] || regFirmWords[strings.ToUpper(string(wd))] || payerFirmWords[string(wd)] {
			return i
		}
		known = known || givenWord(string(wd)) || isSurnameB(wd)
		words++
		e = f
		if e < len(b) && b[e] == ',' {
			e++ // "JÄGER, VRONI"
		}
		if !(e+1 < len(b) && b[e] == ' ' && b[e+1] != ' ') {
			ended = e >= len(b) || b[e] == '\n' || b[e] == '\r' || hasPrefixAt(b, e, "  ")
			break
		}
		// The next word, unless it is the next key ("VWZ:", "MEMO:").
		n := e + 1
		for n < len(b) && isUpper(b[n]) {
			n++
		}
		if n < len(b) && b[n] == ':' {
			ended = true
			break
		}
		e++
	}
	for e > i && (b[e-1] == ' ' || b[e-1] == ',') {
		e--
	}
	if words < 2 || !known || !ended || !capAt(b, i) && !(b[i] >= 0xC4 && b[i] <= 0xC5) {
		return i
	}
	return e
}

// closingWordBefore reports whether a closing's possessive ("Deine",
// "Dein", "Eure", "Euer", "Ihre", "Ihr") ends one space before i.
func closingWordBefore(b []byte, i int) bool {
	if i < 4 || b[i-1] != ' ' || (b[i-2] != 'e' && b[i-2] != 'n' && b[i-2] != 'r') {
		return false
	}
	w, _ := wordBefore(b, i)
	switch string(w) {
	case "Deine", "Dein", "Eure", "Euer", "Deiner", "Ihre", "Ihr":
		return true
	}
	return false
}
