package pii

import (
	"bytes"
	"unicode/utf8"
)

// A text that has named a person in full goes on to call them by one part
// of the name: "Henrike Pauly (58) leitet … Am Montag erhielt Pauly den
// Preis", "with guest Oskar Lindqvist … Oskar also shares", "联系人：董雨桐
// … 请到了董雨桐". Any author writes so (news, interviews, letters, notes), so
// the scan remembers the parts of the last few full names it found and
// takes a later, free-standing occurrence of one of them as the same
// person. Only what was found earlier counts, within recallReach bytes, so
// that a stream read in windows (which carries the memory) finds what a
// whole-text scan finds.

const (
	recallSlots = 8
	recallWord  = 30   // longest remembered part, in bytes
	recallReach = 4096 // how far after the full name a part is still the person
)

// recalled is one remembered part of a name: its bytes and the stream
// offset where the full name ended.
type recalled struct {
	n   uint8
	w   [recallWord]byte
	end int64
}

// recall is the scan's memory of names found in full, a ring. mask has a
// bit per remembered part's length and first byte, so that most words are
// told apart without comparing.
type recall struct {
	slot [recallSlots]recalled
	next uint8
	mask uint64
	han  bool // a Chinese name is remembered
}

func recallBit(w []byte) uint64 { return 1 << ((uint(len(w))*7 + uint(w[0])) & 63) }

func (r *recall) add(w []byte, end int64) {
	if len(w) < 3 || len(w) > recallWord {
		return
	}
	for k := range r.slot {
		if e := &r.slot[k]; e.n > 0 && bytes.Equal(e.w[:e.n], w) {
			e.end = end
			return
		}
	}
	e := &r.slot[r.next]
	e.n = uint8(copy(e.w[:], w))
	e.end = end
	r.next = (r.next + 1) % recallSlots
	r.mask, r.han = 0, false
	for k := range r.slot {
		if e := &r.slot[k]; e.n > 0 {
			r.mask |= recallBit(e.w[:e.n])
			r.han = r.han || e.w[0] >= 0xE0
		}
	}
}

// has reports whether w was remembered from a name that ended at or before
// at and no further than recallReach before it.
func (r *recall) has(w []byte, at int64) bool {
	if len(w) == 0 || r.mask&recallBit(w) == 0 {
		return false
	}
	for k := range r.slot {
		if e := &r.slot[k]; e.n == byte(len(w)) && e.end <= at && at-e.end <= recallReach && bytes.Equal(e.w[:e.n], w) {
			return true
		}
	}
	return false
}

// hanAt returns the end of a remembered Chinese name that b holds at i, or
// i; from is the stream offset of i.
func (r *recall) hanAt(b []byte, i int, from int64) int {
	// A name of two to four ideographs is 6, 9 or 12 bytes long.
	if c := b[i]; r.mask&(1<<((6*7+uint(c))&63)|1<<((9*7+uint(c))&63)|1<<((12*7+uint(c))&63)) == 0 {
		return i
	}
	for k := range r.slot {
		if e := &r.slot[k]; e.n > 0 && e.w[0] >= 0xE0 && e.end <= from && from-e.end <= recallReach && bytes.HasPrefix(b[i:], e.w[:e.n]) {
			return i + int(e.n)
		}
	}
	return i
}

// remember keeps the parts of a person name found at [start, end): each
// capitalised word of a name of two words or more ("Billy Wood": Billy,
// Wood), or a Chinese name of two to four ideographs whole.
func (s *scan) remember(start, end int) {
	b := s.b[start:end]
	at := s.base + int64(end)
	if r, _ := cnDecodeRune(b); isHan(r) {
		// Only a name that begins with a surname and is no word: a rule's
		// false find ("残疾" in a table) must not spread.
		if n := utf8.RuneCount(b); n >= 2 && n <= 4 && allHan(b) && (cnSurnames[r] || n >= 3 && cnCompound(b)) && !cnNonName(s.b, start, end) {
			s.recall.add(b, at)
		}
		return
	}
	if bytes.IndexByte(b, ' ') < 0 || !knownPart(b) {
		return
	}
	for p := 0; p < len(b); {
		for p < len(b) && (b[p] == ' ' || b[p] == ',') {
			p++
		}
		q := p
		for q < len(b) && b[q] != ' ' && b[q] != ',' {
			q++
		}
		// A part the lexicons know, or the last word (the surname's place):
		// not a word before the name a rule took in ("Fahrgast von Bülow").
		// A part in capitals is remembered as it is written in running
		// text: "AVI ESPINOZA: Welcome back. … Avi: Wait, really?".
		w := b[p:q]
		var buf [32]byte
		if q-p >= 3 && isUpper(w[1]) {
			if e, n := capsWord(b, p, &buf); e == q {
				w = buf[:n]
			}
		}
		if q-p >= 3 && capAt(w, 0) && w[len(w)-1] != '.' && !isUpper(w[1]) && (q == len(b) || isFirstNameB(w) || isSurnameB(w)) {
			s.recall.add(w, at)
		}
		p = q
	}
}

// knownPart reports whether a word of the name is a given name or a
// surname of the lexicons: a capitalised phrase a rule took for a name
// must not spread.
func knownPart(b []byte) bool {
	for p := 0; p < len(b); {
		q := p
		for q < len(b) && b[q] != ' ' && b[q] != ',' && b[q] != '.' {
			q++
		}
		if q > p && (isFirstNameB(b[p:q]) || isSurnameB(b[p:q])) {
			return true
		}
		var buf [32]byte
		if q-p >= 3 && isUpper(b[p+1]) {
			if e, n := capsWord(b, p, &buf); e == q && (isFirstNameB(buf[:n]) || isSurnameB(buf[:n])) {
				return true
			}
		}
		p = q + 1
	}
	return false
}

