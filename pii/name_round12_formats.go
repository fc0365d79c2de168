package pii

import "strings"

// Names carried by standard record and publishing formats: the field of a
// GEDCOM, LDIF or vCard record that holds a person's name, a scholarly
// author line whose names carry affiliation marks, a subtitle's speaker
// label, a credit under a role heading. The format's field is the
// evidence, but its value must still read as a person's name: a known
// name word for a full name, and no word of a firm or an institution.

// fmtParticles are the lower-case particles inside a surname ("Duc van
// Bergen", "Ana de la Cruz", "Amina bin Said").
var fmtParticles = set(`von vom zu zur van den der de del della di da du la le dos das ten ter bin al el`)

// fmtNameRun reads a person's name written in record fields at p: up to
// five capitalised words, initials ("K.", "J.-P.") and lower-case
// particles, separated by single spaces, and returns its end and the
// number of capitalised words. It stops before any other byte, so a mark
// touching the last word ("Sullivan2*") ends the run.
func fmtNameRun(b []byte, p int) (end, words int) {
	end = p
	for k := 0; k < 7 && p < len(b); k++ {
		var e int
		switch {
		case isUpper(b[p]) && p+1 < len(b) && b[p+1] == '.':
			e = p + 2 // an initial
			for e+2 < len(b) && b[e] == '-' && isUpper(b[e+1]) && b[e+2] == '.' {
				e += 3 // "J.-P."
			}
		case capAt(b, p) || b[p] >= 0xC4 && b[p] <= 0xC5 && p+1 < len(b) && extACapital(b[p], b[p+1]):
			e = word(b, p)
			if e <= p+1 || notNameWordB(b[p:e]) {
				return end, words
			}
			words++
		case isLower(b[p]) && k > 0:
			e = p
			for e < len(b) && isLower(b[e]) {
				e++
			}
			if !fmtParticles[string(b[p:e])] || e >= len(b) || b[e] != ' ' {
				return end, words
			}
		default:
			return end, words
		}
		if b[e-1] != ' ' {
			end = e
		}
		if e+1 < len(b) && b[e] == ' ' && (isAlpha(b[e+1]) || b[e+1] >= 0xC3 && b[e+1] <= 0xC5) {
			p = e + 1
			continue
		}
		break
	}
	return end, words
}

// fmtPersonValue reports whether [i, e) read by fmtNameRun is a person's
// full name: two words at least, one of them a known given name or
// surname, and no firm after it.
func fmtPersonValue(b []byte, i, e, words int) bool {
	return words >= 1 && e > i+2 && strings.Count(string(b[i:e]), " ") >= 1 && fmtKnownPart(b, i, e) && !followedByLegalForm(b, e) && !orgTail(b, e)
}

// fmtKnownPart reports whether a word of [i, e), or a part of a double
// one ("Julia-Sophie", "Griffin-Stewart"), is a given name or a surname
// the lexicons know.
func fmtKnownPart(b []byte, i, e int) bool {
	for _, w := range strings.FieldsFunc(string(b[i:e]), func(r rune) bool { return r == ' ' || r == '-' }) {
		if isFirstName(w) || isSurname(w) {
			return true
		}
	}
	return false
}

// fmtLineStart returns where the line holding p begins, looking back at
// most 24 bytes, or -1.
func fmtLineStart(b []byte, p int) int {
	for q := p; q >= 0 && p-q <= 24; q-- {
		if q == 0 {
			return 0
		}
		if b[q-1] == '\n' {
			return q
		}
	}
	return -1
}

// fmtLineEnd returns the end of the line at p, without a carriage return.
func fmtLineEnd(b []byte, p int) int {
	e := p
	for e < len(b) && e-p < 120 && b[e] != '\n' {
		e++
	}
	if e > p && b[e-1] == '\r' {
		e--
	}
	return e
}

// fmtSingle reports whether [i, e) is a single name part in a field of
// its own (a surname or a given name): capitalised words and particles,
// no firm's or common word, and nothing else up to the field's end.
func fmtSingle(b []byte, i, e, stop int) bool {
	end, words := fmtNameRun(b, i)
	return words >= 1 && end == e && e == stop && !notNameWordB(b[i:word(b, i)])
}

