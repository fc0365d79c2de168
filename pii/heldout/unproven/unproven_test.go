package unproven

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestCorpus(t *testing.T) {
	docs := Docs()
	if len(docs) != DefaultN {
		t.Fatalf("got %d docs, want %d", len(docs), DefaultN)
	}
	type count struct{ docs, names, addrs int }
	counts := map[string]*count{}
	kinds := map[string]map[string]bool{}
	for _, loc := range heldout.Locales {
		counts[loc] = &count{}
		kinds[loc] = map[string]bool{}
	}
	for i, d := range docs {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d: locale %q, want %q", i, d.Locale, want)
		}
		c := counts[d.Locale]
		c.docs++
		kinds[d.Locale][d.Kind] = true
		prev := 0
		for j, s := range d.Spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s) span %d [%d,%d) out of order or range", i, d.Kind, j, s.Start, s.End)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("doc %d (%s) span %q padded", i, d.Kind, v)
			}
			switch s.Type {
			case pii.PersonName:
				c.names++
				if strings.ContainsFunc(v, unicode.IsDigit) || strings.Contains(v, "\n") {
					t.Errorf("doc %d (%s) name %q has a digit or newline", i, d.Kind, v)
				}
			case pii.PostalAddress:
				c.addrs++
			default:
				t.Errorf("doc %d: span type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		if len(kinds[loc]) != 15 {
			t.Errorf("%s: %d kinds, want 15", loc, len(kinds[loc]))
		}
		if len(kindsFor(loc)) != 15 {
			t.Errorf("%s: %d kinds defined, want 15", loc, len(kindsFor(loc)))
		}
		c := counts[loc]
		t.Logf("%s: %d docs, %d names, %d addresses", loc, c.docs, c.names, c.addrs)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 120), Generate(7, 120)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate is not deterministic for a seed")
	}
	if reflect.DeepEqual(a, Generate(8, 120)) {
		t.Fatal("different seeds gave the same corpus")
	}
	if len(Generate(3, 0)) != DefaultN {
		t.Fatal("n == 0 should give DefaultN docs")
	}
}
