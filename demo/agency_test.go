package demo_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	comityhttp "github.com/comity-project/comity/http"
)

// TestForeignAgencyRefusedEverywhere asks for CN data as public bodies of
// other states, with every action and a spread of purposes, legal bases and
// evidence, through the asking state's node (forwarded to CN's gate) and at
// CN's gate directly: every request is refused and names judicial
// assistance. The same requests as a company are allowed for some, so the
// refusals are the requester's kind's doing.
func TestForeignAgencyRefusedEverywhere(t *testing.T) {
	f := startWithRulebooks(t, 20)
	ctx := context.Background()
	us := f.Client("US", "operator")
	out, err := us.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "fbi", Organisation: "US Federal Bureau", Roles: []comity.Role{comity.RoleAgency}})
	if err != nil {
		t.Fatal(err)
	}
	agency := &client.Client{BaseURL: f.Members["US"].URL, Token: out.Token, HTTP: f.HTTPClient()}
	company := f.Client("DE", "requester")

	actions := []comity.Action{comity.ActionRead, comity.ActionTransfer, comity.ActionStoreAbroad, comity.ActionBulkExport, comity.ActionDiscloseToLawEnforce}
	purposes := []string{"criminal-investigation", "security", "customer-service", "hr-management", ""}
	counts := map[string]int{}
	tally := func(path string, err error) {
		switch {
		case err == nil:
			counts[path+" allowed"]++
		case comity.ErrorCode(err) == comity.EDENIED && strings.Contains(err.Error(), "judicial"):
			counts[path+" refused, channel named"]++
		default:
			counts[path+" "+string(comity.ErrorCode(err))]++
		}
	}
	companyAllowed := 0
	for _, action := range actions {
		for _, purpose := range purposes {
			for _, in := range []comityhttp.AccessInput{
				{RecordIDs: []string{"CN-CUST-000001"}},
				{Home: "CN", Filter: comity.RecordFilter{Limit: 5}},
			} {
				in.Action, in.Purpose, in.LegalBasis, in.Consent = action, purpose, "contract", []string{"consent-1"}
				_, err := agency.Access(ctx, in)
				tally("forwarded agency", err)
				if _, err := company.Access(ctx, in); err == nil {
					companyAllowed++
				}
				// At CN's gate itself, as each kind of foreign public body.
				for _, role := range []comity.Role{comity.RoleAgency, comity.RoleDPA, comity.RoleCentralAuthority} {
					p := &comity.Principal{ID: "x", Organisation: "US " + string(role), Jurisdiction: "US", Roles: []comity.Role{role}}
					req := &comity.AccessRequest{Requester: p, Action: in.Action, RecordIDs: in.RecordIDs, Filter: in.Filter,
						Purpose: in.Purpose, LegalBasis: in.LegalBasis, Consent: in.Consent}
					_, err := f.Members["CN"].Node.Gate.Read(ctx, req)
					tally("gate "+string(role), err)
				}
			}
		}
	}
	var table []string
	for k, n := range counts {
		table = append(table, fmt.Sprintf("%s: %d", k, n))
	}
	slices.Sort(table)
	t.Logf("outcomes: %s; the same requests by a company: %d allowed", strings.Join(table, "; "), companyAllowed)
	for k := range counts {
		if !strings.HasSuffix(k, "refused, channel named") {
			t.Errorf("%d requests: %s", counts[k], k)
		}
	}
	if companyAllowed == 0 {
		t.Error("no request was allowed to a company: the table does not show that the kind decides")
	}
}
