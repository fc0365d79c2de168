package pii

import "strings"

// Byte classes. One table lookup per input byte decides whether a byte can
// begin a candidate; everything else is skipped without further work.
const (
	bDigit = 1 << iota
	bUpper
	bLower
	bHex
	bLocal // allowed in the local part of an email address
)

var bclass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] |= bDigit | bHex | bLocal
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] |= bUpper | bLocal
		t[c+'a'-'A'] |= bLower | bLocal
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] |= bHex
		t[c-'a'+'A'] |= bHex
	}
	for _, c := range []byte("._%+-") {
		t[c] |= bLocal
	}
	return t
}()

func isDigit(c byte) bool { return c-'0' < 10 }
func isAlpha(c byte) bool { return bclass[c]&(bUpper|bLower) != 0 }
func isUpper(c byte) bool { return c-'A' < 26 }
func isLower(c byte) bool { return c-'a' < 26 }
func isAlnum(c byte) bool { return bclass[c]&(bDigit|bUpper|bLower) != 0 }
func isHex(c byte) bool   { return bclass[c]&bHex != 0 }

// leftOK reports whether a match may begin at p: it must not continue a word
// or a longer identifier ("INV-2024…", "v1.2.3", "a/123", "+4111…").
func leftOK(b []byte, p int) bool {
	if p == 0 || b[p-1] == ' ' {
		return true // the common case, inlined at the call
	}
	return leftOKRest(b, p)
}

// leftOKRest is leftOK past its first test, out of line so
// that the test inlines.
//
//go:noinline
func leftOKRest(b []byte, p int) bool {
	if p == 0 {
		return true
	}
	c := b[p-1]
	if isAlnum(c) || c == '@' || c == '_' || c == '+' || c == '#' && p >= 2 && isAlnum(b[p-2]) {
		return false
	}
	if p >= 2 && isAlnum(b[p-2]) && (c == '-' || c == '/' || c == '.' || c == '\\') {
		return false
	}
	return true
}

// rightOK reports whether a match may end at e.
func rightOK(b []byte, e int) bool {
	if e >= len(b) {
		return true
	}
	c := b[e]
	if isAlnum(c) || c == '@' || c == '_' {
		return false
	}
	if e+1 < len(b) && isAlnum(b[e+1]) && (c == '-' || c == '/' || c == '.' || c == '\\') {
		return false
	}
	return true
}

// ctxWindow is how far before a candidate the context words are looked for.
const ctxWindow = 48

// words is a list of context words indexed by first byte, so that looking
// for all of them costs one pass over the window.
type words struct {
	byFirst [256][]string
	first   [256]bool // some word begins with this byte, in either case
	// The words again for endsWord, by their last, fourth-, fifth- and
	// sixth-last bytes (record keys share their last three: `":"`, and
	// many their two letters before: `customer":"`, `fahrer":"`), and
	// those shorter, by their last byte.
	byEnd    [256][]string
	shortEnd [256][]string
}

func endKey(last, fourth, fifth, sixth byte) byte {
	return ((last*7+fourth)*31+fifth)*31 + sixth
}

// newWords indexes ws, given in lower case (ASCII) or as UTF-8 to match
// exactly (Chinese). No word may contain a digit (see ctxDistance).
func newWords(ws ...string) *words {
	w := &words{}
	for _, s := range ws {
		w.byFirst[s[0]] = append(w.byFirst[s[0]], s)
		w.first[s[0]] = true
		if n := len(s); n >= 6 {
			k := endKey(s[n-1], s[n-4], s[n-5], s[n-6])
			w.byEnd[k] = append(w.byEnd[k], s)
		} else {
			w.shortEnd[s[n-1]] = append(w.shortEnd[s[n-1]], s)
		}
		if isLower(s[0]) {
			w.first[s[0]-'a'+'A'] = true
		}
	}
	return w
}

func lower(c byte) byte {
	if isUpper(c) {
		return c + 'a' - 'A'
	}
	return c
}

// hasContext reports whether one of ws occurs in the ctxWindow bytes before
// p. An ASCII word must begin a word ("tel" in "Tel." but not in
// "Bestellung").
func hasContext(b []byte, p int, ws *words) bool {
	return ctxDistance(b, p, ws, ctxWindow) >= 0
}

// hasContextWithin is hasContext with a window of at most ctxWindow bytes.
func hasContextWithin(b []byte, p int, ws *words, window int) bool {
	return ctxDistance(b, p, ws, window) >= 0
}

// ctxDistance returns how many bytes before p the nearest of ws ends,
// looking back at most window bytes, or -1. A word counts only when no
// digit stands between it and p: it must introduce this value, not an
// earlier one ("SSN 123-45-6789, ref 987654321").
func ctxDistance(b []byte, p int, ws *words, window int) int {
	_, d := nearestWord(b, p, ws, window)
	return d
}

// endsWord reports whether ctxDistance(b, p, ws, window) == 0: whether one
// of ws ends right at p. It compares only the words that end as the text
// does instead of scanning the window for every word.
func endsWord(b []byte, p int, ws *words, window int) bool {
	if p >= 6 && endsWordIn(b, p, ws.byEnd[endKey(lower(b[p-1]), lower(b[p-4]), lower(b[p-5]), lower(b[p-6]))], window) {
		return true
	}
	return p >= 1 && endsWordIn(b, p, ws.shortEnd[lower(b[p-1])], window)
}