// formatName handles a capital letter that opens the value of a record
// field holding a person's name (GEDCOM, LDIF, vCard), a subtitle's
// speaker label or a scholarly author line. It returns the end of what it
// emitted, or i. The byte before i rules out most capitals at once.
func (s *scan) formatName(i int) int {
	b := s.b
	if i == 0 || b[i-1] == '\n' {
		if i+1 < len(b) && b[i+1] == '.' {
			if e := initialsLine(b, i); e > i {
				s.emit(PersonName, i, e, 0.8, "format:credit")
				return e
			}
		}
		return s.authorName(i)
	}
	switch c := b[i-1]; c {
	case ':':
		return s.vcardName(i)
	case ';':
		return s.vcardName(i)
	case '=':
		// An LDAP distinguished name: "dn: cn=Anna Roth,ou=people,…".
		if i >= 3 && (b[i-3] == 'c' || b[i-3] == 'C') && (b[i-2] == 'n' || b[i-2] == 'N') && !(i >= 4 && isAlpha(b[i-4])) {
			e, words := fmtNameRun(b, i)
			if e < len(b) && (b[e] == ',' || b[e] == '+') && fmtPersonValue(b, i, e, words) {
				s.emit(PersonName, i, e, 0.85, "format:ldap-dn")
				return e
			}
		}
	case '[':
		return s.speakerName(i)
	case ' ':
		if i < 2 {
			return i
		}
		switch c2 := b[i-2]; {
		case c2 == ':':
			if e := s.ldifName(i); e > i {
				return e
			}
			if e := photoCredit(b, i); e > i {
				s.emit(PersonName, i, e, 0.8, "format:credit")
				return e
			}
		case c2 == 'E' || c2 == 'N' || c2 == 'K':
			return s.gedcomName(i)
		case c2 == 'v' && i >= 3 && b[i-3] == '<', c2 == '-' && (i == 2 || b[i-3] == '\n'):
			return s.speakerName(i)
		case c2 == ',' || c2 == 0xB7 || c2 == 'd' || c2 == 0x8C:
			return s.authorName(i)
		case c2 == 'n' && i >= 4 && hasPrefixAt(b, i-4, "Von") && (i == 4 || b[i-5] == '\n'):
			// A German byline on a line of its own: "Von Anna Roth".
			e, words := fmtNameRun(b, i)
			if (e == fmtLineEnd(b, i) || hasPrefixAt(b, e, " |") || hasPrefixAt(b, e, ", ")) && fmtPersonValue(b, i, e, words) {
				s.emit(PersonName, i, e, 0.8, "format:byline")
				return e
			}
		}
	}
	return i
}

// gedcomName reads the value of a GEDCOM line naming a person (GEDCOM 5.5
// and 7): "1 NAME Ana /Reyes/" (the slashes, which mark the surname,
// belong to the name), "2 GIVN Ana", "2 SURN Reyes", "2 NICK Lupe".
func (s *scan) gedcomName(i int) int {
	b := s.b
	// "<level> <TAG> " at the line's start; the level is a digit or two.
	if i < 7 || b[i-6] != ' ' || !isDigit(b[i-7]) {
		return i
	}
	l := i - 7
	if l > 0 && isDigit(b[l-1]) {
		l--
	}
	if l > 0 && b[l-1] != '\n' {
		return i
	}
	tag := string(b[i-5 : i-1])
	if tag != "NAME" && tag != "GIVN" && tag != "SURN" && tag != "NICK" {
		return i
	}
	stop := fmtLineEnd(b, i)
	if tag != "NAME" {
		e, _ := fmtNameRun(b, i)
		if fmtSingle(b, i, e, stop) {
			s.emit(PersonName, i, e, 0.85, "format:gedcom")
			return e
		}
		return i
	}
	// "Given /Surname/", "/Surname/ Given", "Given /Surname/ Suffix".
	v := string(b[i:stop])
	if strings.Count(v, "/") != 2 || strings.ContainsAny(v, "@0123456789,") {
		return i
	}
	for _, w := range strings.Fields(strings.ReplaceAll(v, "/", " ")) {
		if !capAt([]byte(w), 0) && !fmtParticles[w] || notNameWordB([]byte(w)) {
			return i
		}
	}
	s.emit(PersonName, i, stop, 0.9, "format:gedcom")
	return stop
}

// ldifKeys are the LDAP attributes of inetOrgPerson (RFC 4519, RFC 2798)
// that hold a person's name, with whether the value is a full name.
var ldifKeys = map[string]bool{"cn": true, "commonName": true, "displayName": true, "sn": false, "surname": false,
	"givenName": false, "gn": false}

