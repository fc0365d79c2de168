package pii

// Round 16's German shapes: a sender that is a team, a shop or a firm's
// department ("Ihr Praxisteam", "Absender: Haribo Fanshop"), a product
// named with a brand and a noun ("Dr. Oetker-Pudding"), which are no
// persons; inverted names "Surname, Given" as items of a list separated by
// semicolons or as a table's cell, with their particles ("van den Bülow,
// Susanne; Fedorow, Sarah"); a team's line-up written as a table of
// numbers, names and positions ("12  MÜLLER  RV").

// deGroupHeads end a word that names a group, a shop or a department, not
// a person, whether alone or as a compound's head: "Ihr Praxisteam",
// "Haribo Fanshop", "Steiff Outlet", "Ihre Hausverwaltung". They are
// lower case: a compound's head is ("Fan|shop").
var deGroupHeads = []string{"team", "teams", "shop", "outlet", "versand", "service", "verwaltung", "leitung", "büro",
	"zentrale", "redaktion", "kollegium", "sekretariat"}

// deNotPerson16 reports whether the name [start, end), found by the rule
// named in validation, is a group's, a shop's or a product's instead.
func deNotPerson16(b []byte, start, end int, validation string) bool {
	if end-start < 4 || end > len(b) {
		return false
	}
	k := lastSpace(b, start, end)
	w := b[start:end]
	if k > start {
		w = b[k+1 : end]
	}
	if len(w) >= 4 && deGroupWord(w) {
		return true
	}
	// A product named by a brand and a noun: "Dr. Oetker-Pudding",
	// "Nivea-Creme". The part before the hyphen must be no name the
	// lexicons know ("Müller-Garten" may be a double surname).
	if h := lastHyphen(w); h >= 2 && len(w)-h > 4 && capAt(w, h+1) {
		head := w[:h]
		if bytesIndex(head, '-') < 0 && !isSurnameB(head) && !isFirstNameB(head) && dictionaryWord(w[h+1:], false) {
			return true
		}
	}
	// A firm named by a brand and what it sells or does, after a sender's
	// label: "Miele Ersatzteile", "Faber-Castell Versand". The first word
	// is no given name ("Anna Vogel" is a person, and "Vogel" a surname).
	if validation == "context" && k > start && bytesIndex(b[start:k], ' ') < 0 && dictionaryWord(w, false) && !isFirstNameB(b[start:k]) {
		return true
	}
	return false
}

// deGroupWord reports whether w is a word of deGroupHeads or a compound
// ending in one, and no name the lexicons know ("Bishop" ends in "shop").
func deGroupWord(w []byte) bool {
	c := w[len(w)-1] | 0x20
	if c != 'm' && c != 's' && c != 'p' && c != 't' && c != 'd' && c != 'e' && c != 'g' && c != 'o' && c != 0xBC {
		return false
	}
	for _, h := range deGroupHeads {
		n := len(h)
		if len(w) < n {
			continue
		}
		tail := w[len(w)-n:]
		if !equalFoldASCII(tail, h) {
			continue
		}
		if len(w) > n && !isLower(tail[0]) && tail[0] < 0x80 {
			continue // "FanSHOP" aside, a compound's head is in lower case
		}
		return !isSurnameB(w) && !isFirstNameB(w)
	}
	return false
}

// equalFoldASCII reports whether w equals the lower-case h, ignoring the
// case of ASCII letters.
func equalFoldASCII(w []byte, h string) bool {
	if len(w) != len(h) {
		return false
	}
	for k := range len(h) {
		c := w[k]
		if isUpper(c) {
			c += 'a' - 'A'
		}
		if c != h[k] {
			return false
		}
	}
	return true
}

