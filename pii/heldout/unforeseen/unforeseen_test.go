package unforeseen

import (
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

// ourKinds is this corpus's kinds, written out so that a change to them
// is a visible change to the test.
var ourKinds = map[string][]string{
	heldout.DE: {"Zustellungsurkunde-OCR", "Bienenstand-Meldung", "Buergerbegehren-Unterschriftenliste", "Fahrgastrechte-Antrag", "Hebammen-Besuchsplan", "Grenztermin-Ladung", "Kandidatenliste-Kommunalwahl", "WG-Casting-Chat", "Zwangsversteigerungskalender", "Handelsregister-Eintragungen", "Abrechnungsdiagnosen-Export", "Drittmittel-Ausschreibungsdigest"},
	heldout.EN: {"bankruptcy-creditor-matrix", "campaign-contribution-report", "skip-trace-report", "sheriff-foreclosure-sale-list", "certified-mail-return-receipt", "construction-preliminary-notice", "deer-harvest-checkin", "vacation-rental-host-messages", "farmers-market-vendor-applications", "census-nrfu-casenotes", "state-bill-tracker", "specialty-clinic-directory"},
	heldout.ZH: {"征收补偿公示", "用电户名过户", "庭审笔录", "专利申请请求书", "渔船船员登记", "门牌核发登记", "土地确权公示", "药品不良反应报告", "二手房买卖合同", "整车货运调度群", "港口船舶动态", "楼盘周报"},
}

// minimum labelled spans per locale at DefaultN.
const (
	minNames = 2600
	minAddrs = 900
)

func TestDeterministic(t *testing.T) {
	a, b := Generate(7, 120), Generate(7, 120)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different documents")
	}
	if reflect.DeepEqual(a, Generate(8, 120)) {
		t.Fatal("different seeds gave the same documents")
	}
	if !reflect.DeepEqual(Docs(), Generate(DefaultSeed, DefaultN)) {
		t.Fatal("Docs differs from Generate(DefaultSeed, DefaultN)")
	}
	if len(Generate(DefaultSeed, -1)) != DefaultN || len(Docs()) != DefaultN {
		t.Fatal("n <= 0 must give DefaultN documents")
	}
}

func TestOrder(t *testing.T) {
	for i, d := range Docs() {
		loc := heldout.Locales[i%len(heldout.Locales)]
		if d.Locale != loc {
			t.Fatalf("doc %d: locale %s, want %s", i, d.Locale, loc)
		}
		want := ourKinds[loc][(i/len(heldout.Locales))%len(ourKinds[loc])]
		if d.Kind != want {
			t.Fatalf("doc %d: kind %s, want %s (kinds take turns)", i, d.Kind, want)
		}
	}
}

// trimmed reports whether a span's text starts and ends on a word: no
// space or punctuation at either end, except a suffix "Jr."/"Sr." (in any
// case) and a
// closing parenthesis that closes one inside the span ("Halle (Saale)").
func trimmed(s string) bool {
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	bad := func(r rune) bool { return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) }
	if bad(first) {
		return false
	}
	if !bad(last) {
		return true
	}
	switch {
	case last == '.' && (strings.HasSuffix(strings.ToLower(s), " jr.") || strings.HasSuffix(strings.ToLower(s), " sr.")):
		return true
	case last == ')' && strings.Contains(s, "("):
		return true
	}
	return false
}

func TestSpans(t *testing.T) {
	for i, d := range Generate(DefaultSeed, 3*DefaultN) {
		if !utf8.ValidString(d.Text) {
			t.Fatalf("doc %d (%s/%s): text is not UTF-8", i, d.Locale, d.Kind)
		}
		prev := 0
		for _, s := range d.Spans {
			if s.Type != pii.PersonName && s.Type != pii.PostalAddress {
				t.Fatalf("doc %d: span of type %v", i, s.Type)
			}
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("doc %d (%s/%s): span %d..%d out of bounds or empty", i, d.Locale, d.Kind, s.Start, s.End)
			}
			if s.Start < prev {
				t.Fatalf("doc %d (%s/%s): span %d..%d overlaps or precedes the one before (ends %d)", i, d.Locale, d.Kind, s.Start, s.End, prev)
			}
			prev = s.End
			if !utf8.RuneStart(d.Text[s.Start]) || (s.End < len(d.Text) && !utf8.RuneStart(d.Text[s.End])) {
				t.Fatalf("doc %d (%s/%s): span %d..%d splits a character", i, d.Locale, d.Kind, s.Start, s.End)
			}
			v := d.Text[s.Start:s.End]
			if !trimmed(v) {
				t.Errorf("doc %d (%s/%s): span %q is not trimmed", i, d.Locale, d.Kind, v)
			}
			if s.Type == pii.PersonName && strings.Contains(v, "\n") {
				t.Errorf("doc %d (%s/%s): name %q spans lines", i, d.Locale, d.Kind, v)
			}
			if d.Locale == heldout.ZH && s.Type == pii.PersonName && (strings.HasPrefix(v, "老") || strings.HasPrefix(v, "小")) {
				t.Errorf("doc %d: nickname form %q", i, v)
			}
		}
	}
}

func TestKinds(t *testing.T) {
	seen := map[string]bool{}
	for _, loc := range heldout.Locales {
		ks := kindsOf[loc]
		if len(ks) < 12 {
			t.Errorf("%s: %d kinds, want at least 12", loc, len(ks))
		}
		names := []string{}
		negs := 0
		for _, k := range ks {
			names = append(names, k.name)
			if k.neg {
				negs++
			}
			key := strings.ToLower(k.name)
			if seen[key] {
				t.Errorf("kind %q is not distinct", k.name)
			}
			seen[key] = true
		}
		if !reflect.DeepEqual(names, ourKinds[loc]) {
			t.Errorf("%s: kinds %v, want %v", loc, names, ourKinds[loc])
		}
		if negs != 2 {
			t.Errorf("%s: %d hard-negative kinds, want 2", loc, negs)
		}
	}
	docs := map[string]int{}
	labels := map[string]int{}
	for _, d := range Docs() {
		docs[d.Locale+":"+d.Kind]++
		labels[d.Locale+":"+d.Kind] += len(d.Spans)
	}
	for _, loc := range heldout.Locales {
		for _, k := range kindsOf[loc] {
			key := loc + ":" + k.name
			if docs[key] == 0 {
				t.Errorf("kind %s has no document", key)
				continue
			}
			per := float64(labels[key]) / float64(docs[key])
			if k.neg && (labels[key] == 0 || per > 4) {
				t.Errorf("hard-negative kind %s has %.1f labels a document, want a few (0 < x <= 4)", key, per)
			}
			if !k.neg && per < 4 {
				t.Errorf("kind %s has only %.1f labels a document", key, per)
			}
		}
	}
}

func TestCounts(t *testing.T) {
	names := map[string]int{}
	addrs := map[string]int{}
	for _, d := range Docs() {
		for _, s := range d.Spans {
			if s.Type == pii.PersonName {
				names[d.Locale]++
			} else {
				addrs[d.Locale]++
			}
		}
	}
	for _, loc := range heldout.Locales {
		t.Logf("%s: %d names, %d addresses", loc, names[loc], addrs[loc])
		if names[loc] < minNames {
			t.Errorf("%s: %d names, want at least %d", loc, names[loc], minNames)
		}
		if addrs[loc] < minAddrs {
			t.Errorf("%s: %d addresses, want at least %d", loc, addrs[loc], minAddrs)
		}
	}
}
