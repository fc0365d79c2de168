package pii

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"math"
)

// The name model: a logistic regression over hashed features that reads a
// run of one to three capitalised Latin words the rules left alone and
// says whether it is a person's name. The rules (name*.go) know shapes one
// by one, each seen in some text; the model weighs the same evidence they
// use — the name lexicons, the words before and after, where the line
// starts, the shape of each word — all at once, as learned from labelled
// text written by many hands (the corpora of pii/heldout; see
// TestTrainNameModel, which writes model/names.bin). It is asked only
// where no rule found anything and only about runs with a word from a
// name lexicon, so it adds names, never removes one, and costs little
// where there are no names.

// nameModelBits is the size of the hashed feature space: 2^18 weights.
const nameModelBits = 18

// nameModelThreshold is the probability above which the model's best
// reading of a run is reported as a name. Low, because the model is asked
// only where the rules found nothing. Chosen on two measures: the
// validation set unopened (TestNameModelValidate, never trained on), where
// at 0.3 the model adds 116 German names in 117 findings and 137 English
// in 136 (a finding may replace a rule's partial one); and leaving each
// read corpus out in turn (TestNameModelHeldOut), where the model's
// additions in text it never saw are far less often names: at 0.3, 176 of
// 287 German and 263 of 450 English ones, against 170 of 409 and 298 of
// 611 before one word that is a word too needed wordLikeLogOdds and a
// German noun could no longer open a reading.
const nameModelThreshold = 0.3

// wordLikeLogOdds is the log-odds a reading of one word that is a word too
// must reach: a probability of 0.9.
var wordLikeLogOdds = float32(math.Log(0.9 / 0.1))

//go:embed model/names.bin
var nameModelData []byte

// nameModel holds the weights, each a multiple of scale stored in a byte:
// a quarter of the memory of float32 weights (256 KiB), which the records
// benchmark's caches hold better.
type nameModel struct {
	w       []int8
	scale   float32
	logOdds float32 // the threshold's log-odds: a reading scoring more is a name
}

// defaultNameModel is the embedded model; nil when none is embedded.
var defaultNameModel = loadNameModel(nameModelData, nameModelThreshold)

// loadNameModel reads a model: the scale as a little-endian float32, then
// 2^nameModelBits weights of one signed byte each; any other size is no
// model.
func loadNameModel(b []byte, threshold float64) *nameModel {
	if len(b) != 4+1<<nameModelBits {
		return nil
	}
	m := &nameModel{
		w:       make([]int8, 1<<nameModelBits),
		scale:   math.Float32frombits(binary.LittleEndian.Uint32(b)),
		logOdds: float32(math.Log(threshold / (1 - threshold))),
	}
	for i := range m.w {
		m.w[i] = int8(b[4+i])
	}
	return m
}

// quantiseNameModel writes trained weights in loadNameModel's format.
func quantiseNameModel(w []float32) []byte {
	var top float32
	for _, x := range w {
		top = max(top, x, -x)
	}
	scale := top / 127
	if scale == 0 {
		scale = 1
	}
	b := make([]byte, 4+len(w))
	binary.LittleEndian.PutUint32(b, math.Float32bits(scale))
	for i, x := range w {
		b[4+i] = byte(int8(math.Round(float64(x / scale))))
	}
	return b
}

// Word classes the model reads, one bit each.
const (
	mcGiven    = 1 << iota // a given name of the lexicons
	mcSurname              // a surname of the lexicons
	mcNotName              // a word that is never a name's part (nameStop, nonNames, orgWords)
	mcTitle                // a title (Herr, Dr)
	mcWordlike             // a surname that is also a word (King, Young)
	mcInitial              // "J."
	mcCaps                 // all capitals
	mcHyphen               // "Meyer-Lansky"
)

// A run of words the model reads: where each word starts and ends and its
// class.
type modelRun struct {
	n          int
	start, end [3]int
	cls        [3]uint8
	named      bool // a word of the run is in a name lexicon
	comma      bool // a comma after the first word: "Harrison, Carolyn"
	// The tokens before the run, the same for every reading: read once.
	before             bool
	prev, prev2, label token
}

