package rulebook

import (
	"testing"

	cedar "github.com/cedar-policy/cedar-go"
)

// BenchmarkSplitBuild measures the first half of a decision: building the
// Cedar entities and context (cedar-go hashes and copies every record).
func BenchmarkSplitBuild(b *testing.B) {
	e := sampleEngine(b)
	rs := benchRequests(b, e)
	for i := 0; b.Loop(); i++ {
		r := rs[i%len(rs)]
		s := e.states[r.Home()]
		if s == nil {
			s = e.bare
		}
		_, own := r.adding()
		e.cedarRequest(r, s, r.Evidence, own, own)
	}
}

// BenchmarkSplitAuthorize measures the second half: evaluating the policy
// set on prepared requests.
func BenchmarkSplitAuthorize(b *testing.B) {
	e := sampleEngine(b)
	rs := benchRequests(b, e)
	type prepared struct {
		s   *stateRules
		req cedar.Request
		ent *entities
	}
	var ps []prepared
	for _, r := range rs {
		s := e.states[r.Home()]
		if s == nil {
			s = e.bare
		}
		_, own := r.adding()
		req, ent := e.cedarRequest(r, s, r.Evidence, own, own)
		ps = append(ps, prepared{s, req, ent})
	}
	for i := 0; b.Loop(); i++ {
		p := ps[i%len(ps)]
		cedar.Authorize(p.s.all, p.ent, p.req)
	}
}
