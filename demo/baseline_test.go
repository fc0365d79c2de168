package demo_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/rulebook"
)

func TestBaselineChange(t *testing.T) {
	f := startWithRulebooks(t, 5)
	ctx := context.Background()
	cur, err := rulebook.SampleBaseline()
	if err != nil {
		t.Fatal(err)
	}
	next, _ := rulebook.SampleBaseline()
	next.Version = cur.Version + 1
	next.Params["agency_cap"] = json.RawMessage("500")
	change := func(signers ...comity.Jurisdiction) []byte {
		c := &rulebook.BaselineChange{Baseline: next, Previous: cur.Digest()}
		for _, j := range signers {
			if err := c.Sign(j, f.Members[j].Authorities[comity.RoleDPA]); err != nil {
				t.Fatal(err)
			}
		}
		data, _ := json.Marshal(c)
		return data
	}
	// One state alone cannot change what binds all.
	if _, err := f.Client("DE", "dpa").ChangeBaseline(ctx, change("DE")); comity.ErrorCode(err) == "" {
		t.Fatal("a baseline change signed by one of three states was installed")
	}
	logEntry(t, f, "DE", func(e *audit.Entry) bool { return e.Kind == "baseline" && e.Outcome == "deny" })
	// Two of three (the manifest's quorum) can.
	info, err := f.Client("DE", "dpa").ChangeBaseline(ctx, change("DE", "CN"))
	if err != nil || info.Version != next.Version {
		t.Fatalf("quorum-signed change: %+v %v", info, err)
	}
	logEntry(t, f, "DE", func(e *audit.Entry) bool {
		return e.Kind == "baseline" && e.Outcome == "allow" && e.Detail["signed_by"] != ""
	})
	list, err := f.Client("DE", "auditor").Rulebooks(ctx)
	if err != nil || list[0].Kind != "baseline" || list[0].Version != next.Version {
		t.Fatalf("installed baseline: %+v %v", list, err)
	}
	// The same change again no longer applies: its previous digest is gone.
	if _, err := f.Client("DE", "dpa").ChangeBaseline(ctx, change("DE", "CN")); comity.ErrorCode(err) == "" {
		t.Fatal("a replayed baseline change was installed")
	}
}
