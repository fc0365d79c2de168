package unuttered

import (
	"reflect"
	"sort"
	"testing"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different corpora")
	}
	c := Generate(8, 300)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same corpus")
	}
}

func TestSizeAndLocales(t *testing.T) {
	if got := len(Generate(1, 0)); got != DefaultN {
		t.Fatalf("n=0 gave %d docs, want %d", got, DefaultN)
	}
	if Generate(1, -1) != nil {
		t.Fatal("n<0 should give nil")
	}
	docs := Generate(1, 10)
	if len(docs) != 10 {
		t.Fatalf("got %d docs", len(docs))
	}
	for i, d := range docs {
		if want := heldout.Locales[i%len(heldout.Locales)]; d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
	}
}

func TestSpans(t *testing.T) {
	for i, d := range Generate(1, DefaultN) {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %d: invalid UTF-8", i)
		}
		spans := append([]heldout.Span(nil), d.Spans...)
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		prev := -1
		for _, s := range spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: bad type %v", i, s.Type)
			}
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d: span %v out of range or empty", i, s)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d: span %v not on rune boundaries", i, s)
			}
			if s.Start < prev {
				t.Fatalf("doc %d: overlapping spans at %v", i, s)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if v[0] == ' ' || v[len(v)-1] == ' ' || v[len(v)-1] == '\n' {
				t.Fatalf("doc %d: span %q has surrounding space", i, v)
			}
		}
	}
}

// TestMarkedText checks that the text at each span is what the builder
// was asked to mark.
func TestMarkedText(t *testing.T) {
	var b builder
	b.t("Dear ")
	b.name("Ana Ruiz")
	b.t(", at ")
	b.addr("12 Elm St, Austin, TX 78745")
	b.neg("Wells Fargo")
	s := b.s.String()
	if got := s[b.spans[0].Start:b.spans[0].End]; got != "Ana Ruiz" {
		t.Fatalf("name span %q", got)
	}
	if got := s[b.spans[1].Start:b.spans[1].End]; got != "12 Elm St, Austin, TX 78745" {
		t.Fatalf("address span %q", got)
	}
	if got := s[b.negs[0][0]:b.negs[0][1]]; got != "Wells Fargo" {
		t.Fatalf("negative %q", got)
	}
}

func TestNegatives(t *testing.T) {
	docs, negs := generate(1, DefaultN)
	if len(negs) != len(docs) {
		t.Fatalf("%d negative lists for %d docs", len(negs), len(docs))
	}
	total, negOnly := 0, 0
	for i, d := range docs {
		for _, r := range negs[i] {
			if r[0] < 0 || r[1] > len(d.Text) || r[0] >= r[1] {
				t.Fatalf("doc %d: negative %v out of range", i, r)
			}
			for _, s := range d.Spans {
				if s.Start < r[1] && r[0] < s.End {
					t.Fatalf("doc %d: span %q overlaps negative %q", i, d.Text[s.Start:s.End], d.Text[r[0]:r[1]])
				}
			}
			total++
		}
		if len(d.Kind) > 4 && d.Kind[:4] == "neg_" {
			negOnly++
			if len(d.Spans) != 0 {
				t.Fatalf("doc %d: %s has labels", i, d.Kind)
			}
			if len(negs[i]) == 0 {
				t.Fatalf("doc %d: %s has no negatives", i, d.Kind)
			}
		}
	}
	if negOnly < DefaultN/8 || negOnly > DefaultN/3 {
		t.Fatalf("%d negative-only docs", negOnly)
	}
	t.Logf("hard negatives: %d, negative-only docs: %d", total, negOnly)
}

func TestCountsAndKinds(t *testing.T) {
	docs := Generate(1, DefaultN)
	type count struct{ docs, names, addrs, bytes int }
	counts := map[string]*count{}
	seen := map[string]map[string]bool{}
	for _, l := range heldout.Locales {
		counts[l] = &count{}
		seen[l] = map[string]bool{}
	}
	for _, d := range docs {
		c := counts[d.Locale]
		c.docs++
		c.bytes += len(d.Text)
		seen[d.Locale][d.Kind] = true
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				c.names++
			} else {
				c.addrs++
			}
		}
	}
	all := map[string][]kind{}
	for _, l := range heldout.Locales {
		all[l] = append(append([]kind(nil), posKinds[l]...), negKinds[l]...)
	}
	for _, l := range heldout.Locales {
		c := counts[l]
		t.Logf("%s: docs=%d names=%d addresses=%d bytes=%d", l, c.docs, c.names, c.addrs, c.bytes)
		if c.names < 300 || c.addrs < 150 {
			t.Errorf("%s: too few labels: %d names, %d addresses", l, c.names, c.addrs)
		}
		for _, k := range all[l] {
			if !seen[l][k.name] {
				t.Errorf("%s: kind %s never appears", l, k.name)
			}
		}
	}
}
