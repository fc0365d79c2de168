package unread

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same documents")
	}
}

func TestGenerateSize(t *testing.T) {
	if got := len(Generate(0, 0)); got != DefaultN {
		t.Errorf("n=0: %d docs, want %d", got, DefaultN)
	}
	if Generate(0, -1) != nil {
		t.Error("n<0: want nil")
	}
	count := map[string]int{}
	for _, d := range Generate(0, 30) {
		count[d.Locale]++
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if count[l] != 10 {
			t.Errorf("locale %s: %d docs of 30, want 10", l, count[l])
		}
	}
}

func TestSpansWellFormed(t *testing.T) {
	for i, d := range Generate(0, 0) {
		prev := 0
		for _, s := range d.Spans {
			if s.Start < prev || s.End <= s.Start || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): span %+v out of range or overlapping", i, d.Kind, s)
			}
			prev = s.End
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d (%s): span %+v not on a rune boundary", i, d.Kind, s)
			}
			txt := d.Text[s.Start:s.End]
			first, _ := utf8.DecodeRuneInString(txt)
			last, _ := utf8.DecodeLastRuneInString(txt)
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("doc %d (%s): span %q starts or ends with space", i, d.Kind, txt)
			}
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span type %v", i, s.Type)
			}
		}
	}
}

func TestEveryLocaleHasBoth(t *testing.T) {
	seen := map[string]map[pii.Type]int{}
	empty := 0
	docs := Generate(0, 0)
	for _, d := range docs {
		if seen[d.Locale] == nil {
			seen[d.Locale] = map[pii.Type]int{}
		}
		for _, s := range d.Spans {
			seen[d.Locale][s.Type]++
		}
		if len(d.Spans) == 0 {
			empty++
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if seen[l][pii.PersonName] == 0 || seen[l][pii.PostalAddress] == 0 {
			t.Errorf("locale %s: names %d, addresses %d", l, seen[l][pii.PersonName], seen[l][pii.PostalAddress])
		}
	}
	if frac := float64(empty) / float64(len(docs)); frac < 0.12 || frac > 0.3 {
		t.Errorf("%.0f%% of docs without labels, want about 20%%", frac*100)
	}
}

// Every labelled name is built from the pools, token by token (Latin) or
// as surname+given, surname or given (Chinese).
func TestNamesFromPools(t *testing.T) {
	tokens := nameTokens()
	zhS, zhG := set(zhSurname), set(zhGiven)
	for i, d := range Generate(0, 0) {
		for _, s := range d.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			txt := d.Text[s.Start:s.End]
			if d.Locale == heldout.ZH {
				if !zhName(txt, zhS, zhG) {
					t.Fatalf("doc %d (%s): name %q not from pools", i, d.Kind, txt)
				}
				continue
			}
			for _, tok := range strings.FieldsFunc(txt, func(r rune) bool { return r == ' ' || r == '-' || r == ',' }) {
				tok = strings.ToLower(tok)
				if tokens[tok] || tokens[strings.TrimSuffix(tok, ".")] {
					continue
				}
				if utf8.RuneCountInString(strings.TrimSuffix(tok, ".")) == 1 { // middle initial
					continue
				}
				t.Fatalf("doc %d (%s): name %q has token %q not from pools", i, d.Kind, txt, tok)
			}
		}
	}
}

func zhName(s string, sur, giv map[string]bool) bool {
	if sur[s] || giv[s] {
		return true
	}
	for p := range sur {
		if strings.HasPrefix(s, p) && giv[s[len(p):]] {
			return true
		}
	}
	return false
}

func set(xs []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range xs {
		m[x] = true
	}
	return m
}

// No hard negative overlaps a label, and every locale has hard negatives.
func TestHardNegativesUnlabelled(t *testing.T) {
	docs, negs := generate(0, 0)
	perLocale := map[string]int{}
	for i, d := range docs {
		perLocale[d.Locale] += len(negs[i])
		for _, n := range negs[i] {
			for _, s := range d.Spans {
				if s.Start < n[1] && n[0] < s.End {
					t.Fatalf("doc %d (%s): hard negative %q overlaps label %q", i, d.Kind, d.Text[n[0]:n[1]], d.Text[s.Start:s.End])
				}
			}
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if perLocale[l] == 0 {
			t.Errorf("locale %s has no hard negatives", l)
		}
	}
}
