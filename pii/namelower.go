package pii

import "bytes"

// Given names typed in lower case where people sign, greet and credit one
// another in chats, guestbooks, notes and sign-offs: "-- alice, eric and
// grandma gerald", "lg elif & helmut", "taken by anna", "angenommen: mia",
// "hey betty its donna". The readings start only at bytes the scan stops
// at anyway (a line's start) or at a few punctuation bytes with a cheap
// test of the bytes after them (trigDash, trigColon, trigStop), never at
// every lower-case word.

// lowerHello are the greetings and sign-offs, English and German, that
// stand before a given name typed in lower case ("lg elif", "cheers tom",
// "hallo gisela").
var lowerHello = set(`hi hey hello hiya dear thanks thx morning yo cheers love xoxo hugs hallo moin danke lg vg glg gruß grüße liebe lieber`)

// lowerKin are kin words used as a form of address before a given name
// ("grandma gerald", "tante inge").
var lowerKin = set(`grandma grandpa granny nana mom dad aunt auntie uncle oma opa tante onkel mama papa`)

// lowerSurnameParticles are the particles of Dutch and German surnames that a
// lower-case name may hold; "zu", "ter", "ten" and the Romance ones are
// left out, as words of chats.
var lowerSurnameParticles = []string{"von der ", "von dem ", "van der ", "van den ", "van de ", "von ", "vom ", "van "}

// lowerJoins join the names of a list typed in lower case, longest first.
var lowerJoins = []string{", and ", ", und ", ", ", " & ", " + ", " and ", " und ", " n "}

// lowerIntros introduce the writer after a greeting, or ask for the one
// written to ("hey betty its donna", "hallo gisela hier ist sabine", "hey
// is this emeka?").
var lowerIntros = []string{" its ", " it's ", " this is ", " is this ", " hier ist ", " ich bin "}

// lowerWords are given names that lower-case text writes as words (English
// or German) and that no context here makes a name: loneAmbiguous's
// commonest words, and "ben" in German, "per", "nick", months.
var lowerWords = set(`Will Mark May Bill Rose Grace Hope Joy June Art Frank Jack Max Rich Pat Sue Don Ray Dawn Amber
Ben Hans Per Nick Mai Juni Juli April August Said Sun Star Ever Long Hai Tag Guy Gay Faith Chance Sage
Can Till Eve Lily Ivy Sunny Summer Autumn Angel Hunter Miles Chase Dean Lane Sky Stone Van Major Price Young King
Bell Rob Bob Ken Kay Lee Jan Justice Trinity Liberty Honey Penny Mercy Dick Willy Buddy Chip Sandy Cliff Rusty Dusty`)

// lowerFirst reports whether the lower-case word [p, e) is a known given
// name that ends at a word's end ("gerald"; not "will", "grandma's",
// "ayşe" read only in part). Strictly, it is also no word (lowerGiven);
// loosely, where a list of names or a kin word vouches for it, it may be
// a given name that is also a place's or a thing's ("-- layla, jian and
// grandma austin"), but not one of lowerWords.
func (s *scan) lowerFirst(p, e int, loose bool) bool {
	b := s.b
	if e-p < 3 || e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '\'' || b[e] >= 0xC3 && b[e] <= 0xC5) {
		return false
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:e])
	if lowerWords[string(w)] || nonNames[string(w)] {
		return false
	}
	if loose {
		return isFirstNameB(w)
	}
	return s.lowerGiven(p, e)
}

