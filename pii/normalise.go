package pii

import (
	"encoding/binary"
	"sort"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Identifiers are written in many ways that read the same: full-width
// digits ("１３８…", common in Chinese text), mathematical or circled
// digits, spaces that are not U+0020 (no-break, thin, ideographic), dashes
// that are not U+002D, and zero-width characters that no reader sees. The
// matchers read ASCII; a text holding any of these is first normalised —
// each such character mapped by Unicode NFKC to the ASCII character it
// stands for, every kind of space to ' ', every dash to '-', zero-width
// characters dropped — and the findings' offsets mapped back to the text
// as written. Everything else (ideographs, letters with accents, CJK
// punctuation) is left as it is: the mapping is per character, so a
// finding never begins or ends inside a character of the input.

// normalised is a text as the matchers read it, with where in the input
// each of its bytes came from. Most of a text is read as written, so the
// map is kept as pieces, not a table of every byte's offsets (which would
// take eight bytes for each byte of the text; a piece takes twelve, and
// there are at most two for each character normalised).
type normalised struct {
	b      []byte
	pieces []piece // in order of at; pieces[0].at is 0
}

// piece maps b[at:] up to the next piece back to the input: with size 0,
// a run read as written, b[at+j] being the input's byte in+j; otherwise the
// one byte b[at], which the size bytes of the input at in stand for.
type piece struct{ at, in, size int32 }

// source returns the span in the input of the character that gave b[j].
func (n *normalised) source(j int) (int, int) {
	k := sort.Search(len(n.pieces), func(k int) bool { return int(n.pieces[k].at) > j }) - 1
	p := n.pieces[k]
	if p.size > 0 {
		return int(p.in), int(p.in + p.size)
	}
	in := int(p.in) + j - int(p.at)
	return in, in + 1
}

// span maps a finding's span in the normalised text back to the input.
func (n *normalised) span(s, e int64) (int64, int64) {
	start, _ := n.source(int(s))
	_, end := n.source(int(e - 1))
	return int64(start), int64(end)
}

// maxNormalise bounds the texts that are normalised: beyond it the offsets
// would not fit the pieces' int32, and the text is read as written. Record fields are far smaller.
const maxNormalise = 1 << 30

// normalise returns text as the matchers read it, or nil when it reads the
// same as written (all of ASCII text, most other text).
func normalise(text []byte) *normalised {
	i := firstToNormalise(text)
	if i < 0 || len(text) > maxNormalise {
		return nil
	}
	// No character normalises to more bytes than it has, so the text is
	// as long as the input at most, and is written by index.
	n := &normalised{b: make([]byte, len(text))}
	o := 0                   // bytes written
	keep := func(k, e int) { // text[k:e] read as written
		copy(n.b[o:], text[k:e])
		// A piece of its own unless it goes on from the last piece read
		// as written, no character between them mapped or dropped.
		if l := len(n.pieces) - 1; l < 0 || n.pieces[l].size > 0 || int(n.pieces[l].in)+o-int(n.pieces[l].at) != k {
			n.pieces = append(n.pieces, piece{at: int32(o), in: int32(k)})
		}
		o += e - k
	}
	keep(0, i)
	for i < len(text) {
		// The run read as written, copied at once: ASCII and the
		// characters whose lead bytes show they stay (a line of Chinese).
		e := i
		for e < len(text) {
			if text[e] < utf8.RuneSelf {
				e++
				for e+8 <= len(text) && binary.LittleEndian.Uint64(text[e:])&0x8080808080808080 == 0 {
					e += 8 // eight ASCII bytes, as in firstToNormalise
				}
			} else if c := text[e]; c >= 0xE4 && c <= 0xEE && e+2 < len(text) && text[e+1]&0xC0 == 0x80 && text[e+2]&0xC0 == 0x80 {
				e += 3 // an ideograph, skipLead's commonest case, without the call
			} else if size := skipLead(text[e:]); size > 0 {
				e += size
			} else {
				break
			}
		}
		if e > i {
			keep(i, e)
			i = e
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		switch m := mapRune(r); {
		case m >= 0 && superscriptAfterWord(r, n.b[:o]):
			// A footnote's or an affiliation's mark ("Sabine Müller²",
			// "m²") is no digit of an identifier: read as a digit, it
			// would glue itself to the word before.
			keep(i, i+size)
		case m == dropRune:
		case m >= 0:
			n.b[o] = byte(m)
			n.pieces = append(n.pieces, piece{at: int32(o), in: int32(i), size: int32(size)})
			o++
		default:
			keep(i, i+size)
		}
		i += size
	}
	n.b = n.b[:o]
	return n
}

// superscriptAfterWord reports whether r is a superscript digit written
// right after a letter (the last byte of b).
func superscriptAfterWord(r rune, b []byte) bool {
	if r != 0x00B9 && r != 0x00B2 && r != 0x00B3 && (r < 0x2070 || r > 0x2079) || len(b) == 0 {
		return false
	}
	// An ASCII letter, or a Latin one such as "ü" (two bytes, U+00C0 to
	// U+024F). After a Chinese name the mark stays a digit, as the
	// Chinese rules read it ("王芳¹").
	n := len(b)
	return isAlpha(b[n-1]) || n >= 2 && b[n-1] >= 0x80 && b[n-1] < 0xC0 && b[n-2] >= 0xC3 && b[n-2] <= 0xC9
}

// firstToNormalise returns the offset of the first character that
// normalisation changes, or -1. ASCII is skipped eight bytes at a time, so
// that the common case costs little more than reading the text.
func firstToNormalise(text []byte) int {
	i := 0
	for i < len(text) {
		for i+8 <= len(text) && binary.LittleEndian.Uint64(text[i:])&0x8080808080808080 == 0 {
			i += 8
		}
		for i < len(text) && text[i] < utf8.RuneSelf {
			i++
		}
		if i >= len(text) {
			break
		}
		if skip := skipLead(text[i:]); skip > 0 {
			i += skip
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		if mapRune(r) != keepRune {
			return i
		}
		i += size
	}
	return -1
}

// skipLead returns the length of the character b begins with when its
// lead bytes alone show that normalisation leaves it as it is (ideographs,
// Hangul, accented letters: most non-ASCII text), and 0 when it must be
// decoded and looked at.
func skipLead(b []byte) int {
	n := 0
	switch c := b[0]; {
	case c >= 0xC3 && c <= 0xDF: // U+00C0..U+07FF
		n = 2
	case c == 0xE0 || c >= 0xE4 && c <= 0xEE: // U+0800..U+0FFF, U+4000..U+EFFF
		n = 3
	case c == 0xE3 && len(b) > 2 && !(b[1] == 0x80 && b[2] == 0x80): // U+3000..U+3FFF but the ideographic space
		n = 3
	case c >= 0xF1 && c <= 0xF4 || c == 0xF0 && len(b) > 1 && b[1] != 0x9D && b[1] != 0x9F: // planes 1-16 but U+1D000.., U+1F000..
		n = 4
	}
	if n > len(b) {
		return 0
	}
	for k := 1; k < n; k++ {
		if b[k]&0xC0 != 0x80 {
			return 0 // malformed: decoded one byte at a time
		}
	}
	return n
}

const (
	keepRune = -1 // read as written
	dropRune = -2 // zero-width: removed
)

// mapRune returns the ASCII byte a non-ASCII character stands for, dropRune
// for a character that is not seen, or keepRune.
func mapRune(r rune) int {
	switch {
	case r == 0x200B || r == 0x200C || r == 0x200D || r == 0x2060 || r == 0xFEFF || r == 0x00AD || r == 0x180E:
		return dropRune // zero-width space, (non-)joiner, word joiner, BOM, soft hyphen
	case r == 0x00A0 || r >= 0x2000 && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000:
		return ' '
	case r >= 0x2010 && r <= 0x2015 || r == 0x2212 || r == 0xFE58 || r == 0xFE63 || r == 0xFF0D:
		return '-'
	case r >= 0xFF01 && r <= 0xFF5E:
		// Full-width forms: NFKC maps each to ASCII by a fixed offset.
		return mapped(byte(r - 0xFEE0))
	case r < 0x00C0, r >= 0x2070 && r <= 0x27FF, r >= 0xFE50 && r <= 0xFE6F, r >= 0x1D400:
		if c, ok := compat[r]; ok {
			return mapped(c)
		}
	}
	return keepRune
}

// compatRanges hold the characters other than full-width forms that NFKC
// maps to one ASCII character: super- and subscripts, circled and
// parenthesised numbers, small forms, mathematical letters and digits.
// Letters with diacritics (U+00C0 on) map to no ASCII character and are
// left out, so that German or French text costs nothing here.
var compatRanges = [][2]rune{{0x00A0, 0x00BF}, {0x2070, 0x24FF}, {0x2776, 0x2793}, {0xFE50, 0xFE6F},
	{0x1D400, 0x1D7FF}, {0x1F100, 0x1F10A}, {0x1FBF0, 0x1FBF9}}

// compat is NFKC on compatRanges, worked out once: a lookup, not a
// normalisation, for every character a text holds.
var compat = func() map[rune]byte {
	m := map[rune]byte{}
	var buf []byte
	for _, rg := range compatRanges {
		for r := rg[0]; r <= rg[1]; r++ {
			buf = norm.NFKC.AppendString(buf[:0], string(r))
			if len(buf) == 1 && buf[0] < utf8.RuneSelf {
				m[r] = buf[0]
			}
		}
	}
	return m
}()

// mapped keeps only the ASCII characters identifiers are written with;
// full-width punctuation of Chinese text (，。：) reads as written.
func mapped(c byte) int {
	if isAlnum(c) {
		return int(c)
	}
	switch c {
	case '+', '-', '@', '.', '/', '(', ')', '#', ' ':
		return int(c)
	}
	return keepRune
}

// normalString returns s as the matchers read it.
func normalString(s string) string {
	if n := normalise([]byte(s)); n != nil {
		return string(n.b)
	}
	return s
}
