package unsaid

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
		t.Fatal("same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same documents")
	}
}

func TestSizeAndSplit(t *testing.T) {
	if got := len(Generate(1, 0)); got != DefaultN {
		t.Fatalf("n=0 gave %d docs, want %d", got, DefaultN)
	}
	if Generate(1, -1) != nil {
		t.Fatal("n<0 should give nil")
	}
	count := map[string]int{}
	for i, d := range Generate(1, 300) {
		want := []string{heldout.ZH, heldout.DE, heldout.EN}[i%3]
		if d.Locale != want {
			t.Fatalf("doc %d locale %q, want %q", i, d.Locale, want)
		}
		count[d.Locale]++
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if count[l] != 100 {
			t.Fatalf("%s: %d docs, want 100", l, count[l])
		}
	}
}

func TestSpans(t *testing.T) {
	docs, negs := generate(3, DefaultN)
	types := map[string]map[pii.Type]int{}
	negOnly := 0
	for i, d := range docs {
		if d.Kind == "" || d.Text == "" {
			t.Fatalf("doc %d: empty kind or text", i)
		}
		if types[d.Locale] == nil {
			types[d.Locale] = map[pii.Type]int{}
		}
		if len(d.Spans) == 0 {
			negOnly++
		}
		prev := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span type %v", i, s.Type)
			}
			if s.Start < prev || s.Start >= s.End || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): bad span %+v", i, d.Kind, s)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d: span %+v off a rune boundary", i, s)
			}
			v := d.Text[s.Start:s.End]
			if strings.TrimSpace(v) != v {
				t.Fatalf("doc %d (%s): span %q has outer space", i, d.Kind, v)
			}
			prev = s.End
			types[d.Locale][s.Type]++
			for _, n := range negs[i] {
				if n[0] < s.End && s.Start < n[1] {
					t.Fatalf("doc %d (%s): negative %q overlaps span %q", i, d.Kind, d.Text[n[0]:n[1]], v)
				}
			}
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if types[l][pii.PersonName] == 0 || types[l][pii.PostalAddress] == 0 {
			t.Fatalf("%s lacks a type: %v", l, types[l])
		}
	}
	if share := float64(negOnly) / float64(len(docs)); share < 0.12 || share > 0.3 {
		t.Fatalf("negative-only share %.2f, want about a fifth", share)
	}
}

func TestNamesFromPools(t *testing.T) {
	var latin []string
	for _, p := range [][]string{enGiven, enSurname, deGiven, deSurname} {
		latin = append(latin, p...)
	}
	zh := append(append([]string{}, zhSurname...), zhGiven...)
	extra := []string{"余华", "路遥", "刘慈欣", "钱锺书", "陈忠实"}
	for i, d := range Generate(5, DefaultN) {
		for _, s := range d.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			v := d.Text[s.Start:s.End]
			ok := false
			if d.Locale == heldout.ZH {
				for _, p := range append(zh, extra...) {
					if strings.HasPrefix(v, p) || v == p {
						ok = true
						break
					}
				}
			} else {
				lv := strings.ToLower(v)
				for _, p := range latin {
					if lp := strings.ToLower(p); len(lp) > 1 && containsWord(lv, lp) {
						ok = true
						break
					}
				}
				// an initial and a surname ("J. Smith") is covered by the surname
			}
			if !ok {
				t.Fatalf("doc %d (%s): name %q not from the pools", i, d.Kind, v)
			}
		}
	}
}

// containsWord reports whether w occurs in s with no letter either side.
func containsWord(s, w string) bool {
	for off := 0; ; {
		j := strings.Index(s[off:], w)
		if j < 0 {
			return false
		}
		j += off
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if (j == 0 || !unicode.IsLetter(before)) && (j+len(w) == len(s) || !unicode.IsLetter(after)) {
			return true
		}
		off = j + 1
	}
}
