package demo_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

// TestChangesTakeEffectOnlyOnceLogged: with CN's ledger no longer taking
// entries, a rulebook publication, a baseline change, an agreement and a
// principal are all refused, and none of them decides, lists or is kept on
// disk; a refusal that cannot be logged is counted.
func TestChangesTakeEffectOnlyOnceLogged(t *testing.T) {
	f := startFederation(t)
	ctx := context.Background()
	cn := f.Members["CN"]
	rb, err := f.DemoRulebook("CN", 1)
	if err != nil {
		t.Fatal(err)
	}
	rbData, _ := rb.Marshal()
	cur, _ := rulebook.SampleBaseline()
	next, _ := rulebook.SampleBaseline()
	next.Version = cur.Version + 1
	c := &rulebook.BaselineChange{Baseline: next, Previous: cur.Digest()}
	for _, j := range []comity.Jurisdiction{"CN", "DE"} {
		if err := c.Sign(j, f.Members[j].Authorities[comity.RoleDPA]); err != nil {
			t.Fatal(err)
		}
	}
	baseData, _ := json.Marshal(c)
	ag, err := f.Agreement("CN-DE-2026", "An agreement", "CN", "DE")
	if err != nil {
		t.Fatal(err)
	}
	agData, _ := json.Marshal(ag)

	// Logged, but it cannot be kept (the rulebooks directory is blocked by
	// a file): refused, not in effect, and the log says so.
	blocked := cn.Node.Config.Rulebooks
	if err := os.WriteFile(blocked, []byte("not a directory"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Client("CN", "dpa").PublishRulebook(ctx, rbData); err == nil {
		t.Error("a rulebook that could not be kept was accepted")
	}
	if cn.Node.Rulebooks.Engine().Rulebook("CN") != nil {
		t.Error("a rulebook that could not be kept decides")
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool {
		return e.Kind == "rulebook" && e.Outcome == "deny" && e.Detail["not_applied"] == "true"
	})
	os.Remove(blocked)

	// The ledger stops taking entries (as when its disk fails).
	if err := cn.Node.Log.Close(ctx); err != nil {
		t.Fatal(err)
	}
	dpa := f.Client("CN", "dpa")
	if _, err := dpa.PublishRulebook(ctx, rbData); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Errorf("rulebook with no ledger: %v", err)
	}
	if _, err := dpa.ChangeBaseline(ctx, baseData); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Errorf("baseline with no ledger: %v", err)
	}
	if _, err := dpa.PublishAgreement(ctx, agData); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Errorf("agreement with no ledger: %v", err)
	}
	if _, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "unlogged", Organisation: "acme-group",
		Roles: []comity.Role{comity.RoleController}}); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Errorf("principal with no ledger: %v", err)
	}
	if err := f.Client("CN", "operator").RevokePrincipal(ctx, "requester"); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Errorf("revocation with no ledger: %v", err)
	}

	engine := cn.Node.Rulebooks.Engine()
	if engine.Rulebook("CN") != nil || engine.Baseline().Bundle.Version != cur.Version {
		t.Errorf("unlogged change decides: CN rulebook %v, baseline version %d", engine.Rulebook("CN") != nil, engine.Baseline().Bundle.Version)
	}
	if list, _ := f.Client("CN", "auditor").Agreements(ctx); len(list) != 0 {
		t.Errorf("unlogged agreement listed: %v", list)
	}
	for _, file := range []string{"rulebooks/CN.rulebook.json", "rulebooks/baseline.rulebook.json", "agreements/CN-DE-2026.agreement.json"} {
		if _, err := os.Stat(filepath.Join(cn.Node.Config.DataDir, file)); err == nil {
			t.Errorf("unlogged change kept on disk: %s", file)
		}
	}
	if _, err := cn.Node.DB.Principals().GetPrincipal(ctx, "unlogged"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("unlogged principal stored: %v", err)
	}
	if _, err := f.Client("CN", "requester").Node(ctx); err != nil {
		t.Errorf("revocation took effect without its entry: %v", err)
	}

	// A refused attempt that cannot be logged is counted, not dropped.
	other, err := f.DemoRulebook("DE", 1)
	if err != nil {
		t.Fatal(err)
	}
	otherData, _ := other.Marshal()
	if _, err := dpa.PublishRulebook(ctx, otherData); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Errorf("another state's rulebook: %v", err)
	}
	req, _ := http.NewRequestWithContext(ctx, "GET", cn.URL+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+cn.Tokens["operator"])
	resp, err := f.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	metrics, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(metrics), "comity_unlogged_refusals_total 1") {
		t.Errorf("the unlogged refusal is not counted: %s", metrics)
	}
}

func startFederation(t *testing.T) *demo.Federation {
	t.Helper()
	f, err := demo.Start(context.Background(), demo.Config{Dir: t.TempDir(), Records: 5})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	return f
}
