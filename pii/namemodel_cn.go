package pii

import (
	_ "embed"
	"math"
	"unicode/utf8"
)

// The name model's Chinese reading: the same logistic regression over
// hashed features (namemodel.go), with its own weights, reading a run of
// two to four ideographs that begins with a surname's character inside a
// run of ideographs where the rules (han, name.go) found no name. It weighs
// the surname, the given name's characters, the characters around the
// candidate, the words of cnNonNames, the honorifics and labels next to it,
// all at once, as learned from the labelled corpora of pii/heldout
// (TestTrainNameModel writes model/names_zh.bin).

// nameModelZHThreshold is the probability above which the Chinese
// reading's best length at a surname's character is a name: chosen on the
// validation set unwritten (TestNameModelValidateZH), where trained without
// it the model lifts the rules' recall of Chinese names from 0.905 to 0.927
// at 0.4 and 0.5 with every addition a name (precision 0.991 as the rules'),
// and at 0.3 to 0.931 with one addition in nine not a name; 0.5 keeps the
// margin.
const nameModelZHThreshold = 0.5

//go:embed model/names_zh.bin
var nameModelZHData []byte

// defaultNameModelZH is the embedded Chinese model; nil when none is
// embedded.
var defaultNameModelZH = loadNameModel(nameModelZHData, nameModelZHThreshold)

// cnSurnameTable marks the single surnames' characters and the first
// characters of the compound ones, indexed from U+4E00: asked of every
// character of a run the rules left.
var cnSurnameTable = func() *[0x9FFF - 0x4E00 + 1]bool {
	var t [0x9FFF - 0x4E00 + 1]bool
	for r := range cnSurnames {
		if isHan(r) {
			t[r-0x4E00] = true
		}
	}
	for _, c := range cnCompoundSurnames {
		if r, _ := utf8.DecodeRuneInString(c); isHan(r) {
			t[r-0x4E00] = true
		}
	}
	return &t
}()

// runeTable marks the ideographs of a set in a table indexed from U+4E00:
// the model asks of every character it reads, where a map costs too much.
func runeTable(sets ...map[rune]bool) *[0x9FFF - 0x4E00 + 1]bool {
	var t [0x9FFF - 0x4E00 + 1]bool
	for _, m := range sets {
		for r := range m {
			if isHan(r) {
				t[r-0x4E00] = true
			}
		}
	}
	return &t
}

var (
	cnSingleSurnameTable = runeTable(cnSurnames)
	cnGivenTable         = runeTable(cnGivenChars)
	cnNotGivenTable      = runeTable(cnNotGiven)
	cnOnlyGivenTable     = runeTable(cnOnlyGiven)
	cnAfterNameTable     = runeTable(cnAfterName)
	// The second characters of the words of cnNonNames: most readings
	// begin no word, and are not looked up.
	cnNonNameSecond = func() *[0x9FFF - 0x4E00 + 1]bool {
		var t [0x9FFF - 0x4E00 + 1]bool
		for w := range cnNonNames {
			_, size := utf8.DecodeRuneInString(w)
			if r, _ := utf8.DecodeRuneInString(w[size:]); isHan(r) {
				t[r-0x4E00] = true
			}
		}
		return &t
	}()
)

// hanAt is the ideograph at p as an index of the tables, or -1.
func hanAt(b []byte, p int) int {
	if p+2 < len(b) && b[p] >= 0xE4 && b[p] <= 0xE9 {
		return int(b[p]&0x0F)<<12 | int(b[p+1]&0x3F)<<6 | int(b[p+2]&0x3F) - 0x4E00
	}
	return -1
}

// Feature templates of the Chinese reading.
const (
	fzBias = iota + 101
	fzLen
	fzSurname
	fzSurnameLen
	fzGiven
	fzGivenPair
	fzGivenClass
	fzPrev
	fzPrev2
	fzNext
	fzNext2
	fzPrevLen
	fzNextLen
	fzNonName
	fzWordStart
	fzHonorific
	fzLabel
	fzSurnameNext
	fzLastNext
	fzPrevSurname
	fzRunEdge
	fzCtxClass
)

