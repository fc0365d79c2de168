package unsigned

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
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same docs")
	}
	if len(Generate(1, 0)) != 1500 {
		t.Fatal("n=0 should give 1500 docs")
	}
}

var titleWords = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "MR": true, "MRS": true, "MS": true, "MSTR": true, "Judge": true,
	"Honorable": true, "Aunt": true, "Coach": true, "mr": true, "Herr": true, "Herrn": true, "Frau": true, "StD": true,
	"Oma": true, "Rechtsanwalt": true, "Bürgermeister": true, "CPT": true, "FO": true,
}

var zhTitles = []string{"先生", "女士", "老师", "经理", "师傅", "医生", "主任", "阿姨", "叔叔", "同学", "会计", "业主"}

func TestSpans(t *testing.T) {
	docs := Generate(1, 0)
	for i, d := range docs {
		prev := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: bad type %v", i, s.Type)
			}
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d: span %+v out of order or bounds", i, s)
			}
			prev = s.End
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Fatalf("doc %d: untrimmed span %q", i, v)
			}
			if s.Type != pii.PersonName {
				continue
			}
			first, _ := utf8.DecodeRuneInString(v)
			last, _ := utf8.DecodeLastRuneInString(v)
			if !unicode.IsLetter(first) || !unicode.IsLetter(last) {
				t.Fatalf("doc %d: name %q does not start and end with a letter", i, v)
			}
			for _, w := range strings.FieldsFunc(v, func(r rune) bool { return !unicode.IsLetter(r) }) {
				if titleWords[w] {
					t.Fatalf("doc %d: title %q in name %q", i, w, v)
				}
			}
			for _, w := range zhTitles {
				if strings.Contains(v, w) {
					t.Fatalf("doc %d: title %q in name %q", i, w, v)
				}
			}
		}
	}
}

func TestCounts(t *testing.T) {
	names := map[string]int{}
	addrs := map[string]int{}
	kinds := map[string]map[string]bool{}
	for _, d := range Generate(1, 0) {
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
		t.Logf("%s: %d names, %d addresses, %d kinds", loc, names[loc], addrs[loc], len(kinds[loc]))
		if names[loc] < 1500 || names[loc] > 2600 {
			t.Errorf("%s: %d name spans", loc, names[loc])
		}
		if addrs[loc] < 450 || addrs[loc] > 750 {
			t.Errorf("%s: %d address spans", loc, addrs[loc])
		}
		if len(kinds[loc]) < 12 {
			t.Errorf("%s: only %d kinds", loc, len(kinds[loc]))
		}
	}
}

func TestNegatives(t *testing.T) {
	docs := Generate(1, 0)
	for loc, negs := range map[string][]string{heldout.EN: enNeg, heldout.DE: deNeg, heldout.ZH: zhNeg} {
		for _, neg := range negs {
			seen := 0
			for i, d := range docs {
				if d.Locale != loc {
					continue
				}
				for off := 0; ; {
					j := strings.Index(d.Text[off:], neg)
					if j < 0 {
						break
					}
					a, b := off+j, off+j+len(neg)
					seen++
					for _, s := range d.Spans {
						if s.Type == pii.PersonName && s.Start < b && a < s.End {
							t.Errorf("doc %d: negative %q inside name %q", i, neg, d.Text[s.Start:s.End])
						}
					}
					off = b
				}
			}
			if seen == 0 {
				t.Errorf("%s: negative %q never appears", loc, neg)
			}
		}
	}
}
