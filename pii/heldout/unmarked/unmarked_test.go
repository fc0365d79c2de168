package unmarked

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
	if got := len(Generate(1, 0)); got != 1500 {
		t.Fatalf("Generate(1, 0) returned %d docs, want 1500", got)
	}
}

func TestSpans(t *testing.T) {
	for i, d := range Generate(1, 0) {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %d: invalid UTF-8", i)
		}
		prev := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span type %v", i, s.Type)
			}
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): bad or overlapping span %+v in %q", i, d.Kind, s, d.Text)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if !utf8.ValidString(v) {
				t.Fatalf("doc %d: span %+v splits a rune", i, s)
			}
			if strings.TrimSpace(v) != v {
				t.Fatalf("doc %d: span %q not trimmed", i, v)
			}
			first, _ := utf8.DecodeRuneInString(v)
			last, _ := utf8.DecodeLastRuneInString(v)
			if s.Type == pii.PersonName {
				if !unicode.IsLetter(first) || !unicode.IsLetter(last) {
					t.Fatalf("doc %d (%s): name span %q starts or ends with a non-letter", i, d.Kind, v)
				}
				for _, bad := range []string{"Herr ", "Frau ", "Mr. ", "Ms. ", "Dr. ", "Dr ", "先生", "女士", "老师"} {
					if strings.Contains(v, bad) {
						t.Fatalf("doc %d: name span %q holds a title", i, v)
					}
				}
				if strings.Contains(v, "\n") {
					t.Fatalf("doc %d: name span %q spans lines", i, v)
				}
			} else if unicode.IsPunct(first) || (unicode.IsPunct(last) && last != ')') {
				t.Fatalf("doc %d: address span %q starts or ends with punctuation", i, v)
			}
		}
	}
}

func TestCounts(t *testing.T) {
	docs := Generate(1, 0)
	names, addrs, per := map[string]int{}, map[string]int{}, map[string]int{}
	kinds := map[string]map[string]bool{}
	for _, d := range docs {
		per[d.Locale]++
		if kinds[d.Locale] == nil {
			kinds[d.Locale] = map[string]bool{}
		}
		kinds[d.Locale][d.Kind] = true
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				names[d.Locale]++
			} else {
				addrs[d.Locale]++
			}
		}
	}
	for _, loc := range heldout.Locales {
		t.Logf("%s: docs %d, names %d, addresses %d, kinds %d", loc, per[loc], names[loc], addrs[loc], len(kinds[loc]))
		if per[loc] != 500 {
			t.Errorf("%s: %d docs, want 500", loc, per[loc])
		}
		if names[loc] < 1500 || names[loc] > 2500 {
			t.Errorf("%s: %d name spans, want 1500-2500", loc, names[loc])
		}
		if addrs[loc] < 500 || addrs[loc] > 700 {
			t.Errorf("%s: %d address spans, want 500-700", loc, addrs[loc])
		}
		if len(kinds[loc]) < 12 {
			t.Errorf("%s: only %d kinds", loc, len(kinds[loc]))
		}
	}
}

func TestHardNegatives(t *testing.T) {
	docs := Generate(1, 0)
	for _, neg := range []string{"Lincoln Center", "Ford Focus", "Trader Joe's", "Goethe-Gymnasium", "Siemens", "Marienplatz", "Haribo", "李宁", "王老吉", "中山公园", "东坡肉"} {
		seen := 0
		for _, d := range docs {
			for off := 0; ; {
				j := strings.Index(d.Text[off:], neg)
				if j < 0 {
					break
				}
				lo, hi := off+j, off+j+len(neg)
				seen++
				for _, s := range d.Spans {
					if s.Type == pii.PersonName && s.Start < hi && lo < s.End {
						t.Errorf("negative %q inside name span %q", neg, d.Text[s.Start:s.End])
					}
				}
				off = hi
			}
		}
		if seen == 0 {
			t.Errorf("negative %q never appears", neg)
		}
	}
}