// modelWord returns the end of the capitalised word at p, an initial with
// its period ("J."), or p.
func modelWord(b []byte, p int) int { return modelWordFrom(b, p, word(b, p)) }

// modelWordFrom is modelWord given e, the end of word(b, p).
func modelWordFrom(b []byte, p, e int) int {
	if e == p+1 && e < len(b) && b[e] == '.' {
		return e + 1
	}
	if e == p+1 && e+1 < len(b) && isUpper(b[e]) && isUpper(b[e+1]) {
		for e < len(b) && (isUpper(b[e]) || b[e] == '-') && e-p < maxToken {
			e++ // "SMITH", "MEYER-LANSKY"
		}
		if e < len(b) && (isLower(b[e]) || b[e] >= 0x80) {
			return p // "USAmerica", "MÜLLER": not read
		}
	}
	return e
}

// modelClass classifies the word w; a word in capitals is looked up as
// it would be written in a sentence ("SMITH" as "Smith").
func modelClass(w []byte) uint8 {
	var buf [32]byte
	if titled := capsTitled(w, &buf); titled != nil {
		return mcCaps | modelClassOf(titled, isFirstNameB(titled), isSurnameB(titled))
	}
	return modelClassOf(w, isFirstNameB(w), isSurnameB(w))
}

// modelClassOf is modelClass of a word not in capitals (or as capsTitled
// writes it) whose lexicons' answers are known: classify passes upper's,
// looked up once for all its rules.
func modelClassOf(w []byte, given, surname bool) uint8 {
	var c uint8
	if given {
		c |= mcGiven
	}
	if surname {
		c |= mcSurname
	}
	if notNameWordB(w) {
		c |= mcNotName
	}
	if len(w) <= 6 && isTitle(string(w)) {
		c |= mcTitle
	}
	if c&mcSurname != 0 && commonSurnames[string(w)] {
		c |= mcWordlike
	}
	if len(w) == 2 && w[1] == '.' {
		c |= mcInitial
	}
	if bytes.IndexByte(w, '-') > 0 {
		c |= mcHyphen
	}
	return c
}

// capsTitled returns a word in capitals as a sentence writes it ("SMITH":
// "Smith") in buf, or nil for any other word.
func capsTitled(w []byte, buf *[32]byte) []byte {
	if len(w) <= 2 || len(w) > len(buf) || !isUpper(w[1]) {
		return nil
	}
	n := copy(buf[:], w)
	for k := 1; k < n; k++ {
		if isUpper(buf[k]) {
			buf[k] += 'a' - 'A'
		}
	}
	return buf[:n]
}

// capsTitledLen reports whether capsTitled leaves w as it is (returns nil):
// a word not in capitals, which lexiconName looks up as written.
func capsTitledLen(w []byte) bool { return len(w) <= 2 || len(w) > 32 || !isUpper(w[1]) }

// lexiconName reports whether w, or w in capitals, is a given name or a
// surname of the lexicons.
func lexiconName(w []byte) bool {
	var buf [32]byte
	if titled := capsTitled(w, &buf); titled != nil {
		if len(w) == 3 && monthAbbrev(w) {
			return false // "7 JUN 1861": June is a name, JUN a month
		}
		w = titled
	}
	return isFirstNameB(w) || isSurnameB(w)
}

// monthAbbrev reports whether w is an English month's abbreviation in
// capitals.
func monthAbbrev(w []byte) bool {
	switch string(w) {
	case "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC":
		return true
	}
	return false
}

