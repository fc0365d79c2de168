// Package unclaimed is a blind labelled corpus of free text with person
// names and postal addresses for mainland China (zh, in Chinese), Germany
// (de, in German) and the United States (en, in English).
//
// It is blind: its author never saw the detector, its rules, its lexicons
// or any other corpus; only the shared types in package heldout and a list
// of the kind names earlier corpora had used (so that none is reused). All
// names, streets, cities and postcodes were written from the author's own
// knowledge.
//
// Kinds (12 per locale; the ones marked "neg" are mostly hard negatives:
// companies, products, streets, schools, hospitals, buildings, ships, prizes
// and foundations named after people, login handles, e-mail addresses,
// numbers that look like house numbers, capitalised common words):
//
//	zh: youeryuan_jiesong_shouquan, kuandai_zhuangji_tsv, menjin_ka_shenqing_kv,
//	    zhiyuan_shichang_zhengming, jiadian_yanbao_json, louzhang_qun_xiaoxi,
//	    yanglaojin_renzheng_xml, jiafang_jilu, dianti_weibao_yaml,
//	    neg_mingren_changguan, neg_zhanghao_shenji, juanzeng_huizhi
//	de: Hausnotruf-Vertrag, Lastschriftmandat-Export, Schwimmkurs-Warteliste,
//	    Zeitungszustellung-Bezirksliste, Pflegekasse-Widerspruch,
//	    Ferienhaus-Buchungsanfrage, Briefwahl-Antragsexport,
//	    Zahnarzt-Recallliste, Jugendamt-Aktenvermerk,
//	    Hausmeister-Sprachmemo-Transkript, neg_Namensgeber-Verzeichnis,
//	    neg_Benutzerkonten-Audit
//	en: parking-permit-renewal, meal-delivery-manifest,
//	    process-server-affidavit, mortgage-payoff-request,
//	    alumni-update-yaml, family-group-text, chaperone-assignments-xml,
//	    fishing-license-tsv, home-health-visit-note, tow-dispatch-kv,
//	    neg_landmarks-and-namesakes, neg_account-audit-log
//
// Labelling conventions:
//   - a name excludes titles, salutations, honorifics, roles and kinship
//     words ("Herr Müller" labels "Müller", "王芳女士" labels "王芳",
//     "Dr. Patel" labels "Patel", "王老师" labels "王"); 老X/小X forms are
//     not used;
//   - relation words, possessive 's, German genitive -s, a leading "@" and
//     "c/o" are outside a name; login handles and e-mail addresses are
//     never names;
//   - a surname-first form with a comma ("SCHMIDT, Anna") is one span; a
//     full name with middle initials or particles is one span;
//   - an address runs from the street (en, de) or the first administrative
//     division or road (zh) to the ZIP code, the city or the room,
//     whichever comes last; a block over several lines is one span; a
//     recipient's name line is a name, not part of the address; a country
//     line is outside; a road with a house number alone is an address; when
//     street, postcode and city are separate fields of a record, only the
//     street field's value is labelled;
//   - spans are in order, non-overlapping and not padded with spaces;
//     names hold no digits or newlines.
package unclaimed

import (
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultSeed is the seed of Docs.
const DefaultSeed uint64 = 23

// DefaultN is the number of documents Docs returns.
const DefaultN = 930

// Docs returns the corpus.
func Docs() []heldout.Doc { return Generate(DefaultSeed, 0) }

type kind struct {
	name  string
	write func(*gen, *bld)
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

// Generate returns n documents (DefaultN if n is 0); document i has locale
// heldout.Locales[i%3]. The same seed gives the same documents.
func Generate(seed uint64, n int) []heldout.Doc {
	if n == 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed*0x9e3779b97f4a7c15+17))}
	docs := make([]heldout.Doc, 0, n)
	for i := range n {
		loc := heldout.Locales[i%len(heldout.Locales)]
		ks := kindsOf(loc)
		k := ks[(i/len(heldout.Locales))%len(ks)]
		var b bld
		k.write(g, &b)
		docs = append(docs, heldout.Doc{Locale: loc, Kind: k.name, Text: b.s.String(), Spans: b.spans})
	}
	return docs
}

type gen struct{ r *rand.Rand }

func (g *gen) of(s []string) string    { return s[g.r.IntN(len(s))] }
func (g *gen) pick(s ...string) string { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }
func (g *gen) n(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) num(lo, hi int) string   { return strconv.Itoa(g.n(lo, hi)) }
func (g *gen) pad(v, w int) string {
	s := strconv.Itoa(v)
	return strings.Repeat("0", max(0, w-len(s))) + s
}
func (g *gen) digits(k int) string { return g.pad(g.r.IntN(pow10(k)), k) }
func (g *gen) date(sep string) string {
	return "2026" + sep + g.pad(g.n(1, 12), 2) + sep + g.pad(g.n(1, 28), 2)
}
func (g *gen) deDate() string { return g.pad(g.n(1, 28), 2) + "." + g.pad(g.n(1, 12), 2) + ".2026" }
func (g *gen) usDate() string {
	return strconv.Itoa(g.n(1, 12)) + "/" + strconv.Itoa(g.n(1, 28)) + "/2026"
}
func (g *gen) clock() string           { return g.pad(g.n(6, 21), 2) + ":" + g.pad(g.r.IntN(60), 2) }
func (g *gen) id(prefix string) string { return prefix + g.digits(6) }
func (g *gen) upper(s string) string   { return strings.ToUpper(s) }
func (g *gen) maybe(p float64, s string) string {
	if g.chance(p) {
		return s
	}
	return ""
}

func pow10(k int) int {
	p := 1
	for range k {
		p *= 10
	}
	return p
}

// bld appends text and records labelled spans as it goes.
type bld struct {
	s     strings.Builder
	spans []heldout.Span
}

func (b *bld) t(s ...string) {
	for _, x := range s {
		b.s.WriteString(x)
	}
}

func (b *bld) label(t pii.Type, v string) {
	st := b.s.Len()
	b.s.WriteString(v)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: st, End: b.s.Len()})
}

func (b *bld) nm(v string) { b.label(pii.PersonName, v) }
func (b *bld) ad(v string) { b.label(pii.PostalAddress, v) }

// csv writes a CSV field, quoted when it holds a comma or quote.
func (b *bld) csv(t pii.Type, v string) {
	if strings.ContainsAny(v, ",\"\n") {
		b.t(`"`)
		b.label(t, strings.ReplaceAll(v, `"`, `""`))
		b.t(`"`)
		return
	}
	b.label(t, v)
}

// xmlEsc escapes text for XML element content.
func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// oneLine turns a multi-line address into one line for JSON, CSV and such.
func oneLine(s string) string { return strings.ReplaceAll(s, "\n", ", ") }

func anyOf[T any](g *gen, s []T) T { return s[g.r.IntN(len(s))] }
