package pii

// Person names as chat exports and team notes write them: a mention
// ("@luis can you sign", "@marie-luise"), a handle of the form
// given.surname heading a message ("fatima.torres  9:12"), and a given name
// typed in lower case as the subject or object of a note's item ("- tyrone
// left early (sick)", "Stapler 4 defekt, mehmet hat Ticket aufgemacht",
// "out: elizabeth  in: Marisol", "hat jemand marie erreicht?"). Each
// reading starts at a byte the scan stops at anyway ('@', a newline, a
// dash, a colon) or at a comma with a cheap test of the bytes after it; the
// lexicon is asked only once the shape around the word holds.

// chatVerbs are verbs, English and German, that follow a note's subject
// typed in lower case ("anja hat Ticket aufgemacht", "tyrone left early"),
// and the "to" of an action item ("Action: earl to email the vendor").
var chatVerbs = set(`is was has had left called said says told asked asks wants wanted needs needed took takes
brought will would can could should must might went goes came comes got gets sent made did does knows found lost
quit wrote paid drove forgot owes brings picks covers covered swapped booked cancelled reported checked emailed
texted phoned answered agreed missed arrived joined helped signed fixed opened closed to
hat hatte ist war wird will kann muss soll sollte darf möchte kommt kam geht ging ruft rief sagt sagte meint
meinte meldet meldete fragt fragte weiß bringt brachte holt holte fehlt fehlte braucht macht machte schreibt
schrieb übernimmt übernahm kümmert bleibt blieb fährt fuhr hilft half hat's ist's`)

// chatAsk are the words before a person asked for or about in lower case
// ("hat jemand marie erreicht?", "ps tell gus chowdhury i said hi").
var chatAsk = set(`jemand someone anyone ask tell frag sag`)

// chatVerbAt reports whether a verb of chatVerbs, or an English past tense
// of five letters or more ("emailed"), is the lower-case word at p.
func chatVerbAt(b []byte, p int) bool {
	e := lowerWord(b, p)
	if e == p || e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '@') {
		return false
	}
	if e < len(b) && b[e] == '\'' && e+1 < len(b) && b[e+1] == 's' {
		e += 2 // "hat's"
	}
	return chatVerbs[string(b[p:e])] || e-p >= 5 && b[e-2] == 'e' && b[e-1] == 'd'
}

// chatSubject reports whether the lower-case word at p is a strict given
// name ("tyrone"; not "will", "paris") and returns its end.
func (s *scan) chatSubject(p int) (int, bool) {
	b := s.b
	if d := s.lowerDouble(p); d > p {
		return d, true // "marie-luise", "eva-maria"
	}
	e := lowerWord(b, p)
	if e-p < 3 || !s.lowerFirst(p, e, false) {
		return e, false
	}
	var buf [64]byte
	if usCities[string(titleCase(&buf, b[p:e]))] {
		return e, false // "- austin was great"
	}
	return e, true
}

// lowerSubject reads a note's item that opens with a given name typed in
// lower case and a verb at p ("tyrone left early (sick)") and returns the
// name's end, or p.
func (s *scan) lowerSubject(p int) int {
	b := s.b
	if e, ok := s.chatSubject(p); ok && e+2 < len(b) && b[e] == ' ' && chatVerbAt(b, e+1) {
		s.emit(PersonName, p, e, 0.7, "context:subject-lower")
		return e
	}
	return p
}

// lowerAfterComma reads a given name typed in lower case after a comma and
// before a verb ("Stapler 4 defekt, mehmet hat Ticket aufgemacht").
func (s *scan) lowerAfterComma(i int) int {
	b := s.b
	if i+5 >= len(b) || b[i+1] != ' ' || !isLower(b[i+2]) {
		return i + 1
	}
	e := lowerWord(b, i+2)
	if e+2 < len(b) && b[e] == '-' {
		e = s.lowerDouble(i + 2) // "eva-maria hat …"
	}
	if e+2 >= len(b) || b[e] != ' ' || !chatVerbAt(b, e+1) {
		return i + 1
	}
	return max(s.lowerSubject(i+2), i+1)
}

// fieldEndAt reports whether a field of a record ends at e: the line ends,
// or two spaces, a tab, a semicolon or a bar part it from the next field
// ("out: elizabeth  in: Marisol").
func fieldEndAt(b []byte, e int) bool {
	return lineEndAt(b, e) || e < len(b) && (b[e] == '\t' || b[e] == ';' || b[e] == '|') ||
		hasPrefixAt(b, e, "  ") || hasPrefixAt(b, e, " | ")
}