// readRun reads up to three capitalised words from i, one space between
// them, or a comma after the first ("Harrison, Carolyn"); a lower-case
// particle ("von", "van der", fmtParticles) may stand inside. Most runs
// have no word that may be a lexicon name (see mayBeName), and are not
// looked up further.
func readRun(r *modelRun, b []byte, i, e0 int, s *scan) {
	*r = modelRun{}
	p, e, shaped := i, modelWordFrom(b, i, e0), false
	for {
		if e <= p {
			break
		}
		r.start[r.n], r.end[r.n] = p, e
		r.n++
		shaped = shaped || mayBeName(b[p:e])
		if r.n == 1 && e+2 < len(b) && b[e] == ',' && b[e+1] == ' ' && capAt(b, e+2) && !listGoesOn(b, modelWord(b, e+2)) {
			// Surname first, as records and registers write it.
			r.comma = true
			p, e = e+2, modelWord(b, e+2)
			continue
		}
		if r.n == 3 || e+1 >= len(b) || b[e] != ' ' {
			break
		}
		if !shaped && !capAt(b, e+1) {
			r.n = 0 // one word, no name's shape: most capitalised words
			return
		}
		q := e + 1
		for range 2 { // a particle or two: "von", "van der"
			if !isLower(b[q]) {
				break
			}
			pe := q
			for pe < len(b) && isLower(b[pe]) {
				pe++
			}
			if !fmtParticles[string(b[q:pe])] || pe+1 >= len(b) || b[pe] != ' ' {
				r.classify(b, shaped, s)
				return
			}
			q = pe + 1
		}
		p = q
		e = modelWord(b, p)
	}
	r.classify(b, shaped, s)
}

// listGoesOn reports whether a given name follows a comma at e: the words
// before were a list's ("Children: Gülşen, Jennifer, Cornelius"), not a
// surname and its given name ("Keller, Sarah, Bremen").
func listGoesOn(b []byte, e int) bool {
	if e+2 >= len(b) || b[e] != ',' || b[e+1] != ' ' || !capAt(b, e+2) {
		return false
	}
	f := word(b, e+2)
	return f > e+3 && (f == len(b) || b[f] == ',' || b[f] == '.' || b[f] == ' ' && !capAt(b, f+1)) && isFirstNameB(b[e+2:f])
}

// classify looks the run's words up, when one may be a name, and ends the
// run before a word that cannot continue a name. With s, the scan's answers
// for its capitalised word stand for the lexicons' (see scan.upGiven).
func (r *modelRun) classify(b []byte, shaped bool, s *scan) {
	named := false
	// First whether any word is a name's, which most runs' are not.
	for j := 0; shaped && j < r.n && !named; j++ {
		if w := b[r.start[j]:r.end[j]]; s != nil && s.upWord(r.start[j], r.end[j]) && capsTitledLen(w) {
			named = s.upGiven() || s.upSurname() // lexiconName of a word not in capitals
		} else {
			named = lexiconName(w)
		}
	}
	if !named {
		r.n = 0
		return
	}
	for j := range r.n {
		w := b[r.start[j]:r.end[j]]
		var c uint8
		if s != nil && s.upWord(r.start[j], r.end[j]) && capsTitledLen(w) {
			c = modelClassOf(w, s.upGiven(), s.upSurname())
		} else {
			c = modelClass(w)
		}
		// A title, a word never in a name, a place's word ("Smith Hall"), a
		// street's preposition ("Abholung Im Winkel 18") or a change of case
		// ("NICK Tom") ends the run; so does a legal form ("Peter Hahn
		// Versand", see best).
		if j > 0 && (c&(mcTitle|mcNotName) != 0 || (c^r.cls[0])&mcCaps != 0 || mayBe(placeFilter, w) && placeWords[string(w)] || streetPreposition(w)) {
			r.n = j
			break
		}
		r.cls[j] = c
		if c&(mcGiven|mcSurname) != 0 && c&mcNotName == 0 {
			r.named = true
		}
	}
}

var placeFilter = newWordFilter(placeWords)

// streetPreposition reports whether w is a capitalised preposition that
// begins a German street's name: "Im Winkel", "Am Markt", "An der Kirche".
func streetPreposition(w []byte) bool {
	switch string(w) {
	case "Am", "Im", "An", "Auf", "Unter", "Hinter", "Zur", "Zum", "Vor", "Bei", "Beim", "Über", "Neben":
		return true
	}
	return false
}

// mayBeName is the lexicons' filters' answer for w: false when w is
// certainly no given name or surname. A word in capitals is tested by its
// shape, which ignores case.
func mayBeName(w []byte) bool {
	if len(w) > 1 && isUpper(w[1]) {
		return pairKnownShape(w)
	}
	return mayBe(lexiconNameFilter, w) || len(w) > 4 && bytes.IndexByte(w, '-') > 0
}

var lexiconNameFilter = newWordFilter(firstNames, surnames)

