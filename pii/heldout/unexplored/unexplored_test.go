package unexplored

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestSpans(t *testing.T) {
	docs := Docs()
	if len(docs) != DefaultN {
		t.Fatalf("Docs() returned %d docs, want %d", len(docs), DefaultN)
	}
	for i, d := range docs {
		if want := heldout.Locales[i%len(heldout.Locales)]; d.Locale != want {
			t.Fatalf("doc %d: locale %q, want %q", i, d.Locale, want)
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("doc %d (%s/%s): text is not valid UTF-8", i, d.Locale, d.Kind)
		}
		spans := append([]heldout.Span(nil), d.Spans...)
		sort.SliceStable(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		end := 0
		for _, s := range spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Errorf("doc %d (%s/%s): span type %v", i, d.Locale, d.Kind, s.Type)
			}
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Errorf("doc %d (%s/%s): span [%d,%d) outside text of %d bytes or empty", i, d.Locale, d.Kind, s.Start, s.End, len(d.Text))
				continue
			}
			if s.Start < end {
				t.Errorf("doc %d (%s/%s): span [%d,%d) overlaps the one ending at %d", i, d.Locale, d.Kind, s.Start, s.End, end)
			}
			end = s.End
			v := d.Text[s.Start:s.End]
			if !utf8.ValidString(v) {
				t.Errorf("doc %d (%s/%s): span %q cuts a rune", i, d.Locale, d.Kind, v)
				continue
			}
			first, _ := utf8.DecodeRuneInString(v)
			last, _ := utf8.DecodeLastRuneInString(v)
			if strings.TrimSpace(v) == "" || unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Errorf("doc %d (%s/%s): span %q is blank or has surrounding whitespace", i, d.Locale, d.Kind, v)
			}
		}
	}
}

func TestLocalesHaveBothTypes(t *testing.T) {
	have := map[string]map[pii.Type]int{}
	kinds := map[string]map[string]bool{}
	for _, d := range Docs() {
		if have[d.Locale] == nil {
			have[d.Locale] = map[pii.Type]int{}
			kinds[d.Locale] = map[string]bool{}
		}
		kinds[d.Locale][d.Kind] = true
		for _, s := range d.Spans {
			have[d.Locale][s.Type]++
		}
	}
	for _, loc := range heldout.Locales {
		if have[loc][pii.PersonName] == 0 || have[loc][pii.PostalAddress] == 0 {
			t.Errorf("locale %s: %d names, %d addresses; want both", loc, have[loc][pii.PersonName], have[loc][pii.PostalAddress])
		}
		if len(kinds[loc]) != 12 {
			t.Errorf("locale %s: %d kinds, want 12", loc, len(kinds[loc]))
		}
	}
}

func TestDeterministic(t *testing.T) {
	if !reflect.DeepEqual(Docs(), Docs()) {
		t.Fatal("two calls of Docs differ")
	}
	if !reflect.DeepEqual(Generate(7, 60), Generate(7, 60)) {
		t.Fatal("two calls of Generate(7, 60) differ")
	}
	if reflect.DeepEqual(Generate(7, 60), Generate(8, 60)) {
		t.Fatal("seeds 7 and 8 give the same corpus")
	}
}

func TestGenerateN(t *testing.T) {
	docs := Generate(DefaultSeed, 30)
	if len(docs) != 30 {
		t.Fatalf("Generate(seed, 30) returned %d docs", len(docs))
	}
	for i, d := range docs {
		if d.Locale != heldout.Locales[i%3] {
			t.Errorf("doc %d: locale %q", i, d.Locale)
		}
	}
}

// TestNoNicknameForms checks that the Chinese texts never use the forms
// 老X and 小X: 小 does not occur at all, and 老 only in 老师.
func TestNoNicknameForms(t *testing.T) {
	for i, d := range Docs() {
		if d.Locale != heldout.ZH {
			continue
		}
		if strings.Contains(d.Text, "小") {
			t.Errorf("doc %d (%s): holds 小", i, d.Kind)
		}
		if strings.Count(d.Text, "老") != strings.Count(d.Text, "老师") {
			t.Errorf("doc %d (%s): holds 老 outside 老师", i, d.Kind)
		}
	}
}

// TestCounts logs the number of spans per locale and kind (go test -v).
func TestCounts(t *testing.T) {
	type count struct{ docs, names, addrs int }
	per := map[string]*count{}
	perKind := map[string]*count{}
	var keys []string
	for _, d := range Docs() {
		k := d.Locale + "\t" + d.Kind
		if per[d.Locale] == nil {
			per[d.Locale] = &count{}
		}
		if perKind[k] == nil {
			perKind[k] = &count{}
			keys = append(keys, k)
		}
		per[d.Locale].docs++
		perKind[k].docs++
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				per[d.Locale].names++
				perKind[k].names++
			} else {
				per[d.Locale].addrs++
				perKind[k].addrs++
			}
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := perKind[k]
		t.Logf("%s\tdocs=%d names=%d addresses=%d", k, c.docs, c.names, c.addrs)
	}
	for _, loc := range heldout.Locales {
		c := per[loc]
		t.Logf("%s total: docs=%d names=%d addresses=%d", loc, c.docs, c.names, c.addrs)
	}
}
