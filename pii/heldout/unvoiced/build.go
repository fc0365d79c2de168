package unvoiced

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate returns for n == 0.
const DefaultN = 1500

// negShare is the share of documents that carry hard negatives only.
const negShare = 0.2

// Generate returns n documents (DefaultN if n is 0, nil if n < 0),
// cycling the locales zh, de, en; the same seed gives the same corpus.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// generate is Generate that also returns, per document, the byte ranges
// of the hard negatives it wrote.
func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5bd1e9955bd1e995))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		var k kind
		if g.chance(negShare) {
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

// kind is one kind of document and the function that writes it.
type kind struct {
	name  string
	write func(*gen, *builder)
}

// kindsOf holds the kinds with labels, per locale.
var kindsOf = map[string][]kind{
	heldout.ZH: zhKinds,
	heldout.DE: deKinds,
	heldout.EN: enKinds,
}

// negKindsOf holds the kinds with hard negatives only, per locale.
var negKindsOf = map[string][]kind{
	heldout.ZH: zhNegKinds,
	heldout.DE: deNegKinds,
	heldout.EN: enNegKinds,
}

// builder appends text and records labels as it goes.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

// t appends unlabelled text.
func (b *builder) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

// n appends a person name.
func (b *builder) n(v string) { b.mark(pii.PersonName, v) }

// a appends a postal address.
func (b *builder) a(v string) { b.mark(pii.PostalAddress, v) }

// x appends a hard negative: text that looks like a name or address but is not.
func (b *builder) x(v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, [2]int{start, b.s.Len()})
}

func (b *builder) mark(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// gen is the random source of one corpus.
type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// num returns a decimal number in [lo, hi].
func (g *gen) num(lo, hi int) string { return fmt.Sprint(lo + g.r.IntN(hi-lo+1)) }

// digits returns n random decimal digits.
func (g *gen) digits(n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return sb.String()
}

// date returns a day and month as dd.mm.
func (g *gen) date() string { return fmt.Sprintf("%02d.%02d.", 1+g.r.IntN(28), 1+g.r.IntN(12)) }

// hhmm returns a time of day.
func (g *gen) hhmm() string { return fmt.Sprintf("%02d:%02d", 7+g.r.IntN(13), g.r.IntN(60)) }

// initial returns the first letter of s.
func initial(s string) string {
	_, n := utf8.DecodeRuneInString(s)
	return s[:n]
}

// pickOf returns a random element of s.
func pickOf[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }
