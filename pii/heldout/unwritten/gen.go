package unwritten

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate writes when n is 0.
const DefaultN = 1500

// Generate returns n documents (DefaultN if n is 0), a third per locale in
// the order of heldout.Locales, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

type kind struct {
	name  string
	write func(*gen, *bld)
}

var kindsOf = map[string][]kind{}

// negKindsOf holds the kinds that carry hard negatives only.
var negKindsOf = map[string][]kind{}

func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	per := n / len(heldout.Locales)
	for li, loc := range heldout.Locales {
		m := per
		if li == len(heldout.Locales)-1 {
			m = n - per*(len(heldout.Locales)-1)
		}
		for range m {
			var k kind
			if g.r.IntN(5) == 0 {
				ks := negKindsOf[loc]
				k = ks[g.r.IntN(len(ks))]
			} else {
				ks := kindsOf[loc]
				k = ks[g.r.IntN(len(ks))]
			}
			var b bld
			k.write(g, &b)
			docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
			negs = append(negs, b.negs)
		}
	}
	return docs, negs
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) ch(p float64) bool       { return g.r.Float64() < p }
func (g *gen) in(lo, hi int) int       { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) is(lo, hi int) string    { return strconv.Itoa(g.in(lo, hi)) }

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

// bld assembles a doc, recording labelled spans and hard negatives as it
// appends them.
type bld struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

func (b *bld) t(xs ...string) {
	for _, x := range xs {
		b.s.WriteString(x)
	}
}

func (b *bld) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

// n writes a labelled person name.
func (b *bld) n(v string) { b.label(pii.PersonName, v) }

// a writes a labelled postal address.
func (b *bld) a(v string) { b.label(pii.PostalAddress, v) }

// ng writes a hard negative and records its range.
func (b *bld) ng(v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.negs = append(b.negs, [2]int{st, b.s.Len()})
}

func pad(s string, w int) string {
	n := len([]rune(s))
	if n >= w {
		return s + " "
	}
	return s + strings.Repeat(" ", w-n)
}

// ocr roughens an address as a scan would: doubled spaces and a line
// broken after a comma. It never adds space at either end.
func (g *gen) ocr(s string) string {
	var sb strings.Builder
	broke := false
	for i, r := range s {
		sb.WriteRune(r)
		if r == ' ' && i > 0 && g.ch(0.2) {
			sb.WriteByte(' ')
		}
		if r == ',' && !broke && i+2 < len(s) && s[i+1] == ' ' && g.ch(0.5) {
			sb.WriteByte('\n')
			broke = true
		}
	}
	return strings.ReplaceAll(sb.String(), ",\n ", ",\n")
}
