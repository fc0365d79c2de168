package unsung

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestGenerateSize(t *testing.T) {
	if d := Generate(1, 0); len(d) != DefaultN {
		t.Fatalf("n=0 gave %d docs, want %d", len(d), DefaultN)
	}
	if d := Generate(1, -1); d != nil {
		t.Fatalf("n<0 gave %d docs, want nil", len(d))
	}
	if d := Generate(1, 7); len(d) != 7 {
		t.Fatalf("n=7 gave %d docs", len(d))
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(42, 300), Generate(42, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different docs")
	}
	if reflect.DeepEqual(a, Generate(43, 300)) {
		t.Fatal("different seeds gave the same docs")
	}
}

func TestLocales(t *testing.T) {
	count := map[string]int{}
	for i, d := range Generate(1, 0) {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
		count[d.Locale]++
	}
	for _, l := range heldout.Locales {
		if count[l] != DefaultN/3 {
			t.Errorf("%s: %d docs, want %d", l, count[l], DefaultN/3)
		}
	}
}

func TestSpans(t *testing.T) {
	docs, negs := generate(1, 0)
	names, addrs := map[string]int{}, map[string]int{}
	negOnly := 0
	for i, d := range docs {
		end := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: type %v", i, s.Type)
			}
			if s.Start < end || s.Start >= s.End || s.End > len(d.Text) {
				t.Fatalf("doc %d: bad span %+v in %q", i, s, d.Text)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End]) {
				t.Fatalf("doc %d: span %+v splits a rune", i, s)
			}
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v || !utf8.ValidString(v) {
				t.Fatalf("doc %d: span %q has edge space or bad UTF-8", i, v)
			}
			end = s.End
			if s.Type == pii.PersonName {
				names[d.Locale]++
			} else {
				addrs[d.Locale]++
			}
		}
		for _, r := range negs[i] {
			if r.Start < 0 || r.Start >= r.End || r.End > len(d.Text) {
				t.Fatalf("doc %d: bad negative %+v", i, r)
			}
			for _, s := range d.Spans {
				if r.Start < s.End && s.Start < r.End {
					t.Fatalf("doc %d: negative %q overlaps span %q", i, d.Text[r.Start:r.End], d.Text[s.Start:s.End])
				}
			}
		}
		neg := strings.HasPrefix(d.Kind, "neg ") || strings.HasPrefix(d.Kind, "负例")
		if neg != (len(d.Spans) == 0) {
			t.Fatalf("doc %d (%s): %d spans", i, d.Kind, len(d.Spans))
		}
		if neg {
			negOnly++
			if len(negs[i]) == 0 {
				t.Fatalf("doc %d (%s): no hard negatives", i, d.Kind)
			}
		}
	}
	for _, l := range heldout.Locales {
		t.Logf("%s: %d names, %d addresses", l, names[l], addrs[l])
		if names[l] < 900 || addrs[l] < 350 {
			t.Errorf("%s: %d names, %d addresses; want ≥ 900 and ≥ 350", l, names[l], addrs[l])
		}
	}
	if share := float64(negOnly) / float64(len(docs)); share < 0.15 || share > 0.25 {
		t.Errorf("negative-only share %.2f, want about 0.2", share)
	}
}

func TestEveryKind(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Generate(1, 0) {
		seen[d.Locale+"/"+d.Kind] = true
	}
	for _, l := range heldout.Locales {
		for _, k := range append(append([]kind{}, kinds[l]...), negKinds[l]...) {
			if !seen[l+"/"+k.name] {
				t.Errorf("%s: kind %q never written", l, k.name)
			}
		}
	}
}
