// Package untouched is an independent labelled corpus of everyday records
// (forms, transcripts, rosters, labels, exports) in Chinese, German and
// US English with person names and postal addresses. It was written from
// the labelling rules in package heldout alone, without seeing the
// detector, its lexicons or any other corpus.
//
// Labelling choices where the rules leave room:
//   - familiar prefixes and suffixes are honorifics: "老王" and "小李" label
//     only the surname ("王", "李"), like "王老师" labels "王";
//   - every title is outside the name: "Dr. med. Anna Roth" labels
//     "Anna Roth", "Prof. Dr. Weber" labels "Weber", "Pastor Ruth" labels
//     "Ruth"; nobiliary particles belong to the name ("von Trotha");
//   - hyphenated and apostrophe names are one name ("Müller-Lüdenscheidt",
//     "O'Brien"); a possessive "'s" is outside the name;
//   - "Surname, Given" is one span; initials are part of the name;
//   - a transliterated foreign name with "·" is one span ("马克·汤普森");
//   - addresses include the unit, apartment or room when it is written
//     with the street, and end at the ZIP (US), the city (DE) or the room
//     or building number (zh); a country line after it is outside;
//   - the local part of an email address, user handles such as @rbaker
//     and names of companies, schools, streets and shops are never names;
//     a WeChat mention of a display name that is a real name ("@徐振华")
//     labels the name after the "@".
package untouched

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

type kind struct {
	name  string
	write func(*gen, *bld)
}

var kindsOf map[string][]kind

func init() {
	kindsOf = map[string][]kind{
		heldout.ZH: zhKinds,
		heldout.DE: deKinds,
		heldout.EN: enKinds,
	}
}

// Generate returns n documents (1500 if n is 0), a third per locale in
// heldout.Locales order, the same for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = 1500
	}
	g := &gen{r: rand.New(rand.NewPCG(seed^0x5eed0f00, seed*0x9e3779b97f4a7c15+7))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf[loc]
		// walk the kinds in turn with a random start so every kind appears
		k := ks[((i/3)+g.r.IntN(2))%len(ks)]
		var b bld
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

type gen struct{ r *rand.Rand }

func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) p(x float64) bool        { return g.r.Float64() < x }
func (g *gen) num(lo, hi int) int      { return lo + g.r.IntN(hi-lo+1) }

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

// bld assembles a document and records its spans.
type bld struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *bld) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}
func (b *bld) n(v string) { b.label(pii.PersonName, v) }
func (b *bld) a(v string) { b.label(pii.PostalAddress, v) }

func (b *bld) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

// csv writes a field, quoting it when it holds the separator or a newline.
func (b *bld) csv(t pii.Type, v string, sep byte) {
	if strings.IndexByte(v, sep) >= 0 || strings.ContainsAny(v, "\n\"") {
		b.t(`"`)
		b.label(t, v)
		b.t(`"`)
		return
	}
	b.label(t, v)
}

// person is a generated person.
type person struct {
	given, sur string
	fem        bool
}

func (p person) full() string { return p.given + " " + p.sur }

// initial returns "A." for the given name's first letter.
func (p person) initial() string {
	r, _ := utf8.DecodeRuneInString(p.given)
	return string(r) + "."
}

// mailLocal builds an email local part from a name (never labelled).
func mailLocal(p person) string {
	rep := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "í", "i", "ó", "o", "á", "a", "ë", "e", "ş", "s", "ı", "i", "ł", "l", "'", "", " ", "", "ç", "c", "ñ", "n", "ğ", "g")
	g := strings.ToLower(rep.Replace(p.given))
	s := strings.ToLower(rep.Replace(p.sur))
	return g + "." + s
}

// phone helpers
func (g *gen) usPhone() string {
	return "(" + g.pick("503", "614", "208", "912", "559", "802", "218", "505", "509", "859", "480", "401", "814", "806") + ") " + g.digits(3) + "-" + itoa(1000+g.r.IntN(9000))
}
func (g *gen) dePhone() string {
	return g.pick("0561", "0761", "0341", "0421", "0941", "0431", "0681", "0361", "0251", "07071", "0351") + " " + g.digits(6)
}
func (g *gen) zhPhone() string {
	return g.pick("138", "139", "150", "186", "177", "133", "158", "199") + g.digits(4) + g.digits(4)
}

func (g *gen) date(sep string) string {
	return itoa(2023+g.r.IntN(3)) + sep + pad2(1+g.r.IntN(12)) + sep + pad2(1+g.r.IntN(28))
}

func pickOf[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }

func (g *gen) deDate() string {
	return pad2(1+g.r.IntN(28)) + "." + pad2(1+g.r.IntN(12)) + "." + itoa(2023+g.r.IntN(3))
}