// lowerDouble returns the end of a double given name joined by a hyphen at
// p ("marie-luise", "seo-yeon", "ji-woo") that the lexicons know whole or
// by its parts, or p.
func (s *scan) lowerDouble(p int) int {
	b := s.b
	e := lowerWord(b, p)
	if e-p < 2 || e+2 >= len(b) || b[e] != '-' || !isLower(b[e+1]) {
		return p
	}
	f := lowerWord(b, e+1)
	if f-p > 40 || f < len(b) && (isAlnum(b[f]) || b[f] == '-' || b[f] == '\'' || b[f] >= 0xC3 && b[f] <= 0xC5) {
		return p
	}
	var buf [64]byte
	w := titleCase(&buf, b[p:f])
	if k := e + 1 - p; isLower(w[k]) {
		w[k] -= 'a' - 'A'
	}
	if isFirstNameB(w) || compoundGiven(w) {
		return f
	}
	if w[e-p+1] += 'a' - 'A'; isFirstNameB(w) { // "Ji-woo"
		return f
	}
	return p
}

// lowerPerson returns the span of a person named in lower case at p: a
// given name, perhaps after a kin word ("grandma gerald"), which makes it
// loose (see lowerFirst), and before a surname the lexicon knows ("josh
// ramirez"); or p, p.
func (s *scan) lowerPerson(p int, loose bool) (int, int) {
	b := s.b
	e := lowerWord(b, p)
	if e+1 < len(b) && b[e] == ' ' && lowerKin[string(b[p:e])] {
		p = e + 1
		e = lowerWord(b, p)
		loose = true
	}
	if f := s.lowerDouble(p); f > p {
		e = f
	} else if !s.lowerFirst(p, e, loose) {
		return p, p
	}
	for _, pt := range lowerSurnameParticles {
		if hasPrefixAt(b, e+1, pt) && b[e] == ' ' {
			// A particle vouches for the surname: "sophie van dijk".
			q := e + 1 + len(pt)
			if f := lowerWord(b, q); f-q > 2 && (f == len(b) || !isAlnum(b[f]) && b[f] != '\'' && b[f] < 0xC4) {
				for f+2 < len(b) && b[f] == '-' && isLower(b[f+1]) {
					f = lowerWord(b, f+1)
				}
				return p, f
			}
			return p, p // "anna von hier": no name of this list
		}
	}
	if e+3 < len(b) && b[e] == ' ' && isLower(b[e+1]) {
		q := e + 1
		if hasPrefixAt(b, q, "o'") && q+3 < len(b) && isLower(b[q+2]) {
			q += 2 // "thanh o'brien"
		}
		f := lowerWord(b, q)
		g := f
		for g+2 < len(b) && b[g] == '-' && isLower(b[g+1]) {
			g = lowerWord(b, g+1) // "sal garcía-márquez"
		}
		var buf [64]byte
		w := titleCase(&buf, b[e+1:f])
		if q > e+1 {
			w[2] -= 'a' - 'A' // "O'Brien"
		}
		known := isSurnameB(w)
		for h := f; !known && h < g; { // a double surname's later part: "garcía-márquez"
			k := lowerWord(b, h+1)
			var buf2 [64]byte
			known = isSurnameB(titleCase(&buf2, b[h+1:k]))
			h = k
		}
		if f > q+2 && (g == len(b) || !isAlnum(b[g]) && b[g] != '-' && b[g] != '\'') &&
			known && !commonSurnames[string(w)] && !isFirstNameB(w) && !lowerKin[string(b[q:f])] && !lowerHello[string(b[q:f])] {
			return p, g
		}
	}
	return p, e
}

// lowerChain reads the names of a list typed in lower case from p ("alice,
// eric and grandma gerald"), emits them and returns the end of the last,
// or p. With fill the list must fill the rest of its line (after a dash
// or a label nothing else vouches for it); with intro a writer introduced
// after the list is read too ("hey betty its donna").
func (s *scan) lowerChain(p int, fill, intro bool, why string) int {
	b := s.b
	var spans [8][2]int
	n, strict := 0, 0
	q := p
	for n < len(spans) {
		st, e := s.lowerPerson(q, false)
		if e > st {
			strict++
		} else if st, e = s.lowerPerson(q, true); e == st {
			break
		}
		spans[n] = [2]int{st, e}
		n++
		if q = lowerJoin(b, e); q == spans[n-1][1] {
			break
		}
	}
	// One name the lexicon is sure of vouches for the list ("-- heather,
	// ryan"), and only with a list may its first be a place's too.
	if n == 0 || strict == 0 {
		return p
	}
	end := spans[n-1][1]
	if fill && !lineEndAt(b, end) && !lowerKinEnd(b, q, end) && bytes.IndexByte(b[spans[0][0]:spans[0][1]], ' ') < 0 {
		return p // a given name and a surname need no line to themselves: "Zi. 14: anna neumann, 78 J."
	}
	for _, sp := range spans[:n] {
		s.emit(PersonName, sp[0], sp[1], 0.7, why)
	}
	if intro {
		return s.lowerIntro(end)
	}
	return end
}

