package rulebook

import (
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
	a := s.contexts.get(e, s, contextKey{node: "CN", destination: "DE", purpose: "p\x00lb", legalBasis: ""}, nil, nil, nil, nil)
	b := s.contexts.get(e, s, contextKey{node: "CN", destination: "DE", purpose: "p", legalBasis: "\x00lb"}, nil, nil, nil, nil)
	c := s.contexts.get(e, s, contextKey{node: "CN", destination: "DE", purpose: "1:p"}, nil, nil, nil, nil)
	d := s.contexts.get(e, s, contextKey{node: "CN", destination: "DE", purpose: ""}, []string{"p"}, nil, nil, nil)
	for i, pair := range [][2]cedar.Record{{a, b}, {c, d}} {
		if pair[0].Equal(pair[1]) {
			t.Errorf("pair %d: different contexts share a cache entry", i)
		}
	}
	p1 := e.principals.get(&Requester{Kind: KindOrganisation, ID: "x\x00y", Organisation: "z", Jurisdiction: "DE"})
	p2 := e.principals.get(&Requester{Kind: KindOrganisation, ID: "x", Organisation: "y\x00z", Jurisdiction: "DE"})
	if p1.Equal(p2) {
		t.Errorf("different principals share a cache entry")
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
