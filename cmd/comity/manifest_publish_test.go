package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	"github.com/comity-project/comity/federation"
)

// TestManifestPublish changes a running federation's manifest through the
// CLI, as its operators would: edit a copy, sign it with the quorum, verify
// it against the current one, hand it to one node. A copy signed only by a
// member below the quorum is refused with a one-line reason and changes
// nothing.
func TestManifestPublish(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 10})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	current := filepath.Join(fed, "manifest.json")
	next := filepath.Join(dir, "next.json")
	data, _ := os.ReadFile(current)
	os.WriteFile(next, data, 0o644)
	keyFile := func(j comity.Jurisdiction) string {
		p := filepath.Join(dir, string(j)+"-dpa.key")
		if _, err := os.Stat(p); err != nil {
			if err := federation.WritePrivateKey(p, f.Members[j].Authorities[comity.RoleDPA]); err != nil {
				t.Fatal(err)
			}
		}
		return p
	}
	tokenFile := filepath.Join(dir, "cn-operator.token")
	os.WriteFile(tokenFile, []byte(f.Members["CN"].Tokens["operator"]), 0o600)
	publish := []string{"federation", "manifest", "publish", "--node", f.Members["CN"].URL, "--ca", filepath.Join(fed, "ca", "ca.pem"), "--token-file", tokenFile, next}

	mustRun(t, "federation", "manifest", "set", "--manifest", next, "--baseline-quorum", "3")
	mustRun(t, "federation", "manifest", "sign", "--manifest", next, "--jurisdiction", "US", "--key", keyFile("US"))
	code, _, errOut := comityRun(t, publish...)
	if code == 0 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "signed by 1 of 3 member states, 2 required") {
		t.Fatalf("below the quorum: exit %d %q", code, errOut)
	}
	if s := f.Members["CN"].Node.Peers.Manifest().Serial; s != 1 {
		t.Fatalf("a refused manifest moved CN to serial %d", s)
	}
	mustRun(t, "federation", "manifest", "sign", "--manifest", next, "--jurisdiction", "DE", "--key", keyFile("DE"))
	if out := mustRun(t, "federation", "manifest", "verify", "--manifest", next, "--previous", current); !strings.Contains(out, "endorsed by DE, US") {
		t.Errorf("verify: %s", out)
	}
	out := mustRun(t, publish...)
	if !strings.Contains(out, "now runs on comity-demo serial 2") || !strings.Contains(out, "replaced serial 1") {
		t.Fatalf("publish: %s", out)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, j := range f.States {
		for f.Members[j].Node.Peers.Manifest().BaselineQuorum != 3 {
			if time.Now().After(deadline) {
				t.Fatalf("%s did not take the new manifest", j)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	if out := mustRun(t, publish...); !strings.Contains(out, "already ran on this manifest") {
		t.Errorf("publish again: %s", out)
	}
}
