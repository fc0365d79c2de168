package unwritten

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 0), Generate(7, 0)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed, different corpus")
	}
	if reflect.DeepEqual(a, Generate(8, 0)) {
		t.Fatal("different seeds, same corpus")
	}
}

func TestSize(t *testing.T) {
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("%d docs, want %d", len(docs), DefaultN)
	}
	per := map[string]int{}
	for i, d := range docs {
		per[d.Locale]++
		if want := heldout.Locales[i/(DefaultN/3)]; d.Locale != want {
			t.Fatalf("doc %d locale %s, want %s", i, d.Locale, want)
		}
	}
	for _, l := range heldout.Locales {
		if per[l] != DefaultN/3 {
			t.Errorf("%s: %d docs", l, per[l])
		}
	}
	if n := len(Generate(1, 30)); n != 30 {
		t.Errorf("n=30 gave %d", n)
	}
}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 99} {
		docs, negs := generate(seed, 0)
		for i, d := range docs {
			last := -1
			for _, s := range d.Spans {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("doc %d: span type %v", i, s.Type)
				}
				if s.Start >= s.End || s.Start < last || s.End > len(d.Text) {
					t.Fatalf("doc %d: bad span %v (last end %d)", i, s, last)
				}
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("doc %d: span %v off a rune boundary", i, s)
				}
				v := d.Text[s.Start:s.End]
				if strings.TrimSpace(v) != v || strings.TrimFunc(v, unicode.IsPunct) == "" {
					t.Fatalf("doc %d: span %q has spaces at an end or is punctuation", i, v)
				}
				if strings.HasSuffix(v, ",") {
					t.Fatalf("doc %d: span %q ends in a comma", i, v)
				}
				last = s.End
			}
			if strings.HasPrefix(d.Kind, "neg_") && len(d.Spans) > 0 {
				t.Fatalf("doc %d: negative kind %s has spans", i, d.Kind)
			}
			for _, r := range negs[i] {
				if r[0] >= r[1] {
					t.Fatalf("doc %d: empty negative", i)
				}
				for _, s := range d.Spans {
					if r[0] < s.End && s.Start < r[1] {
						t.Fatalf("doc %d: negative %q overlaps span %q", i, d.Text[r[0]:r[1]], d.Text[s.Start:s.End])
					}
				}
			}
		}
	}
}

func TestCounts(t *testing.T) {
	docs, negs := generate(1, 0)
	type c struct{ docs, names, addrs, negs, bytes int }
	per := map[string]*c{}
	loc := map[string]*c{}
	for i, d := range docs {
		k := d.Locale + " " + d.Kind
		if per[k] == nil {
			per[k] = &c{}
		}
		if loc[d.Locale] == nil {
			loc[d.Locale] = &c{}
		}
		for _, x := range []*c{per[k], loc[d.Locale]} {
			x.docs++
			x.bytes += len(d.Text)
			x.negs += len(negs[i])
			for _, s := range d.Spans {
				if s.Type == pii.PersonName {
					x.names++
				} else {
					x.addrs++
				}
			}
		}
	}
	keys := make([]string, 0, len(per))
	for k := range per {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var sb strings.Builder
	fmt.Fprintf(&sb, "\n%-32s %5s %6s %6s %6s %7s\n", "kind", "docs", "names", "addrs", "negs", "bytes")
	for _, k := range keys {
		x := per[k]
		fmt.Fprintf(&sb, "%-32s %5d %6d %6d %6d %7d\n", k, x.docs, x.names, x.addrs, x.negs, x.bytes)
		if x.docs < 10 {
			t.Errorf("%s: only %d docs", k, x.docs)
		}
		if !strings.Contains(k, "neg_") && x.names == 0 {
			t.Errorf("%s: no names", k)
		}
	}
	for _, l := range heldout.Locales {
		x := loc[l]
		fmt.Fprintf(&sb, "%-32s %5d %6d %6d %6d %7d\n", "TOTAL "+l, x.docs, x.names, x.addrs, x.negs, x.bytes)
		if x.names < 250 || x.addrs < 150 {
			t.Errorf("%s: %d names, %d addresses", l, x.names, x.addrs)
		}
	}
	t.Log(sb.String())
}

// TestMarked prints a few documents of each kind with «names» and
// [addresses] marked and {negatives} braced, for a reader to check.
func TestMarked(t *testing.T) {
	docs, negs := generate(3, 0)
	seen := map[string]int{}
	for i, d := range docs {
		k := d.Locale + " " + d.Kind
		if seen[k] >= 3 {
			continue
		}
		seen[k]++
		type mark struct {
			at  int
			s   string
			end bool
		}
		var ms []mark
		for _, s := range d.Spans {
			o, c := "«", "»"
			if s.Type == pii.PostalAddress {
				o, c = "[", "]"
			}
			ms = append(ms, mark{s.Start, o, false}, mark{s.End, c, true})
		}
		for _, r := range negs[i] {
			ms = append(ms, mark{r[0], "{", false}, mark{r[1], "}", true})
		}
		sort.SliceStable(ms, func(a, b int) bool {
			if ms[a].at != ms[b].at {
				return ms[a].at < ms[b].at
			}
			return ms[a].end && !ms[b].end
		})
		var sb strings.Builder
		p := 0
		for _, m := range ms {
			sb.WriteString(d.Text[p:m.at])
			sb.WriteString(m.s)
			p = m.at
		}
		sb.WriteString(d.Text[p:])
		t.Logf("--- %s\n%s", k, sb.String())
	}
}