// nameDE16 tries round 16's shapes at the capital at i and returns the end
// of the name it emitted, or i.
func (s *scan) nameDE16(i int) int {
	b := s.b
	if i < 2 {
		return i
	}
	if b[i-1] == '(' {
		if e := deRoleParenGiven(b, i); e > i {
			s.emit(PersonName, i, e, 0.8, "context:role")
			return e
		}
		return i
	}
	if b[i-1] != ' ' {
		return i
	}
	if e := s.deInvertedItem(i); e > i {
		return e
	}
	if b[i-2] == ':' {
		// A chat's message that opens with a capital: "[19:02] Lea: Hat
		// jemand ein Paket für jule angenommen?" (the colon's handler sees
		// only messages in lower case).
		if e := s.deChatLowerNames(i - 2); e > i {
			return e
		}
	}
	if b[i-2] == ' ' {
		if st, e := deRosterCell(b, i); e > st {
			s.emit(PersonName, st, e, 0.8, "context:roster")
			return e
		}
	}
	return i
}

// deInvertedItem reads "Surname, Given" with i at the surname's capital,
// as an item of a list separated by semicolons ("Anwesend: Fedorow,
// Henrik; van den Bülow, Susanne; Albrecht, Mai") or as a table's cell
// between runs of two spaces ("8  vom Hoorn, Mustafa  TW"). The given name
// must be one the lexicons know, or the next item's must be; it emits the
// item and returns its end, or i.
func (s *scan) deInvertedItem(i int) int {
	b := s.b
	st := s.particleStart(i)
	if st < 2 {
		return i
	}
	cell := b[st-1] == ' ' && b[st-2] == ' '
	if !cell && b[st-2] != ';' && b[st-2] != ':' {
		return i
	}
	e, ok := deInvertedShape(b, i, cell, st < i)
	if e == i {
		return i
	}
	semi := e < len(b) && b[e] == ';'
	if !cell && !semi && b[st-2] != ';' {
		return i // "Anwesend: Hoffmann, Claudia" alone is others' to read
	}
	if !ok {
		// An unknown given name, vouched for by the next item's: "Albrecht,
		// Mai; Stührenberg, Paul".
		if !semi || e+3 >= len(b) || b[e+1] != ' ' {
			return i
		}
		q := deParticleEnd(b, e+2)
		if !capAt(b, q) {
			return i
		}
		if f, ok2 := deInvertedShape(b, q, false, q > e+2); f == q || !ok2 {
			return i
		}
	}
	s.emit(PersonName, st, e, 0.8, "context:surname,given")
	return e
}

// deInvertedShape reads "Surname, Given" at the surname's capital at i
// and returns its end and whether the lexicons know the given name, or
// (i, false). The item ends at a semicolon, a line's end, the text's end
// or (in a table's cell) two spaces. A particle before the surname vouches
// for a surname that is a noun too ("vom Trott", "von der Heide").
func deInvertedShape(b []byte, i int, cell, particle bool) (int, bool) {
	e := word(b, i)
	if e-i < 2 || e+3 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !capAt(b, e+2) {
		return i, false
	}
	g := word(b, e+2)
	if g-(e+2) < 2 {
		return i, false
	}
	if g < len(b) {
		switch c := b[g]; {
		case c == ';' || c == '\n' || c == '\r':
		case cell && c == ' ' && g+1 < len(b) && b[g+1] == ' ':
		default:
			return i, false
		}
	}
	sur, given := b[i:e], b[e+2:g]
	if !particle && dictionaryWord(sur, false) || dictionaryWord(given, false) {
		return i, false
	}
	known := isFirstNameB(given) || compoundGiven(given)
	if !known && cell {
		// A table's cell vouches for a given name the lexicons lack when
		// they know the surname: "Müller-Lüdenscheidt, Inês".
		h := bytesIndex(sur, '-')
		if h < 0 {
			h = len(sur)
		}
		known = isSurnameB(sur[:h])
	}
	if !known && deCities[string(sur)] {
		return i, false // "Ahlen, Hoa" is a person's, "Berlin, Mitte" a place's
	}
	return g, known
}

// deParticleEnd returns where the surname after a lower-case particle at p
// begins ("van den Bülow" at "Bülow"), or p.
func deParticleEnd(b []byte, p int) int {
	if p >= len(b) || !isLower(b[p]) {
		return p
	}
	for _, part := range particles {
		if hasPrefixAt(b, p, part) && capAt(b, p+len(part)) {
			return p + len(part)
		}
	}
	return p
}

