package unsought

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
	kinds := map[string]map[string]bool{}
	type count struct{ docs, names, addrs int }
	counts := map[string]*count{}
	for i, d := range docs {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d: locale %q, want %q", i, d.Locale, want)
		}
		if kinds[d.Locale] == nil {
			kinds[d.Locale] = map[string]bool{}
			counts[d.Locale] = &count{}
		}
		kinds[d.Locale][d.Kind] = true
		cn := counts[d.Locale]
		cn.docs++
		if strings.Contains(d.Text, "«") || strings.Contains(d.Text, "»") {
			t.Errorf("doc %d (%s:%s): unexpanded placeholder", i, d.Locale, d.Kind)
		}
		prev := 0
		for _, s := range d.Spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s:%s): span %v out of order or range", i, d.Locale, d.Kind, s)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Errorf("doc %d (%s:%s): padded span %q", i, d.Locale, d.Kind, v)
			}
			switch s.Type {
			case pii.PersonName:
				cn.names++
				if strings.ContainsFunc(v, unicode.IsDigit) || strings.Contains(v, "\n") {
					t.Errorf("doc %d (%s:%s): bad name %q", i, d.Locale, d.Kind, v)
				}
			case pii.PostalAddress:
				cn.addrs++
			default:
				t.Errorf("doc %d: label type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		if len(kinds[loc]) != 15 {
			t.Errorf("%s: %d kinds, want 15", loc, len(kinds[loc]))
		}
		c := counts[loc]
		t.Logf("%s: %d docs, %d names, %d addresses", loc, c.docs, c.names, c.addrs)
	}
	if !reflect.DeepEqual(Generate(7, 60), Generate(7, 60)) {
		t.Error("Generate is not deterministic")
	}
	if reflect.DeepEqual(Generate(7, 60), Generate(8, 60)) {
		t.Error("Generate ignores its seed")
	}
}
