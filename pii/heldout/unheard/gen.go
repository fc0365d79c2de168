package unheard

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size when Generate is asked for 0 documents.
const DefaultN = 1500

// Generate returns n documents, cycling zh, de and en so each locale gets
// a third; the same seed gives the same documents. n == 0 means DefaultN
// and n < 0 gives nil.
func Generate(seed uint64, n int) []heldout.Doc {
	docs, _ := generate(seed, n)
	return docs
}

// negShare is the part of the documents that carry hard negatives only.
const negShare = 0.2

// generate is Generate that also returns, per document, the byte ranges of
// the hard negatives written into it, so tests can check that no label
// covers one.
func generate(seed uint64, n int) ([]heldout.Doc, [][][2]int) {
	if n < 0 {
		return nil, nil
	}
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	negs := make([][][2]int, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kinds[loc]
		if g.chance(negShare) {
			ks = negKinds[loc]
		}
		k := ks[g.r.IntN(len(ks))]
		b := &builder{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
		negs = append(negs, b.negs)
	}
	return docs, negs
}

// kind is one kind of document and the function that writes one.
type kind struct {
	name  string
	write func(*gen, *builder)
}

// kinds holds the kinds with names and addresses; negKinds the kinds that
// carry hard negatives only.
var kinds = map[string][]kind{
	heldout.ZH: zhKinds,
	heldout.DE: deKinds,
	heldout.EN: enKinds,
}

var negKinds = map[string][]kind{
	heldout.ZH: zhNegKinds,
	heldout.DE: deNegKinds,
	heldout.EN: enNegKinds,
}

type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string        { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string     { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool       { return g.r.Float64() < p }
func (g *gen) between(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) num(lo, hi int) string       { return fmt.Sprint(g.between(lo, hi)) }
func (g *gen) pad(n, lo, hi int) string    { return fmt.Sprintf("%0*d", n, g.between(lo, hi)) }
func (g *gen) count(lo, hi int) []struct{} { return make([]struct{}, g.between(lo, hi)) }

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

// date returns a date in the given layout: "us" (03/14/2026), "de"
// (14.03.2026), "iso" (2026-03-14) or "zh" (2026年3月14日).
func (g *gen) date(layout string) string {
	y, m, d := g.between(2019, 2026), g.between(1, 12), g.between(1, 28)
	switch layout {
	case "us":
		return fmt.Sprintf("%02d/%02d/%d", m, d, y)
	case "de":
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	case "zh":
		return fmt.Sprintf("%d年%d月%d日", y, m, d)
	}
	return fmt.Sprintf("%d-%02d-%02d", y, m, d)
}

// birth returns a date of birth between the given years, in a layout of date.
func (g *gen) birth(layout string, from, to int) string {
	y, m, d := g.between(from, to), g.between(1, 12), g.between(1, 28)
	switch layout {
	case "us":
		return fmt.Sprintf("%02d/%02d/%d", m, d, y)
	case "de":
		return fmt.Sprintf("%02d.%02d.%d", d, m, y)
	}
	return fmt.Sprintf("%d年%d月%d日", y, m, d)
}

// period returns two dates in order, 1 to maxDays days apart.
func (g *gen) period(layout string, maxDays int) (from, to string) {
	t := time.Date(g.between(2015, 2024), time.Month(g.between(1, 12)), g.between(1, 28), 0, 0, 0, 0, time.UTC)
	u := t.AddDate(0, 0, g.between(1, maxDays))
	return format(t, layout), format(u, layout)
}

func format(t time.Time, layout string) string {
	switch layout {
	case "us":
		return t.Format("01/02/2006")
	case "de":
		return t.Format("02.01.2006")
	case "zh":
		return t.Format("2006年1月2日")
	}
	return t.Format("2006-01-02")
}

func (g *gen) clock() string { return fmt.Sprintf("%02d:%02d", g.between(7, 19), 5*g.r.IntN(12)) }

func (g *gen) phoneUS() string {
	return fmt.Sprintf("(%d) %d-%s", g.between(201, 989), g.between(200, 999), g.digits(4))
}

func (g *gen) phoneDE() string {
	return g.pick("030", "040", "089", "0221", "069", "0711", "0341", "0421", "0511", "0761", "0151", "0176") + " " + g.digits(g.between(6, 8))
}

func (g *gen) phoneZH() string { return "1" + g.pick("3", "5", "8", "9", "7") + g.digits(9) }

// builder assembles a document and records its labels and hard negatives
// as the text is written, never by searching it afterwards.
type builder struct {
	s     strings.Builder
	spans []heldout.Span
	negs  [][2]int
	fold  func(string) string // applied to every piece: ALL CAPS or lower-case documents
}

// text writes unlabelled pieces.
func (b *builder) text(s ...string) {
	for _, x := range s {
		b.s.WriteString(b.folded(x))
	}
}

// textf writes an unlabelled formatted piece.
func (b *builder) textf(format string, a ...any) { b.text(fmt.Sprintf(format, a...)) }

func (b *builder) folded(s string) string {
	if b.fold == nil {
		return s
	}
	return b.fold(s)
}

func (b *builder) name(v string) { b.label(pii.PersonName, v) }
func (b *builder) addr(v string) { b.label(pii.PostalAddress, v) }

func (b *builder) label(t pii.Type, v string) {
	start := b.s.Len()
	b.s.WriteString(b.folded(v))
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.s.Len()})
}

// neg writes a hard negative: a word that looks like a name or an address
// but is not one here.
func (b *builder) neg(v string) {
	start := b.s.Len()
	b.s.WriteString(b.folded(v))
	b.negs = append(b.negs, [2]int{start, b.s.Len()})
}

// upper folds German text the way a form printed in capitals does (ß→SS).
func upper(s string) string { return strings.ToUpper(strings.ReplaceAll(s, "ß", "SS")) }
