package judicial

import (
	"context"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// allowAll is a policy that permits everything, so that the test sees what
// Guard alone refuses.
type allowAll struct{}

func (allowAll) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow, Policies: []string{"allow-all"}}, nil
}

func TestGuard(t *testing.T) {
	p := func(j comity.Jurisdiction, roles ...comity.Role) *comity.Principal {
		return &comity.Principal{ID: "p", Organisation: "o", Jurisdiction: j, Roles: roles}
	}
	agency, company := comity.RoleAgency, comity.RoleController
	for name, tc := range map[string]struct {
		req       comity.AccessRequest
		executing bool
		allowed   bool
	}{
		"domestic agency":             {comity.AccessRequest{Requester: p("CN", agency), Action: comity.ActionDiscloseToLawEnforce, Destination: "CN"}, false, true},
		"foreign company reads":       {comity.AccessRequest{Requester: p("US", company), Action: comity.ActionRead, Destination: "US"}, false, true},
		"foreign agency discloses":    {comity.AccessRequest{Requester: p("US", agency), Action: comity.ActionDiscloseToLawEnforce, Destination: "US"}, false, false},
		"foreign agency reads":        {comity.AccessRequest{Requester: p("US", agency), Action: comity.ActionRead, Destination: "US"}, false, false},
		"company for law enforcement": {comity.AccessRequest{Requester: p("US", company), Purpose: Purpose, Destination: "US"}, false, false},
		"domestic company, abroad":    {comity.AccessRequest{Requester: p("CN", company), Action: comity.ActionDiscloseToLawEnforce, Destination: "US"}, false, false},
		"execution of an order":       {comity.AccessRequest{Requester: p("US", agency), Action: comity.ActionDiscloseToLawEnforce, Destination: "US"}, true, true},
		"foreign agency, any purpose": {comity.AccessRequest{Requester: p("US", agency), Action: comity.ActionBulkExport, Purpose: "security", Destination: "US"}, false, false},
		"foreign dpa reads":           {comity.AccessRequest{Requester: p("US", comity.RoleDPA), Action: comity.ActionRead, Purpose: "supervision", Destination: "US"}, false, false},
		"foreign central authority":   {comity.AccessRequest{Requester: p("US", comity.RoleCentralAuthority), Action: comity.ActionTransfer, Purpose: "criminal-investigation", Destination: "US"}, false, false},
		"domestic dpa reads":          {comity.AccessRequest{Requester: p("CN", comity.RoleDPA), Action: comity.ActionRead, Destination: "CN"}, false, true},
	} {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if tc.executing {
				ctx = executing(ctx, "US-CN-ABCDEFGH2345")
			}
			d, err := Guard{Policy: allowAll{}}.Decide(ctx, "CN", &tc.req, nil)
			if err != nil {
				t.Fatal(err)
			}
			if (d.Outcome == comity.Allow) != tc.allowed {
				t.Fatalf("%s: %v", d.Outcome, d.Reasons)
			}
			if !tc.allowed && (d.Policies[0] != "judicial/channel" || !strings.Contains(d.Reasons[0], "judicial-assistance channel")) {
				t.Fatalf("refusal does not name the channel: %v %v", d.Policies, d.Reasons)
			}
		})
	}
}

// admitAll is a policy that allows, as a home rulebook does that admits the
// requester's agencies under a named agreement.
type admitAll struct{}

func (admitAll) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow, Policies: []string{"FR/eu-agencies", rulebook.PolicyAgencyAgreement + "eu-e-evidence"}}, nil
}

func TestGuardAgencyAgreement(t *testing.T) {
	bka := &comity.Principal{ID: "bka", Organisation: "BKA", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleAgency}}
	read := &comity.AccessRequest{Requester: bka, Action: comity.ActionRead, Purpose: "criminal-investigation", Destination: "DE"}
	if d, _ := (Guard{Policy: admitAll{}}).Decide(context.Background(), "FR", read, nil); d.Outcome != comity.Allow {
		t.Errorf("admitted under an agreement the home names: %s %v", d.Outcome, d.Reasons)
	}
	if d, _ := (Guard{Policy: allowAll{}}).Decide(context.Background(), "FR", read, nil); d.Outcome != comity.Deny {
		t.Errorf("allowed without an agreement: %s", d.Outcome)
	}
	// Disclosure stays the judicial-assistance channel's unless the home's
	// rulebook admits the requester's agencies under a named agreement: a
	// European Production Order between EU members is direct cooperation
	// under the home's rulebook (Regulation (EU) 2023/1543).
	disclose := *read
	disclose.Action = comity.ActionDiscloseToLawEnforce
	if d, _ := (Guard{Policy: allowAll{}}).Decide(context.Background(), "FR", &disclose, nil); d.Outcome != comity.Deny {
		t.Errorf("disclosure outside execution and without an agreement: %s", d.Outcome)
	}
	if d, _ := (Guard{Policy: admitAll{}}).Decide(context.Background(), "FR", &disclose, nil); d.Outcome != comity.Allow {
		t.Errorf("disclosure under an agreement the home names: %s %v", d.Outcome, d.Reasons)
	}
}
