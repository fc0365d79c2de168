package unspoken

import (
	"reflect"
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
	docs := Generate(1, 31)
	if len(docs) != 31 {
		t.Fatalf("got %d docs", len(docs))
	}
	for i, d := range docs {
		if want := heldout.Locales[i%len(heldout.Locales)]; d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
	}
}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		docs := Generate(seed, DefaultN)
		for i, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("doc %d: invalid UTF-8", i)
			}
			prev := 0
			for _, s := range d.Spans {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("doc %d: span type %v", i, s.Type)
				}
				if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
					t.Fatalf("doc %d (%s): bad span %+v in %q", i, d.Kind, s, d.Text)
				}
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("doc %d: span %+v not on rune boundary", i, s)
				}
				v := d.Text[s.Start:s.End]
				if v != trim(v) {
					t.Fatalf("doc %d (%s): span %q has surrounding space", i, d.Kind, v)
				}
				prev = s.End
			}
		}
	}
}

func trim(s string) string {
	for len(s) > 0 && (s[0] == ' ' || s[0] == '\n' || s[0] == '\t') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || s[len(s)-1] == '\n' || s[len(s)-1] == '\t') {
		s = s[:len(s)-1]
	}
	return s
}

// TestMarkedText checks that the text at each span is what the builder
// was given, by rebuilding a document with a recording builder.
func TestMarkedText(t *testing.T) {
	b := &bld{}
	b.t("Hallo ")
	b.n("Emmely")
	b.t(", ")
	b.a("Lindenstraße 4, 04109 Leipzig")
	b.csv(pii.PersonName, "Doe, Jane", ",")
	b.neg("Dr. Oetker")
	s := b.s.String()
	want := []string{"Emmely", "Lindenstraße 4, 04109 Leipzig", "Doe, Jane"}
	for i, sp := range b.spans {
		if got := s[sp.Start:sp.End]; got != want[i] {
			t.Fatalf("span %d = %q, want %q", i, got, want[i])
		}
	}
	if n := b.negs[0]; s[n[0]:n[1]] != "Dr. Oetker" {
		t.Fatalf("negative = %q", s[n[0]:n[1]])
	}
}

func TestNegatives(t *testing.T) {
	docs, negs := generate(1, DefaultN)
	if len(negs) != len(docs) {
		t.Fatal("negatives not per document")
	}
	total := 0
	for i, d := range docs {
		for _, r := range negs[i] {
			total++
			if r[0] >= r[1] || r[1] > len(d.Text) {
				t.Fatalf("doc %d: bad negative range %v", i, r)
			}
			for _, s := range d.Spans {
				if s.Start < r[1] && r[0] < s.End {
					t.Fatalf("doc %d (%s): span %q overlaps negative %q", i, d.Kind, d.Text[s.Start:s.End], d.Text[r[0]:r[1]])
				}
			}
		}
		if len(d.Kind) > 4 && d.Kind[:4] == "neg_" {
			if len(d.Spans) != 0 {
				t.Fatalf("doc %d (%s) has labels", i, d.Kind)
			}
			if len(negs[i]) == 0 {
				t.Fatalf("doc %d (%s) has no negatives", i, d.Kind)
			}
		}
	}
	if total < 500 {
		t.Fatalf("only %d hard negatives", total)
	}
}

func TestCountsAndKinds(t *testing.T) {
	docs := Generate(1, DefaultN)
	type count struct{ docs, names, addrs, bytes, negDocs int }
	per := map[string]*count{}
	kinds := map[string]map[string]int{}
	for _, d := range docs {
		c := per[d.Locale]
		if c == nil {
			c = &count{}
			per[d.Locale] = c
			kinds[d.Locale] = map[string]int{}
		}
		c.docs++
		c.bytes += len(d.Text)
		kinds[d.Locale][d.Kind]++
		if len(d.Kind) > 4 && d.Kind[:4] == "neg_" {
			c.negDocs++
		}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				c.names++
			} else {
				c.addrs++
			}
		}
	}
	all := map[string][]kind{heldout.EN: append(enKinds, enNegKinds...), heldout.DE: append(deKinds, deNegKinds...), heldout.ZH: append(zhKinds, zhNegKinds...)}
	for _, loc := range heldout.Locales {
		c := per[loc]
		t.Logf("%s: docs=%d names=%d addresses=%d bytes=%d neg-only=%d", loc, c.docs, c.names, c.addrs, c.bytes, c.negDocs)
		if c.names < 1000 || c.addrs < 400 {
			t.Errorf("%s: too few labels: %+v", loc, *c)
		}
		if c.negDocs < c.docs/8 || c.negDocs > c.docs/3 {
			t.Errorf("%s: %d neg-only docs of %d", loc, c.negDocs, c.docs)
		}
		for _, k := range all[loc] {
			if kinds[loc][k.name] == 0 {
				t.Errorf("%s: kind %s never appears", loc, k.name)
			}
		}
	}
}