// Feature templates: each feature is a template number hashed with its
// values.
const (
	ftBias = iota + 1
	ftLen
	ftClass
	ftWordFirst
	ftWordLast
	ftSuffixFirst
	ftSuffixLast
	ftPrev
	ftPrev2
	ftNext
	ftNext2
	ftPrevClass
	ftNextClass
	ftPrevLen
	ftFirstLast
	ftPrevNext
	ftPrevWord2
	ftLabel
	ftComma
)

// fhash is FNV-1a, fed a feature's template and values.
type fhash uint32

func newHash(template int) fhash { return (2166136261 ^ fhash(template)) * 16777619 }

func (h fhash) byte(c byte) fhash { return (h ^ fhash(c)) * 16777619 }

func (h fhash) int(v int) fhash {
	return h.byte(byte(v)).byte(byte(v >> 8))
}

// lower hashes w in ASCII lower case, at most 16 bytes.
func (h fhash) lower(w []byte) fhash {
	if len(w) > 16 {
		w = w[:16]
	}
	for _, c := range w {
		if isUpper(c) {
			c += 'a' - 'A'
		}
		h = h.byte(c)
	}
	return h
}

// A context token: a word (lower-cased when hashed), a digit run, one
// punctuation mark, or the start of a line or of the text.
type token struct {
	kind int // tokWord, tokDigits, tokPunct, tokLine
	s, e int
}

const (
	tokNone = iota
	tokWord
	tokDigits
	tokPunct
	tokLine
)

func (t token) hash(h fhash, b []byte) fhash {
	h = h.int(t.kind)
	switch t.kind {
	case tokWord, tokPunct:
		return h.lower(b[t.s:t.e])
	}
	return h
}

// wordByte reports whether c may belong to a word of Latin script: an
// ASCII letter or a byte of a two-byte UTF-8 character.
func wordByte(c byte) bool { return isLower(c) || isUpper(c) || c >= 0x80 && c < 0xE0 }

// maxSpaces bounds the blanks skipped between tokens, so that the model
// looks back at most six tokens of at most 32 bytes and their blanks: less
// than the stream's lookBehind.
const maxSpaces = 8

// tokenBefore returns the token that ends at or before i (spaces and tabs
// skipped, a newline is a token of its own).
func tokenBefore(b []byte, i int) token {
	for n := 0; n < maxSpaces && i > 0 && (b[i-1] == ' ' || b[i-1] == '\t' || b[i-1] == '\r'); n++ {
		i--
	}
	if i == 0 || b[i-1] == '\n' {
		return token{kind: tokLine, s: max(i-1, 0), e: i}
	}
	e := i
	switch c := b[i-1]; {
	case isDigit(c):
		for i > 0 && e-i < 32 && isDigit(b[i-1]) {
			i--
		}
		return token{tokDigits, i, e}
	case wordByte(c) || c >= 0x80 && c < 0xC0:
		for i > 0 && e-i < 32 && (wordByte(b[i-1]) || b[i-1] >= 0x80 && b[i-1] < 0xC0) {
			i--
		}
		if e-i >= 3 && b[i] >= 0xE0 { // a run that started inside a longer character: treat as punctuation
			return token{tokPunct, e - 1, e}
		}
		return token{tokWord, i, e}
	case c >= 0x80:
		s := i - 1
		for s > 0 && e-s < 4 && b[s]&0xC0 == 0x80 {
			s--
		}
		return token{tokPunct, s, e}
	}
	return token{tokPunct, i - 1, i}
}

// tokenAfter returns the token that starts at or after i.
func tokenAfter(b []byte, i int) token {
	for n := 0; n < maxSpaces && i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r'); n++ {
		i++
	}
	if i >= len(b) || b[i] == '\n' {
		return token{kind: tokLine, s: i, e: min(i+1, len(b))}
	}
	s := i
	switch c := b[i]; {
	case isDigit(c):
		for i < len(b) && i-s < 32 && isDigit(b[i]) {
			i++
		}
		return token{tokDigits, s, i}
	case isLower(c) || isUpper(c) || c >= 0xC3 && c <= 0xC5:
		for i < len(b) && i-s < 32 && (isLower(b[i]) || isUpper(b[i]) || b[i] >= 0x80 && b[i] < 0xC0 || b[i] >= 0xC3 && b[i] <= 0xC5 || b[i] == '\'') {
			i++
		}
		return token{tokWord, s, i}
	case c >= 0x80:
		return token{tokPunct, s, s + runeLen(b[i:])}
	}
	return token{tokPunct, s, s + 1}
}

