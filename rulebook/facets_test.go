package rulebook

import (
	"reflect"
	"slices"
	"testing"
)

// trickyPolicies are CN policies where a term that can fail (a Long
// overflow once any volume is counted) comes before, after or around terms
// that the facets know, so that leaving a policy out or dropping a term in
// the wrong place would change an error into a decision.
const trickyPolicies = `
@id("overflow-first")
@reason("r")
forbid (principal, action, resource)
when { resource.home == "CN" && context.volume.total + 9223372036854775807 > 0 && resource.category == "core" };

@id("overflow-late")
@reason("r")
permit (principal is Agency, action == Action::"read", resource)
when { resource.home == "CN" && context.crossBorder && resource.category == "personal" && context.volume.personal + 9223372036854775807 > 0 };

@id("overflow-unless")
@reason("r")
@obligation("approval")
forbid (principal, action, resource)
when { resource.home == "CN" && !context.crossBorder }
unless { resource.category == "general" || context.volume.sensitive + 9223372036854775807 > 0 };

@id("facets-only")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && (principal is Organisation || principal is Authority) && ["personal", "important"].contains(resource.category) }
unless { action == Action::"bulk-export" };

@id("kinds-then-overflow")
@reason("r")
forbid (principal, action, resource)
when { resource.home == "CN" && resource.kinds.containsAny(context.params.sensitive_kinds) && context.volume.newcomers + 9223372036854775807 > 0 };

@id("no-kinds-then-overflow")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && !resource.kinds.containsAny(context.params.sensitive_kinds) && context.volume.destinationTotal + 9223372036854775807 > 0 };

@id("known-false-after-unknown")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.purpose == "research" && resource.category != "general" && context.crossBorder };
`

// TestFacetsKeepErrors decides, on the old path and the new, requests
// against policies that fail to evaluate for some of them: every failure
// must be reported alike (engine/error), and every decision be the same.
func TestFacetsKeepErrors(t *testing.T) {
	fx := newFacetFixture(t, 4000)
	if errs := fx.equivalent(t, trickyPolicies, 0, len(fx.requests)); errs < 0 {
		t.Fatal("the tricky policies do not compile")
	} else if errs == 0 || errs == len(fx.requests) {
		t.Errorf("%d of %d decisions failed to evaluate: the requests do not exercise errors", errs, len(fx.requests))
	}
}

// FuzzFacets checks the facet reduction against the old path for any CN
// rulebook that compiles: same results on generated requests.
func FuzzFacets(f *testing.F) {
	f.Add(trickyPolicies, uint16(1))
	f.Add(sample(f, "CN").Policies[0].Text, uint16(2))
	f.Add(`@id("a")
@reason("r")
permit (principal, action in [Action::"read", Action::"transfer"], resource is Record)
when { resource.home == "CN" && (if context.crossBorder then resource.category == "general" else true) };`, uint16(3))
	fx := newFacetFixture(f, 2000)
	f.Fuzz(func(t *testing.T, text string, at uint16) {
		fx.equivalent(t, text, int(at), 50)
	})
}

// facetFixture holds what every run of FuzzFacets shares: the baseline's
// engine and generated requests, half of them for data homed in CN.
type facetFixture struct {
	base     *Engine
	requests []*Request
}

func newFacetFixture(t testing.TB, n int) *facetFixture {
	base, err := SampleBaseline()
	if err != nil {
		t.Fatal(err)
	}
	e, err := Load(&Set{Baseline: base}, nil)
	if err != nil {
		t.Fatal(err)
	}
	fx := &facetFixture{base: e, requests: newRequestGen(sampleEngine(t), 1).requests(n)}
	for i, r := range fx.requests {
		if r.Home() != "CN" && i%2 == 0 {
			r.Records, r.Dataset = nil, &Dataset{Home: "CN", Category: r.category(), Subjects: i % 7}
		}
	}
	return fx
}

// equivalent compiles text as the CN rulebook (with the CN sample's
// parameters) and compares the old and new paths on n of the requests from
// the one at index from. It returns how many failed to evaluate, or -1 if
// text does not compile.
func (fx *facetFixture) equivalent(t *testing.T, text string, from, n int) int {
	t.Helper()
	b := *sample(t, "CN")
	b.Policies = []File{{Name: "p.cedar", Text: text}}
	b.Examples = nil
	rb, err := Compile(&b)
	if err != nil {
		return -1
	}
	e, err := fx.base.With(rb)
	if err != nil {
		t.Fatal(err)
	}
	old := newLegacyEngine(e)
	errs := 0
	for i := range n {
		r := fx.requests[(from+i)%len(fx.requests)]
		want, got := old.Decide(r), e.Decide(r)
		if !reflect.DeepEqual(want, got) {
			t.Fatalf("request %s:\nold %s\nnew %s", show(r), show(want), show(got))
		}
		if slices.Contains(got.Decision.Policies, PolicyEvalError) {
			errs++
		}
	}
	return errs
}
