// Package unopened is a labelled corpus of person names and postal
// addresses, written blind: its author read only pii/heldout/heldout.go and
// go.mod, never the detector, its lexicons or the other corpora. Kinds of
// text are mostly ones the earlier sets do not use (leases, invitations,
// obituaries, dockets, rosters, manifests, bills, group chats, ...).
package unopened

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

type kind struct {
	name  string
	write func(*gen, *bld)
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) num(lo, hi int) string   { return strconv.Itoa(lo + g.r.IntN(hi-lo+1)) }
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

// negSpan is a hard negative written into a doc: a company, brand, place
// or word that looks like a name but is none.
type negSpan struct{ Start, End int }

type bld struct {
	s     strings.Builder
	spans []heldout.Span
	negs  []negSpan
}

func (b *bld) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *bld) n(v string) { b.label(pii.PersonName, v) }
func (b *bld) a(v string) { b.label(pii.PostalAddress, v) }

func (b *bld) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

// ng writes a hard negative.
func (b *bld) ng(v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, negSpan{st, b.s.Len()})
}

var kindsOf = map[string][]kind{
	heldout.EN: enKinds,
	heldout.DE: deKinds,
	heldout.ZH: zhKinds,
}

// Generate returns n documents (1500 if n is 0), a third per locale, the
// same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

func generate(seed uint64, n int) ([]heldout.Doc, [][]negSpan) {
	if n == 0 {
		n = 1500
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	locs := []string{heldout.ZH, heldout.DE, heldout.EN}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][]negSpan, 0, n)
	for i := range n {
		loc := locs[i%3]
		ks := kindsOf[loc]
		k := ks[g.r.IntN(len(ks))]
		var b bld
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}