// runeLen is the length of the UTF-8 character that b, not ASCII, starts
// with, by its lead byte (no more than len(b)).
func runeLen(b []byte) int {
	switch {
	case b[0] < 0xE0 || len(b) < 3:
		return min(2, len(b))
	case b[0] < 0xF0 || len(b) < 4:
		return 3
	}
	return 4
}

// suffix returns the last three bytes of w, or w.
func suffix(w []byte) []byte {
	if len(w) > 3 {
		return w[len(w)-3:]
	}
	return w
}

// runFeatures calls f with the hash of every feature of the first k words
// of r in b.
func runFeatures(b []byte, r *modelRun, k int, f func(uint32)) {
	s, e := r.start[0], r.end[k-1]
	first, last := b[r.start[0]:r.end[0]], b[r.start[k-1]:r.end[k-1]]
	c0, cl := r.cls[0], r.cls[k-1]
	if !r.before {
		r.prev = tokenBefore(b, s)
		if r.prev.kind != tokLine || r.prev.s > 0 {
			r.prev2 = tokenBefore(b, r.prev.s)
		}
		r.label, r.before = labelBefore(b, r.prev), true
	}
	prev, prev2, next := r.prev, r.prev2, tokenAfter(b, e)
	var next2 token
	if next.e < len(b) {
		next2 = tokenAfter(b, next.e)
	}
	f(uint32(newHash(ftBias)))
	f(uint32(newHash(ftLen).int(k)))
	for j := range k {
		f(uint32(newHash(ftClass).int(j).int(k).byte(r.cls[j])))
	}
	f(uint32(newHash(ftWordFirst).int(k).lower(first)))
	f(uint32(newHash(ftWordLast).int(k).lower(last)))
	f(uint32(newHash(ftSuffixFirst).int(k).lower(suffix(first))))
	f(uint32(newHash(ftSuffixLast).int(k).lower(suffix(last))))
	f(uint32(prev.hash(newHash(ftPrev), b)))
	f(uint32(prev.hash(prev2.hash(newHash(ftPrev2), b), b)))
	f(uint32(next.hash(newHash(ftNext), b)))
	f(uint32(next2.hash(next.hash(newHash(ftNext2), b), b)))
	f(uint32(prev.hash(newHash(ftPrevClass).byte(c0), b)))
	f(uint32(next.hash(newHash(ftNextClass).byte(cl), b)))
	f(uint32(prev.hash(newHash(ftPrevLen).int(k), b)))
	f(uint32(newHash(ftFirstLast).int(k).byte(c0).byte(cl)))
	f(uint32(next.hash(prev.hash(newHash(ftPrevNext).int(k), b), b)))
	f(uint32(prev2.hash(newHash(ftPrevWord2), b)))
	f(uint32(r.label.hash(newHash(ftLabel), b)))
	if r.comma && k > 1 {
		f(uint32(newHash(ftComma).int(k).byte(c0).byte(r.cls[1])))
	}
}

// labelBefore returns the word of a field's label or a key before a value
// (`"username": "Kyle"`, "Besitzer: Weber"): the first word among the few
// tokens before the run, over quotes, colons and equals signs only.
func labelBefore(b []byte, t token) token {
	for n := 0; n < 4 && t.kind == tokPunct; n++ {
		switch b[t.s] {
		case '"', '\'', ':', '=', ' ':
		default:
			return token{}
		}
		if t.s == 0 {
			return token{}
		}
		t = tokenBefore(b, t.s)
	}
	if t.kind != tokWord {
		return token{}
	}
	return t
}

// score is the model's log-odds that the first k words of r are a name.
func (m *nameModel) score(b []byte, r *modelRun, k int) float32 {
	var sum int32
	mask := uint32(1<<nameModelBits - 1)
	runFeatures(b, r, k, func(h uint32) { sum += int32(m.w[h&mask]) })
	return float32(sum) * m.scale
}

