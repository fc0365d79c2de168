package opabench

import (
	"context"
	_ "embed"
	"encoding/json"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

//go:embed rules.rego
var rules string

// fixture holds both engines and the CN-homed example requests.
type fixture struct {
	cedar    *rulebook.Engine
	opa      rego.PreparedEvalQuery
	info     map[string]rulebook.PolicyInfo
	requests []*rulebook.Request
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	states, err := rulebook.SampleRulebooks()
	if err != nil {
		tb.Fatal(err)
	}
	base, err := rulebook.SampleBaseline()
	if err != nil {
		tb.Fatal(err)
	}
	e, err := rulebook.Load(&rulebook.Set{Baseline: base, States: states}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	f := &fixture{cedar: e, info: map[string]rulebook.PolicyInfo{}}
	for _, rb := range []*rulebook.Rulebook{e.Baseline(), e.Rulebook("CN")} {
		for _, p := range rb.Info() {
			f.info[p.ID] = p
		}
		for _, ex := range rb.Bundle.Examples {
			r := ex.Request
			if r.Home() == "CN" && r.Node == "" {
				f.requests = append(f.requests, &r)
			}
		}
	}
	data := map[string]any{"baseline": params(e.Baseline().Bundle.Params), "cn": params(e.Rulebook("CN").Bundle.Params)}
	f.opa, err = rego.New(
		rego.Query("data.comity.decision"),
		rego.Module("rules.rego", rules),
		rego.Data(data),
	).PrepareForEval(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	return f
}

func params(p rulebook.Params) map[string]any {
	out := map[string]any{}
	for k, raw := range p {
		var v any
		_ = json.Unmarshal(raw, &v)
		out[k] = v
	}
	return out
}

// input builds OPA's input for r: the same facts the Cedar engine puts in
// its entities and context.
func (f *fixture) input(r *rulebook.Request) map[string]any {
	home := r.Home()
	var own rulebook.Counts
	var category comity.Category
	controllers, kinds := []any{}, []any{}
	if d := r.Dataset; d != nil {
		category = d.Category
		own.Total = d.Subjects
		for _, c := range d.Controllers {
			controllers = append(controllers, c)
		}
		for _, k := range d.Kinds {
			kinds = append(kinds, string(k))
		}
		switch category {
		case comity.CategoryPersonal:
			own.Personal = own.Total
		case comity.CategorySensitivePersonal:
			own.Sensitive = own.Total
		}
	} else {
		all, personal, sensitive := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, rec := range r.Records {
			if slices.Index(comity.Categories, rec.Category) > slices.Index(comity.Categories, category) {
				category = rec.Category
			}
			if !slices.Contains(controllers, any(rec.Controller)) {
				controllers = append(controllers, rec.Controller)
			}
			for _, k := range rec.Kinds {
				if !slices.Contains(kinds, any(string(k))) {
					kinds = append(kinds, string(k))
				}
			}
			for _, s := range rec.Subjects {
				all[s] = true
				switch rec.Category {
				case comity.CategoryPersonal:
					personal[s] = true
				case comity.CategorySensitivePersonal:
					sensitive[s] = true
				}
			}
		}
		own = rulebook.Counts{Total: len(all), Personal: len(personal), Sensitive: len(sensitive)}
	}
	types := map[string]string{"organisation": "Organisation", "agency": "Agency", "authority": "Authority"}
	third, agency := []any{}, []any{}
	named := f.cedar.Rulebook(home).Bundle.Params.Strings(rulebook.ParamAgencyAgreements)
	for _, a := range r.Agreements {
		switch {
		case !slices.Contains(a.Parties, home):
			third = append(third, a.ID)
		case slices.Contains(a.Parties, r.Requester.Jurisdiction) && slices.Contains(named, a.ID):
			agency = append(agency, a.ID)
		}
	}
	node := r.Node
	if node == "" {
		node = home
	}
	v := r.Volume
	return map[string]any{
		"principal": map[string]any{"type": types[r.Requester.Kind], "jurisdiction": string(r.Requester.Jurisdiction), "organisation": r.Requester.Organisation},
		"action":    string(r.Action),
		"resource":  map[string]any{"home": string(home), "category": string(category), "subjects": own.Total, "controllers": controllers, "kinds": kinds},
		"context": map[string]any{
			"node": string(node), "rulebook": string(home), "purpose": r.Purpose, "legalBasis": r.LegalBasis,
			"destination": string(r.Destination), "crossBorder": r.Destination != home || r.Requester.Jurisdiction != home,
			"thirdPartyAgreements": third, "agencyAgreements": agency,
			"volume": map[string]any{"total": v.Total + own.Total, "personal": v.Personal + own.Personal, "sensitive": v.Sensitive + own.Sensitive,
				"destinationPersonal": v.DestinationPersonal + own.Personal, "destinationSensitive": v.DestinationSensitive + own.Sensitive,
				"newcomers": v.Newcomers},
		},
	}
}

// decideOPA evaluates r with OPA and combines the matched ids as the
// engine does: a forbid without obligations denies; otherwise the permit
// with the fewest unmet obligations decides, with the forbids' obligations
// (an alarm refuses nothing).
func (f *fixture) decideOPA(ctx context.Context, r *rulebook.Request) (comity.Outcome, error) {
	rs, err := f.opa.Eval(ctx, rego.EvalInput(f.input(r)))
	if err != nil {
		return "", err
	}
	m := rs[0].Expressions[0].Value.(map[string]any)
	unmet := func(id string) int {
		n := 0
		for _, k := range f.info[id].Obligations {
			if !slices.Contains(r.Evidence, k) && !(k == "consent" && len(r.Consent) > 0) {
				n++
			}
		}
		return n
	}
	pending := false
	for _, v := range m["forbids"].([]any) {
		id := v.(string)
		if len(f.info[id].Obligations) == 0 {
			return comity.Deny, nil
		}
		pending = pending || unmet(id) > 0
	}
	best, bestUnmet := "", 0
	for _, v := range m["permits"].([]any) {
		id := v.(string)
		if n := unmet(id); best == "" || n < bestUnmet || (n == bestUnmet && f.info[id].Order < f.info[best].Order) {
			best, bestUnmet = id, n
		}
	}
	switch {
	case best == "":
		return comity.Deny, nil
	case pending || bestUnmet > 0:
		return comity.Pending, nil
	}
	return comity.Allow, nil
}

// TestEquivalent checks that the Rego rules decide every CN-homed example
// as the Cedar engine does, and each example again at volumes either side
// of every threshold of the CN rulebook and the baseline, so that the
// benchmark compares like with like.
func TestEquivalent(t *testing.T) {
	f := newFixture(t)
	if len(f.requests) < 10 {
		t.Fatalf("%d requests", len(f.requests))
	}
	var counts []int
	for _, p := range []rulebook.Params{f.cedar.Baseline().Bundle.Params, f.cedar.Rulebook("CN").Bundle.Params} {
		for name := range p {
			if n := int(p.Int(name, -1)); n > 0 {
				counts = append(counts, n-1, n, n+1)
			}
		}
	}
	outcomes := map[comity.Outcome]int{}
	for _, base := range f.requests {
		variants := []*rulebook.Request{base}
		for i, n := range counts {
			r := *base
			r.Volume = rulebook.Counts{Total: n, Personal: n, Sensitive: counts[(i+7)%len(counts)] % (n + 1),
				DestinationPersonal: n, DestinationSensitive: counts[(i+3)%len(counts)], Newcomers: i % 7}
			variants = append(variants, &r)
		}
		for _, r := range variants {
			want := f.cedar.Decide(r).Decision.Outcome
			got, err := f.decideOPA(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s, volume %+v: OPA %s, Cedar %s", r, r.Volume, got, want)
			}
			outcomes[want]++
		}
	}
	t.Logf("outcomes: %v", outcomes)
}

func BenchmarkCedar(b *testing.B) {
	f := newFixture(b)
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for i := 0; pb.Next(); i++ {
			f.cedar.Decide(f.requests[i%len(f.requests)])
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "decisions/s")
}

func BenchmarkOPA(b *testing.B) {
	f := newFixture(b)
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for i := 0; pb.Next(); i++ {
			if _, err := f.decideOPA(ctx, f.requests[i%len(f.requests)]); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "decisions/s")
}

// BenchmarkCedarVsOPA decides the same requests with both engines on every
// core, in ten alternating rounds so that on a shared machine both meet
// the same load, and reports each one's decisions/s and Cedar's speed-up.
func BenchmarkCedarVsOPA(b *testing.B) {
	f := newFixture(b)
	ctx := context.Background()
	run := func(n int, decide func(*rulebook.Request)) time.Duration {
		start := time.Now()
		var next atomic.Int64
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := next.Add(1) - 1; i < int64(n); i = next.Add(1) - 1 {
					decide(f.requests[i%int64(len(f.requests))])
				}
			})
		}
		wg.Wait()
		return time.Since(start)
	}
	cedar := func(r *rulebook.Request) { f.cedar.Decide(r) }
	opa := func(r *rulebook.Request) {
		if _, err := f.decideOPA(ctx, r); err != nil {
			b.Error(err)
		}
	}
	const rounds = 10
	var cedarWall, opaWall time.Duration
	b.ResetTimer()
	b.StopTimer()
	for round := range rounds {
		n := b.N / rounds
		if round == rounds-1 {
			n = b.N - n*(rounds-1)
		}
		b.StartTimer()
		cedarWall += run(n, cedar)
		b.StopTimer()
		opaWall += run(n, opa)
	}
	b.ReportMetric(float64(b.N)/cedarWall.Seconds(), "decisions/s")
	b.ReportMetric(float64(b.N)/opaWall.Seconds(), "opa-decisions/s")
	b.ReportMetric(opaWall.Seconds()/cedarWall.Seconds(), "x-opa")
}