// deCapsParticles are the particles of a surname written in capitals, the
// longer runs first.
var deCapsParticles = []string{"VON DER ", "VAN DER ", "VAN DEN ", "VON DEM ", "VAN ", "VON ", "VOM ", "ZU ", "ZUR ", "TER ", "TEN ", "DE ", "AL-"}

// deRosterCell reads a team's line-up written as a table, one player a
// line: the shirt's number, two spaces or more, the name and the
// position's code ("12  MÜLLER  RV", " 8  VAN DER BERG  ZM"), with i at
// the name's capital. A surname in capitals the lexicons know, or any word
// after a particle, is the player's; another line of the same shape must
// stand next to it. It returns the name's span, or (i, i).
func deRosterCell(b []byte, i int) (int, int) {
	k := i - 1
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if k < 0 || !isDigit(b[k]) || i-k < 3 {
		return i, i
	}
	ls := deLineStart(b, k, 8)
	if ls < 0 || !deRosterRow(b, ls) {
		return i, i
	}
	p := i
	for _, part := range deCapsParticles {
		if hasPrefixAt(b, p, part) {
			p += len(part)
			break
		}
	}
	var buf [32]byte
	e, n := capsWord(b, p, &buf)
	hyphen := false
	if n >= 2 && e+3 < len(b) && b[e] == '-' && deCapitalAt(b, e+1) {
		// "KLEIN-ÖZTÜRK": capsWord stops before a capital of two bytes.
		if f := deCapsHyphenTail(b, e); f > e {
			e, hyphen = f, true
		}
	}
	if n < 2 {
		e = deRosterMixed(b, i)
		n = e - i
	}
	if n < 2 || e+3 >= len(b) || b[e] != ' ' || b[e+1] != ' ' {
		return i, i
	}
	// The position: a short code in capitals at the line's end.
	f := e + 2
	for f < len(b) && b[f] == ' ' {
		f++
	}
	c := f
	for c < len(b) && isUpper(b[c]) {
		c++
	}
	if c-f < 1 || c-f > 4 || c < len(b) && b[c] != '\n' && b[c] != '\r' || deSizes[string(b[f:c])] {
		return i, i // "2  SCHWARZ  XL" is an order's colour and size
	}
	if w := buf[:min(n, len(buf))]; p == i && isUpper(b[i+1]) && !hyphen && !isSurnameB(w) {
		// A double surname one of whose parts the lexicons know:
		// "MEYER-LANDRUT".
		h := bytesIndex(w, '-')
		if h < 2 || len(w)-h < 3 || !isSurnameB(w[:h]) && !isSurnameB(w[h+1:]) {
			return i, i
		}
	}
	// A neighbour of the same shape: the line before or after.
	if ls >= 1 {
		if prev := deLineStart(b, ls-1, 80); prev >= 0 && deRosterRow(b, prev) {
			return i, e
		}
	}
	if c+1 < len(b) && deRosterRow(b, c+1) {
		return i, e
	}
	return i, i
}

// deRosterMixed returns the end of a line-up's name cell written in mixed
// case that the other rules read only in part, or i: a particle's surname
// after a given name ("Ama zu Meer"), or three words, the first a given
// name the lexicons know ("Felix Laura Wübben").
func deRosterMixed(b []byte, i int) int {
	e, words, particle := i, 0, false
	for e < len(b) && words < 4 {
		f := word(b, e)
		if f == e || f-e < 2 {
			return i
		}
		if words == 0 && !isLower(b[e+1]) {
			return i
		}
		words++
		e = f
		if e+1 >= len(b) || b[e] != ' ' || b[e+1] == ' ' {
			break
		}
		if q := deParticleEnd(b, e+1); q > e+1 {
			particle = true
			e = q
			continue
		}
		e++
	}
	if e+1 >= len(b) || b[e] != ' ' || b[e+1] != ' ' {
		return i
	}
	if particle && words == 2 || words == 3 && isFirstNameB(b[i:word(b, i)]) {
		return e
	}
	return i
}

// deSizes are clothing sizes, which end an order's line as a position's
// code ends a line-up's.
var deSizes = set(`XS S M L XL XXL XXXL`)