// ldifName reads the value of an LDIF line (RFC 2849) naming a person:
// "cn: Anna Roth", "sn: Roth", "givenName: Anna", "displayName: …". A
// group's or a service's cn ("cn: Research Staff") has no known name word.
func (s *scan) ldifName(i int) int {
	b := s.b
	l := fmtLineStart(b, i-2)
	if l < 0 {
		return i
	}
	full, ok := ldifKeys[string(b[l:i-2])]
	if !ok {
		return i
	}
	stop := fmtLineEnd(b, i)
	e, words := fmtNameRun(b, i)
	if e != stop && !(e < stop && e+1 < len(b) && b[e] == ' ' && b[e+1] == '(') {
		return i
	}
	if full && fmtPersonValue(b, i, e, words) || !full && fmtSingle(b, i, e, e) {
		s.emit(PersonName, i, e, 0.85, "format:ldif")
		return e
	}
	return i
}

// vcardName reads a vCard's (RFC 6350) name fields: "FN:Anna Roth" and
// the structured "N:Roth;Anna;Maria;Dr.;" (family; given; additional;
// prefixes; suffixes), each part a span of its own. "ORG:" is a firm's.
func (s *scan) vcardName(i int) int {
	b := s.b
	l := fmtLineStart(b, i-1)
	if l < 0 {
		return i
	}
	// The property, with parameters ("FN;CHARSET=UTF-8:").
	p := l
	for p < i && (isUpper(b[p]) || b[p] == '-') {
		p++
	}
	prop := string(b[l:p])
	if p < i && b[p] != ':' && b[p] != ';' {
		return i
	}
	stop := fmtLineEnd(b, i)
	switch prop {
	case "FN":
		if b[i-1] != ':' {
			return i
		}
		e, words := fmtNameRun(b, i)
		if e == stop && fmtPersonValue(b, i, e, words) {
			s.emit(PersonName, i, e, 0.85, "format:vcard")
			return e
		}
	case "N":
		// The value's start: after the property's colon. Only the family
		// and given names are spans; the field must hold the five parts'
		// separators or end.
		c := strings.IndexByte(string(b[l:stop]), ':')
		if c < 0 || l+c+1 > i {
			return i
		}
		v := l + c + 1
		parts := strings.Split(string(b[v:stop]), ";")
		if len(parts) < 2 {
			return i
		}
		// Which part i opens.
		off, k := v, 0
		for k < len(parts) && off+len(parts[k]) < i {
			off += len(parts[k]) + 1
			k++
		}
		if off != i || k > 2 {
			return i
		}
		e := i + len(parts[k])
		if fmtSingle(b, i, e, e) {
			s.emit(PersonName, i, e, 0.85, "format:vcard")
			return e
		}
	}
	return i
}

// speakerName reads a subtitle's speaker label: "[ELENI] Where were you?"
// in SRT, "<v Maria Roth>" in WebVTT, "- JOHN: Wait." A bracket also
// holds sounds ("[MUSIC]", "[DOOR SLAMS]"): a label in capitals must be a
// known given name.
func (s *scan) speakerName(i int) int {
	b := s.b
	var buf [32]byte
	switch {
	case b[i-1] == '[':
		if i >= 2 && b[i-2] != '\n' {
			return i
		}
		e, n := capsWord(b, i, &buf)
		if e > i && e < len(b) && b[e] == ']' && fmtGivenCaps(buf[:n]) {
			s.emit(PersonName, i, e, 0.8, "format:subtitle")
			return e
		}
	case b[i-2] == 'v':
		e, words := fmtNameRun(b, i)
		if words >= 1 && e < len(b) && b[e] == '>' && knownNameWord(b, i, e) {
			s.emit(PersonName, i, e, 0.8, "format:subtitle")
			return e
		}
	default:
		e, n := capsWord(b, i, &buf)
		if e > i && e < len(b) && b[e] == ':' && fmtGivenCaps(buf[:n]) {
			s.emit(PersonName, i, e, 0.8, "format:subtitle")
			return e
		}
	}
	return i
}

