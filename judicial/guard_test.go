package judicial

import (
	"context"
	"strings"
	"testing"

	"github.com/comity-project/comity"
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
