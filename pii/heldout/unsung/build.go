package unsung

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate writes when n is 0.
const DefaultN = 1500

// negShare is the share of documents that carry hard negatives only.
const negShare = 0.2

// Generate returns n documents (DefaultN if n is 0, nil if n < 0), cycling
// the locales zh, de and en, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// rng is a byte range of a hard negative in a document.
type rng struct{ Start, End int }

// generate is Generate that also returns, per document, the byte ranges
// of the hard negatives it wrote.
func generate(seed uint64, n int) ([]heldout.Doc, [][]rng) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][]rng, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kinds[loc]
		if g.chance(negShare) {
			ks = negKinds[loc]
		}
		k := ks[g.r.IntN(len(ks))]
		var b builder
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}

// kind is one kind of document and the function that writes it.
type kind struct {
	name  string
	write func(*gen, *builder)
}

// kinds holds the kinds with labels; negKinds those with hard negatives only.
var kinds = map[string][]kind{
	heldout.ZH: zhKinds,
	heldout.DE: deKinds,
	heldout.EN: enKinds,
}

var negKinds = map[string][]kind{
	heldout.ZH: zhNegKinds,
	heldout.DE: deNegKinds,
	heldout.EN: enNegKinds,
}

// gen is the random source of one corpus.
type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// num returns a number in [lo, hi] as text.
func (g *gen) num(lo, hi int) string { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }

// digits returns n random digits, the first not zero.
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

// builder appends text and records labels and hard negatives as it goes.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
	negs  []rng
}

// t appends unlabelled text.
func (b *builder) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

// n appends a person name and labels it.
func (b *builder) n(v string) { b.label(pii.PersonName, v) }

// a appends a postal address and labels it.
func (b *builder) a(v string) { b.label(pii.PostalAddress, v) }

// x appends a hard negative and records its range.
func (b *builder) x(v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, rng{start, b.s.Len()})
}

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}
