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
		e.cedarRequest(r, s, r.Evidence, own, own, new(entities))
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
		r   *Request
	}
	var ps []prepared
	for _, r := range rs {
		s := e.states[r.Home()]
		if s == nil {
			s = e.bare
		}
		_, own := r.adding()
		ent := new(entities)
		req := e.cedarRequest(r, s, r.Evidence, own, own, ent)
		ps = append(ps, prepared{s, req, ent, r})
	}
	for i := 0; b.Loop(); i++ {
		p := ps[i%len(ps)]
		c := p.s.cite(p.r)
		cedar.Authorize(p.s.policies(p.r, &c, p.r.Volume, 0), p.ent, p.req)
	}
}
