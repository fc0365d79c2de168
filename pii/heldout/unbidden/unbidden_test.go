package unbidden

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

func edgeOK(r rune) bool { return !unicode.IsSpace(r) && !unicode.IsPunct(r) }

func TestSpans(t *testing.T) {
	for seed := uint64(1); seed <= 3; seed++ {
		for i, d := range Generate(seed, 0) {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("doc %d: invalid UTF-8", i)
			}
			sp := append([]heldout.Span(nil), d.Spans...)
			sort.Slice(sp, func(a, b int) bool { return sp[a].Start < sp[b].Start })
			for j, s := range sp {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("doc %d: bad type %v", i, s.Type)
				}
				if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
					t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
				}
				v := d.Text[s.Start:s.End]
				if !utf8.ValidString(v) {
					t.Fatalf("doc %d: span cuts a rune: %q", i, v)
				}
				first, _ := utf8.DecodeRuneInString(v)
				last, _ := utf8.DecodeLastRuneInString(v)
				if !edgeOK(first) || !edgeOK(last) {
					t.Errorf("doc %d (%s): span %q starts/ends with space or punctuation", i, d.Kind, v)
				}
				if j > 0 && sp[j-1].End > s.Start {
					t.Errorf("doc %d (%s): overlapping spans %q and %q", i, d.Kind, d.Text[sp[j-1].Start:sp[j-1].End], v)
				}
			}
		}
	}
}

func TestDeterministicAndLocales(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("Generate is not deterministic")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds give the same corpus")
	}
	all := Generate(1, 0)
	if len(all) != 1500 {
		t.Fatalf("default size %d", len(all))
	}
	count := map[string]int{}
	kindsSeen := map[string]map[string]bool{}
	for i, d := range all {
		if d.Locale != heldout.Locales[i%3] {
			t.Fatalf("doc %d locale %s", i, d.Locale)
		}
		count[d.Locale]++
		if kindsSeen[d.Locale] == nil {
			kindsSeen[d.Locale] = map[string]bool{}
		}
		kindsSeen[d.Locale][d.Kind] = true
	}
	for _, l := range heldout.Locales {
		if count[l] != 500 {
			t.Errorf("%s: %d docs", l, count[l])
		}
		if len(kindsSeen[l]) < 12 {
			t.Errorf("%s: only %d kinds", l, len(kindsSeen[l]))
		}
	}
}

// labelled reports whether any span covers the first occurrence of sub.
func labelled(d heldout.Doc, sub string) (found, covered bool) {
	i := strings.Index(d.Text, sub)
	if i < 0 {
		return false, false
	}
	for _, s := range d.Spans {
		if s.Start < i+len(sub) && i < s.End {
			return true, true
		}
	}
	return true, false
}

func TestNegativesAndTitles(t *testing.T) {
	negs := []string{"Wells Fargo", "Johns Hopkins Hospital", "Robert Bosch GmbH", "Dr. Oetker", "Goethe-Gymnasium",
		"张家界", "王府井", "王老吉", "逸夫楼", "Bill payment", "Koch und Kellner", "Thomas Jefferson High School", "Lincoln Ave"}
	seen := map[string]bool{}
	titles := 0
	for _, d := range Generate(1, 0) {
		for _, n := range negs {
			if f, c := labelled(d, n); f {
				seen[n] = true
				if c {
					t.Errorf("hard negative %q labelled in %q", n, d.Text)
				}
			}
		}
		for _, s := range d.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			before := d.Text[:s.Start]
			for _, ti := range []string{"Herr ", "Frau ", "Dr. ", "Officer ", "Ms. ", "Coach "} {
				if strings.HasSuffix(before, ti) {
					titles++
				}
			}
			after := d.Text[s.End:]
			for _, ti := range []string{"老师", "女士", "警官", "经理", "师傅"} {
				if strings.HasPrefix(after, ti) {
					titles++
				}
			}
			v := d.Text[s.Start:s.End]
			for _, ti := range []string{"Herr", "Frau", "Dr.", "Officer", "老师", "女士", "警官"} {
				if strings.HasPrefix(v, ti) || strings.HasSuffix(v, ti) {
					t.Errorf("title inside name span %q", v)
				}
			}
		}
	}
	for _, n := range negs {
		if !seen[n] {
			t.Errorf("hard negative %q never generated", n)
		}
	}
	if titles < 100 {
		t.Errorf("only %d titled names", titles)
	}
}

func TestSpotChecks(t *testing.T) {
	var d doc
	d.t("Sehr geehrte Frau Dr. ")
	d.nm("Schäfer")
	d.t(", ")
	if got := d.sb.String()[d.spans[0].Start:d.spans[0].End]; got != "Schäfer" {
		t.Fatalf("got %q", got)
	}
	var z doc
	z.nm("王芳")
	z.t("女士")
	if got := z.sb.String()[z.spans[0].Start:z.spans[0].End]; got != "王芳" {
		t.Fatalf("got %q", got)
	}
}

func TestCounts(t *testing.T) {
	c := map[string]map[pii.Type]int{}
	for _, d := range Generate(1, 0) {
		if c[d.Locale] == nil {
			c[d.Locale] = map[pii.Type]int{}
		}
		for _, s := range d.Spans {
			c[d.Locale][s.Type]++
		}
	}
	for _, l := range heldout.Locales {
		t.Logf("%s: names=%d addresses=%d", l, c[l][pii.PersonName], c[l][pii.PostalAddress])
	}
}
