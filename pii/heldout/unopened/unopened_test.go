package unopened

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different docs")
	}
	c := Generate(8, 300)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same docs")
	}
}

func TestCountsPerLocale(t *testing.T) {
	for _, n := range []int{3, 30, 301} {
		docs := Generate(1, n)
		if len(docs) != n {
			t.Fatalf("n=%d: got %d docs", n, len(docs))
		}
	}
	docs := Generate(1, 0)
	if len(docs) != 1500 {
		t.Fatalf("default: got %d docs", len(docs))
	}
	per := map[string]int{}
	for _, d := range docs {
		per[d.Locale]++
	}
	for _, l := range heldout.Locales {
		if per[l] != 500 {
			t.Errorf("%s: %d docs, want 500", l, per[l])
		}
	}
}

var titleWords = []string{"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Rev.", "Judge", "Ofc.", "Coach", "Herr", "Herrn", "Frau", "Prof.", "Pastor", "RiAG"}
var zhTitleWords = []string{"先生", "女士", "老师", "经理", "医生", "主任", "师傅", "阿姨", "护士", "律师", "同学", "大爷", "奶奶", "妈妈", "爸爸", "同志", "阁下"}

func TestSpans(t *testing.T) {
	for _, seed := range []uint64{1, 2, 99} {
		docs, negs := generate(seed, 1500)
		names, addrs := map[string]int{}, map[string]int{}
		kinds := map[string]map[string]bool{}
		for i, d := range docs {
			if kinds[d.Locale] == nil {
				kinds[d.Locale] = map[string]bool{}
			}
			kinds[d.Locale][d.Kind] = true
			prevEnd := 0
			for _, s := range d.Spans {
				if s.Start < prevEnd || s.Start >= s.End || s.End > len(d.Text) {
					t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
				}
				prevEnd = s.End
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("doc %d: span %+v not on rune boundary", i, s)
				}
				v := d.Text[s.Start:s.End]
				r0, _ := utf8.DecodeRuneInString(v)
				r1, _ := utf8.DecodeLastRuneInString(v)
				if unicode.IsSpace(r0) || unicode.IsSpace(r1) {
					t.Fatalf("doc %d: span %q has outer space", i, v)
				}
				switch s.Type {
				case pii.PersonName:
					names[d.Locale]++
					for _, w := range strings.Fields(v) {
						for _, tw := range titleWords {
							if w == tw {
								t.Fatalf("doc %d: name %q holds title %q", i, v, tw)
							}
						}
					}
					for _, tw := range zhTitleWords {
						if strings.Contains(v, tw) {
							t.Fatalf("doc %d: name %q holds title %q", i, v, tw)
						}
					}
				case pii.PostalAddress:
					addrs[d.Locale]++
				default:
					t.Fatalf("doc %d: span type %v", i, s.Type)
				}
			}
			for _, ng := range negs[i] {
				for _, s := range d.Spans {
					if ng.Start < s.End && s.Start < ng.End {
						t.Fatalf("doc %d: hard negative %q overlaps label %q", i, d.Text[ng.Start:ng.End], d.Text[s.Start:s.End])
					}
				}
			}
		}
		for _, l := range heldout.Locales {
			if names[l] <= 1000 || addrs[l] <= 200 {
				t.Errorf("seed %d %s: %d names, %d addresses", seed, l, names[l], addrs[l])
			}
			if len(kinds[l]) < 12 {
				t.Errorf("seed %d %s: %d kinds", seed, l, len(kinds[l]))
			}
		}
	}
}

func TestHasHardNegatives(t *testing.T) {
	_, negs := generate(5, 300)
	total := 0
	for _, n := range negs {
		total += len(n)
	}
	if total < 150 {
		t.Fatalf("only %d hard negatives in 300 docs", total)
	}
}

func TestStats(t *testing.T) {
	docs := Generate(1, 0)
	type st struct{ docs, bytes, names, addrs int }
	m := map[string]*st{}
	for _, d := range docs {
		s := m[d.Locale]
		if s == nil {
			s = &st{}
			m[d.Locale] = s
		}
		s.docs++
		s.bytes += len(d.Text)
		for _, sp := range d.Spans {
			if sp.Type == pii.PersonName {
				s.names++
			} else {
				s.addrs++
			}
		}
	}
	for _, l := range heldout.Locales {
		t.Logf("%s: %+v", l, *m[l])
	}
}
