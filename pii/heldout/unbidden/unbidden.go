// Package unbidden is an independent labelled corpus of Chinese, German and
// US-English free text with person names and postal addresses. It was
// written without seeing the detector, its lexicons or any other corpus;
// only the shared types and labelling rules in package heldout were read.
//
// Labelling choices where the rules leave room:
//   - titles, salutations, honorifics and job titles used as address
//     (Herr, Frau, Dr., Officer, Ms., 女士, 先生, 老师, 医生, 经理, 警官)
//     stay outside the name; "Frau Dr. Schäfer" labels "Schäfer";
//   - initials with a surname ("J. Okafor") are one name; a middle initial
//     is part of the name;
//   - "Surname, Given" is one span;
//   - a bare street without house number ("the lot on Lincoln Ave") is not
//     an address; a street with number and city or postcode is;
//   - in US addresses, the unit line (Apt, Suite) is inside the span; in
//     zh the span ends at the room (室) or building/unit when no room;
//   - email local parts, user handles and file names are not names; the
//     display name in a From/To header is;
//   - names of companies, products, schools, hospitals and streets named
//     after people are unlabelled, as are words that are also names.
package unbidden

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// Generate returns n documents (1500 if n is 0), a third per locale in
// heldout.Locales order, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = 1500
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kinds[loc]
		k := ks[g.r.IntN(len(ks))]
		d := &doc{}
		k.write(g, d)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: d.sb.String(), Spans: d.spans})
	}
	return docs
}

type kind struct {
	name  string
	write func(*gen, *doc)
}

var kinds = map[string][]kind{}

func init() {
	kinds[heldout.EN] = enKinds
	kinds[heldout.DE] = deKinds
	kinds[heldout.ZH] = zhKinds
}

type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) p(x float64) bool        { return g.r.Float64() < x }
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }

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

type doc struct {
	sb    strings.Builder
	spans []heldout.Span
}

func (d *doc) t(s ...string) {
	for _, x := range s {
		d.sb.WriteString(x)
	}
}

func (d *doc) lab(t pii.Type, v string) {
	st := d.sb.Len()
	d.sb.WriteString(v)
	d.spans = append(d.spans, heldout.Span{Type: t, Start: st, End: d.sb.Len()})
}

// nm writes a labelled name, am a labelled address.
func (d *doc) nm(v string) { d.lab(pii.PersonName, v) }
func (d *doc) am(v string) { d.lab(pii.PostalAddress, v) }

// csv writes a field, quoted when it holds a comma, newline or quote.
func (d *doc) csv(t pii.Type, v string) {
	if strings.ContainsAny(v, ",\n\"") {
		d.t(`"`)
		d.lab(t, strings.ReplaceAll(v, `"`, `""`))
		d.t(`"`)
		return
	}
	d.lab(t, v)
}

// js writes a JSON string value with the content labelled.
func (d *doc) js(t pii.Type, v string) {
	v = strings.ReplaceAll(v, "\n", `\n`)
	d.t(`"`)
	d.lab(t, v)
	d.t(`"`)
}
