package unasked

import (
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDocs(t *testing.T) {
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
				t.Fatalf("doc %d (%s/%s) span %d %v out of order or range", i, d.Locale, d.Kind, j, s)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("doc %d (%s/%s) span %q padded", i, d.Locale, d.Kind, v)
			}
			switch s.Type {
			case pii.PersonName:
				c.names++
				if strings.ContainsAny(v, "\n") || strings.IndexFunc(v, unicode.IsDigit) >= 0 {
					t.Errorf("doc %d (%s/%s) name %q has a digit or newline", i, d.Locale, d.Kind, v)
				}
			case pii.PostalAddress:
				c.addrs++
			default:
				t.Errorf("doc %d: span type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		c := counts[loc]
		t.Logf("%s: %d docs, %d names, %d addresses, %d kinds", loc, c.docs, c.names, c.addrs, len(kinds[loc]))
		if len(kinds[loc]) != 15 {
			t.Errorf("%s: %d kinds, want 15", loc, len(kinds[loc]))
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 90), Generate(7, 90)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different docs")
	}
	if !reflect.DeepEqual(Docs(), Docs()) {
		t.Fatal("Docs differs between calls")
	}
	if reflect.DeepEqual(Generate(8, 90), a) {
		t.Fatal("different seeds gave identical docs")
	}
}

func distinct(s []string) int {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	return len(m)
}

func TestListSizes(t *testing.T) {
	for _, c := range []struct {
		name string
		n    int
		min  int
	}{
		{"enGiven", distinct(enGiven), 400}, {"enSur", distinct(enSur), 400}, {"enStreetBase", distinct(enStreetBase), 150},
		{"deGiven", distinct(deGiven), 400}, {"deSur", distinct(deSur), 400}, {"deStreets", distinct(deStreets), 150},
		{"zhGiven", distinct(zhGiven), 400}, {"zhSur", distinct(zhSur), 400}, {"zhRoads", distinct(zhRoads), 150},
	} {
		t.Logf("%s: %d distinct", c.name, c.n)
		if c.n < c.min {
			t.Errorf("%s: %d distinct, want at least %d", c.name, c.n, c.min)
		}
	}
}
