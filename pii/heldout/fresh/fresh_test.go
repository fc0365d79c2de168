package fresh

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// TestLabelsConsistent checks every span is in bounds, on rune boundaries,
// non-empty, trimmed, sorted and non-overlapping, and that each locale has
// enough names and addresses to score.
func TestLabelsConsistent(t *testing.T) {
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("got %d docs, want %d", len(docs), DefaultN)
	}
	count := map[string]map[pii.Type]int{}
	perLocale := map[string]int{}
	for i, d := range docs {
		perLocale[d.Locale]++
		if count[d.Locale] == nil {
			count[d.Locale] = map[pii.Type]int{}
		}
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %d: invalid UTF-8", i)
		}
		if strings.Contains(d.Text, "%!") {
			t.Fatalf("doc %d: formatting error in %q", i, d.Text)
		}
		prev := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span type %v", i, s.Type)
			}
			if s.Start < prev || s.Start >= s.End || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): bad span %+v after %d in %q", i, d.Kind, s, prev, d.Text)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d: span %+v splits a rune", i, s)
			}
			v := d.Text[s.Start:s.End]
			first, _ := utf8.DecodeRuneInString(v)
			last, _ := utf8.DecodeLastRuneInString(v)
			if unicode.IsSpace(first) || unicode.IsSpace(last) || unicode.IsPunct(first) && first != '#' {
				t.Fatalf("doc %d (%s): span %q not trimmed", i, d.Kind, v)
			}
			if s.Type == pii.PersonName && (strings.Contains(v, "\n") || strings.ContainsAny(v, "@0123456789")) {
				t.Fatalf("doc %d (%s): implausible name %q", i, d.Kind, v)
			}
			if s.Type == pii.PostalAddress && !strings.ContainsAny(v, "0123456789") {
				t.Fatalf("doc %d (%s): address without a number %q", i, d.Kind, v)
			}
			count[d.Locale][s.Type]++
			prev = s.End
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if perLocale[l] != DefaultN/3 {
			t.Errorf("%s: %d docs, want %d", l, perLocale[l], DefaultN/3)
		}
		for _, ty := range []pii.Type{pii.PersonName, pii.PostalAddress} {
			if n := count[l][ty]; n < 300 {
				t.Errorf("%s %v: %d spans, want ≥ 300", l, ty, n)
			}
		}
		t.Logf("%s: names %d, addresses %d", l, count[l][pii.PersonName], count[l][pii.PostalAddress])
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different corpora")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same corpus")
	}
}

// TestEveryKindWritten makes sure no template is dead: with 1500 docs every
// kind of every locale appears.
func TestEveryKindWritten(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Generate(3, 0) {
		seen[d.Locale+"/"+d.Kind] = true
	}
	for l, ks := range map[string][]kind{heldout.ZH: zhKinds, heldout.DE: deKinds, heldout.EN: enKinds} {
		for _, k := range ks {
			if !seen[l+"/"+k.name] {
				t.Errorf("kind %s/%s never generated", l, k.name)
			}
		}
	}
}
