package unuttered

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size Generate uses when n is 0.
const DefaultN = 1500

// Generate returns n documents (DefaultN if n is 0, nil if n < 0), cycling
// the locales in heldout.Locales order; the same seed gives the same corpus.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
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
		b := &builder{}
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

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) num(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) itoa(lo, hi int) string  { return fmt.Sprint(g.num(lo, hi)) }

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

func (g *gen) date() string {
	return fmt.Sprintf("%02d/%02d/20%02d", g.num(1, 12), g.num(1, 28), g.num(19, 26))
}

func (g *gen) deDate() string {
	return fmt.Sprintf("%02d.%02d.20%02d", g.num(1, 28), g.num(1, 12), g.num(19, 26))
}

func (g *gen) zhDate() string {
	return fmt.Sprintf("20%02d年%d月%d日", g.num(19, 26), g.num(1, 12), g.num(1, 28))
}

// builder appends text and records labelled spans and hard negatives.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

func (b *builder) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *builder) f(format string, a ...any) { fmt.Fprintf(&b.s, format, a...) }

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) neg(v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, [2]int{start, b.s.Len()})
}
