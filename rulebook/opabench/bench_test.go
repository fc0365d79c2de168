package opabench

import (
	"context"
	_ "embed"
	"encoding/json"
	"slices"
	"testing"

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
func input(r *rulebook.Request) map[string]any {
	home := r.Home()
	own := rulebook.Counts{}
	var category comity.Category
	var controllers []any
	if d := r.Dataset; d != nil {
		category = d.Category
		own.Total = d.Subjects
		for _, c := range d.Controllers {
			controllers = append(controllers, c)
		}
	} else {
		seen := map[string]bool{}
		for _, rec := range r.Records {
			if slices.Index(comity.Categories, rec.Category) > slices.Index(comity.Categories, category) {
				category = rec.Category
			}
			controllers = append(controllers, rec.Controller)
			for _, s := range rec.Subjects {
				seen[s] = true
			}
		}
		own.Total = len(seen)
	}
	switch category {
	case comity.CategoryPersonal:
		own.Personal = own.Total
	case comity.CategorySensitivePersonal:
		own.Sensitive = own.Total
	}
	types := map[string]string{"organisation": "Organisation", "agency": "Agency", "authority": "Authority"}
	var third []any
	for _, a := range r.Agreements {
		if !slices.Contains(a.Parties, home) {
			third = append(third, a.ID)
		}
	}
	return map[string]any{
		"principal": map[string]any{"type": types[r.Requester.Kind], "jurisdiction": string(r.Requester.Jurisdiction), "organisation": r.Requester.Organisation},
		"action":    string(r.Action),
		"resource":  map[string]any{"home": string(home), "category": string(category), "subjects": own.Total, "controllers": controllers},
		"context": map[string]any{
			"node": string(home), "rulebook": string(home), "purpose": r.Purpose, "legalBasis": r.LegalBasis,
			"destination": string(r.Destination), "crossBorder": r.Destination != home || r.Requester.Jurisdiction != home,
			"thirdPartyAgreements": third,
			"volume": map[string]any{"total": r.Volume.Total + own.Total, "personal": r.Volume.Personal + own.Personal,
				"sensitive": r.Volume.Sensitive + own.Sensitive},
		},
	}
}

// decideOPA evaluates r with OPA and combines the matched ids as the
// engine does: a forbid without obligations denies; otherwise the permit
// with the fewest unmet obligations decides, with the forbids' obligations.
func (f *fixture) decideOPA(ctx context.Context, r *rulebook.Request) (comity.Outcome, error) {
	rs, err := f.opa.Eval(ctx, rego.EvalInput(input(r)))
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
// as the Cedar engine does, so that the benchmark compares like with like.
func TestEquivalent(t *testing.T) {
	f := newFixture(t)
	if len(f.requests) < 10 {
		t.Fatalf("%d requests", len(f.requests))
	}
	for _, r := range f.requests {
		want := f.cedar.Decide(r).Decision.Outcome
		got, err := f.decideOPA(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: OPA %s, Cedar %s", r, got, want)
		}
	}
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
