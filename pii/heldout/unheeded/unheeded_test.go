package unheeded

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different docs")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds, same docs")
	}
}

func TestSize(t *testing.T) {
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("got %d docs", len(docs))
	}
	per := map[string]int{}
	for _, d := range docs {
		per[d.Locale]++
	}
	for _, l := range heldout.Locales {
		if per[l] != DefaultN/3 {
			t.Errorf("%s: %d docs", l, per[l])
		}
	}
}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 42} {
		docs, negs := generate(seed, 0)
		for i, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("doc %d: invalid UTF-8", i)
			}
			sp := append([]heldout.Span(nil), d.Spans...)
			sort.Slice(sp, func(a, b int) bool { return sp[a].Start < sp[b].Start })
			prev := 0
			for _, s := range sp {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("doc %d: type %v", i, s.Type)
				}
				if s.Start >= s.End || s.Start < prev || s.End > len(d.Text) {
					t.Fatalf("doc %d (%s): bad or overlapping span %+v", i, d.Kind, s)
				}
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("doc %d: span %+v not on a rune boundary", i, s)
				}
				v := d.Text[s.Start:s.End]
				if strings.TrimSpace(v) != v {
					t.Fatalf("doc %d (%s): span %q has outer spaces", i, d.Kind, v)
				}
				prev = s.End
			}
			if strings.HasPrefix(d.Kind, "neg_") && len(d.Spans) > 0 {
				t.Fatalf("doc %d: negative kind %s has spans", i, d.Kind)
			}
			for _, n := range negs[i] {
				if n[0] >= n[1] {
					t.Fatalf("doc %d: empty negative", i)
				}
				for _, s := range d.Spans {
					if n[0] < s.End && s.Start < n[1] {
						t.Fatalf("doc %d (%s): negative %q overlaps span %q", i, d.Kind, d.Text[n[0]:n[1]], d.Text[s.Start:s.End])
					}
				}
			}
		}
	}
}

func TestCounts(t *testing.T) {
	docs, negs := generate(1, 0)
	type key struct{ loc, kind string }
	docsBy, names, addrs := map[key]int{}, map[string]int{}, map[string]int{}
	bytes, negN := map[string]int{}, map[string]int{}
	for i, d := range docs {
		docsBy[key{d.Locale, d.Kind}]++
		bytes[d.Locale] += len(d.Text)
		negN[d.Locale] += len(negs[i])
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				names[d.Locale]++
			} else {
				addrs[d.Locale]++
			}
		}
	}
	var keys []key
	for k := range docsBy {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(a, b int) bool {
		if keys[a].loc != keys[b].loc {
			return keys[a].loc < keys[b].loc
		}
		return keys[a].kind < keys[b].kind
	})
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%-3s %-32s %4d\n", k.loc, k.kind, docsBy[k])
	}
	for _, l := range heldout.Locales {
		fmt.Fprintf(&sb, "%s: bytes %d names %d addresses %d negatives %d\n", l, bytes[l], names[l], addrs[l], negN[l])
		if names[l] < 250 || addrs[l] < 150 {
			t.Errorf("%s: too few labels: %d names, %d addresses", l, names[l], addrs[l])
		}
		if len(kindsOf[l]) < 15 || len(negKindsOf[l]) != 3 {
			t.Errorf("%s: %d kinds, %d negative kinds", l, len(kindsOf[l]), len(negKindsOf[l]))
		}
	}
	for k, n := range docsBy {
		if n < 5 {
			t.Errorf("%v: only %d docs", k, n)
		}
	}
	t.Log("\n" + sb.String())
}

// mark renders a doc with «names», [addresses] and {negatives}.
func mark(d heldout.Doc, negs [][2]int) string {
	type ev struct {
		at   int
		s    string
		open bool
	}
	var evs []ev
	for _, s := range d.Spans {
		o, c := "«", "»"
		if s.Type == pii.PostalAddress {
			o, c = "[", "]"
		}
		evs = append(evs, ev{s.Start, o, true}, ev{s.End, c, false})
	}
	for _, n := range negs {
		evs = append(evs, ev{n[0], "{", true}, ev{n[1], "}", false})
	}
	sort.SliceStable(evs, func(a, b int) bool {
		if evs[a].at != evs[b].at {
			return evs[a].at < evs[b].at
		}
		return !evs[a].open && evs[b].open
	})
	var sb strings.Builder
	last := 0
	for _, e := range evs {
		sb.WriteString(d.Text[last:e.at])
		sb.WriteString(e.s)
		last = e.at
	}
	sb.WriteString(d.Text[last:])
	return sb.String()
}

func TestMarked(t *testing.T) {
	docs, negs := generate(3, 0)
	seen := map[string]int{}
	for i, d := range docs {
		k := d.Locale + "/" + d.Kind
		if seen[k] >= 2 {
			continue
		}
		seen[k]++
		t.Logf("=== %s\n%s", k, mark(d, negs[i]))
	}
}
