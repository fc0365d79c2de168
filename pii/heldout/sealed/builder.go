package sealed

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size Generate makes when asked for zero documents:
// 500 per locale.
const DefaultN = 1500

// Generate returns n documents (DefaultN when n is 0), cycling zh, de, en so
// each locale gets a third. The same seed always gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	ds := generate(seed, n)
	out := make([]heldout.Doc, len(ds))
	for i, d := range ds {
		out[i] = d.Doc
	}
	return out
}

// negShare is the share of documents drawn from the kinds that hold only
// hard negatives (and no labels); a few labelled kinds also come out empty.
const negShare = 0.23

// doc is a Doc plus the byte ranges of the hard negatives written into it,
// kept for the tests: no label may touch one.
type doc struct {
	heldout.Doc
	negs [][2]int
}

// kind is one shape of text: a name for reports, whether it only carries
// negatives, and the writer.
type kind struct {
	name string
	neg  bool
	fill func(g *gen)
}

var kinds = map[string][]kind{}

func register(locale string, ks ...kind) { kinds[locale] = append(kinds[locale], ks...) }

func generate(seed uint64, n int) []doc {
	if n <= 0 {
		n = DefaultN
	}
	locales := []string{heldout.ZH, heldout.DE, heldout.EN}
	r := rand.New(rand.NewPCG(seed, 0x5ea1ed0c0a1a7e5))
	out := make([]doc, 0, n)
	for i := 0; i < n; i++ {
		loc := locales[i%len(locales)]
		var pos, neg []kind
		for _, k := range kinds[loc] {
			if k.neg {
				neg = append(neg, k)
			} else {
				pos = append(pos, k)
			}
		}
		k := pos[r.IntN(len(pos))]
		if r.Float64() < negShare {
			k = neg[r.IntN(len(neg))]
		}
		g := &gen{r: r}
		k.fill(g)
		out = append(out, doc{
			Doc:  heldout.Doc{Locale: loc, Kind: k.name, Text: g.sb.String(), Spans: g.spans},
			negs: g.negs,
		})
	}
	return out
}

// gen writes one document and records its labels as it writes them, so a
// label is exactly the bytes written for it and never found by searching.
type gen struct {
	r     *rand.Rand
	sb    strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

// t writes plain text.
func (g *gen) t(parts ...string) {
	for _, p := range parts {
		g.sb.WriteString(p)
	}
}

func (g *gen) span(t pii.Type, s string) {
	start := g.sb.Len()
	g.sb.WriteString(s)
	g.spans = append(g.spans, heldout.Span{Type: t, Start: start, End: g.sb.Len()})
}

// n writes a person's name (without any title) as a label.
func (g *gen) n(s string) { g.span(pii.PersonName, s) }

// a writes a postal address as a label.
func (g *gen) a(s string) { g.span(pii.PostalAddress, s) }

// x writes a hard negative: text that looks like a name or address but is not.
func (g *gen) x(s string) {
	start := g.sb.Len()
	g.sb.WriteString(s)
	g.negs = append(g.negs, [2]int{start, g.sb.Len()})
}

// p picks uniformly.
func (g *gen) p(list ...string) string { return list[g.r.IntN(len(list))] }

// z picks with a bias to the front of a list ordered by frequency, roughly
// like a name frequency table: the first tenth draws about a third.
func (g *gen) z(list []string) string {
	i := int(float64(len(list)) * math.Pow(g.r.Float64(), 2.2))
	return list[min(i, len(list)-1)]
}

// c is true with probability f.
func (g *gen) c(f float64) bool { return g.r.Float64() < f }

// d returns a decimal number in [lo, hi].
func (g *gen) d(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// digits returns k random decimal digits.
func (g *gen) digits(k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}
