package main

import (
	"bytes"
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// TestAuditShowsPrincipalChanges: an operator makes itself a principal of
// acme-group, reads acme-group's records with it, and revokes it. The log
// says who did each, and `comity audit` lists the changes beside the flows,
// so the reads do not pass for acme-group's own. A forged organisation name
// cannot be created to forge a line in the audit either.
func TestAuditShowsPrincipalChanges(t *testing.T) {
	ctx := context.Background()
	fed := filepath.Join(t.TempDir(), "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 5, States: []comity.Jurisdiction{"CN", "DE"}})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	op := f.Client("CN", "operator")
	out, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "shadow", Organisation: demo.Multinational,
		Roles: []comity.Role{comity.RoleController}, TTLSeconds: 3600})
	if err != nil {
		t.Fatal(err)
	}
	if d := time.Until(out.Expires); d > time.Hour || d < 59*time.Minute {
		t.Errorf("token expires in %s, want an hour", d)
	}
	shadow := f.Client("CN", "controller")
	shadow.Token = out.Token
	if _, err := shadow.ReadRecord(ctx, "CN-CUST-000001", "curiosity"); err != nil {
		t.Fatal(err)
	}
	if err := op.RevokePrincipal(ctx, "shadow"); err != nil {
		t.Fatal(err)
	}
	if _, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "forger", Organisation: "acme\n2026-01-01 nothing to see",
		Roles: []comity.Role{comity.RoleAuditor}}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("organisation with a line break: %v", err)
	}
	if _, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "eternal", Organisation: "acme",
		Roles: []comity.Role{comity.RoleAuditor}, TTLSeconds: 1 << 62}); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("a token of 2^62 seconds: %v", err)
	}

	// The read is logged with the principal that made it.
	v, err := f.LogVerifier("CN")
	if err != nil {
		t.Fatal(err)
	}
	// Entries are in the log at once; wait for a checkpoint covering them.
	time.Sleep(2 * f.Members["CN"].Node.Log.MaxMergeDelay())
	rep, err := audit.Verify(ctx, audit.Config{URL: f.LogURL("CN"), Verifier: v, HTTPClient: f.HTTPClient(), KeepEntries: true})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	printAudit(&buf, rep, &policy{}, false, false)
	stdout := buf.String()
	for _, want := range [][]string{
		{"operator (cn-node)", "create", "shadow", "acme-group", "controller", out.Expires.Format("2006-01-02T15:04:05Z")},
		{"operator (cn-node)", "revoke", "shadow", "acme-group", "controller"},
	} {
		if !slices.ContainsFunc(strings.Split(stdout, "\n"), func(line string) bool {
			return !slices.ContainsFunc(want, func(w string) bool { return !strings.Contains(line, w) })
		}) {
			t.Errorf("audit output has no line with %q:\n%s", want, stdout)
		}
	}
	found := false
	for _, e := range rep.Entries {
		if e.Kind == "decision" && e.Principal == "shadow" && e.Requester == demo.Multinational {
			found = true
		}
	}
	if !found {
		t.Error("no decision entry names the principal shadow")
	}
}
