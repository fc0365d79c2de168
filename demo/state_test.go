package demo_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// sybils has DE's operator create n requester organisations and returns
// their principal ids at DE's node.
func sybils(t *testing.T, f *demo.Federation, n int) []string {
	t.Helper()
	var ids []string
	for i := range n {
		id := fmt.Sprintf("sybil-%d", i)
		out, err := f.Client("DE", "operator").CreatePrincipal(context.Background(), comityhttp.PrincipalInput{ID: id,
			Organisation: fmt.Sprintf("mm-%c", 'a'+i), Roles: []comity.Role{comity.RoleRequester}})
		if err != nil {
			t.Fatal(err)
		}
		f.Members["DE"].Tokens[id] = out.Token
		ids = append(ids, id)
	}
	return ids
}

// TestStateCollectionCap: many organisations of one state, each within
// its own small-volume exemption, together reach CN's cap on the people
// sent to that state; from then on every requester waits for an
// assessment, whoever it is.
func TestStateCollectionCap(t *testing.T) {
	f := startWithRulebooks(t, 60)
	ctx := context.Background()
	// CN's authority lowers its cap per destination state to 30 people.
	b, err := f.DemoRulebook("CN", 2)
	if err != nil {
		t.Fatal(err)
	}
	b.Params["destination_cap_people"] = json.RawMessage("30")
	if err := b.Sign(f.Members["CN"].Authorities[comity.RoleDPA]); err != nil {
		t.Fatal(err)
	}
	data, _ := b.Marshal()
	if _, err := f.Client("CN", "dpa").PublishRulebook(ctx, data); err != nil {
		t.Fatal(err)
	}
	released, next := 0, 1
	var pending error
	for _, id := range sybils(t, f, 5) {
		c := f.Client("DE", id)
		for got := 0; got < 8 && next <= 60; next++ {
			if next%10 == 0 {
				continue // sensitive: not under the small-volume exemption
			}
			_, err := c.ReadRecord(ctx, rec("CN", next), "customer-service")
			if comity.ErrorCode(err) == comity.EPENDING {
				pending = err
				break
			}
			if err != nil {
				t.Fatalf("%s reading %s: %v", id, rec("CN", next), err)
			}
			released++
			got++
		}
		if pending != nil {
			break
		}
	}
	if released != 30 || pending == nil {
		t.Fatalf("%d people of CN released to DE before the state cap of 30 (then %v)", released, pending)
	}
	var dn *comity.Denial
	if !errors.As(pending, &dn) || dn.Decision == nil {
		t.Fatalf("a pending decision without its decision: %#v", pending)
	}
	if fmt.Sprint(dn.Decision.Policies) != "[CN/exempt-small-volume CN/state-collection-cap]" {
		t.Fatalf("decided by %v", dn.Decision.Policies)
	}
	// A requester of another state is not held by DE's cap.
	if _, err := f.Client("US", "requester").ReadRecord(ctx, rec("CN", 1), "customer-service"); err != nil {
		t.Fatalf("US requester: %v", err)
	}
}

// TestManyNewOrganisations: five new DE organisations each take 8 people
// of CN, just under the scaled exemption of 10; CN's rulebook then has
// CN's authority told of every further release to such newcomers.
func TestManyNewOrganisations(t *testing.T) {
	f := startWithRulebooks(t, 20)
	ctx := context.Background()
	var eight []string
	for i := 1; len(eight) < 8; i++ {
		if i%10 != 0 {
			eight = append(eight, rec("CN", i))
		}
	}
	var last *comity.Release
	for _, id := range sybils(t, f, 6) {
		rel, err := f.Client("DE", id).Access(ctx, comityhttp.AccessInput{Home: "CN", Purpose: "customer-service", RecordIDs: eight})
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		last = rel
	}
	notified := false
	for _, o := range last.Decision.Obligations {
		notified = notified || o.Kind == "notify"
	}
	if !notified {
		t.Fatalf("the sixth newcomer's release did not notify CN's authority: %+v", last.Decision)
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool {
		return e.Kind == "notice" && e.Detail["to"] == "dpa:CN" && e.Requester == "mm-f"
	})
}

// TestOneEntityThroughTwoNodes: an organisation registered under its LEI
// at DE's node and at US's node, asking CN through both under different
// names, has one allowance: CN counts the registered organisation.
func TestOneEntityThroughTwoNodes(t *testing.T) {
	f := startWithRulebooks(t, 20)
	ctx := context.Background()
	const lei = "LEI:5493001KJTIIGC8Y1R12"
	for _, j := range []comity.Jurisdiction{"DE", "US"} {
		op := f.Client(j, "operator")
		if _, err := op.RegisterOrganisation(ctx, comityhttp.OrganisationInput{ID: "lei:5493001kjtiigc8y1r12", Name: "Mueller Analytics"}); err != nil {
			t.Fatal(err)
		}
		if _, err := op.RegisterOrganisation(ctx, comityhttp.OrganisationInput{ID: lei, Name: "again"}); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Fatalf("registered twice: %v", err)
		}
		// A principal acts only for an organisation registered at its node.
		if _, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "ghost", Organisation: "ghost",
			Roles: []comity.Role{comity.RoleRequester}, Entity: "DE:HRB99999"}); comity.ErrorCode(err) != comity.EINVALID {
			t.Fatalf("principal of an unregistered organisation: %v", err)
		}
		out, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "mueller", Organisation: "mueller-" + string(j),
			Roles: []comity.Role{comity.RoleRequester}, Entity: lei})
		if err != nil {
			t.Fatal(err)
		}
		f.Members[j].Tokens["mueller"] = out.Token
	}
	logEntry(t, f, "DE", func(e *audit.Entry) bool { return e.Kind == "organisation" && e.Detail["id"] == lei })
	released := 0
	for i := 1; i <= 19; i++ {
		if i%10 == 0 {
			continue
		}
		via := comity.Jurisdiction("DE")
		if i%2 == 0 {
			via = "US"
		}
		_, err := f.Client(via, "mueller").ReadRecord(ctx, rec("CN", i), "customer-service")
		if comity.ErrorCode(err) == comity.EPENDING {
			break
		}
		if err != nil {
			t.Fatalf("%s via %s: %v", rec("CN", i), via, err)
		}
		released++
	}
	if released != 9 {
		t.Fatalf("%d people released to one registered organisation through two nodes, want 9 (the scaled exemption)", released)
	}
}
