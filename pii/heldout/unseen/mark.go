package unseen

import (
	"math/rand/v2"
	"strings"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// Templates mark labelled text inline with control bytes that never occur in
// the values, so that a template reads like the document it produces and the
// offsets are computed once, by render, rather than by hand in every template.
const (
	nameOpen  = "\x01"
	nameClose = "\x02"
	addrOpen  = "\x03"
	addrClose = "\x04"
)

// N marks s as a person's name.
func N(s string) string { return nameOpen + s + nameClose }

// A marks s as a postal address.
func A(s string) string { return addrOpen + s + addrClose }

// render strips the marks from marked and returns the document with its spans.
func render(locale, kind, marked string) heldout.Doc {
	var b strings.Builder
	var spans []heldout.Span
	start := -1
	var typ pii.Type
	for i := 0; i < len(marked); i++ {
		switch c := marked[i]; c {
		case nameOpen[0], addrOpen[0]:
			if start >= 0 {
				panic("unseen: nested mark in " + kind)
			}
			start = b.Len()
			typ = pii.PersonName
			if c == addrOpen[0] {
				typ = pii.PostalAddress
			}
		case nameClose[0], addrClose[0]:
			if start < 0 {
				panic("unseen: unopened mark in " + kind)
			}
			spans = append(spans, heldout.Span{Type: typ, Start: start, End: b.Len()})
			start = -1
		default:
			b.WriteByte(c)
		}
	}
	if start >= 0 {
		panic("unseen: unclosed mark in " + kind)
	}
	return heldout.Doc{Locale: locale, Kind: kind, Text: b.String(), Spans: spans}
}

// pick returns a uniformly chosen element.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// skew returns an element biased toward the front of xs, where the pools keep
// their most frequent values: the first tenth of a list is drawn about a third
// of the time, yet every value, however rare, is reachable.
func skew[T any](r *rand.Rand, xs []T) T {
	u := r.Float64()
	return xs[int(u*u*float64(len(xs)))]
}

// chance reports true with probability p.
func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

// digits returns n random decimal digits.
func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}
