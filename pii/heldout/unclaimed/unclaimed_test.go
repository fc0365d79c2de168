package unclaimed

import (
	"reflect"
	"strings"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestCorpus(t *testing.T) {
	docs := Docs()
	if len(docs) != DefaultN {
		t.Fatalf("len(Docs()) = %d, want %d", len(docs), DefaultN)
	}
	kinds := map[string]map[string]bool{}
	names := map[string]int{}
	addrs := map[string]int{}
	for i, d := range docs {
		if want := heldout.Locales[i%len(heldout.Locales)]; d.Locale != want {
			t.Fatalf("doc %d: locale %q, want %q", i, d.Locale, want)
		}
		if kinds[d.Locale] == nil {
			kinds[d.Locale] = map[string]bool{}
		}
		kinds[d.Locale][d.Kind] = true
		prev := 0
		for j, s := range d.Spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s/%s) span %d [%d,%d) out of order or range", i, d.Locale, d.Kind, j, s.Start, s.End)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("doc %d (%s/%s) span %q is padded", i, d.Locale, d.Kind, v)
			}
			switch s.Type {
			case pii.PersonName:
				names[d.Locale]++
				if strings.ContainsAny(v, "0123456789\n") {
					t.Errorf("doc %d (%s/%s) name %q holds a digit or newline", i, d.Locale, d.Kind, v)
				}
			case pii.PostalAddress:
				addrs[d.Locale]++
			default:
				t.Errorf("doc %d: span type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		if len(kinds[loc]) != 12 {
			t.Errorf("locale %s has %d kinds, want 12", loc, len(kinds[loc]))
		}
		t.Logf("%s: %d docs, %d kinds, %d names, %d addresses", loc, DefaultN/3, len(kinds[loc]), names[loc], addrs[loc])
	}
	if !reflect.DeepEqual(Generate(DefaultSeed, 0), docs) {
		t.Error("Generate is not deterministic")
	}
	if a, b := Generate(7, 60), Generate(7, 60); !reflect.DeepEqual(a, b) || len(a) != 60 {
		t.Error("Generate(7, 60) is not deterministic or has the wrong length")
	}
}
