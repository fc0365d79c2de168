package rulebook

import (
	"fmt"
	"regexp"
	"slices"
	"testing"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// TestCacheKeysAreInjective checks that parts which concatenate alike
// still get different cached entities and contexts: the requester chooses
// its purpose, and must not be able to pick up another request's context.
func TestCacheKeysAreInjective(t *testing.T) {
	e := sampleEngine(t)
	s := e.states["CN"]
	req := func(purpose, basis string, controllers ...string) *Request {
		r := &Request{Requester: Requester{Organisation: "o", Jurisdiction: "DE"}, Action: comity.ActionRead,
			Purpose: purpose, LegalBasis: basis, Destination: "DE"}
		for i, c := range controllers {
			r.Records = append(r.Records, RecordRef{ID: fmt.Sprintf("CN-%d", i), Home: "CN", Controller: c, Category: comity.CategoryPersonal})
		}
		return r
	}
	a := e.context(req("p\x00lb", "", "c"), s, nil)
	b := e.context(req("p", "\x00lb", "c"), s, nil)
	c := e.context(req("1:p", "", "c"), s, nil)
	d := e.context(req("", "", "c"), s, []string{"p"})
	for i, pair := range [][2]cedar.Record{{a, b}, {c, d}} {
		if pair[0].Equal(pair[1]) {
			t.Errorf("pair %d: different contexts share a cache entry", i)
		}
	}
	p1 := e.caches.principal(&Requester{Kind: KindOrganisation, ID: "x\x00y", Organisation: "z", Jurisdiction: "DE"})
	p2 := e.caches.principal(&Requester{Kind: KindOrganisation, ID: "x", Organisation: "y\x00z", Jurisdiction: "DE"})
	if p1.Equal(p2) {
		t.Errorf("different principals share a cache entry")
	}
	r1 := e.caches.resource(req("", "", "a1:b", "c"), Counts{})
	r2 := e.caches.resource(req("", "", "a", "1:bc"), Counts{})
	if r1.Equal(r2) {
		t.Errorf("different resources share a cache entry")
	}
	v1 := e.caches.volume(Counts{Total: 1, Personal: 23})
	v2 := e.caches.volume(Counts{Total: 12, Personal: 3})
	if v1.Equal(v2) {
		t.Errorf("different volumes share a cache entry")
	}
}

// The schema's Kinds record names every data kind of the vocabulary, and
// nothing else, so that context.volume.kinds.<kind> checks for each.
func TestSchemaKindsMatchVocabulary(t *testing.T) {
	m := regexp.MustCompile(`(?s)type Kinds = \{(.*?)\};`).FindStringSubmatch(Schema)
	if m == nil {
		t.Fatal("no Kinds type in the schema")
	}
	var names []string
	for _, n := range regexp.MustCompile(`"([a-z-]+)": Long`).FindAllStringSubmatch(m[1], -1) {
		names = append(names, n[1])
	}
	var want []string
	for _, k := range comity.DataKinds {
		want = append(want, string(k))
	}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("schema kinds %v, vocabulary %v", names, want)
	}
}
