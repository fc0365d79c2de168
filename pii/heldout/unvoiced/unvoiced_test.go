package unvoiced

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different corpora")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same corpus")
	}
	if Generate(1, -1) != nil {
		t.Fatal("n < 0 should give nil")
	}
}

func TestSizeAndLocales(t *testing.T) {
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("got %d docs, want %d", len(docs), DefaultN)
	}
	count := map[string]int{}
	for i, d := range docs {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
		count[d.Locale]++
	}
	for _, loc := range heldout.Locales {
		if count[loc] != DefaultN/3 {
			t.Errorf("%s: %d docs", loc, count[loc])
		}
	}
}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		docs, negs := generate(seed, 0)
		for i, d := range docs {
			checkSpans(t, i, d)
			for _, r := range negs[i] {
				if r[0] < 0 || r[0] >= r[1] || r[1] > len(d.Text) {
					t.Fatalf("doc %d: bad negative range %v", i, r)
				}
				for _, s := range d.Spans {
					if r[0] < s.End && s.Start < r[1] {
						t.Fatalf("doc %d (%s): negative %q overlaps span %q", i, d.Kind, d.Text[r[0]:r[1]], d.Text[s.Start:s.End])
					}
				}
			}
		}
	}
}

func checkSpans(t *testing.T, i int, d heldout.Doc) {
	t.Helper()
	last := 0
	for _, s := range d.Spans {
		if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
			t.Fatalf("doc %d: type %v", i, s.Type)
		}
		if s.Start < last || s.Start >= s.End || s.End > len(d.Text) {
			t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
		}
		if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
			t.Fatalf("doc %d: span %+v not on rune boundaries", i, s)
		}
		v := d.Text[s.Start:s.End]
		if strings.TrimFunc(v, unicode.IsSpace) != v {
			t.Fatalf("doc %d (%s): span %q has outer space", i, d.Kind, v)
		}
		last = s.End
	}
}

func TestCountsAndKinds(t *testing.T) {
	docs := Generate(1, 0)
	names, addrs, negOnly, bytes := map[string]int{}, map[string]int{}, 0, map[string]int{}
	seen := map[string]bool{}
	for i, d := range docs {
		seen[d.Locale+"/"+d.Kind] = true
		bytes[d.Locale] += len(d.Text)
		isNeg := strings.HasPrefix(d.Kind, "neg_")
		if isNeg != (len(d.Spans) == 0) {
			t.Fatalf("doc %d (%s): %d spans", i, d.Kind, len(d.Spans))
		}
		if isNeg {
			negOnly++
		}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				names[d.Locale]++
			} else {
				addrs[d.Locale]++
			}
		}
	}
	for _, loc := range heldout.Locales {
		t.Logf("%s: %d bytes, %d names, %d addresses", loc, bytes[loc], names[loc], addrs[loc])
		if names[loc] < 900 || addrs[loc] < 350 {
			t.Errorf("%s: %d names, %d addresses", loc, names[loc], addrs[loc])
		}
		for _, k := range append(append([]kind{}, kindsOf[loc]...), negKindsOf[loc]...) {
			if !seen[loc+"/"+k.name] {
				t.Errorf("%s: kind %s never occurs", loc, k.name)
			}
		}
	}
	if share := float64(negOnly) / float64(len(docs)); share < 0.15 || share > 0.25 {
		t.Errorf("negative-only share %.3f", share)
	}
	t.Logf("negative-only: %d of %d", negOnly, len(docs))
}
