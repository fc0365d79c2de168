package untold

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// DefaultN is the corpus size Generate uses when asked for zero documents.
const DefaultN = 1500

// doc is a generated document plus the hard negatives it contains, which
// the tests use to prove no negative was ever labelled.
type doc struct {
	heldout.Doc
	negs [][2]int
}

// kind writes one document of a named kind into b.
type kind struct {
	name  string
	write func(r *rand.Rand, b *builder)
}

var locales = []struct {
	code  string
	kinds []kind
}{
	{heldout.ZH, zhKinds},
	{heldout.DE, deKinds},
	{heldout.EN, enKinds},
}

// Generate returns n documents (DefaultN when n is 0), cycling zh, de, en,
// and always the same documents for the same seed.
func Generate(seed uint64, n int) []heldout.Doc {
	ds := generate(seed, n)
	out := make([]heldout.Doc, len(ds))
	for i, d := range ds {
		out[i] = d.Doc
	}
	return out
}

func generate(seed uint64, n int) []doc {
	if n == 0 {
		n = DefaultN
	}
	if n < 0 {
		return nil
	}
	r := rand.New(rand.NewPCG(seed, seed^0x756e746f6c64))
	out := make([]doc, 0, n)
	for i := range n {
		loc := locales[i%len(locales)]
		// Kinds rotate so every kind is equally represented; content is random.
		k := loc.kinds[(i/len(locales))%len(loc.kinds)]
		b := &builder{}
		k.write(r, b)
		out = append(out, doc{
			Doc:  heldout.Doc{Locale: loc.code, Kind: k.name, Text: b.sb.String(), Spans: b.spans},
			negs: b.negs,
		})
	}
	return out
}

// Letter cases a builder can write in; labels are computed after casing.
const (
	asIs = iota
	upper
	lower
)

// builder writes a document and records each label as it is written, so
// spans are exact by construction.
type builder struct {
	sb    strings.Builder
	spans []heldout.Span
	negs  [][2]int
	cs    int
}

func (b *builder) cased(s string) string {
	switch b.cs {
	case upper:
		return strings.ToUpper(s)
	case lower:
		return strings.ToLower(s)
	}
	return s
}

// t writes plain, unlabelled text.
func (b *builder) t(parts ...string) {
	for _, p := range parts {
		b.sb.WriteString(b.cased(p))
	}
}

func (b *builder) f(format string, args ...any) { b.t(fmt.Sprintf(format, args...)) }

func (b *builder) label(typ pii.Type, s string) {
	start := b.sb.Len()
	b.sb.WriteString(b.cased(s))
	b.spans = append(b.spans, heldout.Span{Type: typ, Start: start, End: b.sb.Len()})
}

// n writes a person name; a writes a postal address; neg writes a hard
// negative (never labelled).
func (b *builder) n(s string) { b.label(pii.PersonName, s) }
func (b *builder) a(s string) { b.label(pii.PostalAddress, s) }
func (b *builder) neg(s string) {
	start := b.sb.Len()
	b.sb.WriteString(b.cased(s))
	b.negs = append(b.negs, [2]int{start, b.sb.Len()})
}

// names writes a list of names joined the way the locale joins lists.
func (b *builder) names(ns []string, sep, last string) {
	for i, s := range ns {
		if i > 0 {
			if i == len(ns)-1 {
				b.t(last)
			} else {
				b.t(sep)
			}
		}
		b.n(s)
	}
}

// zipf picks from a frequency-ordered pool: early entries are much likelier,
// as in real name statistics.
func zipf[T any](r *rand.Rand, pool []T) T {
	u := r.Float64()
	return pool[int(u*u*float64(len(pool)))]
}

func pick[T any](r *rand.Rand, pool []T) T { return pool[r.IntN(len(pool))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }
