package rulebook

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// TestDecideEquivalent holds the decision path to the one it replaced
// (legacy_test.go): over the examples of every sample rulebook and of the
// baseline, and many requests generated from them, the two must give the
// same Result: outcome, policies, reasons, obligations, matched policies,
// volume, evidence and the ways forward with consent.
func TestDecideEquivalent(t *testing.T) {
	e := sampleEngine(t)
	old := newLegacyEngine(e)
	g := newRequestGen(e, 1)
	n := 10000
	if testing.Short() {
		n = 3000
	}
	outcomes := map[comity.Outcome]int{}
	policies := map[string]bool{}
	for i, r := range g.requests(n) {
		want, got := old.Decide(r), e.Decide(r)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("request %d %s:\nold %s\nnew %s", i, show(r), show(want), show(got))
		}
		outcomes[got.Decision.Outcome]++
		for _, p := range got.Decision.Policies {
			policies[p] = true
		}
	}
	// The generated requests must reach every outcome and most policies,
	// or the comparison proves little.
	for _, o := range []comity.Outcome{comity.Allow, comity.Deny, comity.Pending} {
		if outcomes[o] < n/50 {
			t.Errorf("only %d of %d requests decided %s", outcomes[o], n, o)
		}
	}
	if len(policies) < 60 {
		t.Errorf("only %d distinct deciding policies", len(policies))
	}
	t.Logf("%d requests: %v; %d deciding policies", n, outcomes, len(policies))
}

func show(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// requestGen makes valid requests by mutating the sample examples with
// values the rulebooks care about: their parameters' strings and numbers
// (and the numbers either side), the examples' own values, and a little
// free text.
type requestGen struct {
	rnd      *rand.Rand
	examples []Request
	strs     []string
	codes    []comity.Jurisdiction
	ints     []int
	orgs     []string
	agrees   []string
}

func newRequestGen(e *Engine, seed uint64) *requestGen {
	g := &requestGen{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	g.strs = []string{"", "law-enforcement", "localisation-mandate", "free text \x00 with a colon:3"}
	g.ints = []int{0, 1, 2, 49, 50, 51, 999, 1000, 1001}
	g.codes = []comity.Jurisdiction{"CN", "DE", "FR", "US", "JP", "GB", "IN", "RU", "AT", "KP"}
	for _, rb := range append([]*Rulebook{e.Baseline()}, e.Rulebooks()...) {
		for name, raw := range rb.Bundle.Params {
			var v any
			_ = json.Unmarshal(raw, &v)
			g.addParam(name, v)
		}
		for _, ex := range rb.Bundle.Examples {
			r := ex.Request
			g.examples = append(g.examples, r)
			g.strs = append(g.strs, r.Purpose, r.LegalBasis, r.SpecialCondition)
			g.orgs = append(g.orgs, r.Requester.Organisation)
			g.codes = append(g.codes, r.Requester.Jurisdiction, r.Destination, r.Home())
			for _, a := range r.Agreements {
				g.agrees = append(g.agrees, a.ID)
			}
			for _, rec := range r.Records {
				g.orgs = append(g.orgs, rec.Controller)
			}
		}
	}
	for _, s := range [][]string{g.strs, g.orgs, g.agrees} {
		slices.Sort(s)
	}
	g.strs, g.orgs, g.agrees = slices.Compact(g.strs), slices.Compact(g.orgs), slices.Compact(g.agrees)
	slices.Sort(g.codes)
	g.codes = slices.Compact(g.codes)
	slices.Sort(g.ints)
	g.ints = slices.Compact(g.ints)
	return g
}

func (g *requestGen) addParam(name string, v any) {
	switch v := v.(type) {
	case float64:
		n := int(v)
		g.ints = append(g.ints, n-1, n, n+1)
	case string:
		if comity.Jurisdiction(v).Valid() {
			g.codes = append(g.codes, comity.Jurisdiction(v))
		}
		g.strs = append(g.strs, v)
		g.agrees = append(g.agrees, v)
	case []any:
		for _, x := range v {
			g.addParam(name, x)
		}
	}
}

func pick[T any](g *requestGen, xs []T) T { return xs[g.rnd.IntN(len(xs))] }

func (g *requestGen) maybe() bool { return g.rnd.IntN(10) < 3 }

// requests returns n valid requests.
func (g *requestGen) requests(n int) []*Request {
	var out []*Request
	for len(out) < n {
		r := g.request()
		if r.Validate() == nil {
			out = append(out, r)
		}
	}
	return out
}

func (g *requestGen) request() *Request {
	base := pick(g, g.examples)
	// A deep enough copy: every slice the mutations touch is new.
	r := base
	r.Requester.Roles = slices.Clone(r.Requester.Roles)
	r.Consent = slices.Clone(r.Consent)
	r.Evidence = slices.Clone(r.Evidence)
	r.Agreements = slices.Clone(r.Agreements)
	r.Records = slices.Clone(r.Records)
	if r.Dataset != nil {
		d := *r.Dataset
		r.Dataset = &d
	}
	kinds := []string{KindOrganisation, KindAgency, KindAuthority}
	if g.maybe() {
		r.Requester.Kind = pick(g, kinds)
	}
	if g.maybe() {
		r.Requester.Organisation = pick(g, g.orgs)
		r.Requester.ID = ""
	}
	if g.maybe() {
		r.Requester.Jurisdiction = pick(g, g.codes)
	}
	if g.maybe() {
		r.Requester.Roles = []comity.Role{pick(g, []comity.Role{comity.RoleDPA, comity.RoleCentralAuthority, comity.RoleRequester})}
	}
	if g.maybe() {
		r.Action = pick(g, actions)
	}
	if g.maybe() {
		r.Purpose = pick(g, g.strs)
	}
	if g.maybe() {
		r.LegalBasis = pick(g, g.strs)
	}
	if g.maybe() {
		r.SpecialCondition = pick(g, g.strs)
	}
	if g.maybe() {
		r.Destination = pick(g, g.codes)
	}
	if g.rnd.IntN(20) == 0 {
		r.Node = pick(g, g.codes)
	}
	if g.maybe() {
		r.Consent = nil
		if g.rnd.IntN(2) == 0 {
			r.Consent = []string{"consent-1"}
		}
	}
	if g.maybe() {
		r.Evidence = nil
		for _, k := range EvidenceKinds {
			if k != ObligeConsent && g.rnd.IntN(4) == 0 {
				r.Evidence = append(r.Evidence, k)
			}
		}
	}
	if g.maybe() {
		r.Agreements = nil
		for range g.rnd.IntN(3) {
			r.Agreements = append(r.Agreements, AgreementRef{ID: pick(g, g.agrees), Parties: []comity.Jurisdiction{pick(g, g.codes), pick(g, g.codes), pick(g, g.codes)}})
		}
	}
	if g.maybe() {
		r.Volume = Counts{Total: pick(g, g.ints), Personal: pick(g, g.ints), Sensitive: pick(g, g.ints),
			DestinationTotal: pick(g, g.ints), DestinationPersonal: pick(g, g.ints), DestinationSensitive: pick(g, g.ints),
			Newcomers: g.rnd.IntN(8)}
		if g.rnd.IntN(3) == 0 {
			r.Volume.Kinds = map[comity.DataKind]int{pick(g, comity.DataKinds): pick(g, g.ints)}
		}
	}
	if g.rnd.IntN(10) == 0 {
		r.Time = time.Date(2024+g.rnd.IntN(3), time.Month(1+g.rnd.IntN(12)), 1+g.rnd.IntN(28), g.rnd.IntN(24), 0, 0, 0, time.UTC)
	}
	switch {
	case r.Dataset != nil && g.maybe():
		r.Dataset.Home = pick(g, g.codes)
		r.Dataset.Category = pick(g, comity.Categories)
		r.Dataset.Subjects = pick(g, g.ints)
		r.Dataset.Records = g.rnd.IntN(3)
		r.Dataset.Kinds = g.kinds()
		r.Dataset.Controllers = nil
		for range g.rnd.IntN(3) {
			r.Dataset.Controllers = append(r.Dataset.Controllers, pick(g, g.orgs))
		}
	case r.Dataset == nil && g.maybe():
		home := r.Home()
		if g.rnd.IntN(4) == 0 {
			home = pick(g, g.codes)
		}
		r.Records = nil
		for i := range 1 + g.rnd.IntN(3) {
			rec := RecordRef{ID: fmt.Sprintf("%s-gen-%d", home, i), Home: home, Controller: pick(g, g.orgs),
				Category: pick(g, comity.Categories), Kinds: g.kinds()}
			// Few or many subjects, some named twice, some in two records.
			n, mod := g.rnd.IntN(6), 3
			if g.rnd.IntN(8) == 0 {
				n, mod = 20+g.rnd.IntN(20), 17
			}
			for j := range n {
				rec.Subjects = append(rec.Subjects, fmt.Sprintf("p%d", (i+j)%mod))
			}
			r.Records = append(r.Records, rec)
		}
	}
	return &r
}

func (g *requestGen) kinds() []comity.DataKind {
	var out []comity.DataKind
	for range g.rnd.IntN(3) {
		if k := pick(g, comity.DataKinds); !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// TestDecideConcurrent decides generated requests from several goroutines
// at once on a fresh engine, so that its caches and facet sets fill while
// in use: every result must still be the old path's.
func TestDecideConcurrent(t *testing.T) {
	e := sampleEngine(t)
	old := newLegacyEngine(e)
	rs := newRequestGen(e, 2).requests(2000)
	want := make([]*Result, len(rs))
	for i, r := range rs {
		want[i] = old.Decide(r)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range rs {
				i := (i + g*len(rs)/4) % len(rs)
				if got := e.Decide(rs[i]); !reflect.DeepEqual(want[i], got) {
					t.Errorf("request %d %s:\nold %s\nnew %s", i, show(rs[i]), show(want[i]), show(got))
					return
				}
			}
		})
	}
	wg.Wait()
}
