package sealed

import (
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// corpus is the default corpus, made once for all tests (after the kinds
// have registered themselves).
var corpus []doc

func TestMain(m *testing.M) {
	corpus = generate(0, 0)
	os.Exit(m.Run())
}

func TestDeterministic(t *testing.T) {
	a, b := Generate(42, 300), Generate(42, 300)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(43, 300)) {
		t.Fatal("different seeds gave the same documents")
	}
	if got := len(Generate(0, 0)); got != DefaultN {
		t.Fatalf("n=0 gave %d documents, want %d", got, DefaultN)
	}
}

func TestLocalesCycle(t *testing.T) {
	want := []string{heldout.ZH, heldout.DE, heldout.EN}
	per := map[string]int{}
	for i, d := range corpus {
		if d.Locale != want[i%3] {
			t.Fatalf("doc %d has locale %q, want %q", i, d.Locale, want[i%3])
		}
		per[d.Locale]++
	}
	for _, l := range want {
		if per[l] != DefaultN/3 {
			t.Errorf("%s: %d documents, want %d", l, per[l], DefaultN/3)
		}
	}
}

func TestSpansWellFormed(t *testing.T) {
	for i, d := range corpus {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %d: text is not UTF-8", i)
		}
		end := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span of type %v", i, s.Type)
			}
			if s.Start < end || s.Start >= s.End || s.End > len(d.Text) {
				t.Fatalf("doc %d (%s): span %d..%d out of range or overlapping (previous end %d)", i, d.Kind, s.Start, s.End, end)
			}
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d: span %d..%d splits a character", i, s.Start, s.End)
			}
			txt := d.Text[s.Start:s.End]
			first, _ := utf8.DecodeRuneInString(txt)
			last, _ := utf8.DecodeLastRuneInString(txt)
			if unicode.IsSpace(first) || unicode.IsSpace(last) || unicode.IsPunct(last) && last != '.' && last != ')' {
				t.Errorf("doc %d (%s): span %q starts or ends with space or punctuation", i, d.Kind, txt)
			}
			end = s.End
		}
	}
}

func TestEveryLocaleHasNamesAddressesAndNegatives(t *testing.T) {
	type count struct{ docs, names, addrs, empty int }
	per := map[string]*count{}
	kindsSeen := map[string]map[string]bool{}
	for _, d := range corpus {
		c := per[d.Locale]
		if c == nil {
			c = &count{}
			per[d.Locale] = c
			kindsSeen[d.Locale] = map[string]bool{}
		}
		kindsSeen[d.Locale][d.Kind] = true
		c.docs++
		if len(d.Spans) == 0 {
			c.empty++
		}
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				c.names++
			} else {
				c.addrs++
			}
		}
	}
	for _, l := range []string{heldout.ZH, heldout.DE, heldout.EN} {
		c := per[l]
		t.Logf("%s: %d docs, %d names, %d addresses, %d docs without labels, %d kinds", l, c.docs, c.names, c.addrs, c.empty, len(kindsSeen[l]))
		if c.names < c.docs || c.addrs < c.docs/3 {
			t.Errorf("%s: too few labels: %+v", l, *c)
		}
		if share := float64(c.empty) / float64(c.docs); share < 0.18 || share > 0.35 {
			t.Errorf("%s: %.2f of documents without labels, want about a fifth to a third", l, share)
		}
		if n := len(kinds[l]); n < 15 || len(kindsSeen[l]) != n {
			t.Errorf("%s: %d kinds registered, %d seen", l, n, len(kindsSeen[l]))
		}
	}
}

func TestNoNegativeLabelled(t *testing.T) {
	negs := 0
	for i, d := range corpus {
		negs += len(d.negs)
		for _, n := range d.negs {
			for _, s := range d.Spans {
				if s.Start < n[1] && n[0] < s.End {
					t.Fatalf("doc %d: label %q touches hard negative %q", i, d.Text[s.Start:s.End], d.Text[n[0]:n[1]])
				}
			}
		}
	}
	if negs < len(corpus)/2 {
		t.Fatalf("only %d hard negatives in %d documents", negs, len(corpus))
	}
}

// westernTokens are the lower-cased words a Western name may be made of.
func westernTokens(pools ...[]string) map[string]bool {
	m := map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}
	for _, p := range pools {
		for _, n := range p {
			for _, w := range strings.Fields(n) {
				m[fold(strings.TrimSuffix(w, "."))] = true
			}
		}
	}
	return m
}

// fold lower-cases a word so that an upper-cased Turkish name (AYDIN from
// Aydın) still matches its pool entry.
func fold(w string) string { return strings.ReplaceAll(strings.ToLower(w), "ı", "i") }

