package unseen

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// TestLabelsConsistent checks what a scorer relies on: every span lies in its
// document, on UTF-8 boundaries, sorted and not overlapping, with no space at
// either end and no mark left in the text; every locale has a third of the
// documents and at least 300 names and 300 addresses.
func TestLabelsConsistent(t *testing.T) {
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("Generate(1, 0) returned %d documents, want %d", len(docs), DefaultN)
	}
	perLocale := map[string]int{}
	counts := map[string]map[pii.Type]int{}
	for i, d := range docs {
		perLocale[d.Locale]++
		if counts[d.Locale] == nil {
			counts[d.Locale] = map[pii.Type]int{}
		}
		if !utf8.ValidString(d.Text) {
			t.Errorf("doc %d (%s/%s): text is not valid UTF-8", i, d.Locale, d.Kind)
		}
		if strings.ContainsAny(d.Text, nameOpen+nameClose+addrOpen+addrClose) {
			t.Errorf("doc %d (%s/%s): a mark was left in the text", i, d.Locale, d.Kind)
		}
		prevEnd := 0
		for j, s := range d.Spans {
			where := func() string { return d.Locale + "/" + d.Kind }
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Errorf("doc %d (%s) span %d: type %v", i, where(), j, s.Type)
			}
			if s.Start < prevEnd || s.End <= s.Start || s.End > len(d.Text) {
				t.Errorf("doc %d (%s) span %d [%d,%d): out of bounds, empty, unsorted or overlapping (previous end %d)", i, where(), j, s.Start, s.End, prevEnd)
				continue
			}
			prevEnd = s.End
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Errorf("doc %d (%s) span %d [%d,%d): not on a UTF-8 boundary", i, where(), j, s.Start, s.End)
			}
			text := d.Text[s.Start:s.End]
			first, _ := utf8.DecodeRuneInString(text)
			last, _ := utf8.DecodeLastRuneInString(text)
			if unicode.IsSpace(first) || unicode.IsSpace(last) || first == '　' || last == '　' {
				t.Errorf("doc %d (%s) span %d %q: leading or trailing space", i, where(), j, text)
			}
			if s.Type == pii.PersonName && strings.ContainsAny(text, "\n\t") {
				t.Errorf("doc %d (%s) span %d %q: a name over several lines", i, where(), j, text)
			}
			counts[d.Locale][s.Type]++
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if perLocale[l] != DefaultN/3 {
			t.Errorf("%s: %d documents, want %d", l, perLocale[l], DefaultN/3)
		}
		for _, typ := range []pii.Type{pii.PersonName, pii.PostalAddress} {
			if c := counts[l][typ]; c < 300 {
				t.Errorf("%s: %d spans of %v, want at least 300", l, c, typ)
			}
		}
		t.Logf("%s: %d names, %d addresses", l, counts[l][pii.PersonName], counts[l][pii.PostalAddress])
	}
}

// TestDeterministic checks that a seed fixes the corpus, that another seed
// changes it, and that a longer corpus extends a shorter one.
func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 300), Generate(7, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same documents")
	}
	if long := Generate(7, 600); !reflect.DeepEqual(a, long[:300]) {
		t.Fatal("a longer corpus does not extend a shorter one")
	}
}

// TestRenderRejectsBadMarks checks that a template mistake panics rather than
// producing a mislabelled document.
func TestRenderRejectsBadMarks(t *testing.T) {
	for _, marked := range []string{nameOpen + "a", "a" + addrClose, nameOpen + addrOpen + "x" + addrClose + nameClose} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("render(%q) did not panic", marked)
				}
			}()
			render("en", "test", marked)
		}()
	}
}