// fmtGivenCaps reports whether a word in capitals (in its title-cased
// spelling) is a given name, or a double one with a known part
// ("PAULA-CHARLOTTE").
func fmtGivenCaps(w []byte) bool {
	if isFirstNameB(w) {
		return true
	}
	h := strings.IndexByte(string(w), '-')
	if h <= 0 {
		return false
	}
	var buf [64]byte
	return isFirstNameB(w[:h]) && isFirstNameB(titleCase(&buf, w[h+1:]))
}

// authorName reads a name of a scholarly author line, marked for its
// affiliation right after it: "Ana Reyes1,2*, Tom Berg2 and Li Wen3",
// "Anna Roth¹ · Jan Berg²", "J. K. Rowe†". The mark touching the last
// word is what sets the line apart from prose.
func (s *scan) authorName(i int) int {
	b := s.b
	// After "and ", "und " and "、", "，" but for the list's comma and dot.
	if i >= 2 && b[i-1] == ' ' {
		switch b[i-2] {
		case 'd':
			if !(i >= 5 && (hasPrefixAt(b, i-5, " and") || hasPrefixAt(b, i-5, " und"))) {
				return i
			}
		case 0xB7:
			if !(i >= 4 && b[i-3] == 0xC2 && b[i-4] == ' ') {
				return i
			}
		case 0x8C:
			if !(i >= 4 && hasPrefixAt(b, i-4, "，")) {
				return i
			}
		}
	}
	// Most capitals open no author: a quick run over the letters and
	// spaces ahead finds no mark touching a letter.
	q := i
	for q < len(b) && q-i < 64 && (isAlpha(b[q]) || b[q] == ' ' || b[q] == '.' || b[q] == '-' || b[q] == '\'' || b[q] >= 0xC3 && b[q] <= 0xC5 || b[q] >= 0x80 && b[q] <= 0xBF && q > i && b[q-1] >= 0xC3 && b[q-1] <= 0xC5) {
		q++
	}
	if q >= len(b) || q == i || !(isDigit(b[q]) || b[q] == '*' || b[q] == '#' || b[q] == 0xC2 || b[q] == 0xE2 || b[q] == 0xE1) || b[q-1] == ' ' {
		return i
	}
	e, words := fmtNameRun(b, i)
	if words < 1 || e == i || e >= len(b) {
		return i
	}
	m := affiliationMark(b, e)
	if m == e || !authorSeparator(b, m) || !fmtPersonValue(b, i, e, words) {
		return i
	}
	s.emit(PersonName, i, e, 0.8, "format:author")
	return e
}

// affiliationMark returns the end of the affiliation marks at p: digits
// and commas between them ("1,2"), letters in superscript, "*", "†",
// "‡", "§", "#" and the superscript digits; or p.
func affiliationMark(b []byte, p int) int {
	q := p
	for q < len(b) && q-p < 12 {
		switch c := b[q]; {
		case isDigit(c):
			q++
			if q+1 < len(b) && b[q] == ',' && isDigit(b[q+1]) {
				q++
			}
		case c == '*' || c == '#':
			q++
		case c == 0xC2 && q+1 < len(b) && (b[q+1] == 0xB9 || b[q+1] == 0xB2 || b[q+1] == 0xB3 || b[q+1] == 0xA7):
			q += 2 // ¹ ² ³ §
		case c == 0xE2 && q+2 < len(b) && (b[q+1] == 0x80 && (b[q+2] == 0xA0 || b[q+2] == 0xA1) || b[q+1] == 0x81 && b[q+2] >= 0xB0 && b[q+2] <= 0xB9):
			q += 3 // † ‡ ⁰ ⁴ … ⁹
		case c == 0xE1 && q+2 < len(b) && (b[q+1] == 0xB5 || b[q+1] == 0xB6):
			q += 3 // ᵃ ᵇ …
		default:
			return q
		}
	}
	return q
}

// authorSeparator reports whether the next author or the line's end
// follows an affiliation mark ending at p.
func authorSeparator(b []byte, p int) bool {
	return p >= len(b) || b[p] == ',' || b[p] == ';' || b[p] == '\n' || b[p] == '\r' ||
		hasPrefixAt(b, p, " and ") || hasPrefixAt(b, p, " und ") || hasPrefixAt(b, p, " & ") ||
		hasPrefixAt(b, p, " ·") || hasPrefixAt(b, p, "、") || hasPrefixAt(b, p, "，")
}

