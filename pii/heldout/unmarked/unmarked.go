// Package unmarked generates an independent labelled corpus of free text
// with person names and postal addresses in Chinese, German and English:
// transcripts, referral letters, sign-up sheets, commit logs, ticket
// threads, chats, waybills, registers, rotas, notices and quotes, with the
// messy parts of real text (lower-case names in chat, ALL-CAPS names with
// accents in forms, nicknames, initials, "Surname, Given" order, double
// surnames) and hard negatives (brands, places, streets, dishes and titles
// named after people). It was written from heldout.go's labelling rules
// alone, without reading the detector or any other corpus.
package unmarked

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// Generate returns n documents (1500 if n is 0), a third per locale, the
// same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = 1500
	}
	if n < 0 {
		return nil
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5851f42d4c957f2d))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf[loc]
		k := ks[g.r.IntN(len(ks))]
		b := &builder{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

type kind struct {
	name  string
	write func(*gen, *builder)
}

var kindsOf = map[string][]kind{
	heldout.EN: enKinds,
	heldout.DE: deKinds,
	heldout.ZH: zhKinds,
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
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

// builder assembles a doc and records its labelled spans.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *builder) text(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// itoa formats a small non-negative integer.
func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var buf [20]byte
	p := len(buf)
	for i > 0 {
		p--
		buf[p] = byte('0' + i%10)
		i /= 10
	}
	return string(buf[p:])
}

func pad2(i int) string {
	if i < 10 {
		return "0" + itoa(i)
	}
	return itoa(i)
}
