package pii

import "golang.org/x/text/unicode/norm"

// wordFilter answers "certainly not in the set" for most words without a map
// lookup: a bit per hash of a word's length, first two and last bytes. The
// name path looks every capitalised word up in several lexicons, and a map
// lookup (hashing the word, probing, comparing) costs several times this
// test; a word the filter lets through is still looked up in the map, so the
// answers are the map's.
type wordFilter struct{ bits [1 << 10]uint64 }

func newWordFilter(sets ...map[string]bool) *wordFilter {
	f := &wordFilter{}
	for _, m := range sets {
		for w := range m {
			f.add(w)
		}
	}
	return f
}

func (f *wordFilter) add(w string) {
	h := filterHash(w)
	f.bits[h>>6] |= 1 << (h & 63)
}

func filterHash[T string | []byte](w T) uint32 {
	if len(w) == 0 {
		return 0
	}
	k := uint32(len(w)) | uint32(w[0])<<8 | uint32(w[len(w)/2])<<16 | uint32(w[len(w)-1])<<24
	return (k * 0x9E3779B1) >> 16
}

// mayBe reports whether w may be in the sets the filter was built from.
func mayBe[T string | []byte](f *wordFilter, w T) bool {
	h := filterHash(w)
	return f.bits[h>>6]&(1<<(h&63)) != 0
}

// The filters of the lexicons the name path looks up most. The maps are
// built once and never changed, so a filter built from them stays right.
var (
	firstNameFilter = newLexFilter(firstNames)
	titleFilter     = newWordFilter(titles, moreTitles)
)

// isFirstName is firstNames[w], with the filter first, or a double given
// name of two such names ("Heike-Marie").
func isFirstName(w string) bool {
	return mayBeLex(firstNameFilter, w) && firstNames[w] || len(w) > 4 && compoundGiven(w) || foldedIn(firstNames, w)
}

// isFirstNameB is isFirstName of a word still in bytes; the map lookup
// of a converted slice does not copy it.
func isFirstNameB(w []byte) bool {
	return mayBeLex(firstNameFilter, w) && firstNames[string(w)] || len(w) > 4 && compoundGiven(w) || foldedIn(firstNames, w)
}

// isTitle is titles[w] || moreTitles[w], with the filter first.
func isTitle(w string) bool { return mayBe(titleFilter, w) && (titles[w] || moreTitles[w]) }

// hanFirst is a filter on the first character of a list of Chinese words:
// the name path tries every honorific ("先生", "女士", …) after every
// ideograph of a run, and most ideographs begin none of them. A bit per hash
// of the character's three UTF-8 bytes; a word whose first character is not
// three bytes long sets every bit, so the filter never says no wrongly.
type hanFirst [4]uint64

