package unheeded

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate returns for n == 0.
const DefaultN = 1500

// Generate returns n documents (DefaultN if n is 0), a third per locale in
// the order of heldout.Locales, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

var kindsOf = map[string][]kind{}
var negKindsOf = map[string][]kind{}

func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		var k kind
		if g.r.IntN(5) == 0 {
			k = negKindsOf[loc][g.r.IntN(len(negKindsOf[loc]))]
		} else {
			k = kindsOf[loc][g.r.IntN(len(kindsOf[loc]))]
		}
		b := &builder{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) digits(k int) string {
	var sb strings.Builder
	for i := range k {
		d := g.r.IntN(10)
		if i == 0 && d == 0 {
			d = 1 + g.r.IntN(9)
		}
		sb.WriteByte(byte('0' + d))
	}
	return sb.String()
}

// builder assembles a document and records its labels and hard negatives
// as it writes them.
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

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

// neg writes a hard negative and records its range.
func (b *builder) neg(v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, [2]int{st, b.s.Len()})
}