// contributorPrefixes open a line that names a person before an address
// in angle brackets: git's trailers and the lists of AUTHORS,
// CONTRIBUTORS and .mailmap files.
var contributorPrefixes = []string{"* ", "- ", "+ ", "Co-authored-by: ", "Signed-off-by: ", "Reviewed-by: ", "Acked-by: ",
	"Tested-by: ", "Reported-by: ", "Suggested-by: ", "Helped-by: ", "Author: ", "Committer: ", "From: ", "Cc: ", "To: "}

// contributorName returns the span of the name before " <" at p, the
// email address in brackets after it ("Ana Reyes <ana@example.org>",
// "Signed-off-by: ana reyes <…>"), or (p, p). The name fills the line or
// the trailer up to the bracket; written in lower case, as git users
// often write it, one of its words must still be a known name.
func contributorName(b []byte, p int) (int, int) {
	l := p
	for l > 0 && p-l < 64 && b[l-1] != '\n' && b[l-1] != '>' && b[l-1] != ',' {
		l--
	}
	if l > 0 && b[l-1] != '\n' && b[l-1] != '>' && b[l-1] != ',' {
		return p, p
	}
	for l < p && b[l] == ' ' {
		l++
	}
	for _, pre := range contributorPrefixes {
		if hasPrefixAt(b, l, pre) {
			l += len(pre)
			break
		}
	}
	v := string(b[l:p])
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 4 {
		return p, p
	}
	known := false
	var buf [64]byte
	for _, w := range ws {
		if len(w) >= 3 && w[0] == '"' && w[len(w)-1] == '"' {
			continue // a nickname: Ana "Lupe" Reyes
		}
		for k := 0; k < len(w); k++ {
			c := w[k]
			if !isAlpha(c) && c < 0x80 && c != '-' && c != '\'' && c != '.' {
				return p, p
			}
		}
		t := titleCase(&buf, []byte(w))
		if notNameWordB(t) || orgWords[string(t)] {
			return p, p
		}
		if h := strings.IndexByte(string(t), '-'); h > 0 {
			t = t[:h]
		}
		known = known || isFirstNameB(t) || isSurnameB(t)
	}
	if !known {
		return p, p
	}
	return l, p
}

// initialsLine reads a name of initials and a surname filling a line, as
// credits, committees and signatures set it: "K. N. COOPER", "S. E.
// Warren", "A. McGowan". The surname must be one the lexicons know.
func initialsLine(b []byte, i int) int {
	p, n := i, 0
	for p+3 < len(b) && isUpper(b[p]) && b[p+1] == '.' && b[p+2] == ' ' && n < 3 {
		p += 3
		n++
	}
	if n == 0 || !capAt(b, p) {
		return i
	}
	var e int
	var sur []byte
	var cbuf [32]byte
	if c, k := capsWord(b, p, &cbuf); c > p && k > 0 {
		e, sur = c, cbuf[:k]
	} else {
		e = word(b, p)
		sur = b[p:e]
	}
	if h := strings.IndexByte(string(sur), '-'); h > 0 {
		sur = sur[:h] // "GRANT-STONE", "Richardson-Howard"
	}
	stop := fmtLineEnd(b, i)
	if e != stop || !isSurnameB(sur) || notNameWordB(sur) {
		return i
	}
	return e
}

// creditLabels head a photo's or a text's credit, in English and German:
// "(Photo: Ana Reyes/AP)", "Foto: Jan Berg | dpa".
var creditLabels = set(`Photo Photos Photograph Photography Foto Fotos Bild Bilder Illustration Illustrations Grafik Text
Credit Credits Kamera Regie Interview Moderation Redaktion Reporter Reporting Editor Camera`)

// photoCredit reads the name after a credit's label and colon, up to the
// agency after a slash or a bar, the closing bracket or the line's end.
func photoCredit(b []byte, i int) int {
	l := i - 2
	k := l
	for k > 0 && l-k < 16 && isAlpha(b[k-1]) {
		k--
	}
	if k == l || !creditLabels[string(b[k:l])] {
		return i
	}
	e, words := fmtNameRun(b, i)
	if e >= len(b) || !(b[e] == '/' || b[e] == ')' || b[e] == '\n' || b[e] == ',' || hasPrefixAt(b, e, " /") || hasPrefixAt(b, e, " |")) {
		return i
	}
	if !fmtPersonValue(b, i, e, words) {
		return i
	}
	return e
}