func endsWordIn(b []byte, p int, ws []string, window int) bool {
	for _, w := range ws {
		k := p - len(w)
		if k < 0 || len(w) > window || lower(b[k]) != w[0] {
			continue
		}
		// Then from the end: the keys share their endings (`":"`, and
		// "ller" of `ersteller":"`, `zusteller":"`), and most differ
		// from the text a letter or two before them.
		m := len(w) - 1
		for m >= 0 && lower(b[k+m]) == w[m] {
			m--
		}
		if m < 0 && !(w[0] < 0x80 && k > 0 && isAlpha(b[k-1])) {
			return true
		}
	}
	return false
}

// nearestWord is ctxDistance returning the word found too.
func nearestWord(b []byte, p int, ws *words, window int) (string, int) {
	lo := max(p-window, 0)
	best, found := -1, ""
	for k := p - 1; k >= lo; k-- {
		c := b[k]
		if isDigit(c) {
			// No word contains a digit, so every word further back has
			// this digit between it and p.
			break
		}
		if !ws.first[c] {
			continue
		}
		// An ASCII word must begin a word: inside one (most of the
		// window's letters) no word of the bucket can match. (w[0] is
		// lower(c), so it is ASCII exactly when c is.)
		if c < 0x80 && k > 0 && isAlpha(b[k-1]) {
			continue
		}
		for _, w := range ws.byFirst[lower(c)] {
			if k+len(w) > p {
				continue
			}
			match := true
			for m := 1; m < len(w); m++ {
				if lower(b[k+m]) != w[m] {
					match = false
					break
				}
			}
			if d := p - k - len(w); match && (best < 0 || d < best) {
				best, found = d, w
			}
		}
	}
	return found, best
}

// wordAfter returns the first of ws that begins a word within window bytes
// after e, in the same sentence and before any digit: a word that follows a
// value and describes it; "" when there is none.
func wordAfter(b []byte, e int, ws *words, window int) string {
	hi := min(e+window, len(b))
	for k := e; k < hi; k++ {
		c := b[k]
		if isDigit(c) || c == '\n' || c == ';' || c == '|' || c == 0xE3 || c == '.' && (k+1 == len(b) || b[k+1] == ' ') {
			return "" // another value or another sentence ("。" begins 0xE3)
		}
		if !ws.first[c] || c < 0x80 && k > 0 && isAlpha(b[k-1]) {
			continue
		}
		for _, w := range ws.byFirst[lower(c)] {
			if k+len(w) > len(b) {
				continue
			}
			match := true
			for m := 1; m < len(w); m++ {
				if lower(b[k+m]) != w[m] {
					match = false
					break
				}
			}
			if match {
				return w
			}
		}
	}
	return ""
}

// notPIIWords just before a bare number say it is something else: an order,
// an invoice, a parcel, a serial number, a transaction, a time.
var notPIIWords = newWords("order", "invoice", "tracking", "ref", "batch", "code", "time", "created", "updated", "bestellung",
	"rechnung", "sendung", "serial", "sku", "seriennummer", "transaction", "transaktion", "nonce", "seq", "uid",
	"订单", "发票", "运单", "时间", "编号", "序列号", "流水号")

// digitRun returns the end of the run of ASCII digits starting at i.
func digitRun(b []byte, i int) int {
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return i
}

// groups is a number written as digit groups with one kind of separator,
// such as "4111 1111 1111 1111" or "123-45-6789".
type groups struct {
	d   [24]byte // the digits' values, the first 24
	n   int      // how many digits, possibly more than 24
	len [8]uint8 // group lengths, the first 8
	ng  int      // how many groups
	sep byte     // the separator, 0 when the digits are contiguous
	end int      // index after the last digit
}

// collectGroups reads digit groups from i separated by one separator from
// seps, each separator followed by a digit.
func collectGroups(b []byte, i int, seps string) (g groups) {
	j := i
	for {
		k := j
		for k < len(b) && isDigit(b[k]) {
			if g.n < len(g.d) {
				g.d[g.n] = b[k] - '0'
			}
			g.n++
			k++
		}
		if g.ng < len(g.len) {
			g.len[g.ng] = uint8(min(k-j, 255))
		}
		g.ng++
		g.end = k
		if g.n > len(g.d) || k+1 >= len(b) || !isDigit(b[k+1]) {
			return g
		}
		c := b[k]
		if g.sep == 0 && strings.IndexByte(seps, c) >= 0 { // not []byte(seps): a copy per group
			g.sep = c
		} else if c != g.sep || g.sep == 0 {
			return g
		}
		j = k + 1
	}
}

// shape reports whether the group lengths are exactly ls.
func (g *groups) shape(ls ...uint8) bool {
	if g.ng != len(ls) {
		return false
	}
	for i, l := range ls {
		if g.len[i] != l {
			return false
		}
	}
	return true
}

func (g *groups) digits() []byte { return g.d[:min(g.n, len(g.d))] }

// minLen returns the length of the shortest group.
func (g *groups) minLen() uint8 {
	m := uint8(255)
	for _, l := range g.len[:min(g.ng, len(g.len))] {
		m = min(m, l)
	}
	return m
}
