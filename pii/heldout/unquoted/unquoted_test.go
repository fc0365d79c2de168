package unquoted

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

var seeds = []uint64{1, 27, 2026}

// titles must never open a labelled span.
var titles = []string{"Dr. ", "Dr ", "Herr ", "Herrn ", "Frau ", "Mr. ", "Mrs. ", "Ms. ", "MR. ", "MS. ", "Tía ", "Tia ", "Esq"}

// honorifics must never close a labelled span.
var honorifics = []string{"先生", "女士", "小姐", "委员", "阿姨", ", Esq."}

func TestSpansValid(t *testing.T) {
	for _, seed := range seeds {
		docs := Generate(seed, 0)
		if len(docs) != DefaultN {
			t.Fatalf("seed %d: %d docs, want %d", seed, len(docs), DefaultN)
		}
		for i, d := range docs {
			if !utf8.ValidString(d.Text) {
				t.Fatalf("seed %d doc %d (%s): invalid UTF-8", seed, i, d.Kind)
			}
			prev := 0
			for _, s := range d.Spans {
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("seed %d doc %d: span type %v", seed, i, s.Type)
				}
				if s.Start < prev || s.Start >= s.End || s.End > len(d.Text) {
					t.Fatalf("seed %d doc %d (%s): span %d-%d out of order or range (prev end %d)", seed, i, d.Kind, s.Start, s.End, prev)
				}
				prev = s.End
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("seed %d doc %d (%s): span %d-%d not on rune boundaries", seed, i, d.Kind, s.Start, s.End)
				}
				v := d.Text[s.Start:s.End]
				first, _ := utf8.DecodeRuneInString(v)
				last, _ := utf8.DecodeLastRuneInString(v)
				if unicode.IsSpace(first) || unicode.IsSpace(last) {
					t.Fatalf("seed %d doc %d (%s): span %q has whitespace at an edge", seed, i, d.Kind, v)
				}
				if unicode.IsPunct(first) || strings.ContainsRune(",;:!?\"“”「」（(，。、", last) {
					t.Fatalf("seed %d doc %d (%s): span %q has punctuation at an edge", seed, i, d.Kind, v)
				}
				for _, ti := range titles {
					if strings.HasPrefix(v, ti) {
						t.Fatalf("seed %d doc %d (%s): span %q includes a title", seed, i, d.Kind, v)
					}
				}
				for _, h := range honorifics {
					if strings.HasSuffix(v, h) {
						t.Fatalf("seed %d doc %d (%s): span %q includes an honorific", seed, i, d.Kind, v)
					}
				}
				if s.Type == pii.PersonName && strings.ContainsAny(v, "\n\t|;") {
					t.Fatalf("seed %d doc %d (%s): name %q spans a field or line", seed, i, d.Kind, v)
				}
			}
		}
	}
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(27, 0), Generate(27, 0)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(28, 0)) {
		t.Fatal("different seeds gave the same documents")
	}
	if got := len(Generate(27, 40)); got != 40 {
		t.Fatalf("Generate(27, 40) gave %d docs", got)
	}
}

func TestKindsTakeTurns(t *testing.T) {
	docs := Generate(27, 0)
	seen := map[string]bool{}
	for _, loc := range heldout.Locales {
		ks := Kinds(loc)
		if len(ks) != 12 {
			t.Fatalf("%s: %d kinds, want 12", loc, len(ks))
		}
		for _, k := range ks {
			if seen[k] {
				t.Fatalf("kind %q appears twice", k)
			}
			seen[k] = true
		}
	}
	count := map[string]map[string]int{}
	for i, d := range docs {
		loc := heldout.Locales[i%len(heldout.Locales)]
		if d.Locale != loc {
			t.Fatalf("doc %d: locale %s, want %s", i, d.Locale, loc)
		}
		ks := Kinds(loc)
		if want := ks[(i/len(heldout.Locales))%len(ks)]; d.Kind != want {
			t.Fatalf("doc %d: kind %s, want %s", i, d.Kind, want)
		}
		if count[loc] == nil {
			count[loc] = map[string]int{}
		}
		count[loc][d.Kind]++
	}
	for _, loc := range heldout.Locales {
		if len(count[loc]) != 12 {
			t.Fatalf("%s: %d kinds seen, want 12", loc, len(count[loc]))
		}
		for k, n := range count[loc] {
			if n != 25 && n != 26 {
				t.Errorf("%s %s: %d docs, want 25 or 26", loc, k, n)
			}
		}
	}
}

func TestEveryKindLabels(t *testing.T) {
	type tally struct{ docs, names, addrs int }
	got := map[string]*tally{}
	for _, seed := range seeds {
		for _, d := range Generate(seed, 0) {
			c := got[d.Kind]
			if c == nil {
				c = &tally{}
				got[d.Kind] = c
			}
			c.docs++
			for _, s := range d.Spans {
				if s.Type == pii.PersonName {
					c.names++
				} else {
					c.addrs++
				}
			}
		}
	}
	for _, loc := range heldout.Locales {
		negs := 0
		for _, k := range kindsOf(loc) {
			c := got[k.name]
			if c == nil {
				t.Fatalf("%s %s: no documents", loc, k.name)
			}
			if k.neg {
				negs++
				if per := float64(c.names+c.addrs) / float64(c.docs); per > 1.5 {
					t.Errorf("%s %s: %.2f spans a document in a negative kind", loc, k.name, per)
				}
				continue
			}
			if c.names == 0 {
				t.Errorf("%s %s: no names", loc, k.name)
			}
			if k.addr && c.addrs == 0 {
				t.Errorf("%s %s: no addresses", loc, k.name)
			}
		}
		if negs != 2 {
			t.Errorf("%s: %d negative kinds, want 2", loc, negs)
		}
	}
}
