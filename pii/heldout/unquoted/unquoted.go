// Package unquoted is a labelled corpus of person names and postal
// addresses in free text, written apart from the detector: its author read
// only pii/heldout/heldout.go (the Doc and Span types and the labelling
// rules), go.mod, and a list of the document kinds that earlier corpora had
// used, so that every kind here is new. It never saw the detector, its
// lexicons, its tests or any other corpus. Names, streets, cities, postcodes,
// organisations and negatives are its own.
//
// Generate writes documents in three locales (zh, de, en) in turn; within a
// locale twelve kinds of text take turns, each varied inside (several
// layouts, optional fields, orderings, punctuation, casing, whitespace and
// OCR or transcription artefacts). Two kinds per locale are mostly hard
// negatives: text full of capitalised things, products, organisations,
// schools, stalls, streets and places named after or looking like persons,
// with few true spans.
//
// Labelling rules:
//   - a name is the person's name without title, salutation or honorific
//     ("Herr Brandt" labels "Brandt", "陈先生" labels "陈", "Mr. Okafor"
//     labels "Okafor"); a given name alone, where a person is addressed or
//     mentioned, is a name; "Surname, Given" is one name; generational
//     suffixes (Jr., III) are part of the name; an initial and surname
//     ("R. Whitfield") are one name;
//   - an address runs from the street (de, en) or from the first
//     administrative division present (zh) to the postcode, the city or
//     the room, whichever comes last; a block over several lines is one
//     span; the recipient's name line is a name, not part of the address;
//   - when a record keeps street, postcode and city in fields of their own
//     (JSON keys, XML elements, CSV, TSV or semicolon cells under a header
//     with a city column, form fields of their own), the street's field
//     alone is the address; when given name and surname sit in fields of
//     their own, each is a name;
//   - a city or province alone, an intersection, a station, a landmark, and
//     companies, products, brands, stalls, schools, hospitals, streets and
//     places named after people are not labelled, nor are user handles.
package unquoted

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the number of documents Generate writes when n is 0.
const DefaultN = 930

// kind is one kind of document of a locale.
type kind struct {
	name  string
	neg   bool // mostly hard negatives
	addr  bool // carries addresses
	write func(*gen, *builder)
}

func kindsOf(locale string) []kind {
	switch locale {
	case heldout.ZH:
		return zhKinds
	case heldout.DE:
		return deKinds
	case heldout.EN:
		return enKinds
	}
	return nil
}

// Kinds returns the kind names of a locale in the order they take turns.
func Kinds(locale string) []string {
	ks := kindsOf(locale)
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = k.name
	}
	return out
}

// Generate returns n documents (DefaultN if n is 0), locale i%3 in the
// order of heldout.Locales, the kinds of a locale taking turns; the same
// seed gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x2f6b_9c31_e4a7_0d58))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf(loc)
		k := ks[(i/len(heldout.Locales))%len(ks)]
		b := &builder{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

// gen is the random source of a corpus.
type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// n returns an int in [lo, hi].
func (g *gen) n(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

// num returns n(lo, hi) as a string.
func (g *gen) num(lo, hi int) string { return strconv.Itoa(g.n(lo, hi)) }

// pad returns n(lo, hi) zero-padded to w digits.
func (g *gen) pad(lo, hi, w int) string {
	s := strconv.Itoa(g.n(lo, hi))
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// digits returns n random digits, the first not zero.
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

// letters returns n random upper-case consonants and digits (no vowels, so
// that no code reads as a name).
func (g *gen) code(n int) string {
	const al = "BCDFGHJKLMNPQRSTVWXZ0123456789"
	var sb strings.Builder
	for range n {
		sb.WriteByte(al[g.r.IntN(len(al))])
	}
	return sb.String()
}

// perm returns k distinct indices below n (k <= n).
func (g *gen) perm(n, k int) []int {
	p := g.r.Perm(n)
	if k > n {
		k = n
	}
	return p[:k]
}

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
	if v == "" || strings.TrimSpace(v) != v {
		panic("unquoted: bad label " + strconv.Quote(v))
	}
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// nl writes a line break.
func (b *builder) nl() { b.s.WriteByte('\n') }

// line writes s and a line break.
func (b *builder) line(s ...string) {
	b.text(s...)
	b.nl()
}

// cell writes v as a cell of a delimited row, quoting it when it holds
// the separator, a quote or a line break (or always), and labels it with
// t when one is given.
func (b *builder) cell(v, sep string, always bool, t ...pii.Type) {
	q := always || strings.ContainsAny(v, sep+"\"\n")
	if q {
		b.text(`"`)
	}
	if len(t) == 0 {
		b.text(strings.ReplaceAll(v, `"`, `""`))
	} else {
		b.label(t[0], v)
	}
	if q {
		b.text(`"`)
	}
}

// jsonEsc escapes a string for a JSON literal; labelled values must not
// need it.
func jsonEsc(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`)
	return r.Replace(s)
}

// xmlEsc escapes text for XML.
func xmlEsc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
	return r.Replace(s)
}

// date returns a date in one of several layouts.
func (g *gen) dateDE() string {
	d, m, y := g.n(1, 28), g.n(1, 12), g.n(2021, 2026)
	switch g.r.IntN(3) {
	case 0:
		return pad2(d) + "." + pad2(m) + "." + strconv.Itoa(y)
	case 1:
		return strconv.Itoa(d) + "." + strconv.Itoa(m) + "." + strconv.Itoa(y)
	default:
		return strconv.Itoa(d) + ". " + deMonths[m-1] + " " + strconv.Itoa(y)
	}
}

func (g *gen) dateZH() string {
	y, m, d := g.n(2021, 2026), g.n(1, 12), g.n(1, 28)
	switch g.r.IntN(3) {
	case 0:
		return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月" + strconv.Itoa(d) + "日"
	case 1:
		return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
	default:
		return strconv.Itoa(y) + "/" + strconv.Itoa(m) + "/" + strconv.Itoa(d)
	}
}

func (g *gen) dateEN() string {
	y, m, d := g.n(2021, 2026), g.n(1, 12), g.n(1, 28)
	switch g.r.IntN(3) {
	case 0:
		return strconv.Itoa(m) + "/" + strconv.Itoa(d) + "/" + strconv.Itoa(y)
	case 1:
		return enMonths[m-1] + " " + strconv.Itoa(d) + ", " + strconv.Itoa(y)
	default:
		return strconv.Itoa(y) + "-" + pad2(m) + "-" + pad2(d)
	}
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func (g *gen) clock() string { return pad2(g.n(6, 23)) + ":" + pad2(g.n(0, 59)) }

var deMonths = []string{"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"}
var enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// one returns a random element of s.
func one[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }
