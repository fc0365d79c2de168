// Package unvisited is a labelled evaluation corpus of person names and
// postal addresses in zh (mainland China), de (Germany) and en (United
// States), written blind: its author never saw the detector, its lexicons
// or the other corpora. Each locale has twelve kinds of text that
// organisations hold, with prose, chat, lists, tables, key: value lines and
// JSON, CSV, XML and YAML fragments, and many hard negatives (companies,
// products, streets, schools and buildings named after people, login
// handles, e-mail addresses, numbers that look like house numbers).
//
// Labelling conventions (offsets are recorded while the text is appended):
//   - a name excludes titles, salutations, honorifics, roles and kinship
//     words ("Herr Müller" labels "Müller", "王芳女士" labels "王芳",
//     "Dr. Patel" labels "Patel", "王老师" labels "王"); 老X/小X forms are
//     not used;
//   - relation words, possessive 's, German genitive -s, a leading "@" and
//     "c/o" are outside a name; login handles and e-mail addresses are never
//     names;
//   - a surname-first form with a comma ("SCHMIDT, Anna") is one span; a
//     full name with middle initials or particles is one span;
//   - an address runs from the street (en, de) or the first administrative
//     division or road (zh) to the ZIP code, the city or the room, whichever
//     comes last; a block over several lines is one span; a recipient's name
//     line is a name; a country line is outside; a road with a house number
//     alone is an address; when street, postcode and city are separate
//     fields of a record, only the street field's value is labelled;
//   - spans are in order, non-overlapping and not padded; names hold no
//     digits or newlines.
package unvisited

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of Docs.
const DefaultSeed uint64 = 22

// DefaultN is the number of documents of Docs, a third per locale.
const DefaultN = 930

// Docs returns Generate(DefaultSeed, 0).
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

type kind struct {
	name  string
	write func(*gen, *builder)
}

func kindsOf(loc string) []kind {
	switch loc {
	case heldout.ZH:
		return zhKinds
	case heldout.DE:
		return deKinds
	}
	return enKinds
}

// Generate returns n documents (DefaultN if n is 0); doc i has locale
// heldout.Locales[i%3]; the output is the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf(loc)
		k := ks[(i/len(heldout.Locales))%len(ks)]
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
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) num(lo, hi int) string   { return fmt.Sprint(g.n(lo, hi)) }

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

func (g *gen) date() string {
	return fmt.Sprintf("%02d.%02d.20%02d", g.n(1, 28), g.n(1, 12), g.n(19, 26))
}

func (g *gen) isoDate() string {
	return fmt.Sprintf("20%02d-%02d-%02d", g.n(19, 26), g.n(1, 12), g.n(1, 28))
}

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

// csv writes v as a CSV field, quoted when it holds a comma or newline,
// with the label inside the quotes.
func (b *builder) csv(t pii.Type, v string) {
	if strings.ContainsAny(v, ",\n\"") {
		b.text(`"`)
		b.label(t, v)
		b.text(`"`)
		return
	}
	b.label(t, v)
}

// jsonStr writes v as a JSON string with the label on the escaped content.
func (b *builder) jsonStr(t pii.Type, v string) {
	b.text(`"`)
	b.label(t, strings.ReplaceAll(v, "\n", `\n`))
	b.text(`"`)
}