// lowerKinEnd reports whether a list's last join (ending at q, after the
// name ending at e) leads to a kin word and one more word that end the
// line: "-- ronald & evelyn and grandma bronwyn", whose last name the
// lexicons do not know.
func lowerKinEnd(b []byte, q, e int) bool {
	if q == e {
		return false
	}
	k := lowerWord(b, q)
	if k+2 >= len(b) || b[k] != ' ' || !lowerKin[string(b[q:k])] {
		return false
	}
	w := lowerWord(b, k+1)
	return w-k > 3 && lineEndAt(b, w)
}

// lowerJoin returns the end of a join of a list's names at e, or e.
func lowerJoin(b []byte, e int) int {
	if e+2 >= len(b) || b[e] != ',' && b[e] != ' ' {
		return e
	}
	for _, j := range lowerJoins {
		if hasPrefixAt(b, e, j) && e+len(j) < len(b) && isLower(b[e+len(j)]) {
			return e + len(j)
		}
	}
	return e
}

// lineEndAt reports whether only spaces and closing punctuation stand
// between e and the end of its line.
func lineEndAt(b []byte, e int) bool {
	for e < len(b) && (b[e] == ' ' || b[e] == '!' || b[e] == '.' || b[e] == '\r') {
		e++
	}
	return e == len(b) || b[e] == '\n'
}

// lowerOpen reads a clause typed in lower case from p (a line's start, or
// after a sign-off dash, a label's colon or a sentence's stop) that names
// a person: a greeting or sign-off before names ("lg elif & helmut"), a
// kin word ("grandma betty"), an author or recorder after "by" or "von"
// within the clause's first three words ("taken by anna", "notiert von
// mia"), or, with fill, names alone filling the line ("-- alice, eric",
// "angenommen: mia"). It returns the end of what it read, or p.
func (s *scan) lowerOpen(p int, fill bool) int {
	b := s.b
	w := lowerWord(b, p)
	if w == p {
		return p
	}
	if e := s.lowerChatDE(p); e > p { // "ok dragan 👍" (namede_round13.go)
		return e
	}
	word := string(b[p:w])
	switch {
	case w+2 >= len(b):
	case lowerHello[word]:
		q := w
		if b[q] == ',' {
			q++
		}
		if q+1 < len(b) && b[q] == ' ' && isLower(b[q+1]) {
			if e := s.lowerChain(q+1, false, true, "context:greeting-lower"); e > q+1 {
				return e
			}
			// "hey it's john", "hey mark its william": the writer.
			if e := s.lowerIntro(q); e > q {
				return e
			}
			return max(s.lowerIntro(lowerWord(b, q+1)), p)
		}
		return p
	case lowerKin[word]:
		return s.lowerChain(p, false, false, "context:kin-lower")
	}
	for k, v := 0, p; k < 3 && w+2 < len(b); k++ {
		if chatAsk[word] {
			if e := s.lowerAsked(w); e > w { // "hat jemand marie erreicht?" (namechat.go)
				return e
			}
		}
		if (w-v == 2 && word == "by" || w-v == 3 && word == "von") && b[w] == ' ' {
			return s.lowerChain(w+1, false, false, "context:by-lower")
		}
		if b[w] != ' ' {
			break
		}
		v = w + 1
		if w = lowerWord(b, v); w == v || w+2 >= len(b) {
			break
		}
		word = string(b[v:w])
	}
	if fill {
		return s.lowerChain(p, true, false, "context:signoff-lower")
	}
	return p
}

