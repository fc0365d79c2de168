package unshown

import (
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestSpans(t *testing.T) {
	docs := Docs()
	if len(docs) != DefaultN {
		t.Fatalf("got %d docs, want %d", len(docs), DefaultN)
	}
	type count struct{ docs, names, addrs int }
	counts := map[string]*count{}
	kinds := map[string]map[string]bool{}
	for i, d := range docs {
		c := counts[d.Locale]
		if c == nil {
			c = &count{}
			counts[d.Locale] = c
			kinds[d.Locale] = map[string]bool{}
		}
		c.docs++
		kinds[d.Locale][d.Kind] = true
		last := 0
		for _, s := range d.Spans {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d (%s/%s): span %+v out of range", i, d.Locale, d.Kind, s)
			}
			if s.Start < last {
				t.Errorf("doc %d (%s/%s): spans overlap or out of order at %+v", i, d.Locale, d.Kind, s)
			}
			last = s.End
			v := d.Text[s.Start:s.End]
			if v == "" || v[0] == ' ' || v[len(v)-1] == ' ' || v[0] == '\n' || v[len(v)-1] == '\n' {
				t.Errorf("doc %d: span %q is empty or padded", i, v)
			}
			switch s.Type {
			case pii.PersonName:
				c.names++
			case pii.PostalAddress:
				c.addrs++
			default:
				t.Errorf("doc %d: unexpected type %v", i, s.Type)
			}
		}
	}
	for _, loc := range heldout.Locales {
		c := counts[loc]
		t.Logf("%s: docs=%d names=%d addresses=%d kinds=%d", loc, c.docs, c.names, c.addrs, len(kinds[loc]))
		if len(kinds[loc]) != 15 {
			t.Errorf("%s: %d kinds, want 15", loc, len(kinds[loc]))
		}
	}
	again := Docs()
	for i := range docs {
		if docs[i].Text != again[i].Text {
			t.Fatalf("doc %d differs between runs with the same seed", i)
		}
	}
}
