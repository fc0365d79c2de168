package unsaid

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate returns for n == 0.
const DefaultN = 1500

// negShare is the share of documents that carry hard negatives only.
const negShare = 0.2

// Generate returns n documents, cycling zh, de, en so each locale gets a
// third; the same seed gives the same documents; n == 0 means DefaultN and
// n < 0 gives nil.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// generate also returns, per document, the byte ranges of the hard
// negatives it wrote, which must lie outside every labelled span.
func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x756e73616964))}
	locales := []string{heldout.ZH, heldout.DE, heldout.EN}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := locales[i%3]
		ks := kinds[loc]
		if g.chance(negShare) {
			ks = negKinds[loc]
		}
		k := ks[g.r.IntN(len(ks))]
		b := &bld{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}

type kind struct {
	name  string
	write func(*gen, *bld)
}

var kinds = map[string][]kind{
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
func (g *gen) num(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) itoa(lo, hi int) string  { return strconv.Itoa(g.num(lo, hi)) }
func (g *gen) digits(n int) string {
	var sb strings.Builder
	for range n {
		sb.WriteByte(byte('0' + g.r.IntN(10)))
	}
	return sb.String()
}

// bld appends text and records labels as it goes.
type bld struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
}

// t appends unlabelled text.
func (b *bld) t(parts ...string) {
	for _, p := range parts {
		b.s.WriteString(p)
	}
}

func (b *bld) span(typ pii.Type, s string) {
	start := b.s.Len()
	b.s.WriteString(s)
	b.spans = append(b.spans, heldout.Span{Type: typ, Start: start, End: b.s.Len()})
}

// n appends a labelled person name.
func (b *bld) n(s string) { b.span(pii.PersonName, s) }

// a appends a labelled postal address.
func (b *bld) a(s string) { b.span(pii.PostalAddress, s) }

// x appends a hard negative: text that looks like a name or address but
// is neither, left unlabelled.
func (b *bld) x(s string) {
	start := b.s.Len()
	b.s.WriteString(s)
	b.negs = append(b.negs, [2]int{start, b.s.Len()})
}

func itoa(n int) string { return strconv.Itoa(n) }

// ocr adds scanner noise: some letters read as look-alike digits or marks.
func (g *gen) ocr(s string) string {
	var sb strings.Builder
	for _, r := range s {
		if g.chance(0.06) {
			switch r {
			case 'O', 'o':
				r = '0'
			case 'l', 'I':
				r = '1'
			case 'S':
				r = '5'
			case 'e':
				r = 'c'
			case ',':
				r = '.'
			}
		}
		sb.WriteRune(r)
	}
	return sb.String()
}