// lowerAfterDash reads a sign-off after a dash at i within a line ("great
// stay.  -- alice & eric"); a dash opening a line is lowerLine's.
func (s *scan) lowerAfterDash(i int) int {
	b := s.b
	q := i + 1
	if q < len(b) && b[q] == '-' {
		q++
	}
	if i == 0 && s.base != 0 || i > 0 && b[i-1] != ' ' || q+2 >= len(b) || b[q] != ' ' || !isLower(b[q+1]) {
		return i + 1
	}
	if e := s.lowerOpen(q+1, true); e > q+1 {
		return e
	}
	return max(s.lowerSubject(q+1), i+1) // "  - tyrone left early" (namechat.go)
}

// lowerAfterColon reads what follows a label's or a chat's prefix typed
// before lower case ("angenommen: mia", "Volunteer: tyrone", "…: hey betty
// its donna").
func (s *scan) lowerAfterColon(i int) int {
	b := s.b
	if i+3 >= len(b) || b[i+1] != ' ' {
		return i + 1
	}
	if e := s.deChatLowerNames(i); e > i {
		return e // "Olga (08:40): hat kemal dir …" (namede_round16.go)
	}
	if !isLower(b[i+2]) {
		return i + 1
	}
	if e := s.lowerOpen(i+2, true); e > i+2 {
		return e
	}
	if e := s.lowerSubject(i + 2); e > i+2 { // "Action: marisol to email the vendor" (namechat.go)
		return e
	}
	if e := s.lowerFieldValue(i + 2); e > i+2 { // "out: elizabeth  in: …" (namechat.go)
		return e
	}
	return max(s.lowerLabelled(i+2), i+1) // "Owner: guadalupe."

}

// lowerAfterStop reads a clause after a sentence's stop ('.', '!', '?')
// typed before lower case ("nur das wlan... lg elif & helmut", "72281.
// taken by anna", "coming sat? jorge says"); a name alone is read there
// only as the subject of a verb.
func (s *scan) lowerAfterStop(i int) int {
	b := s.b
	if i+3 >= len(b) || b[i+1] != ' ' || !isLower(b[i+2]) {
		return i + 1
	}
	if e := s.lowerTitledBefore(i); e > i {
		return e
	}
	if e := s.lowerOpen(i+2, false); e > i+2 {
		return e
	}
	// A sentence's subject typed in lower case: "coming sat? jorge says
	// bring chips" (namechat.go).
	return max(s.lowerSubject(i+2), i+1)
}

// lowerTail reads, after a name found at a greeting ending at e, the rest
// of a list ("hey anna & tom") or a writer introduced after it ("hi ole
// hier ist jonas"); it returns the end of what it read, or e.
func (s *scan) lowerTail(e int) int {
	if q := lowerJoin(s.b, e); q > e {
		return max(s.lowerChain(q, false, true, "context:greeting-lower"), e)
	}
	return s.lowerIntro(e)
}

// lowerIntro reads a writer introduced at e ("… its donna", "… hier ist
// sabine") and returns the name's end, or e.
func (s *scan) lowerIntro(e int) int {
	for _, w := range lowerIntros {
		if hasPrefixAt(s.b, e, w) {
			if st, f := s.lowerPerson(e+len(w), true); f > st { // the greeting vouches
				s.emit(PersonName, st, f, 0.7, "context:greeting-lower")
				// The one called for: "this is jean-luc kaur calling for miss chavez".
				if hasPrefixAt(s.b, f, " calling for ") {
					return max(s.lowerTitled(f+13), f)
				}
				return f
			}
			break
		}
	}
	return e
}
