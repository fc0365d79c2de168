package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// TestConsentCommands records, imports, lists and withdraws consents
// through the CLI against real nodes; bad input exits non-zero and
// stores nothing.
func TestConsentCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	ca := filepath.Join(fed, "ca", "ca.pem")
	as := func(j comity.Jurisdiction, principal string) []string {
		path := filepath.Join(dir, string(j)+"-"+principal+".token")
		if err := os.WriteFile(path, []byte(f.Members[j].Tokens[principal]), 0o600); err != nil {
			t.Fatal(err)
		}
		return []string{"--node", f.Members[j].URL, "--token-file", path, "--ca", ca}
	}
	run := func(want int, args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := Main(ctx, args, strings.NewReader(""), &stdout, &stderr); code != want {
			t.Fatalf("comity %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, stdout.String(), stderr.String())
		}
		return stdout.String() + stderr.String()
	}
	ctl := as("DE", "controller")
	noticeFile := filepath.Join(dir, "notice.txt")
	os.WriteFile(noticeFile, []byte("We will send your data to us-analytics in the US for marketing."), 0o600)

	add := append([]string{"consent", "add", "--subject", "de-person-000001", "--purpose", "marketing", "--recipient", "us-analytics",
		"--destination", "US", "--kind", "explicit", "--notice-file", noticeFile}, ctl...)
	out := run(0, add...)
	if !strings.Contains(out, `"id": "consent-`) || !strings.Contains(out, `"receipt"`) {
		t.Fatalf("add: %s", out)
	}
	// Bad input: one line, non-zero exit, nothing stored.
	if out := run(1, append(add, "--kind", "implied")...); !strings.Contains(out, "kind") {
		t.Errorf("bad kind: %s", out)
	}
	run(1, append([]string{"consent", "add", "--subject", "x", "--purpose", "marketing", "--recipient", "us-analytics",
		"--destination", "US", "--kind", "explicit", "--notice", "sha256:zz"}, ctl...)...)

	var lines []string
	for i := 2; i <= 4; i++ {
		lines = append(lines, fmt.Sprintf(`{"subject": "de-person-%06d", "kind": "explicit", "purpose": "marketing", "recipient": "us-analytics", "destination": "US", "notice": "sha256:%064x"}`, i, i))
	}
	good := filepath.Join(dir, "consents.jsonl")
	os.WriteFile(good, []byte(strings.Join(lines, "\n")+"\n"), 0o600)
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(lines[0]+"\n"+`{"subject": "de-person-000009", "kind": "explicit", "colour": "red"}`+"\n"), 0o600)
	if out := run(1, append([]string{"consent", "import", "-q", bad}, ctl...)...); !strings.Contains(out, "line 2") {
		t.Errorf("bad import: %s", out)
	}
	if out := run(0, append([]string{"consent", "import", "-q", good}, ctl...)...); !strings.Contains(out, "3 consents stored") {
		t.Fatalf("import: %s", out)
	}
	out = run(0, append([]string{"consent", "list", "--json"}, ctl...)...)
	if n := strings.Count(out, `"id": "consent-`); n != 4 {
		t.Fatalf("list shows %d consents, want 4 (the bad input stored nothing):\n%s", n, out)
	}
	// A release under person 1's consent.
	rel, err := f.Client("US", "requester").Access(ctx, comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "DE",
		Purpose: "marketing", LegalBasis: "explicit-consent", RecordIDs: []string{"DE-CUST-000001"}})
	if err != nil || len(rel.Records) != 1 {
		t.Fatalf("release under consent: %v", err)
	}
	out = run(0, append([]string{"consent", "list", "--json", "--subject", "de-person-000001"}, ctl...)...)
	i := strings.Index(out, `"id": "consent-`)
	id := strings.Trim(out[i+len(`"id": `):i+len(`"id": `)+len(`"consent-`)+24+1], `"`)

	// The requester cannot see or keep them.
	run(1, append([]string{"consent", "list"}, as("DE", "requester")...)...)
	run(0, append([]string{"consent", "withdraw", id}, ctl...)...)
	run(1, append([]string{"consent", "withdraw", id}, ctl...)...)
	out = run(0, append([]string{"consent", "list"}, ctl...)...)
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, id) && strings.HasSuffix(strings.TrimSpace(line), " -") {
			t.Errorf("list shows %s not withdrawn:\n%s", id, out)
		}
	}
	if strings.Count(out, "\n") != 5 {
		t.Errorf("list after withdrawal:\n%s", out)
	}

	// Person 1, with their secret, sees the consent recorded, the release
	// under it and its withdrawal.
	sec, err := f.Client("DE", "controller").SubjectSecret(ctx, "de-person-000001")
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(300 * time.Millisecond) {
		code, out, errOut := runComity("audit", f.LogURL("DE"), "--key", f.Members["DE"].Node.Log.VerifierKey(), "--ca", ca,
			"--manifest", filepath.Join(fed, "manifest.json"), "--no-state", "--subject-secret", sec.Secret)
		if code == 0 && strings.Contains(out, "3 of them concern the data subject's consent") {
			if !strings.Contains(out, "consent-withdrawn") || !strings.Contains(out, "us-analytics") {
				t.Errorf("audit:\n%s", out)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("comity audit --subject-secret: exit %d\n%s%s", code, out, errOut)
		}
	}
}
