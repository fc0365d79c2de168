// Package unmapped is a labelled corpus of person names and postal
// addresses in free text, written apart from the detector: its author read
// only pii/heldout/heldout.go (for the Doc and Span types and the labelling
// rules), go.mod and a list of the document kinds earlier corpora had used,
// and never the detector, its lexicons or any other corpus. Its name pools,
// street and city lists and document kinds are its own.
//
// Generate(seed, n) returns n documents in all (DefaultN when n is 0), a
// third per locale in the order of heldout.Locales (zh, de, en), the same
// for the same seed, as heldout.Generate does. Within a locale the kinds
// take turns, so at DefaultN (310 documents a locale, twelve kinds) every
// kind appears 25 or 26 times; the text inside each document is drawn from
// a math/rand/v2 PCG source seeded from seed.
//
// The kinds are forms, letters, notices, receipts, tickets, minutes, OCR'd
// scans, e-mails with signatures, chat exports, key=value logs, CSV, JSON
// and XML records produced by Chinese, German and US companies, courts,
// authorities, hospitals, schools, clubs and carriers. Two kinds per locale
// (the kinds prefixed neg_) are hard negatives: trademarks, companies,
// diseases, schools, sports halls, plant cultivars and tools named after
// people, with few true spans.
//
// Labelling follows heldout.go:
//   - a name is the person's name without title, salutation or honorific
//     ("Frau Dr. Kessler" labels "Kessler", "王海燕女士" labels "王海燕",
//     "李师傅" labels "李"); "Surname, Given", all-caps index entries
//     ("SMITH JOHN A") and given names alone where a person is addressed or
//     mentioned are names; generational suffixes (Jr., III) are part of the
//     name;
//   - an address runs from the street (de, en), or from the first
//     administrative division present (zh), to the postcode, the city or
//     the room; a block over several lines is one span, and a PO box or
//     Postfach with its postcode and city is an address;
//   - when a record keeps the street in a field of its own (CSV cells
//     under a header with a city column, JSON keys, XML elements, a
//     county index's property column), the street field's value alone is
//     the address and the postcode and city fields are not labelled; when
//     given name and surname sit in fields of their own, each is a name;
//   - a city, province or county alone, an intersection, a station, and a
//     company, product, school, hospital, cultivar or disease named after a
//     person are not labelled.
package unmapped

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate returns when n is 0: 930 in
// all, 310 per locale.
const DefaultN = 930

// Generate returns n documents (DefaultN if n is 0), a third per locale
// in turn, the kinds of each locale taking turns, the same for the same
// seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := newGen(seed)
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsFor(loc)
		k := ks[(i/len(heldout.Locales))%len(ks)]
		var b builder
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

// Kinds returns the names of a locale's document kinds in turn order.
func Kinds(locale string) []string {
	var out []string
	for _, k := range kindsFor(locale) {
		out = append(out, k.name)
	}
	return out
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

func kindsFor(loc string) []kind {
	switch loc {
	case heldout.ZH:
		return zhKinds
	case heldout.DE:
		return deKinds
	default:
		return enKinds
	}
}

type gen struct{ r *rand.Rand }

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, seed^0x26a3c0ffee5eed26))}
}

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// between returns an int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// num returns between(lo, hi) as a decimal string.
func (g *gen) num(lo, hi int) string { return strconv.Itoa(g.between(lo, hi)) }

// pad2 returns between(lo, hi) with a leading zero below 10.
func (g *gen) pad2(lo, hi int) string {
	v := g.between(lo, hi)
	if v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

func itoa(v int) string { return strconv.Itoa(v) }

// clock is a day and a time of day that only moves forward, for logs.
type clock struct {
	month, day, sec int
}

func (g *gen) clock() *clock {
	return &clock{month: g.between(1, 11), day: g.between(1, 20), sec: g.between(6*3600, 12*3600)}
}

// tick moves c forward by lo to hi seconds and returns it as
// YYYY-MM-DD, sep, HH:MM:SS.
func (c *clock) tick(g *gen, lo, hi int, sep string) string {
	c.sec += g.between(lo, hi)
	for c.sec >= 24*3600 {
		c.sec -= 24 * 3600
		c.day++
	}
	if c.day > 28 {
		c.day = 1
		c.month++
	}
	h, m, s := c.sec/3600, c.sec/60%60, c.sec%60
	return "2025-" + two(c.month) + "-" + two(c.day) + sep + two(h) + ":" + two(m) + ":" + two(s)
}

func two(v int) string {
	if v < 10 {
		return "0" + strconv.Itoa(v)
	}
	return strconv.Itoa(v)
}

// ordinal returns 1st, 2nd, 3rd, 4th, 11th, 22nd and so on.
func ordinal(v int) string {
	suf := "th"
	if v%100 < 11 || v%100 > 13 {
		switch v % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(v) + suf
}

// digits returns n random digits, the first not 0.
func (g *gen) digits(n int) string {
	var sb strings.Builder
	for i := range n {
		d := g.r.IntN(10)
		if i == 0 && d == 0 {
			d = 1 + g.r.IntN(9)
		}
		sb.WriteByte(byte('0' + d))
	}
	return sb.String()
}

// upper returns n random capital letters.
func (g *gen) upper(n int) string {
	const abc = "ABCDEFGHJKLMNPRSTUVWXYZ"
	var sb strings.Builder
	for range n {
		sb.WriteByte(abc[g.r.IntN(len(abc))])
	}
	return sb.String()
}

// some returns k distinct elements of s in a random order.
func (g *gen) some(s []string, k int) []string {
	idx := g.r.Perm(len(s))
	if k > len(s) {
		k = len(s)
	}
	out := make([]string, k)
	for i := range k {
		out[i] = s[idx[i]]
	}
	return out
}

// builder assembles a doc and records its labelled spans.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
	vals  []string // each span's value as written, for the tests
}

func (b *builder) text(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
	b.vals = append(b.vals, v)
}

// lab says how put labels a value.
type lab int

const (
	plain lab = iota // not labelled
	nm               // a person name
	ad               // a postal address
)

// put writes v labelled as l says.
func (b *builder) put(l lab, v string) {
	switch l {
	case nm:
		b.name(v)
	case ad:
		b.addr(v)
	default:
		b.text(v)
	}
}

// pad writes v (labelled as l says) and spaces up to width runes.
func (b *builder) pad(l lab, v string, width int) {
	b.put(l, v)
	n := width - len([]rune(v))
	if n < 1 {
		n = 1
	}
	b.text(strings.Repeat(" ", n))
}

// csvField quotes v when it holds the separator, a quote or a newline, as
// a spreadsheet export would.
func (b *builder) csvField(l lab, v string, sep string) {
	if strings.ContainsAny(v, sep+"\n\"") {
		b.text(`"`)
		if l == plain {
			b.text(strings.ReplaceAll(v, `"`, `""`))
		} else {
			b.put(l, v)
		}
		b.text(`"`)
		return
	}
	b.put(l, v)
}

// names writes each of vs labelled as a name, separated by sep.
func (b *builder) names(vs []string, sep string) {
	for i, v := range vs {
		if i > 0 {
			b.text(sep)
		}
		b.name(v)
	}
}
