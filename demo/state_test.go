package demo_test

import (
	"context"
	"encoding/json"
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
	d, _ := pending.(*comity.Error).Detail["decision"].(map[string]any)
	if fmt.Sprint(d["policies"]) != "[CN/exempt-small-volume CN/state-collection-cap]" {
		t.Fatalf("decided by %v", d["policies"])
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
