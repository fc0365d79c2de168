package unspoken

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size when Generate is asked for 0 documents.
const DefaultN = 1500

// Generate returns n documents (DefaultN if n is 0, nil if n < 0), cycling
// the locales in heldout.Locales order; the same seed gives the same corpus.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

type kind struct {
	name  string
	write func(*gen, *bld)
}

// generate also returns, per document, the byte ranges of the hard
// negatives written into it.
func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		var ks []kind
		if g.r.IntN(5) == 0 {
			ks = negKinds[loc]
		} else {
			ks = posKinds[loc]
		}
		k := ks[g.r.IntN(len(ks))]
		b := &bld{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}

var posKinds = map[string][]kind{
	heldout.EN: enKinds,
	heldout.DE: deKinds,
	heldout.ZH: zhKinds,
}

var negKinds = map[string][]kind{
	heldout.EN: enNegKinds,
	heldout.DE: deNegKinds,
	heldout.ZH: zhNegKinds,
}

type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) num(lo, hi int) string   { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }
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

func (g *gen) date(sep string) string {
	return "2025" + sep + pad2(g.n(1, 12)) + sep + pad2(g.n(1, 28))
}

func (g *gen) deDate() string {
	return pad2(g.n(1, 28)) + "." + pad2(g.n(1, 12)) + ".2025"
}

func pad2(i int) string {
	if i < 10 {
		return "0" + strconv.Itoa(i)
	}
	return strconv.Itoa(i)
}

// bld appends text and records labelled spans and hard-negative ranges.
type bld struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

func (b *bld) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *bld) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// n writes a person name.
func (b *bld) n(v string) { b.label(pii.PersonName, v) }

// a writes a postal address.
func (b *bld) a(v string) { b.label(pii.PostalAddress, v) }

// neg writes a hard negative.
func (b *bld) neg(v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, [2]int{start, b.s.Len()})
}

// csv writes a labelled field, quoting it when it holds the delimiter.
func (b *bld) csv(t pii.Type, v string, delim string) {
	if strings.Contains(v, delim) || strings.Contains(v, "\n") {
		b.t(`"`)
		b.label(t, v)
		b.t(`"`)
		return
	}
	b.label(t, v)
}

func fields(s string) []string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = strings.ReplaceAll(f[i], "_", " ")
	}
	return f
}

func upper(s string) string { return strings.ToUpper(s) }
