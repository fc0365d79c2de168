// Package unshown is a held-out corpus of person names and postal addresses
// in zh, de and en, written without sight of the detector, its lexicons or
// the other corpora. Its kinds of text are deliberately unlike the obvious
// ones: transcripts, parish bulletins, parcel labels, adjuster notes, group
// chats, death notices, tenancy excerpts and the like, with hard negatives
// (firms, products, streets and places named after people) mixed in.
//
// Labels follow pii/heldout: a name span excludes titles, salutations and
// honorifics; an address span runs from the street (en, de) or the first
// administrative division present (zh) to the ZIP code, city or room, and
// a block over several lines is one span.
package unshown

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed Docs uses.
const DefaultSeed = 20261203

// DefaultN is the number of documents Generate returns for n == 0.
const DefaultN = 930

// Docs returns the default corpus: Generate(DefaultSeed, 0).
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

// Generate returns n documents (DefaultN if n is 0), a third per locale,
// cycling through each locale's kinds of text, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf[loc]
		k := ks[(i/len(heldout.Locales))%len(ks)]
		var b builder
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

// DocsFor returns the default corpus's documents of one locale.
func DocsFor(locale string) []heldout.Doc {
	var out []heldout.Doc
	for _, d := range Docs() {
		if d.Locale == locale {
			out = append(out, d)
		}
	}
	return out
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

var kindsOf = map[string][]kind{
	heldout.EN: enKinds,
	heldout.DE: deKinds,
	heldout.ZH: zhKinds,
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }

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

func (g *gen) num(lo, hi int) string { return itoa(g.n(lo, hi)) }

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	neg := i < 0
	if neg {
		i = -i
	}
	var buf [20]byte
	p := len(buf)
	for i > 0 {
		p--
		buf[p] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		p--
		buf[p] = '-'
	}
	return string(buf[p:])
}

func pad(i, w int) string {
	s := itoa(i)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// builder assembles a doc and records its labelled spans.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
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
}

// part is a piece of text, labelled or not, so that a value such as an
// address can be built once and written later.
type part struct {
	t     pii.Type
	v     string
	label bool
}

type parts []part

func (b *builder) write(ps parts) {
	for _, p := range ps {
		if p.label {
			b.label(p.t, p.v)
		} else {
			b.text(p.v)
		}
	}
}

func plain(s string) part   { return part{v: s} }
func nameP(s string) part   { return part{t: pii.PersonName, v: s, label: true} }
func addrP(s string) part   { return part{t: pii.PostalAddress, v: s, label: true} }
func upper(s string) string { return strings.ToUpper(s) }
func lower(s string) string { return strings.ToLower(s) }
