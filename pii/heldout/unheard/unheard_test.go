package unheard

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
	a, b := Generate(42, 300), Generate(42, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(43, 300)) {
		t.Fatal("different seeds gave the same documents")
	}
}

func TestSizeAndSplit(t *testing.T) {
	if d := Generate(1, -1); d != nil {
		t.Fatalf("n < 0: got %d docs, want nil", len(d))
	}
	if d := Generate(1, 7); len(d) != 7 {
		t.Fatalf("n = 7: got %d docs", len(d))
	}
	docs := Generate(1, 0)
	if len(docs) != DefaultN {
		t.Fatalf("n = 0: got %d docs, want %d", len(docs), DefaultN)
	}
	per := map[string]int{}
	for i, d := range docs {
		if want := heldout.Locales[i%3]; d.Locale != want {
			t.Fatalf("doc %d: locale %s, want %s", i, d.Locale, want)
		}
		per[d.Locale]++
	}
	for _, l := range heldout.Locales {
		if per[l] != DefaultN/3 {
			t.Errorf("%s: %d docs, want %d", l, per[l], DefaultN/3)
		}
	}
}

func TestSpansWellFormed(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 99} {
		for i, d := range Generate(seed, 0) {
			end := 0
			for _, s := range d.Spans {
				where := func() string { return d.Kind + ": " + quote(d.Text, s) }
				if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
					t.Fatalf("seed %d doc %d: span type %v", seed, i, s.Type)
				}
				if s.Start < 0 || s.Start >= s.End || s.End > len(d.Text) {
					t.Fatalf("seed %d doc %d: bad bounds %d..%d of %d", seed, i, s.Start, s.End, len(d.Text))
				}
				if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
					t.Fatalf("seed %d doc %d: span off a rune boundary: %s", seed, i, where())
				}
				v := d.Text[s.Start:s.End]
				first, _ := utf8.DecodeRuneInString(v)
				last, _ := utf8.DecodeLastRuneInString(v)
				if unicode.IsSpace(first) || unicode.IsSpace(last) {
					t.Fatalf("seed %d doc %d: span has outer space: %s", seed, i, where())
				}
				if s.Start < end {
					t.Fatalf("seed %d doc %d: spans overlap or are out of order: %s", seed, i, where())
				}
				end = s.End
			}
		}
	}
}

func quote(text string, s heldout.Span) string { return "«" + text[s.Start:s.End] + "»" }

func TestEveryLocaleHasBothTypes(t *testing.T) {
	seen := map[string]map[pii.Type]int{}
	for _, d := range Generate(5, 0) {
		if seen[d.Locale] == nil {
			seen[d.Locale] = map[pii.Type]int{}
		}
		for _, s := range d.Spans {
			seen[d.Locale][s.Type]++
		}
	}
	for _, l := range heldout.Locales {
		if seen[l][pii.PersonName] == 0 || seen[l][pii.PostalAddress] == 0 {
			t.Errorf("%s: names %d, addresses %d", l, seen[l][pii.PersonName], seen[l][pii.PostalAddress])
		}
	}
}

func TestNegativesUnlabelled(t *testing.T) {
	docs, negs := generate(11, 3000)
	total, negOnly := 0, 0
	for i, d := range docs {
		total += len(negs[i])
		if len(d.Spans) == 0 && len(negs[i]) > 0 {
			negOnly++
		}
		for _, n := range negs[i] {
			for _, s := range d.Spans {
				if n[0] < s.End && s.Start < n[1] {
					t.Fatalf("doc %d (%s): negative %q overlaps label %s", i, d.Kind, d.Text[n[0]:n[1]], quote(d.Text, s))
				}
			}
		}
	}
	if total == 0 {
		t.Fatal("no hard negatives")
	}
	// About a fifth of the documents carry hard negatives only.
	if share := float64(negOnly) / float64(len(docs)); share < 0.15 || share > 0.27 {
		t.Errorf("negative-only share %.2f, want about 0.2", share)
	}
}

func TestKindsAllUsed(t *testing.T) {
	used := map[string]bool{}
	for _, d := range Generate(3, 0) {
		used[d.Locale+"/"+d.Kind] = true
	}
	for _, l := range heldout.Locales {
		for _, k := range append(append([]kind{}, kinds[l]...), negKinds[l]...) {
			if !used[l+"/"+k.name] {
				t.Errorf("%s kind %s never generated", l, k.name)
			}
		}
	}
}

// TestNamesFromPools checks that labelled names are built from the pools,
// i.e. that the labels point at the names written and not at their
// neighbours.
func TestNamesFromPools(t *testing.T) {
	var pool []string
	for _, p := range [][]string{enFirst, enLast, deFirstF, deFirstM, deLast, zhSurnames, zhCompound, zhGiven} {
		for _, v := range p {
			pool = append(pool, upper(v))
		}
	}
	fromPool := func(v string) bool {
		v = upper(strings.ReplaceAll(v, "''", "'"))
		for _, p := range pool {
			if strings.Contains(v, p) {
				return true
			}
		}
		return false
	}
	n := 0
	for i, d := range Generate(8, 600) {
		for _, s := range d.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			n++
			if v := d.Text[s.Start:s.End]; !fromPool(v) {
				t.Errorf("doc %d (%s): name %q is from no pool", i, d.Kind, v)
			}
		}
	}
	if n < 1000 {
		t.Errorf("only %d names in 600 docs", n)
	}
}

// TestStats logs the corpus's size and labels per locale (go test -v).
func TestStats(t *testing.T) {
	docs := Generate(1, 0)
	bytes := 0
	type count struct{ docs, names, addrs int }
	per := map[string]*count{}
	for _, d := range docs {
		bytes += len(d.Text)
		c := per[d.Locale]
		if c == nil {
			c = &count{}
			per[d.Locale] = c
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
	t.Logf("%d docs, %d bytes", len(docs), bytes)
	for _, l := range heldout.Locales {
		c := per[l]
		t.Logf("%s: %d docs, %d kinds + %d negative-only, %d names, %d addresses", l, c.docs, len(kinds[l]), len(negKinds[l]), c.names, c.addrs)
	}
}
