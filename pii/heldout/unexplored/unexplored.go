// Package unexplored is a held-out corpus of labelled free text with person
// names and postal addresses in Chinese, German and US English, written for
// session 18 by someone who read only pii/heldout's types and labelling
// rules (heldout.go), go.mod and the list of document kinds earlier corpora
// used, and never the detector, its lexicons or any other corpus.
//
// Each locale has twelve kinds of text that no earlier corpus used: forms,
// records (CSV, TSV, semicolon lists, JSON, XML, YAML, key=value logs),
// chats, letters, notices, Markdown tables and prose. Two kinds per locale
// are mostly hard negatives: brands, companies and ships named after people,
// streets and buildings used as names of things, place names and Chinese
// words that start with a surname character, with only a few true labels.
//
// Labels follow heldout.go: a name is labelled without its title or
// honorific ("Mrs. Okafor" labels "Okafor", "王经理" labels "王"); a given
// name alone is a name; an address runs from the street (en, de) or the
// first administrative division (zh) to the ZIP code, postcode and city, or
// room, and a block over several lines is one span; where a record keeps
// street, postcode and city in fields of their own only the street's field
// is labelled. Handles, e-mail local parts and company names are never
// names. The Chinese nickname forms 老X and 小X are not used at all.
package unexplored

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of the corpus Docs returns.
const DefaultSeed uint64 = 24

// DefaultN is the number of documents Docs returns.
const DefaultN = 930

// Docs returns the default corpus.
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

// Generate returns n documents (DefaultN if n is 0); document i has locale
// heldout.Locales[i%3], and the kinds of a locale take turns. The same seed
// gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	if n <= 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x6a09e667f3bcc909))}
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

// gen is the corpus's random source with a few helpers.
type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) n(k int) int             { return g.r.IntN(k) }

// between returns an int in [lo, hi].
func (g *gen) between(lo, hi int) int { return lo + g.r.IntN(hi-lo+1) }

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

// distinct returns k different elements of s (k is at most len(s)).
func (g *gen) distinct(s []string, k int) []string {
	if k > len(s) {
		k = len(s)
	}
	idx := g.r.Perm(len(s))[:k]
	out := make([]string, k)
	for i, j := range idx {
		out[i] = s[j]
	}
	return out
}

func (g *gen) date(sep string) string {
	return fmt.Sprintf("%d%s%02d%s%02d", 2021+g.n(5), sep, 1+g.n(12), sep, 1+g.n(28))
}

func (g *gen) clock() string { return fmt.Sprintf("%02d:%02d", 7+g.n(14), g.n(60)) }

// ticker returns a clock that moves forward a few minutes at each call,
// for the time stamps of a chat or a log.
func (g *gen) ticker() func() string { return g.tickerFrom(6, 18) }

// tickerFrom is ticker starting at a random hour in [lo, hi].
func (g *gen) tickerFrom(lo, hi int) func() string {
	m := g.between(lo, hi)*60 + g.n(60)
	return func() string {
		m += g.between(1, 11)
		if m > 23*60+59 {
			m = 23*60 + 59
		}
		return fmt.Sprintf("%02d:%02d", m/60, m%60)
	}
}

// builder appends text and records the labelled spans as it writes them,
// so every offset is right by construction.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *builder) text(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *builder) textf(format string, a ...any) { fmt.Fprintf(&b.s, format, a...) }

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	if v == "" {
		return
	}
	start := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// Cell labels for csv.
const (
	plain = iota
	nameCell
	addrCell
)

// csv writes a comma-separated cell, quoting it when it holds a comma or a
// quote as a spreadsheet export does; what says whether and how the cell's
// value is labelled.
func (b *builder) csv(what int, v string) {
	quote := strings.ContainsAny(v, ",\"\n")
	if quote {
		b.text(`"`)
	}
	switch what {
	case nameCell:
		b.name(v)
	case addrCell:
		b.addr(v)
	default:
		b.text(v)
	}
	if quote {
		b.text(`"`)
	}
}

// xmlEsc escapes text for an XML element (only unlabelled text holds &).
func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}
