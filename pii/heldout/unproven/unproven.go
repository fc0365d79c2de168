// Package unproven is a labelled corpus of free text with person names and
// postal addresses in three locales (zh, de, en), written blind: its author
// never saw the detector, its lexicons, its tests or any other corpus. Its
// fifteen kinds of text per locale are genres that organisations hold as
// free text (deposit settlements, lien-sale notices, funeral orders, pest
// control reports, marina berth lists, cemetery registers, freedom of
// information logs, interpreter requests and others) and none of them was
// used by an earlier corpus. Name pools, streets, cities, postcodes and hard
// negatives (companies, brands, streets, buildings, prizes and places named
// after people; Chinese words that start with a surname character; German
// nouns; role words; user handles and e-mail addresses) are its own.
//
// Labelling conventions (spans are recorded while the text is appended):
//   - a name excludes titles, salutations, honorifics, roles and kinship
//     words: "Herr Müller" labels "Müller", "王芳女士" labels "王芳",
//     "Dr. Patel" labels "Patel"; "王老师", "李总", "张医生", "刘阿姨" label
//     the surname only, and so do "老王" and "小李";
//   - relation words, a possessive 's or German genitive -s, the "@" of a
//     mention and "c/o" are outside a name; login handles and e-mail
//     addresses are never names;
//   - a surname-first form with a comma is one span ("SCHMIDT, Anna"); a
//     full name with middle initials or particles is one span
//     ("Anna-Lena van der Berg", "J. Robert Oakes"); a given name alone or a
//     nickname alone is a name;
//   - an address runs from the street (US, DE) or the first administrative
//     division or road (zh; the 小区 when nothing comes before it) to the ZIP
//     code, the city or the room, whichever comes last; a PO box, rural route
//     or Postfach with its city is an address; a block over several lines is one span; a recipient's name
//     line is a name, not part of the address; a country line is outside the
//     address; a road with a house number alone ("文三路128号",
//     "Lindenstraße 4") is an address; a street named without a house number
//     (directions, "the stop at Birch Ave") is not an address; when street,
//     postcode and city sit in separate fields of a table, JSON, XML or YAML
//     record, only the street field's value is labelled;
//   - spans are in order, do not overlap and carry no surrounding spaces;
//     names hold no digits or newlines.
package unproven

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of Docs.
const DefaultSeed uint64 = 21

// DefaultN is the number of documents of Docs, a third per locale.
const DefaultN = 930

// Docs returns the default corpus.
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

// Generate returns n documents (DefaultN if n is 0); document i has locale
// heldout.Locales[i%3]. The same seed gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsFor(loc)
		if len(ks) == 0 {
			docs = append(docs, heldout.Doc{Locale: loc})
			continue
		}
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

func kindsFor(loc string) []kind {
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

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// between returns an int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

func (g *gen) num(lo, hi int) string { return itoa(g.between(lo, hi)) }

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

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

func (g *gen) date() string {
	return "20" + pad2(g.between(23, 26)) + "-" + pad2(g.between(1, 12)) + "-" + pad2(g.between(1, 28))
}

func (g *gen) deDate() string {
	return pad2(g.between(1, 28)) + "." + pad2(g.between(1, 12)) + ".20" + pad2(g.between(23, 26))
}

func (g *gen) usDate() string {
	return itoa(g.between(1, 12)) + "/" + itoa(g.between(1, 28)) + "/20" + pad2(g.between(23, 26))
}

func (g *gen) zhDate() string {
	return "20" + pad2(g.between(23, 26)) + "年" + itoa(g.between(1, 12)) + "月" + itoa(g.between(1, 28)) + "日"
}

func (g *gen) clock() string { return pad2(g.between(6, 21)) + ":" + pad2(g.r.IntN(12)*5) }

// builder assembles a document and records its labelled spans.
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

// csvName writes a CSV field holding a labelled value, quoted when needed.
func (b *builder) csvField(t pii.Type, v string) {
	if strings.ContainsAny(v, ",\n\"") {
		b.text(`"`)
		b.label(t, v)
		b.text(`"`)
		return
	}
	b.label(t, v)
}
