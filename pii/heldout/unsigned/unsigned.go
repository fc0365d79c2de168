// Package unsigned is a held-out labelled corpus of person names and postal
// addresses in zh, de and en free text, written without seeing the detector,
// its lexicons or any other corpus. Its names, streets, cities, kinds of
// text and hard negatives are its own.
package unsigned

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

type kind struct {
	name  string
	write func(*gen, *builder)
}

var kindsOf = map[string][]kind{}

// Generate returns n documents (1500 if n is 0), a third per locale in
// heldout.Locales order, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = 1500
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5eed0f0a11ce2b1d))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf[loc]
		k := ks[g.r.IntN(len(ks))]
		var b builder
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) num(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) n(lo, hi int) string     { return fmt.Sprint(g.num(lo, hi)) }

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

type builder struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *builder) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *builder) tf(f string, a ...any) { b.s.WriteString(fmt.Sprintf(f, a...)) }

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// field writes a CSV cell, quoting it when it holds a comma or a newline.
func (b *builder) field(t pii.Type, v string) {
	q := strings.ContainsAny(v, ",\n\"")
	if q {
		b.t(`"`)
	}
	b.label(t, v)
	if q {
		b.t(`"`)
	}
}

func upper(s string) string { return strings.ToUpper(s) }

func lower(s string) string { return strings.ToLower(s) }

func initial(s string) string {
	for _, r := range s {
		return string(unicode.ToUpper(r)) + "."
	}
	return s
}