func newHanFirst(ws []string) *hanFirst {
	f := &hanFirst{}
	for _, w := range ws {
		if len(w) < 3 || w[0] < 0xE0 || w[0] > 0xEF {
			*f = hanFirst{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			return f
		}
		h := hanHash(w[0], w[1], w[2])
		f[h>>6] |= 1 << (h & 63)
	}
	return f
}

func hanHash(c0, c1, c2 byte) uint32 {
	return ((uint32(c0)<<16 | uint32(c1)<<8 | uint32(c2)) * 0x9E3779B1) >> 24
}

// may reports whether one of the words may begin at b[o:].
func (f *hanFirst) may(b []byte, o int) bool {
	if o < 0 || o+3 > len(b) {
		return true
	}
	h := hanHash(b[o], b[o+1], b[o+2])
	return f[h>>6]&(1<<(h&63)) != 0
}

var (
	cnHonorificFirst = newHanFirst(cnHonorifics)
	cnNameLabelFirst = newHanFirst(cnNameLabels)
)

var surnameFilter = newLexFilter(surnames)

// isSurname is surnames[w], with the filter first.
func isSurname(w string) bool {
	return mayBeLex(surnameFilter, w) && surnames[w] || foldedIn(surnames, w)
}

// isSurnameB is isSurname of a word still in bytes.
func isSurnameB(w []byte) bool {
	return mayBeLex(surnameFilter, w) && surnames[string(w)] || foldedIn(surnames, w)
}

var notNameFilter = newWordFilter(nameStop, nonNames, orgWords)

// notNameWordB is nameStop[w] || nonNames[w] || orgWords[w] of a word in
// bytes, with one filter before the three lookups: nameWords asks it of
// every word it reads.
func notNameWordB(w []byte) bool {
	return mayBe(notNameFilter, w) && (nameStop[string(w)] || nonNames[string(w)] || orgWords[string(w)])
}

// More of the lexicons every capitalised word is looked up in.
var (
	rankFilter      = newWordFilter(rankTitles)
	roleFilter      = newWordFilter(personRoles)
	careTitleFilter = newWordFilter(careTitles)
	greetingFilter  = func() *wordFilter {
		f := newWordFilter(greetings)
		for w := range greetingPairs {
			f.add(w)
		}
		return f
	}()
	brandFilter = func() *wordFilter {
		f := &wordFilter{}
		for w := range brandsByFirst {
			f.add(w)
		}
		return f
	}()
)

// isRankTitle is rankTitles[w], with the filter first.
func isRankTitle(w string) bool { return mayBe(rankFilter, w) && rankTitles[w] }

// lexFilter is a wordFilter for the two largest lexicons (firstNames,
// surnames: tens of thousands of names each), which wordFilter's 64 Kbit
// and four bytes of hash let half of all other words through. It hashes
// every byte (FNV-1a) and sets two of 256 Kbit per name, so that about one
// word in a hundred that is no name reaches the map. The name model's own
// filter (lexiconNameFilter) stays a wordFilter: its answers are features
// the model was trained on.
type lexFilter struct{ bits [1 << 12]uint64 }

func newLexFilter(sets ...map[string]bool) *lexFilter {
	f := &lexFilter{}
	for _, m := range sets {
		for w := range m {
			h1, h2 := lexHash(w)
			f.bits[h1>>6] |= 1 << (h1 & 63)
			f.bits[h2>>6] |= 1 << (h2 & 63)
		}
	}
	return f
}

// lexHash returns w's two bit positions in a lexFilter.
func lexHash[T string | []byte](w T) (uint32, uint32) {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h >> 14, (h * 0x9E3779B1) >> 14
}

// mayBeLex reports whether w may be in the sets the filter was built from.
func mayBeLex[T string | []byte](f *lexFilter, w T) bool {
	h1, h2 := lexHash(w)
	return f.bits[h1>>6]&(1<<(h1&63)) != 0 && f.bits[h2>>6]&(1<<(h2&63)) != 0
}

// foldedIn reports whether w, written with accents, is in the lexicon m
// once they are dropped ("João", "Hernández", "Wójcik", "Łukasz"): the
// published tables the lexicons come from (SSA, Census) write names
// without them. A word with German letters (ä, ö, ü, ß) is not folded:
// the German lexicons write them, and folded such words are nouns and
// firms ("Bürger", "Würth", "Kärcher" fold onto Census surnames).
func foldedIn[T string | []byte](m map[string]bool, w T) bool {
	// Most words asked are plain ASCII: one pass without branches says so.
	var or byte
	for k := 0; k < len(w); k++ {
		or |= w[k]
	}
	if or < 0x80 || len(w) > 64 {
		return false
	}
	var buf [64]byte
	n := 0
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c < 0x80 {
			buf[n], n = c, n+1
			continue
		}
		// A letter of two bytes, C3 to C5: Latin-1's and Extended-A's.
		if c < 0xC3 || c > 0xC5 || k+1 >= len(w) || c == 0xC3 && germanLetter[w[k+1]] {
			return false
		}
		f := foldTable[int(c&0x1F)<<6|int(w[k+1]&0x3F)-0xC0]
		if f == 0 {
			return false // Æ, Đ, Þ: no table folds them one way
		}
		buf[n], n, k = f, n+1, k+1
	}
	return m[string(buf[:n])]
}

// foldTable maps each letter from U+00C0 to U+017F to the ASCII letter it
// is written on ("ã" to "a", "Ł" to "L"), or 0 for none.
var foldTable = func() (t [0x180 - 0xC0]byte) {
	for r := rune(0xC0); r < 0x180; r++ {
		if d := []rune(norm.NFD.String(string(r))); d[0] < 0x80 && isAlpha(byte(d[0])) {
			t[r-0xC0] = byte(d[0])
		}
	}
	t['ł'-0xC0], t['Ł'-0xC0], t['ø'-0xC0], t['Ø'-0xC0] = 'l', 'L', 'o', 'O'
	return t
}()

// germanLetter marks the second bytes of Ä Ö Ü ä ö ü ß after 0xC3.
var germanLetter = [256]bool{0x84: true, 0x96: true, 0x9C: true, 0xA4: true, 0xB6: true, 0xBC: true, 0x9F: true}
