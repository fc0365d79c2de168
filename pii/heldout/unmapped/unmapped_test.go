package unmapped

import (
	"reflect"
	"testing"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestSpansValid(t *testing.T) {
	for _, seed := range []uint64{1, 26, 2026} {
		for i, d := range Generate(seed, DefaultN) {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("seed %d doc %d (%s/%s): text is not UTF-8", seed, i, d.Locale, d.Kind)
			}
			prev := 0
			for _, s := range d.Spans {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Errorf("seed %d doc %d (%s/%s): span type %v", seed, i, d.Locale, d.Kind, s.Type)
				}
				if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
					t.Fatalf("seed %d doc %d (%s/%s): bad or overlapping span %+v (prev end %d, len %d)", seed, i, d.Locale, d.Kind, s, prev, len(d.Text))
				}
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("seed %d doc %d (%s/%s): span %+v not on a rune boundary", seed, i, d.Locale, d.Kind, s)
				}
				v := d.Text[s.Start:s.End]
				if v != trim(v) {
					t.Errorf("seed %d doc %d (%s/%s): span %q has outer space", seed, i, d.Locale, d.Kind, v)
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

// TestSpanValues runs every kind's writer and checks that Text[span]
// equals the value the writer labelled.
func TestSpanValues(t *testing.T) {
	g := newGen(26)
	for _, loc := range heldout.Locales {
		for _, k := range kindsFor(loc) {
			for range 60 {
				var b builder
				k.write(g, &b)
				text := b.s.String()
				if len(b.vals) != len(b.spans) {
					t.Fatalf("%s/%s: %d spans, %d values", loc, k.name, len(b.spans), len(b.vals))
				}
				for i, s := range b.spans {
					if got := text[s.Start:s.End]; got != b.vals[i] || got == "" {
						t.Fatalf("%s/%s: span %d is %q, labelled %q", loc, k.name, i, got, b.vals[i])
					}
				}
			}
		}
	}
}

func TestLocalesAndKinds(t *testing.T) {
	docs := Generate(26, 0)
	if len(docs) != DefaultN {
		t.Fatalf("Generate(26, 0) returned %d docs, want %d", len(docs), DefaultN)
	}
	perLoc := map[string]int{}
	kinds := map[string]int{}
	for _, d := range docs {
		perLoc[d.Locale]++
		kinds[d.Locale+"/"+d.Kind]++
	}
	for _, loc := range heldout.Locales {
		if n := perLoc[loc]; n < DefaultN/3-1 || n > DefaultN/3+1 {
			t.Errorf("locale %s has %d docs, want about %d", loc, n, DefaultN/3)
		}
		ks := Kinds(loc)
		if len(ks) < 12 {
			t.Errorf("locale %s has %d kinds, want 12", loc, len(ks))
		}
		seen := map[string]bool{}
		neg := 0
		for _, k := range ks {
			if seen[k] {
				t.Errorf("locale %s: kind %s twice", loc, k)
			}
			seen[k] = true
			if len(k) > 4 && k[:4] == "neg_" {
				neg++
			}
			if kinds[loc+"/"+k] == 0 {
				t.Errorf("kind %s/%s never appears at DefaultN", loc, k)
			}
		}
		if neg < 2 {
			t.Errorf("locale %s has %d hard-negative kinds, want 2", loc, neg)
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(26, 300), Generate(26, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate(26, 300) differs between calls")
	}
	c := Generate(27, 300)
	if reflect.DeepEqual(a, c) {
		t.Fatal("Generate(27, 300) equals Generate(26, 300)")
	}
}

func TestCounts(t *testing.T) {
	type count struct{ docs, names, addrs, empty int }
	counts := map[string]*count{}
	for _, loc := range heldout.Locales {
		counts[loc] = &count{}
	}
	for _, d := range Generate(26, DefaultN) {
		c := counts[d.Locale]
		c.docs++
		if len(d.Spans) == 0 {
			c.empty++
		}
		for _, s := range d.Spans {
			switch s.Type {
			case pii.PersonName:
				c.names++
			case pii.PostalAddress:
				c.addrs++
			}
		}
	}
	for _, loc := range heldout.Locales {
		c := counts[loc]
		t.Logf("seed 26, DefaultN: %s docs=%d names=%d addresses=%d docs-without-spans=%d", loc, c.docs, c.names, c.addrs, c.empty)
		if c.names < 200 || c.addrs < 100 {
			t.Errorf("%s: too few spans (%d names, %d addresses)", loc, c.names, c.addrs)
		}
	}
}
