package unread

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate makes when asked for 0.
const DefaultN = 1500

// Generate returns n documents, cycling zh, de, en so each locale gets a
// third. The same seed always gives the same documents. n == 0 means
// DefaultN; n < 0 gives nil.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// generate also returns, per document, the byte ranges written as hard
// negatives, so the tests can prove none of them is labelled.
func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	r := rand.New(rand.NewPCG(seed, 0x18a11e1d))
	locales := []string{heldout.ZH, heldout.DE, heldout.EN}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := locales[i%3]
		// About a fifth of documents carry hard negatives only.
		var ks []kind
		negOnly := r.Float64() < 0.19
		for _, k := range kinds[loc] {
			if k.negOnly == negOnly {
				ks = append(ks, k)
			}
		}
		k := ks[r.IntN(len(ks))]
		g := &gen{r: r}
		k.fn(g)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: g.b.String(), Spans: g.spans})
		negs = append(negs, g.negs)
	}
	return docs, negs
}

type kind struct {
	name    string
	fn      func(*gen)
	negOnly bool // writes hard negatives only, never a label
}

var kinds = map[string][]kind{heldout.ZH: zhKinds, heldout.DE: deKinds, heldout.EN: enKinds}

// gen writes one document and records its labels as it writes them, so a
// label can never drift from the text it covers.
type gen struct {
	r     *rand.Rand
	b     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

// t writes unlabelled text.
func (g *gen) t(parts ...string) {
	for _, p := range parts {
		g.b.WriteString(p)
	}
}

func (g *gen) span(typ pii.Type, s string) {
	start := g.b.Len()
	g.b.WriteString(s)
	g.spans = append(g.spans, heldout.Span{Type: typ, Start: start, End: g.b.Len()})
}

// name writes a labelled person name.
func (g *gen) name(s string) { g.span(pii.PersonName, s) }

// addr writes a labelled postal address.
func (g *gen) addr(s string) { g.span(pii.PostalAddress, s) }

// neg writes a hard negative: text that looks like a name or address but
// is neither, and must stay unlabelled.
func (g *gen) neg(s string) {
	start := g.b.Len()
	g.b.WriteString(s)
	g.negs = append(g.negs, [2]int{start, g.b.Len()})
}

func (g *gen) intn(n int) int          { return g.r.IntN(n) }
func (g *gen) p(prob float64) bool     { return g.r.Float64() < prob }
func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

// zipf picks from a list ordered from commonest to rarest, favouring the
// head the way real name frequencies do.
func (g *gen) zipf(xs []string) string {
	u := g.r.Float64()
	return xs[int(u*u*float64(len(xs)))]
}

// cased returns s in the casing a record of this style might use.
func (g *gen) cased(s string) string {
	switch g.intn(8) {
	case 0:
		return strings.ToUpper(s)
	case 1:
		return strings.ToLower(s)
	}
	return s
}

// list writes items joined the way prose joins them: commas and a final
// conjunction.
func (g *gen) list(n int, seps []string, and string, item func()) {
	for i := range n {
		switch {
		case i == 0:
		case i == n-1:
			g.t(and)
		default:
			g.t(g.pick(seps))
		}
		item()
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func pad(n, w int) string {
	s := itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

var (
	latinSeps = []string{", ", ", ", "; "}
	zhSeps    = []string{"、", "、", "，"}
)
