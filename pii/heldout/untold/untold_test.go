package untold

import (
	"reflect"
	"regexp"
	"sort"
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
		t.Fatal("same seed gave different corpora")
	}
	if reflect.DeepEqual(a, Generate(8, 300)) {
		t.Fatal("different seeds gave the same corpus")
	}
}

func TestDefaultSizeAndLocales(t *testing.T) {
	ds := Generate(0, 0)
	if len(ds) != DefaultN {
		t.Fatalf("got %d docs, want %d", len(ds), DefaultN)
	}
	count := map[string]int{}
	for i, d := range ds {
		if want := []string{heldout.ZH, heldout.DE, heldout.EN}[i%3]; d.Locale != want {
			t.Fatalf("doc %d locale %s, want %s", i, d.Locale, want)
		}
		count[d.Locale]++
	}
	for l, c := range count {
		if c != DefaultN/3 {
			t.Errorf("%s: %d docs, want %d", l, c, DefaultN/3)
		}
	}
}

func TestSpansWellFormed(t *testing.T) {
	for i, d := range Generate(0, 0) {
		spans := append([]heldout.Span(nil), d.Spans...)
		sort.Slice(spans, func(a, b int) bool { return spans[a].Start < spans[b].Start })
		for j, s := range spans {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d (%s): span %+v out of range", i, d.Kind, s)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d (%s): span %+v not on rune boundaries", i, d.Kind, s)
			}
			first, _ := utf8.DecodeRuneInString(d.Text[s.Start:])
			last, _ := utf8.DecodeLastRuneInString(d.Text[:s.End])
			if unicode.IsSpace(first) || unicode.IsSpace(last) {
				t.Fatalf("doc %d (%s): span %q has outer whitespace", i, d.Kind, d.Text[s.Start:s.End])
			}
			if j > 0 && spans[j-1].End > s.Start {
				t.Fatalf("doc %d (%s): spans %+v and %+v overlap", i, d.Kind, spans[j-1], s)
			}
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: unexpected type %v", i, s.Type)
			}
		}
	}
}

func TestCoverage(t *testing.T) {
	type tally struct{ names, addrs, empty, docs int }
	by := map[string]*tally{}
	kinds := map[string]map[string]bool{}
	for _, d := range Generate(0, 0) {
		tl := by[d.Locale]
		if tl == nil {
			tl = &tally{}
			by[d.Locale] = tl
			kinds[d.Locale] = map[string]bool{}
		}
		kinds[d.Locale][d.Kind] = true
		tl.docs++
		if len(d.Spans) == 0 {
			tl.empty++
		}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				tl.names++
			} else {
				tl.addrs++
			}
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		tl := by[l]
		t.Logf("%s: %d docs, %d kinds, %d names, %d addresses, %d without labels", l, tl.docs, len(kinds[l]), tl.names, tl.addrs, tl.empty)
		if tl.names < 500 || tl.addrs < 250 {
			t.Errorf("%s: too few labels: %+v", l, *tl)
		}
		if len(kinds[l]) < 15 {
			t.Errorf("%s: only %d kinds", l, len(kinds[l]))
		}
		if f := float64(tl.empty) / float64(tl.docs); f < 0.15 || f > 0.3 {
			t.Errorf("%s: %.2f of docs without labels, want about 0.2", l, f)
		}
	}
}

// fold makes upper-cased and lower-cased writing compare equal to the pools.
func fold(s string) string { return strings.ToLower(strings.ToUpper(s)) }

var initial = regexp.MustCompile(`^\p{L}\.(-\p{L}\.)*$`)

func poolSet(pools ...[]string) map[string]bool {
	m := map[string]bool{}
	for _, p := range pools {
		for _, x := range p {
			m[fold(x)] = true
		}
	}
	return m
}

// latinName reports whether every token of s is a pool name (multi-word
// family names included), an initial or a suffix.
func latinName(s string, pool map[string]bool) bool {
	toks := strings.Fields(strings.ReplaceAll(fold(s), ",", " "))
	for i := 0; i < len(toks); {
		n := 0
		for k := min(3, len(toks)-i); k >= 1; k-- {
			if pool[strings.Join(toks[i:i+k], " ")] {
				n = k
				break
			}
		}
		if n == 0 && (initial.MatchString(toks[i]) || pool[toks[i]]) {
			n = 1
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return len(toks) > 0
}

func zhNameOK(s string) bool {
	given := poolSet(zhGiven)
	if given[s] {
		return true
	}
	for _, f := range append(append([]string(nil), zhCompound...), zhFamily...) {
		if rest, ok := strings.CutPrefix(s, f); ok && (rest == "" || given[rest]) {
			return true
		}
	}
	return false
}

func TestLabelConsistency(t *testing.T) {
	en := poolSet(enGivenF, enGivenM, enGivenX, enFamily, enSuffix)
	de := poolSet(deGivenF, deGivenM, deFamily)
	addr := map[string]*regexp.Regexp{
		heldout.EN: regexp.MustCompile(`(?i)^(\d+ |po box |rr )`),
		heldout.DE: regexp.MustCompile(`\d`),
		heldout.ZH: regexp.MustCompile(`(号|室)$`),
	}
	for i, d := range generate(0, 0) {
		for _, s := range d.Spans {
			text := d.Text[s.Start:s.End]
			for _, n := range d.negs {
				if s.Start < n[1] && n[0] < s.End {
					t.Fatalf("doc %d (%s): hard negative %q labelled as %q", i, d.Kind, d.Text[n[0]:n[1]], text)
				}
			}
			if s.Type == pii.PostalAddress {
				if !addr[d.Locale].MatchString(text) {
					t.Errorf("doc %d (%s): address %q has the wrong shape", i, d.Kind, text)
				}
				continue
			}
			ok := false
			switch d.Locale {
			case heldout.EN:
				ok = latinName(text, en)
			case heldout.DE:
				ok = latinName(text, de)
			case heldout.ZH:
				ok = zhNameOK(text)
			}
			if !ok {
				t.Errorf("doc %d (%s): name %q is not from the pools", i, d.Kind, text)
			}
		}
	}
}

// TestNegativesPresent guards the hard negatives against being dropped.
func TestNegativesPresent(t *testing.T) {
	negs := map[string]int{}
	for _, d := range generate(0, 0) {
		negs[d.Locale] += len(d.negs)
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		if negs[l] < 200 {
			t.Errorf("%s: only %d hard negatives", l, negs[l])
		}
	}
}
