package unvisited

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
	for i, d := range docs {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
		if kinds[d.Locale] == nil {
			kinds[d.Locale] = map[string]bool{}
			counts[d.Locale] = &count{}
		}
		kinds[d.Locale][d.Kind] = true
		c := counts[d.Locale]
		c.docs++
		prev := 0
		for _, s := range d.Spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("doc %d (%s): padded span %q", i, d.Kind, v)
			}
			switch s.Type {
			case pii.PersonName:
				c.names++
				if strings.ContainsAny(v, "\n\r") || strings.IndexFunc(v, unicode.IsDigit) >= 0 {
					t.Errorf("doc %d (%s): bad name %q", i, d.Kind, v)
				}
			case pii.PostalAddress:
				c.addrs++
			default:
				t.Errorf("doc %d: unexpected type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		if n := len(kinds[loc]); n != 12 {
			t.Errorf("%s: %d kinds, want 12", loc, n)
		}
		c := counts[loc]
		t.Logf("%s: %d docs, %d names, %d addresses, %d kinds", loc, c.docs, c.names, c.addrs, len(kinds[loc]))
	}
	if !reflect.DeepEqual(Generate(DefaultSeed, 0), docs) {
		t.Error("Generate is not deterministic")
	}
	if reflect.DeepEqual(Generate(DefaultSeed+1, 0), docs) {
		t.Error("seed has no effect")
	}
}
