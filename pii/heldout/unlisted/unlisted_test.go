package unlisted

import (
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestSpansWellFormed(t *testing.T) {
	for i, d := range Generate(1, 0) {
		sp := append([]heldout.Span(nil), d.Spans...)
		sort.Slice(sp, func(a, b int) bool { return sp[a].Start < sp[b].Start })
		for j, s := range sp {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span %d has type %v", i, j, s.Type)
			}
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
			}
			if strings.TrimSpace(d.Text[s.Start:s.End]) == "" {
				t.Fatalf("doc %d (%s): blank span %+v", i, d.Kind, s)
			}
			if j > 0 && sp[j-1].End > s.Start {
				t.Fatalf("doc %d (%s): overlapping spans %+v %+v", i, d.Kind, sp[j-1], s)
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different docs")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same docs")
	}
}

func TestLocaleThirds(t *testing.T) {
	docs := Generate(3, 0)
	if len(docs) != 1500 {
		t.Fatalf("got %d docs, want 1500", len(docs))
	}
	n := map[string]int{}
	for _, d := range docs {
		n[d.Locale]++
	}
	for _, l := range heldout.Locales {
		if n[l] != 500 {
			t.Errorf("locale %s: %d docs, want 500", l, n[l])
		}
	}
	for _, l := range heldout.Locales {
		if len(kinds[l]) < 12 {
			t.Errorf("locale %s: only %d kinds", l, len(kinds[l]))
		}
	}
}

// TestHardNegatives checks that brands, products and words that look like
// names never fall inside a name span.
func TestHardNegatives(t *testing.T) {
	negs := map[string][]string{
		heldout.EN: {"Ford", "Wells Fargo", "Dr Pepper", "Jack Daniel's", "Hershey", "Harry Potter", "Lincoln Ave"},
		heldout.DE: {"Dr. Oetker", "Hugo Boss", "Porsche", "Haribo", "Goethestraße", "Tatort", "Kaufland"},
		heldout.ZH: {"李宁", "王老吉", "高兴", "马上", "周末", "黄金", "老干妈", "江南"},
	}
	seen := map[string]bool{}
	for _, d := range Generate(1, 0) {
		for _, neg := range negs[d.Locale] {
			for off := 0; ; {
				k := strings.Index(d.Text[off:], neg)
				if k < 0 {
					break
				}
				st, en := off+k, off+k+len(neg)
				seen[neg] = true
				for _, s := range d.Spans {
					if s.Type == pii.PersonName && st < s.End && s.Start < en {
						t.Errorf("%s: %q lies in name span %q", d.Kind, neg, d.Text[s.Start:s.End])
					}
				}
				off = en
			}
		}
	}
	for _, l := range negs {
		for _, neg := range l {
			if !seen[neg] {
				t.Errorf("hard negative %q never generated", neg)
			}
		}
	}
}

func TestCounts(t *testing.T) {
	c := map[string]map[pii.Type]int{}
	k := map[string]map[string]bool{}
	for _, d := range Generate(1, 1500) {
		if c[d.Locale] == nil {
			c[d.Locale] = map[pii.Type]int{}
			k[d.Locale] = map[string]bool{}
		}
		k[d.Locale][d.Kind] = true
		for _, s := range d.Spans {
			c[d.Locale][s.Type]++
		}
	}
	for _, l := range heldout.Locales {
		t.Logf("%s: names=%d addresses=%d kinds=%d", l, c[l][pii.PersonName], c[l][pii.PostalAddress], len(k[l]))
		if c[l][pii.PersonName] == 0 || c[l][pii.PostalAddress] == 0 {
			t.Errorf("%s: no names or no addresses", l)
		}
	}
}
