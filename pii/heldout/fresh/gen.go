package fresh

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size Generate returns when asked for 0 documents.
const DefaultN = 1500

// Generate returns n documents (DefaultN if n is 0), cycling zh, de, en so
// that each locale gets a third. The same seed always yields the same corpus.
func Generate(seed uint64, n int) []heldout.Doc {
	if n <= 0 {
		n = DefaultN
	}
	g := &gen{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	locales := []struct {
		name  string
		kinds []kind
	}{{heldout.ZH, zhKinds}, {heldout.DE, deKinds}, {heldout.EN, enKinds}}
	docs := make([]heldout.Doc, 0, n)
	for i := 0; i < n; i++ {
		l := locales[i%3]
		k := l.kinds[g.r.IntN(len(l.kinds))]
		b := &builder{}
		k.write(g, b)
		docs = append(docs, heldout.Doc{Locale: l.name, Kind: k.name, Text: b.sb.String(), Spans: b.spans})
	}
	return docs
}

// kind is one document template family.
type kind struct {
	name  string
	write func(*gen, *builder)
}

// builder accumulates a document's text and the byte spans of its labels.
type builder struct {
	sb    strings.Builder
	spans []heldout.Span
}

// f appends format, where %n writes the next argument as a person name span,
// %a as a postal address span, %s as plain text and %% a percent sign.
// Labelling in one place keeps offsets right by construction.
func (b *builder) f(format string, args ...string) {
	ai := 0
	next := func() string {
		if ai >= len(args) {
			panic("fresh: too few arguments for " + format)
		}
		ai++
		return args[ai-1]
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b.sb.WriteByte(c)
			continue
		}
		i++
		if i == len(format) {
			panic("fresh: trailing % in " + format)
		}
		switch format[i] {
		case '%':
			b.sb.WriteByte('%')
		case 's':
			b.sb.WriteString(next())
		case 'n':
			b.span(pii.PersonName, next())
		case 'a':
			b.span(pii.PostalAddress, next())
		default:
			panic("fresh: bad verb in " + format)
		}
	}
	if ai != len(args) {
		panic("fresh: too many arguments for " + format)
	}
}

func (b *builder) span(t pii.Type, s string) {
	if s == "" {
		return
	}
	start := b.sb.Len()
	b.sb.WriteString(s)
	b.spans = append(b.spans, heldout.Span{Type: t, Start: start, End: b.sb.Len()})
}

// gen wraps the seeded source with the choices templates need.
type gen struct{ r *rand.Rand }

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) of(xs []string) string    { return xs[g.r.IntN(len(xs))] }
func (g *gen) in(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) p(prob float64) bool      { return g.r.Float64() < prob }
func (g *gen) num(lo, hi int) string    { return itoa(g.in(lo, hi)) }
func (g *gen) digits(k int) string {
	var sb strings.Builder
	for i := 0; i < k; i++ {
		sb.WriteByte(byte('0' + g.r.IntN(10)))
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

// asciiFold lowers a name for e-mail local parts and handles, which are never labelled.
func asciiFold(s string) string {
	r := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "Ä", "ae", "Ö", "oe", "Ü", "ue",
		"'", "", " ", "", "-", "", ".", "", "ı", "i", "ş", "s", "ç", "c", "ğ", "g", "é", "e")
	return strings.ToLower(r.Replace(s))
}
