package rulebook

import (
	"slices"
	"testing"

	"github.com/comity-project/comity"
)

// stringPolicies are CN policies over what the facets of strings, of
// relations and of the rulebook's constants decide (see strfacets.go,
// reduce.go): literals, sets the rulebook gives, negations, unless, a term
// that can fail before and after them, and a set parameter on the right of
// containsAny.
const stringPolicies = `
@id("basis-literal")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.legalBasis == "consent" && context.purpose != "marketing" };

@id("basis-in-params")
@reason("r")
@obligation("approval")
forbid (principal, action, resource)
when { resource.home == "CN" && context.params.legal_bases.contains(context.legalBasis) && context.volume.newcomers + 9223372036854775807 > 0 }
unless { context.params.exempt_purposes.contains(context.purpose) };

@id("overflow-then-purpose")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.volume.newcomers + 9223372036854775807 > 0 && ["research", "hr-management"].contains(context.purpose) };

@id("condition-and-destination")
@reason("r")
@obligation("approval")
forbid (principal, action, resource)
when { resource.home == "CN" && (context.specialCondition == "explicit-consent" || ["US", "JP"].contains(context.destination)) }
unless { principal.jurisdiction == "CN" };

@id("relations")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.rulebook == "CN" && context.volume.newcomers + 9223372036854775807 > 0 }
unless { !context.agreements.isEmpty() || !context.thirdPartyAgreements.isEmpty() };

@id("agency-agreements")
@reason("r")
@obligation("approval")
forbid (principal, action, resource)
when { resource.home == "CN" && context.agencyAgreements.isEmpty() && context.rulebook != "DE" };

@id("kinds-any")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && resource.kinds.containsAny(context.params.sensitive_kinds) && context.params.emergency_cap >= resource.subjects };

@id("numbers")
@reason("r")
@obligation("approval")
forbid (principal, action, resource)
when { resource.home == "CN" && context.volume.personal <= context.params.exempt_purpose_cap_personal && 10000 > context.volume.sensitive && resource.subjects != 3 }
unless { context.volume.kinds.health >= 5 || context.volume.newcomers == 2 };

@id("numbers-then-overflow")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.volume.total < 1000 && context.volume.destinationTotal + 9223372036854775807 > 0 && resource.subjects > 2 };

@id("two-strings")
@reason("r")
permit (principal, action, resource)
when { resource.home == "CN" && context.legalBasis != context.purpose && context.destination == principal.jurisdiction };
`

// TestFacetsOfStrings decides, on the old path and the new, requests whose
// strings are the ones the policies name, others, and empty, whose counts
// are at, next to and far from the numbers they name, from nodes at home,
// elsewhere and unnamed, citing agreements or not: every result must be
// the same, errors included.
func TestFacetsOfStrings(t *testing.T) {
	fx := newFacetFixture(t, 3000)
	strs := []string{"", "consent", "contract-with-individual", "marketing", "research", "hr-management",
		"explicit-consent", "contract-performance", "unheard-of"}
	codes := []comity.Jurisdiction{"CN", "US", "JP", "DE", "KP"}
	for i, r := range fx.requests {
		r.LegalBasis, r.Purpose, r.SpecialCondition = strs[i%len(strs)], strs[i/3%len(strs)], strs[i/7%len(strs)]
		r.Destination = codes[i/2%len(codes)]
		if i%4 == 0 {
			r.Requester.Jurisdiction = codes[i/5%len(codes)]
		}
		switch i % 5 {
		case 0:
			r.Node = r.Home()
		case 1:
			r.Node = "FR"
		}
		// Counts at, next to and far from the numbers the policies name.
		near := []int{0, 1, 2, 3, 4, 5, 6, 999, 1000, 1001, 9999, 10000, 10001, 100000, 100001}
		r.Volume.Personal, r.Volume.Sensitive, r.Volume.Total = near[i%len(near)], near[i/2%len(near)], near[i/3%len(near)]
		r.Volume.DestinationTotal, r.Volume.Newcomers = near[i/5%len(near)], 0
		switch {
		case i%6 == 0:
			r.Volume.Newcomers = 2
		case i%10 == 0:
			r.Volume.Newcomers = 1
		}
		if i%3 == 0 {
			r.Volume.Kinds = map[comity.DataKind]int{comity.KindHealth: near[i/11%len(near)]}
		}
		if r.Dataset != nil {
			r.Dataset.Subjects = near[i/13%len(near)] % 7
		}
		if r.Validate() != nil {
			t.Fatalf("request %d is invalid: %v", i, r.Validate())
		}
	}
	{
		b := *sample(t, "CN")
		b.Policies = []File{{Name: "p.cedar", Text: stringPolicies}}
		b.Examples = nil
		if _, err := Compile(&b); err != nil {
			t.Fatalf("%+v", err)
		}
	}
	if errs := fx.equivalent(t, stringPolicies, 0, len(fx.requests)); errs <= 0 || errs > len(fx.requests)/2 {
		t.Errorf("%d of %d decisions failed to evaluate: the requests do not exercise errors", errs, len(fx.requests))
	}
	// And the facets did their work: requests with named strings keep
	// fewer policies than the rulebook has.
	e := sampleEngine(t)
	s := e.states["DE"]
	r := *fx.requests[0]
	r.Records = []RecordRef{{ID: "r", Home: "DE", Category: comity.CategoryPersonal, Controller: "c", Subjects: []string{"s"}}}
	r.Dataset, r.LegalBasis, r.Destination, r.Requester.Jurisdiction = nil, "unheard-of", "US", "US"
	c := s.cite(&r)
	if kept, all := len(s.policies(&r, &c, r.Volume, 1).entries), len(s.all.entries); kept*2 > all {
		t.Errorf("DE keeps %d of %d policies for a legal basis it never names", kept, all)
	}
	if !slices.ContainsFunc(s.all.entries, func(pe policyEntry) bool { return pe.id == "DE/art46-sccs" }) {
		t.Error("no DE/art46-sccs")
	}
}