// lowerFieldValue reads a given name typed in lower case that fills a
// label's value at p up to the field's end ("out: elizabeth  in: …") and
// returns its end, or p.
func (s *scan) lowerFieldValue(p int) int {
	if e, ok := s.chatSubject(p); ok && fieldEndAt(s.b, e) {
		s.emit(PersonName, p, e, 0.7, "context:field-lower")
		return e
	}
	return p
}

// lowerAsked reads a person named in lower case after a word of chatAsk
// ending at w ("jemand marie erreicht?", "tell gus chowdhury i said hi"):
// the name must be followed by a lower-case word or a question mark.
func (s *scan) lowerAsked(w int) int {
	b := s.b
	if w+4 >= len(b) || b[w] != ' ' || !isLower(b[w+1]) {
		return w
	}
	st, e := s.lowerPerson(w+1, false)
	if e == st || st != w+1 || e+1 >= len(b) {
		return w
	}
	if e == lowerWord(b, st) {
		if _, ok := s.chatSubject(st); !ok {
			return w
		}
	}
	if b[e] == ' ' && isLower(b[e+1]) {
		// A surname of two parts the lexicon knows by its first: "tell
		// aaliyah castillo-reyes i said hi".
		f := lowerWord(b, e+1)
		var buf [64]byte
		if f+1 < len(b) && b[f] == '-' && isLower(b[f+1]) && isSurnameB(titleCase(&buf, b[e+1:f])) {
			if g := lowerWord(b, f+1); g < len(b) && (b[g] == ' ' || b[g] == '?') || g == len(b) {
				e = g
			}
		}
	}
	if e < len(b) && (b[e] == '?' || b[e] == ' ' && e+1 < len(b) && isLower(b[e+1])) {
		s.emit(PersonName, st, e, 0.7, "context:asked-lower")
		return e
	}
	return w
}

// chatWord returns the end of a word of letters at p, capitalised or not
// ("luis", "Tatiana", "josé"), or p.
func chatWord(b []byte, p int) int {
	e := p
	if e < len(b) && isUpper(b[e]) {
		e++
	} else if e+1 < len(b) && b[e] == 0xC3 && b[e+1] >= 0x80 && b[e+1] <= 0x9E {
		e += 2
	}
	return lowerWord(b, e)
}

// mention reads a chat mention at the '@' at i that is no email address's:
// "@luis can you sign", "@Tatiana", "@marie-luise". It emits the name
// without the '@' and returns its end, or i+1.
func (s *scan) mention(i int) int {
	b := s.b
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] == '.' || b[i-1] == '_' || b[i-1] == '@' || b[i-1] >= 0x80) {
		return i + 1
	}
	if k := i - 2; k >= 0 && b[i-1] == ' ' && (b[k] == '-' || b[k] == '*') && (k == 0 || b[k-1] == '\n' || b[k-1] == ' ') {
		// A Markdown list item that opens with a mention assigns a task
		// to an account ("- @alexander kümmert sich um den Vertrag"), as
		// GitHub and GitLab write it: a login, not a name as written.
		return i + 1
	}
	p := i + 1
	e := chatWord(b, p)
	if e-p < 3 {
		return i + 1
	}
	if e+1 < len(b) && b[e] == '-' && isAlpha(b[e+1]) {
		e = chatWord(b, e+1)
	}
	if e < len(b) {
		switch c := b[e]; {
		case isAlnum(c) || c == '@' || c == '_' || c == '-' || c == '/' || c == '(' || c == '\'' || c >= 0x80:
			return i + 1
		case (c == '.' || c == ':') && e+1 < len(b) && isAlnum(b[e+1]):
			return i + 1 // "@luis.example.com", "@host:8080"
		}
	}
	if e-p > 40 {
		return i + 1
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:e])
	for k := 1; k < len(w); k++ {
		if isUpper(w[k]) {
			w[k] += 'a' - 'A' // "@TATIANA" as "Tatiana"
		}
		if w[k-1] == '-' && isLower(w[k]) {
			w[k] -= 'a' - 'A'
		}
	}
	if lowerWords[string(w)] || nonNames[string(w)] || !(isFirstNameB(w) || compoundGiven(w)) {
		if !de18TitledMention(b, p, e) { // "@Serhij holst du mich ab?" (namede_round18.go)
			return i + 1
		}
	}
	e = mentionSurname(b, p, e) // "@Nils Meier-Lohmann noten …" (name_round17.go)
	s.emit(PersonName, p, e, 0.7, "context:mention")
	return e
}