// hanCtx is a character next to a candidate: an ideograph, another
// character (punctuation, a letter, a digit), or the start or end of a
// line or of the text.
type hanCtx struct {
	kind int // tokLine, tokWord (an ideograph), tokDigits, tokPunct
	s, e int
}

func (c hanCtx) hash(h fhash, b []byte) fhash {
	h = h.int(c.kind)
	switch c.kind {
	case tokWord, tokPunct:
		for _, x := range b[c.s:c.e] {
			h = h.byte(x)
		}
	case tokDigits:
		if isAlpha(b[c.s]) {
			h = h.byte('a')
		}
	}
	return h
}

// hanCharBefore returns the character that ends at p.
func hanCharBefore(b []byte, p int) hanCtx {
	if p <= 0 || b[p-1] == '\n' {
		return hanCtx{kind: tokLine}
	}
	c := b[p-1]
	if c < 0x80 {
		if isDigit(c) || isAlpha(c) {
			return hanCtx{tokDigits, p - 1, p}
		}
		return hanCtx{tokPunct, p - 1, p}
	}
	s := p - 1
	for s > 0 && p-s < 4 && b[s]&0xC0 == 0x80 {
		s--
	}
	if r, _ := cnDecodeRune(b[s:p]); isHan(r) {
		return hanCtx{tokWord, s, p}
	}
	return hanCtx{tokPunct, s, p}
}

// hanCharAfter returns the character that starts at e.
func hanCharAfter(b []byte, e int) hanCtx {
	if e >= len(b) || b[e] == '\n' || b[e] == '\r' {
		return hanCtx{kind: tokLine}
	}
	c := b[e]
	if c < 0x80 {
		if isDigit(c) || isAlpha(c) {
			return hanCtx{tokDigits, e, e + 1}
		}
		return hanCtx{tokPunct, e, e + 1}
	}
	r, size := cnDecodeRune(b[e:])
	if isHan(r) {
		return hanCtx{tokWord, e, e + size}
	}
	return hanCtx{tokPunct, e, e + size}
}

// hanReading is a candidate: the ideographs [s, e) at offs, the first sl
// of them the surname.
type hanReading struct {
	offs      [5]int // the candidate's characters' offsets and its end
	k, sl     int
	prev      hanCtx
	prev2     hanCtx
	label     int // 1 when a name's label stands before the candidate
	prevLabel fhash
}

// cnLabelBefore reports whether a label of cnNameLabels ends at p, but for
// a colon and spaces ("姓名：", "联系人: ").
func cnLabelBefore(b []byte, p int) bool {
	for n := 0; n < 4 && p > 0 && (b[p-1] == ' ' || b[p-1] == ':'); n++ {
		p--
	}
	if p >= 3 && string(b[p-3:p]) == "：" {
		p -= 3
	}
	for _, l := range cnNameLabels {
		if p >= len(l) && string(b[p-len(l):p]) == l {
			return true
		}
	}
	return false
}