// best returns the end of the model's best reading of the run at i as a
// name, or i when no reading is likely enough; e0 is word(b, i).
func (m *nameModel) best(b []byte, i, e0 int, s *scan) int {
	var r modelRun
	if readRun(&r, b, i, e0, s); !r.named {
		return i
	}
	// Score every reading first: most runs are no name at any length, and
	// the vetoes cost more than the scores.
	var z [3]float32
	top := float32(math.Inf(-1))
	for k := 1; k <= r.n; k++ {
		z[k-1] = m.score(b, &r, k)
		top = max(top, z[k-1])
	}
	if top < m.logOdds || vetoed(b, &r, 0) {
		return i
	}
	bestZ, bestK := float32(math.Inf(-1)), 0
	for k := 1; k <= r.n; k++ {
		if firmAfter(b, r.end[k-1]) {
			break // the words so far and those after name a firm
		}
		if !vetoed(b, &r, k) && z[k-1] > bestZ {
			bestZ, bestK = z[k-1], k
		}
	}
	if bestK == 0 || bestZ < m.logOdds {
		return i
	}
	// One word that is a word too ("Weiß: Carlsen", "Alt: Jana"; see
	// nameWords) must be far likelier: in text it never saw, the model
	// took such words for names more often than not, but a name's field
	// still vouches for one (last_name = "Allen").
	if bestK == 1 && bestZ < wordLikeLogOdds && wordLikeName(b[r.start[0]:r.end[0]]) {
		return i
	}
	return r.end[bestK-1]
}

// firmAfter reports whether a legal form or a word that makes the name
// before e a firm's, a product's or a place's follows e; not "&" before a
// given name, after which the model reads the next words ("Logan Ramos &
// Leopold", not "Tiffany & Co.").
func firmAfter(b []byte, e int) bool {
	if hasPrefixAt(b, e, " & ") && capAt(b, e+3) {
		if f := word(b, e+3); isFirstNameB(b[e+3 : f]) {
			return false
		}
	}
	return followedByLegalForm(b, e)
}

// vetoed reports what the rules know to be no person, which the model is
// not asked about: with k 0, a run that begins a brand or firm named after
// a person ("Charles Schwab"), follows an organisation's label or an
// English article ("an Anthony Burgess novel"); with k from 1, the first k
// words when brackets stand around them or they end inside a word. (A
// legal form, a product's or a place's word after the words, "Robert Bosch
// GmbH", "Carnegie Hall", ends the readings: see best.)
func vetoed(b []byte, r *modelRun, k int) bool {
	if k == 0 {
		return brandAt(b, r.start[0], r.end[0]) > r.start[0] || orgContext(b, r.start[0]) || articleBefore(b, r.start[0])
	}
	s, e := r.start[0], r.end[k-1]
	if e < len(b) && wordByte(b[e]) {
		return true // the reading ends inside a word: "Tran-Mac|Kenzie"
	}
	if k > 1 && dictionaryWord(b[s:r.end[0]], false) {
		return true // a German noun opens no name: "Agentur Lorenz", "Kater Carlo"
	}
	// A word in brackets, or one after them: a maiden name inside a name
	// ("Ann (Shah) Hill"); a word before a bracketed note in lower case
	// ("Jordan (country)").
	before := s - 1
	for n := 0; n < maxSpaces && before >= 0 && b[before] == ' '; n++ {
		before--
	}
	if before >= 0 && (b[before] == '(' || b[before] == ')') {
		return true
	}
	return e+2 < len(b) && b[e] == ' ' && b[e+1] == '(' && isLower(b[e+2])
}

// modelName is the model's reading of the capitalised word at i, when the
// rules found nothing there: the end of a name from i, or i.
func (s *scan) modelName(i int) int {
	m := s.d.nameModel
	if m == nil || i < s.floor || i > 0 && wordByte(s.b[i-1]) {
		return i
	}
	if e := m.best(s.b, i, s.word(i), s); e > i && !deDayMonth(s.b, i, s.word(i)) && !modelNotPerson(s.b, i, e) && !monthCell(s.b, i, e) {
		return e
	}
	return i
}