func knownWestern(tok map[string]bool, s string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' })
	real := 0
	for _, w := range words {
		w = fold(strings.TrimSuffix(w, "."))
		switch {
		case tok[w]:
			real++
		case utf8.RuneCountInString(w) == 1:
			// a middle initial
		default:
			for _, part := range strings.Split(w, "-") {
				if !tok[part] {
					return false
				}
			}
			real++
		}
	}
	return real > 0
}

func knownChinese(s string) bool {
	sur := map[string]bool{}
	for _, x := range append(append([]string{}, zhSurnames...), zhCompound...) {
		sur[x] = true
	}
	chars := map[rune]bool{}
	for _, r := range zhGivenChars {
		chars[r] = true
	}
	for _, g := range append(append([]string{}, zhGiven1...), zhGiven2...) {
		for _, r := range g {
			chars[r] = true
		}
	}
	rs := []rune(s)
	for k := 2; k >= 1; k-- {
		if len(rs) < k || !sur[string(rs[:k])] {
			continue
		}
		rest := rs[k:]
		if len(rest) > 2 {
			return false
		}
		for _, r := range rest {
			if !chars[r] {
				return false
			}
		}
		return true
	}
	return false
}

func TestNamesComeFromThePools(t *testing.T) {
	en := westernTokens(enSurnames, enParticleSurnames, enMale, enFemale)
	de := westernTokens(deSurnames, deParticleSurnames, deMale, deFemale)
	for i, d := range corpus {
		for _, s := range d.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			txt := d.Text[s.Start:s.End]
			ok := false
			switch d.Locale {
			case heldout.EN:
				ok = knownWestern(en, txt)
			case heldout.DE:
				ok = knownWestern(de, txt)
			case heldout.ZH:
				ok = knownChinese(txt)
			}
			if !ok {
				t.Errorf("doc %d (%s %s): name %q is not built from the pools", i, d.Locale, d.Kind, txt)
			}
		}
	}
}

var sixDigits = regexp.MustCompile(`[0-9]{6}`)

func TestAddressesLeaveCountryAndPostcodeOut(t *testing.T) {
	for i, d := range corpus {
		for _, s := range d.Spans {
			if s.Type != pii.PostalAddress {
				continue
			}
			txt := d.Text[s.Start:s.End]
			if !strings.ContainsAny(txt, "0123456789") {
				t.Errorf("doc %d: address %q has no number", i, txt)
			}
			for _, c := range []string{"香港", "中国", "USA", "United States", "Deutschland", "Germany"} {
				if strings.Contains(txt, c) {
					t.Errorf("doc %d: address %q holds the country %q", i, txt, c)
				}
			}
			if d.Locale == heldout.ZH && sixDigits.MatchString(txt) {
				t.Errorf("doc %d: Chinese address %q holds a postcode", i, txt)
			}
		}
	}
}

var (
	titles      = []string{"Herr ", "Herrn ", "Frau ", "Dr. ", "DR. ", "Prof. ", "Mr. ", "Mr ", "Mrs. ", "Ms. ", "Ms ", "Judge ", "Pastor "}
	honorifics  = []string{"先生", "女士", "老师", "经理"}
	zhPostcode  = regexp.MustCompile(`^[ ,（]*(邮编：)?[0-9]{6}`)
	shapesToSee = []string{"title outside", "honorific outside", "block is one span", "street field alone", "香港 outside", "postcode outside"}
)

// TestKnownShapes checks that titles and honorifics stay outside names and
// that every shape the rules single out occurs in the corpus.
func TestKnownShapes(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range corpus {
		for _, s := range d.Spans {
			txt, before, after := d.Text[s.Start:s.End], d.Text[:s.Start], d.Text[s.End:]
			if s.Type == pii.PersonName {
				for _, ti := range titles {
					if strings.HasPrefix(txt, ti) {
						t.Errorf("%s: name %q holds its title", d.Kind, txt)
					}
					if strings.HasSuffix(before, ti) {
						seen["title outside"] = true
					}
				}
				for _, h := range honorifics {
					if strings.HasSuffix(txt, h) {
						t.Errorf("%s: name %q holds its honorific", d.Kind, txt)
					}
					if strings.HasPrefix(after, h) {
						seen["honorific outside"] = true
					}
				}
				continue
			}
			if strings.Contains(txt, "\n") {
				seen["block is one span"] = true
			}
			if strings.HasPrefix(after, "\"\ncity = ") {
				seen["street field alone"] = true
			}
			if strings.HasSuffix(strings.TrimSuffix(before, " "), "香港") {
				seen["香港 outside"] = true
			}
			if d.Locale == heldout.ZH && zhPostcode.MatchString(after) {
				seen["postcode outside"] = true
			}
		}
	}
	for _, k := range shapesToSee {
		if !seen[k] {
			t.Errorf("no label of shape %q", k)
		}
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(1, 300)
	}
}