// hanFeatures calls f with the hash of every feature of the reading r in b.
func hanFeatures(b []byte, r *hanReading, f func(uint32)) {
	s, e, k, sl := r.offs[0], r.offs[r.k], r.k, r.sl
	next := hanCharAfter(b, e)
	var next2 hanCtx
	if next.kind != tokLine {
		next2 = hanCharAfter(b, next.e)
	}
	sur := newHash(fzSurname)
	for _, x := range b[s:r.offs[sl]] {
		sur = sur.byte(x)
	}
	f(uint32(newHash(fzBias)))
	f(uint32(newHash(fzLen).int(k)))
	f(uint32(sur))
	f(uint32(newHash(fzSurnameLen).int(sl).int(k)))
	var cls [3]byte
	for j := sl; j < k; j++ {
		g := newHash(fzGiven).int(j - sl).int(k - sl)
		for _, x := range b[r.offs[j]:r.offs[j+1]] {
			g = g.byte(x)
		}
		f(uint32(g))
		if c := hanAt(b, r.offs[j]); c >= 0 {
			if cnGivenTable[c] {
				cls[j-sl] |= 1
			}
			if cnOnlyGivenTable[c] {
				cls[j-sl] |= 4
			}
			if cnAfterNameTable[c] {
				cls[j-sl] |= 8
			}
		}
	}
	f(uint32(newHash(fzGivenClass).int(k - sl).byte(cls[0]).byte(cls[1])))
	if k-sl == 2 {
		g := newHash(fzGivenPair)
		for _, x := range b[r.offs[sl]:e] {
			g = g.byte(x)
		}
		f(uint32(g))
	}
	f(uint32(r.prev.hash(newHash(fzPrev), b)))
	f(uint32(r.prev.hash(r.prev2.hash(newHash(fzPrev2), b), b)))
	f(uint32(next.hash(newHash(fzNext), b)))
	f(uint32(next2.hash(next.hash(newHash(fzNext2), b), b)))
	f(uint32(r.prev.hash(newHash(fzPrevLen).int(k), b)))
	f(uint32(next.hash(newHash(fzNextLen).int(k).int(sl), b)))
	f(uint32(next.hash(sur.int(fzSurnameNext), b)))
	f(uint32(r.prev.hash(sur.int(fzPrevSurname), b)))
	last := newHash(fzLastNext)
	for _, x := range b[r.offs[k-1]:e] {
		last = last.byte(x)
	}
	f(uint32(next.hash(last, b)))
	// The words of cnNonNames: the candidate is one, begins with one, or
	// its last character begins one with what follows.
	word := 0
	if c := hanAt(b, r.offs[1]); c >= 0 && cnNonNameSecond[c] {
		for l := 2; l <= k; l++ {
			if cnNonNames[string(b[s:r.offs[l]])] {
				word = l
			}
		}
	}
	f(uint32(newHash(fzWordStart).int(word).int(k)))
	non := 0
	if next.kind == tokWord && cnSingleSurnameTable[hanAt(b, r.offs[k-1])] && cnNonNameSecond[hanAt(b, next.s)] && cnNonNames[string(b[r.offs[k-1]:next.e])] {
		non |= 2
	}
	f(uint32(newHash(fzNonName).int(non)))
	hon := 0
	if cnHonorificAt(b, e) {
		hon = 1
	}
	f(uint32(newHash(fzHonorific).int(hon).int(k - sl)))
	f(uint32(newHash(fzLabel).int(r.label).int(k)))
	edge := 0
	if next.kind != tokWord {
		edge |= 1
	}
	if r.prev.kind != tokWord {
		edge |= 2
	}
	f(uint32(newHash(fzRunEdge).int(edge).int(k)))
	// The characters around as the rules know them: one that stands
	// before a person ("跟", "叫") or ends a role ("员"), one that follows
	// a person ("说", "也").
	ctx := 0
	if r.prev.kind == tokWord {
		if c := cnRune(b, r.prev.s); cnBeforeName[c-0x4E00] {
			ctx |= 1
		}
	}
	if next.kind == tokWord {
		if cnAfterNameTable[hanAt(b, next.s)] {
			ctx |= 2
		}
	}
	f(uint32(newHash(fzCtxClass).int(ctx).int(k - sl).byte(cls[k-sl-1])))
}

// hanReadings fills rs with the readings at p, in a run of ideographs
// ending at j: a single surname with one or two given characters, a
// compound one with one or two. It returns how many.
func hanReadings(b []byte, p, j int, rs *[4]hanReading) int {
	var offs [5]int
	offs[0] = p
	n := 0
	for q := p; n < 4 && q < j; n++ {
		_, size := cnDecodeRune(b[q:])
		q += size
		offs[n+1] = q
	}
	// A reading whose given name has a character that ordinary words put
	// after a surname's ("王的", "高了") is no name, and not read.
	given := func(from int) int {
		for x := from; x < n; x++ {
			if c := hanAt(b, offs[x]); c < 0 || cnNotGivenTable[c] {
				return x
			}
		}
		return n
	}
	m := 0
	add := func(sl, k int) {
		if k <= given(sl) && !(k == sl+1 && cnHouseholdTable[hanAt(b, offs[sl])]) {
			rs[m] = hanReading{offs: offs, k: k, sl: sl}
			m++
		}
	}
	if cnSingleSurnameTable[hanAt(b, p)] && !cnUnitAfterNumber(b, p) {
		add(1, 2)
		add(1, 3)
	}
	if n >= 3 && cnCompoundFirst[cnRune(b, p)-0x4E00] {
		for _, c := range cnCompoundSurnames {
			if hasPrefixAt(b, p, c) {
				add(2, 3)
				add(2, 4)
				break
			}
		}
	}
	if m == 0 {
		return 0
	}
	prev := hanCharBefore(b, p)
	var prev2 hanCtx
	if prev.kind != tokLine && prev.s > 0 {
		prev2 = hanCharBefore(b, prev.s)
	}
	label := 0
	if prev.kind != tokWord && cnLabelBefore(b, p) {
		label = 1
	}
	for x := range m {
		rs[x].prev, rs[x].prev2, rs[x].label = prev, prev2, label
	}
	return m
}

