package rulebook

import (
	"testing"

	cedar "github.com/cedar-policy/cedar-go"
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