// chatHandle reads a chat handle given.surname opening a line at p
// ("fatima.torres  9:12", "robert.o'malley", "jennifer.haugen-roberts"):
// a given name the lexicon knows, a dot and a surname the lexicon knows,
// or any word when the handle stands alone before a message's time. It
// emits the handle whole and returns its end, or p.
func (s *scan) chatHandle(p int) int {
	b := s.b
	g := lowerWord(b, p)
	if d := s.lowerDouble(p); d > p {
		g = d
	}
	if g-p < 2 || g+3 >= len(b) || b[g] != '.' || !isLower(b[g+1]) {
		return p
	}
	f := lowerWord(b, g+1)
	parts := 1
	for f+2 < len(b) && (b[f] == '-' || b[f] == '\'') && isLower(b[f+1]) && parts < 3 {
		f = lowerWord(b, f+1)
		parts++
	}
	if f-g < 3 || f-p > 60 || fileExtensions[string(b[g+1:f])] {
		return p // "anna.txt"
	}
	if f < len(b) {
		switch c := b[f]; {
		case isAlnum(c) || c == '@' || c == '_' || c == '-' || c == '/' || c == '\'' || c >= 0x80:
			return p
		case c == '.' && f+1 < len(b) && isAlnum(b[f+1]):
			return p // "mary.smith.com"
		}
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:g])
	if nonNames[string(w)] || !(isFirstNameB(w) || compoundGiven(w)) {
		if k := bytesIndex(w, '-'); k < 0 || k+1 >= len(w) {
			return p
		}
		w[bytesIndex(w, '-')+1] -= 'a' - 'A'
		if !isFirstNameB(w) && !compoundGiven(w) {
			return p
		}
	}
	if !timeAfter(b, f) {
		// No time vouches: the given name must be no word, the surname known.
		if !s.lowerFirst(p, g, false) {
			return p
		}
		for q := g + 1; q < f; {
			e := lowerWord(b, q)
			if sn := titleCase(&buf, b[q:e]); !isSurnameB(sn) || commonSurnames[string(sn)] || e-q < 3 {
				return p
			}
			q = e + 1
		}
		if f < len(b) && b[f] != ' ' && b[f] != '\n' && b[f] != '\r' && b[f] != ':' && b[f] != '\t' && b[f] != ',' {
			return p
		}
	}
	s.emit(PersonName, p, f, 0.7, "context:handle")
	return f
}

// fileExtensions end file names that look like handles ("anna.txt",
// "maria.jpeg").
var fileExtensions = set(`txt pdf doc docx odt rtf xls xlsx ods csv tsv ppt pptx jpg jpeg png gif bmp svg webp heic tif tiff
mp3 mp4 mov avi mkv wav ogg flac zip tar tgz rar gz bz2 xz json xml yaml yml toml ini cfg conf log html htm css
js ts jsx tsx go py rb java kt rs php sh bat exe dll bin iso dmg apk msg eml vcf ics md rst tex bak tmp old`)

// bytesIndex is bytes.IndexByte.
func bytesIndex(w []byte, c byte) int {
	for k, x := range w {
		if x == c {
			return k
		}
	}
	return -1
}

// timeAfter reports whether spaces and then a time of day ("9:12",
// "15:38", "[9:12]", "9:12 AM") follow e and end the line.
func timeAfter(b []byte, e int) bool {
	q := e
	for q < len(b) && (b[q] == ' ' || b[q] == '\t') {
		q++
	}
	if q == e || q >= len(b) {
		return false
	}
	if b[q] == '[' || b[q] == '(' {
		q++
	}
	d := q
	for q < len(b) && q-d < 2 && isDigit(b[q]) {
		q++
	}
	if q == d || q+2 >= len(b) || b[q] != ':' || !isDigit(b[q+1]) || !isDigit(b[q+2]) {
		return false
	}
	q += 3
	if q < len(b) && (b[q] == ']' || b[q] == ')') {
		q++
	}
	if hasPrefixAt(b, q, " AM") || hasPrefixAt(b, q, " PM") || hasPrefixAt(b, q, " am") || hasPrefixAt(b, q, " pm") {
		q += 3
	}
	return lineEndAt(b, q)
}