// deRosterRow reports whether the line at p opens as a line-up's row: a
// number of one to three digits, perhaps after a space, and two spaces.
func deRosterRow(b []byte, p int) bool {
	if p < len(b) && b[p] == ' ' {
		p++
	}
	q := p
	for q < len(b) && q-p < 4 && isDigit(b[q]) {
		q++
	}
	return q > p && q-p <= 3 && q+2 < len(b) && b[q] == ' ' && b[q+1] == ' '
}

// deLineStart returns where the line that holds p begins, if it begins no
// more than max bytes before p, or -1: look-backs stay short, so that a
// long line is not read again at each candidate.
func deLineStart(b []byte, p, max int) int {
	for k := p; k > 0 && p-k <= max; k-- {
		if b[k-1] == '\n' {
			return k
		}
	}
	if p <= max {
		return 0
	}
	return -1
}

// deCapitalAt reports whether a capital of two bytes begins at p: "Ö",
// "Ş" (the capitals of ASCII are isUpper's).
func deCapitalAt(b []byte, p int) bool {
	return p+1 < len(b) && (b[p] == 0xC3 && b[p+1] >= 0x80 && b[p+1] <= 0x9E && b[p+1] != 0x97 || (b[p] == 0xC4 || b[p] == 0xC5) && extACapital(b[p], b[p+1]))
}

// deCapsParticleSurname reports whether the word in capitals [p, e), its
// title case w, after a particle read from q to p, ends a German name whose
// given name capsName has read: "SERKAN VAN DEN HEYDEN", "NINA TER HEYDEN
// geb. …". The particle vouches for any word but a place's ("ANNA VON
// BERLIN" is rather a title), and the name must end its line or go on with
// a birth name.
func deCapsParticleSurname(b []byte, q, p, e int, w []byte) bool {
	if p == q || len(w) < 3 || deCities[string(w)] || deRegions[string(w)] {
		return false
	}
	return e == len(b) || b[e] == '\n' || b[e] == '\r' || hasPrefixAt(b, e, " geb. ")
}

// deCapsHyphenTail returns the end of a double surname in capitals whose
// second part opens with a capital of two bytes, which capsWord stops
// before ("FRANZISKA KLEIN-ÖZTÜRK" on a line of its own), or e. The name
// must end its line or go on with a birth name.
func deCapsHyphenTail(b []byte, e int) int {
	if e+3 >= len(b) || b[e] != '-' || !deCapitalAt(b, e+1) {
		return e
	}
	f := e + 1
	for f < len(b) && f-e < 30 && (isUpper(b[f]) || deCapitalAt(b, f)) {
		if isUpper(b[f]) {
			f++
		} else {
			f += 2
		}
	}
	if f-e < 3 || f < len(b) && b[f] != '\n' && b[f] != '\r' && !hasPrefixAt(b, f, " geb. ") && !hasPrefixAt(b, f, "  ") {
		return e
	}
	return f
}

// deParticleTail returns the end of a particle's surname after a name of
// two words that opens its line, which the rules that read two words stop
// before ("Hakan Sven vom Moltke" above an address, "Annegret Kofi von
// Bismarck, Klassenlehrerin" under a letter), or end. The surname must end
// the line or come before a comma; in prose "von" is as often "from"
// ("Grüße an Lena von Peter und Paul"), and a place after it is a title's
// ("Elisabeth von Thüringen" aside, "Anna von Berlin" is rare).
func deParticleTail(b []byte, start, end int) int {
	if end+5 >= len(b) || b[end] != ' ' || !isLower(b[end+1]) || start > 0 && b[start-1] != '\n' {
		return end
	}
	k := bytesIndexSpace(b, start, end)
	if k >= end || bytesIndexSpace(b, k+1, end) < end {
		return end // two words exactly
	}
	p := deParticleEnd(b, end+1)
	if p == end+1 {
		return end
	}
	f := word(b, p)
	if f-p < 3 || deCities[string(b[p:f])] || dictionaryWord(b[p:f], false) && !isSurnameB(b[p:f]) {
		return end
	}
	if f < len(b) && b[f] != '\n' && b[f] != '\r' && b[f] != ',' {
		return end
	}
	return f
}