// cnCompound reports whether b begins with a compound surname of
// cnCompoundSurnames. The recall path asks it of every remembered Chinese
// name at every run of ideographs: one lookup of b's first six bytes
// rather than a comparison with each surname.
func cnCompound(b []byte) bool {
	return len(b) >= cnCompoundLen && cnCompoundSet[string(b[:cnCompoundLen])]
}

// cnCompoundLen is the length in bytes of every compound surname: two
// ideographs of three bytes.
const cnCompoundLen = 6

// cnCompoundSet holds cnCompoundSurnames, each checked to be cnCompoundLen
// bytes long, for cnCompound.
var cnCompoundSet = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range cnCompoundSurnames {
		if len(c) != cnCompoundLen {
			panic("pii: compound surname " + c + " is not two ideographs of three bytes")
		}
		m[c] = true
	}
	return m
}()

// nameParticle reports whether w is a particle of a surname.
func nameParticle(w []byte) bool {
	switch string(w) {
	case "von", "vom", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "zu", "zur", "ten", "ter", "dos", "das":
		return true
	}
	return false
}

func allHan(b []byte) bool {
	for len(b) > 0 {
		r, size := cnDecodeRune(b)
		if !isHan(r) {
			return false
		}
		b = b[size:]
	}
	return true
}

// recalledName returns the end of the word at i when it is a part of a
// name found earlier standing on its own: the word before it is not
// capitalised (a German noun, a firm's name), no capitalised word follows
// on the line ("Grant Park", "Wells Fargo"), and no bracket, slash or
// digit is attached to it. Otherwise it returns i.
func (s *scan) recalledName(i int) int {
	if s.recall.mask == 0 {
		return i // the common case, inlined at the call
	}
	return s.recalledNameRest(i)
}

// recalledNameRest is recalledName past its first test, out of line so
// that the test inlines.
//
//go:noinline
func (s *scan) recalledNameRest(i int) int {
	b := s.b
	if s.recall.mask == 0 {
		return i
	}
	e := s.word(i)
	if e-i < 3 || !s.recall.has(b[i:e], s.base+int64(i)) {
		return i
	}
	if e < len(b) && (isAlnum(b[e]) || b[e] == '-' || b[e] == '/' || b[e] == '&' || b[e] == ')' || b[e] >= 0x80) {
		return i
	}
	if i > 0 && (isAlnum(b[i-1]) || b[i-1] == '(' || b[i-1] == '/' || b[i-1] == '-' || b[i-1] == '@' || b[i-1] == '#' || b[i-1] == '&') {
		return i
	}
	if nonNames[string(b[i:e])] {
		return i
	}
	// The next word on the line: not a capitalised one ("Grant Park"), not
	// a firm's "& Sons".
	k := e
	for k < len(b) && b[k] == ' ' {
		k++
	}
	if k > e && (capAt(b, k) || k+1 < len(b) && b[k] >= 0xC4 && b[k] <= 0xC5 || k < len(b) && (b[k] == '&' || b[k] == '+')) {
		return i
	}
	// The word before, on the line.
	k = i - 1
	for k >= 0 && b[k] == ' ' {
		k--
	}
	if k >= 0 && b[k] == ')' {
		return i // "Karen (Shah) Hill": one name with the maiden name
	}
	if k < 0 || b[k] == '.' || b[k] == '!' || b[k] == '?' || b[k] == '\n' || b[k] == ':' {
		// A sentence's first word: "Park in the garage", "Black & Decker".
		if commonSurnames[string(b[i:e])] || loneAmbiguous[string(b[i:e])] {
			return i
		}
	}
	if k >= 1 && k < i-1 && isLower(b[k]) {
		// A particle before it: "van der Berg" is one name, found or not.
		w := k
		for w > 0 && isLower(b[w-1]) {
			w--
		}
		if (w == 0 || b[w-1] == ' ' || b[w-1] == '\n') && nameParticle(b[w:k+1]) {
			return i
		}
	}
	if k >= 0 && k < i-1 && (isAlnum(b[k]) || b[k] >= 0x80) {
		w := k
		for w > 0 && (isAlnum(b[w-1]) || b[w-1] >= 0x80 || b[w-1] == '-') {
			w--
		}
		if capAt(b, w) || b[w] >= 0xC4 && b[w] <= 0xC5 {
			return i
		}
	}
	return e
}

// Characters that may stand next to a name inside a run of ideographs: a
// verb or preposition before it ("请到了董雨桐", "问许安"), a particle or a
// verb of saying after it ("董雨桐的", "罗佳显得", "李娜说").
var (
	cnRecallBefore = runeSet("了到问找请给和与跟对向让叫被把是由陪见及、")
	cnRecallAfter  = runeSet("说的在显表认也和与是已又还就都笑回答告介讲谈称指透坦感及、")
)

func runeSet(s string) map[rune]bool {
	m := make(map[rune]bool)
	for _, r := range s {
		m[r] = true
	}
	return m
}

// recalledHan emits, in the run of ideographs [i, j) where no rule found a
// name, each remembered Chinese name standing between a run's edge or a
// character that may stand next to a name.
func (s *scan) recalledHan(i, j int) {
	b := s.b
	for p := max(i, s.floor); p < j; {
		if e := s.recall.hanAt(b, p, s.base+int64(p)); e > p && e <= j {
			before, _ := utf8.DecodeLastRune(b[:p])
			after, _ := cnDecodeRune(b[e:])
			if (p == i || cnRecallBefore[before]) && (e == j || !isHan(after) || cnRecallAfter[after]) {
				s.emit(PersonName, p, e, 0.75, "context:named-before")
				p = e
				continue
			}
		}
		_, size := cnDecodeRune(b[p:])
		p += size
	}
}
