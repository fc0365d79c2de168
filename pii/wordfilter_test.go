package pii

import "testing"

// TestFiltersCoverTheirMaps: a filter built before a word was added to its
// map (in an init function, or by a later change) would hide that word
// without a sound. Every word of every filtered map must pass its filter
// as the maps stand once the package is initialised.
func TestFiltersCoverTheirMaps(t *testing.T) {
	for _, c := range []struct {
		name string
		f    *wordFilter
		sets []map[string]bool
	}{
		{"titles", titleFilter, []map[string]bool{titles, moreTitles}},
		{"notName", notNameFilter, []map[string]bool{nameStop, nonNames, orgWords}},
		{"rankTitles", rankFilter, []map[string]bool{rankTitles}},
		{"careTitles", careTitleFilter, []map[string]bool{careTitles}},
		{"greetings", greetingFilter, []map[string]bool{greetings}},
	} {
		for _, m := range c.sets {
			for w := range m {
				if !mayBe(c.f, w) || !mayBe(c.f, []byte(w)) {
					t.Errorf("%s: the filter hides %q", c.name, w)
				}
			}
		}
	}
	for _, c := range []struct {
		name string
		f    *lexFilter
		m    map[string]bool
	}{{"firstNames", firstNameFilter, firstNames}, {"surnames", surnameFilter, surnames}} {
		for w := range c.m {
			if !mayBeLex(c.f, w) || !mayBeLex(c.f, []byte(w)) {
				t.Errorf("%s: the filter hides %q", c.name, w)
			}
		}
	}
	for w := range greetingPairs {
		if !mayBe(greetingFilter, w) {
			t.Errorf("greetingPairs: the filter hides %q", w)
		}
	}
	for w := range brandsByFirst {
		if !mayBe(brandFilter, w) {
			t.Errorf("brandsByFirst: the filter hides %q", w)
		}
	}
	for _, c := range []struct {
		name string
		f    *hanFirst
		ws   []string
	}{{"cnHonorifics", cnHonorificFirst, cnHonorifics}, {"cnNameLabels", cnNameLabelFirst, cnNameLabels}} {
		for _, w := range c.ws {
			if !c.f.may([]byte(w), 0) {
				t.Errorf("%s: the filter hides %q", c.name, w)
			}
		}
	}
}
