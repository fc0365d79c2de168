// Package unasked is a held-out corpus of free text in Chinese, German and
// US English with labelled person names and postal addresses. It was
// written blind: its author read only pii/heldout/heldout.go and go.mod,
// never the detector, its lexicons or any other corpus, and invented its
// own names, streets, cities and hard negatives. Its text kinds (fifteen
// per locale) avoid the kinds earlier corpora used.
//
// Generate builds each text by appending pieces and recording the offsets
// of labelled pieces as they are appended, so every label is exact.
//
// Labelling conventions, beyond heldout.go's rules:
//   - a name excludes titles, salutations, honorifics and roles: "Herr
//     Müller" labels "Müller", "王芳女士" labels "王芳", "Dr. Patel" labels
//     "Patel"; "王老师", "李总", "张医生", "刘阿姨" label the surname only
//     ("王"); a "老"/"小" prefix ("老王", "小李") is outside the name too;
//   - relation words are outside a name: "书瑶妈妈" labels "书瑶",
//     "Omas Liesel" labels "Liesel", "Mom of Ava" labels "Ava"; a German
//     genitive ending is outside the name too ("Lenas Mama" labels "Lena");
//   - a leading "@" of a mention is outside the name ("@Jonas" labels
//     "Jonas"); login handles and e-mail addresses are never labelled;
//   - a surname-first form with a comma is one span ("SCHMIDT, Anna",
//     "Nguyen, Thi Lan"), as is a nickname in quotes inside a name
//     (`Joseph "Chuck" Tsosie`), a middle initial, a name particle (von,
//     van der, de la, O', Mc) and a generational suffix ("Jr.", "III");
//   - a given name alone is a name, and so is a surname alone after a
//     title; initials with a surname ("J. R. Okafor") are a name;
//   - transliterated foreign names in Chinese text (阿卜杜拉·买买提) are one
//     span including the middle dot "·";
//   - an address runs from the house number and street (en, de) or from
//     the first administrative division given (zh: province, city or
//     district) to the ZIP code, postcode and city, or the room; a block
//     over several lines is one span, including unit lines; a country line
//     ("USA", "Deutschland", "中国") is outside it; a "c/o" line belongs to
//     the name side: "c/o" is outside every span, the name after it is a
//     name, and the address starts at the street line below;
//   - a house number with a street and no city ("1418 Juniper Trace",
//     "Lindenallee 4") is an address; a street without a house number, a
//     hundred-block ("1400 block of Elm St"), a city alone, a PO box and a
//     Packstation are not; in Chinese a road with a number ("文三路128号")
//     is an address, a building, unit and room alone ("3栋2单元501室") is not;
//   - firms, products, schools, hospitals, foundations, ships, prizes,
//     buildings and places named after people are never names; a street
//     named after a person is part of the address it is in and unlabelled
//     outside one.
package unasked

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of Docs.
const DefaultSeed = 20261204

// DefaultN is the number of documents of Docs.
const DefaultN = 930

// Docs returns the corpus: Generate(DefaultSeed, DefaultN).
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

// Generate returns n documents (DefaultN if n is 0), a third per locale
// (heldout.Locales order, i%3), cycling through each locale's kinds,
// deterministic for the seed (math/rand/v2 PCG).
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x5f3759df9e3779b9))}
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
	default:
		return enKinds
	}
}

type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// n returns a number in [lo, hi].
func (g *gen) n(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

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

func (b *builder) t(s ...string) {
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

// fields splits a whitespace-separated list; "_" stands for a space
// inside one entry.
func fields(s string) []string {
	f := strings.Fields(s)
	for i, x := range f {
		f[i] = strings.ReplaceAll(x, "_", " ")
	}
	return f
}