// scoreHan is the model's log-odds that the reading r is a name.
func (m *nameModel) scoreHan(b []byte, r *hanReading) float32 {
	var sum int32
	mask := uint32(1<<nameModelBits - 1)
	hanFeatures(b, r, func(h uint32) { sum += int32(m.w[h&mask]) })
	return float32(sum) * m.scale
}

// bestHan returns the end of the model's best reading at p as a name, in
// the run of ideographs that ends at j, or p.
func (m *nameModel) bestHan(b []byte, p, j int) int {
	var rs [4]hanReading
	n := hanReadings(b, p, j, &rs)
	bestZ, best := float32(math.Inf(-1)), -1
	for x := range n {
		if z := m.scoreHan(b, &rs[x]); z > bestZ {
			bestZ, best = z, x
		}
	}
	if best < 0 || bestZ < m.logOdds || cnDotNext(b, rs[best].offs[rs[best].k]) || rs[best].prev.kind == tokPunct && cnDotNext(b, rs[best].prev.s) {
		return p
	}
	return rs[best].offs[rs[best].k]
}

// modelHan reads, with the Chinese model, the run of ideographs [i, j) in
// which the rules emitted nothing: at each surname's character from the
// floor, the best reading, when it is likely enough, is a name. It reads
// two characters before a candidate (a label a few more) and two after.
func (s *scan) modelHan(i, j int) {
	m := s.d.nameModelZH
	if m == nil {
		return
	}
	b := s.b
	for p := max(i, s.floor); p < j; {
		size := 3
		if c := hanAt(b, p); c < 0 {
			_, size = cnDecodeRune(b[p:])
		} else if cnSurnameTable[c] && !cnPrepositionAt(b, p, j) {
			if e := m.bestHan(b, p, j); e > p && !cnNonNames[string(b[p:e])] {
				s.emit(PersonName, p, e, 0.7, "model")
				p = e
				continue
			}
		}
		p += size
	}
}

// cnDotNext reports whether a name's middle dot ("巴特尔·朝鲁") stands at
// p: the ideographs next to it are part of a transliterated name, not a
// name of their own.
func cnDotNext(b []byte, p int) bool {
	return hasPrefixAt(b, p, "·") || hasPrefixAt(b, p, "•") || hasPrefixAt(b, p, "・")
}

// cnSurnameUnits are surnames' characters that are units after a number: "9时许",
// "3万元", "5米", "两周".
var cnSurnameUnits = runeTable(setRunes(`时 万 米 周 毛`))

// cnUnitAfterNumber reports whether the character at p is a unit right
// after a number, in digits or in ideographs.
func cnUnitAfterNumber(b []byte, p int) bool {
	if !cnSurnameUnits[hanAt(b, p)] || p == 0 {
		return false
	}
	if isDigit(b[p-1]) {
		return true
	}
	r, _ := utf8.DecodeLastRune(b[:p])
	return r == '一' || r == '二' || r == '三' || r == '四' || r == '五' || r == '六' || r == '七' || r == '八' || r == '九' || r == '十' || r == '两' || r == '百' || r == '千' || r == '零' || r == '几'
}

// cnHouseholdTable marks what follows a surname alone for a family, a
// house or a form of address rather than a given name: "白家", "王氏",
// "李府", "张总", "王哥".
var cnHouseholdTable = runeTable(setRunes(`家 氏 府 总 哥 姐 姨 叔 伯 婶 嫂 爷 奶 工 局 处 某`))
