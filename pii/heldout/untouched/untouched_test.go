package untouched

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

func bad(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) }

func TestSpansWellFormed(t *testing.T) {
	for i, d := range Generate(1, 0) {
		spans := append([]heldout.Span(nil), d.Spans...)
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		for j, s := range spans {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d (%s): span %v out of range", i, d.Kind, s)
			}
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: bad type %v", i, s.Type)
			}
			v := d.Text[s.Start:s.End]
			if !utf8.ValidString(v) {
				t.Fatalf("doc %d (%s): span %q not on rune boundaries", i, d.Kind, v)
			}
			first, _ := utf8.DecodeRuneInString(v)
			last, _ := utf8.DecodeLastRuneInString(v)
			if bad(first) || bad(last) {
				t.Errorf("doc %d (%s): span %q starts or ends with space or punctuation", i, d.Kind, v)
			}
			if j > 0 && spans[j-1].End > s.Start {
				t.Errorf("doc %d (%s): spans %q and %q overlap", i, d.Kind, d.Text[spans[j-1].Start:spans[j-1].End], v)
			}
		}
	}
}

func TestDeterministicAndThirds(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate is not deterministic")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds give the same corpus")
	}
	docs := Generate(1, 0)
	if len(docs) != 1500 {
		t.Fatalf("got %d docs, want 1500", len(docs))
	}
	per := map[string]int{}
	kinds := map[string]map[string]bool{}
	for i, d := range docs {
		if d.Locale != heldout.Locales[i%3] {
			t.Fatalf("doc %d locale %s, want %s", i, d.Locale, heldout.Locales[i%3])
		}
		per[d.Locale]++
		if kinds[d.Locale] == nil {
			kinds[d.Locale] = map[string]bool{}
		}
		kinds[d.Locale][d.Kind] = true
	}
	for _, l := range heldout.Locales {
		if per[l] != 500 {
			t.Errorf("locale %s has %d docs", l, per[l])
		}
		if len(kinds[l]) < 12 {
			t.Errorf("locale %s has only %d kinds", l, len(kinds[l]))
		}
	}
}

// covered reports whether any name span overlaps [s, e).
func covered(d heldout.Doc, s, e int) bool {
	for _, sp := range d.Spans {
		if sp.Type == pii.PersonName && sp.Start < e && s < sp.End {
			return true
		}
	}
	return false
}

func TestHardNegativesAndTitles(t *testing.T) {
	negs := []string{"Hedwig-Dohm-Gesamtschule", "Autohaus Kremer", "Lincoln High School", "Hadley & Booth", "老周烧饼铺", "陈阿婆酱鸭", "黄焖鸡米饭", "逸夫楼", "王府井百货", "Abernathy Mills", "Optik Albrecht", "Haferkamp Haustechnik", "Bosch", "@example.org", "@brightwater-logistics.com"}
	seen := map[string]int{}
	titled := 0
	for _, d := range Generate(1, 0) {
		for _, n := range negs {
			for off := 0; ; {
				k := strings.Index(d.Text[off:], n)
				if k < 0 {
					break
				}
				st := off + k
				seen[n]++
				if covered(d, st, st+len(n)) {
					t.Errorf("hard negative %q labelled in %s: %q", n, d.Kind, d.Text)
				}
				off = st + len(n)
			}
		}
		for _, sp := range d.Spans {
			if sp.Type != pii.PersonName {
				continue
			}
			v := d.Text[sp.Start:sp.End]
			for _, ti := range []string{"Herr ", "Frau ", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Judge ", "Pastor "} {
				if strings.HasPrefix(v, ti) {
					t.Errorf("title inside name %q", v)
				}
			}
			for _, h := range []string{"女士", "先生", "老师", "经理"} {
				if strings.HasSuffix(v, h) {
					t.Errorf("honorific inside name %q", v)
				}
			}
			pre := d.Text[:sp.Start]
			if strings.HasSuffix(pre, "Herr ") || strings.HasSuffix(pre, "Dr. ") || strings.HasSuffix(d.Text[sp.End:][:min(6, len(d.Text)-sp.End)], "老师") || strings.HasPrefix(d.Text[sp.End:], "老师") {
				titled++
			}
		}
	}
	for _, n := range []string{"Hedwig-Dohm-Gesamtschule", "Lincoln High School", "老周烧饼铺", "陈阿婆酱鸭"} {
		if seen[n] == 0 {
			t.Errorf("hard negative %q never generated", n)
		}
	}
	if titled == 0 {
		t.Error("no titled names generated")
	}
}

func TestCounts(t *testing.T) {
	type c struct{ names, addrs, docs int }
	per := map[string]*c{}
	kinds := map[string]map[string]int{}
	for _, d := range Generate(1, 0) {
		if per[d.Locale] == nil {
			per[d.Locale] = &c{}
			kinds[d.Locale] = map[string]int{}
		}
		per[d.Locale].docs++
		kinds[d.Locale][d.Kind]++
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				per[d.Locale].names++
			} else {
				per[d.Locale].addrs++
			}
		}
	}
	for _, l := range heldout.Locales {
		t.Logf("%s: docs=%d names=%d addresses=%d kinds=%d %v", l, per[l].docs, per[l].names, per[l].addrs, len(kinds[l]), kinds[l])
		if per[l].names == 0 || per[l].addrs == 0 {
			t.Errorf("%s lacks names or addresses", l)
		}
	}
}