// deChatCues come right before a person named in a chat's message typed in
// lower case: "hat kemal dir geschrieben?", "ein Paket für jule", "hab
// grad mit rabea telefoniert". A name after "ok" is round 13's, and only
// at the line's end ("ok paula kommt auch" stays unread).
var deChatCues = set(`hat hast hab habe ist war für mit an bei von jemand frag fragt sag sagt grüß`)

// deChatLowerNames reads, after the colon at i that ends a chat's speaker
// with its time stamp ("Olga (08:40): …", "[19:02] Lea: …"), a given name
// in lower case after one of deChatCues in the message; the name must be
// one the lexicons know and no word (lowerFirst). Only plain words may
// come before it, and capitals only at the message's start or on German
// nouns, so that reading on skips nothing another rule would find. It
// returns the name's end, or i.
func (s *scan) deChatLowerNames(i int) int {
	b := s.b
	if i < 6 || i+4 >= len(b) || b[i+1] != ' ' || !deChatSpeakerBefore(b, i) {
		return i
	}
	p, prev := i+2, -1
	for n := 0; n < 8 && p < len(b); n++ {
		e := lowerWord(b, p)
		if e == p {
			if !capAt(b, p) {
				return i
			}
			e = word(b, p)
			if e == p || p > i+2 && !dictionaryWord(b[p:e], false) {
				return i
			}
		} else if prev >= 0 && deChatCues[string(b[prev:p-1])] {
			f := s.lowerDouble(p)
			if f == p && s.lowerFirst(p, e, false) {
				f = e
			}
			if f > p && f+2 < len(b) && b[f] == ' ' && isLower(b[f+1]) {
				// A surname or a second given name: "ok thi lan 👍".
				if g := lowerWord(b, f+1); g-f > 2 && s.deSpeakerSecond(f+1, g) {
					f = g
				}
			}
			if f > p && f < len(b) && (b[f] == ' ' || b[f] == '?' || b[f] == '!' || b[f] == ',' || b[f] == '\n') {
				s.emit(PersonName, p, f, 0.7, "context:chat-lower")
				return f
			}
		}
		if e >= len(b) || b[e] != ' ' {
			return i
		}
		prev, p = p, e+1
	}
	return i
}

// deChatSpeakerBefore reports whether the colon at i ends a chat's speaker
// with a time stamp: "Olga (08:40):" or "[19:02] Lea:" at the line's start.
func deChatSpeakerBefore(b []byte, i int) bool {
	if b[i-1] == ')' {
		return i >= 8 && b[i-7] == '(' && b[i-4] == ':' && isDigit(b[i-6]) && isDigit(b[i-5]) && isDigit(b[i-3]) && isDigit(b[i-2])
	}
	if !isAlpha(b[i-1]) && b[i-1] < 0x80 {
		return false
	}
	ls := deLineStart(b, i, 60)
	if ls < 0 || b[ls] != '[' {
		return false
	}
	for k := ls + 1; k < i; k++ {
		if b[k] == ']' {
			return k+2 < i && b[k+1] == ' '
		}
	}
	return false
}

// deRoleParenGiven reads a given name the lexicons know in parentheses
// after a noun of personRoles, as minutes name who holds a role: "den
// Hausmeister (Christian) beauftragen". The role vouches for a name that
// is an English word too, but not for one that is a German word
// (wordLikeName: "Frank", "Lange"). It returns the name's end, or i.
func deRoleParenGiven(b []byte, i int) int {
	if i < 5 || b[i-2] != ' ' || !isLower(b[i-3]) {
		return i
	}
	e := word(b, i)
	if e == i || e >= len(b) || b[e] != ')' || !isFirstNameB(b[i:e]) || wordLikeName(b[i:e]) {
		return i
	}
	k := i - 3
	for k > 0 && i-k < 24 && (isAlpha(b[k-1]) || b[k-1] >= 0x80) {
		k--
	}
	if !personRoles[string(b[k:i-2])] {
		return i
	}
	return e
}
