package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/ledger"
)

// TestJudicialCommands runs a case from filing to verified evidence and the
// transparency report through the CLI, against three real nodes.
func TestJudicialCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 10})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.AddAgencies(ctx); err != nil {
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
	cmd := func(words string, flags []string, more ...string) []string {
		return append(append(strings.Fields(words), flags...), more...)
	}

	out := run(0, cmd("judicial file", as("US", "agency"), "--holding", "CN", "--offence", "fraud",
		"--records", "CN-CUST-000001,CN-CUST-000002", "--reference", "FBI-1")...)
	id, state, _ := strings.Cut(strings.TrimSpace(out), " ")
	if state != "draft" {
		t.Fatalf("file: %q", out)
	}
	if out := run(0, cmd("judicial submit "+id, as("US", "central-authority"))...); !strings.Contains(out, "received") {
		t.Fatalf("submit: %q", out)
	}
	run(0, cmd("judicial review "+id, as("CN", "central-authority"))...)
	run(0, cmd("judicial ask "+id, as("CN", "central-authority"), "--question", "Which accounts?")...)
	run(1, cmd("judicial answer "+id, as("US", "central-authority"))...) // the information is required
	run(0, cmd("judicial answer "+id, as("US", "central-authority"), "--information", "Accounts 1 and 2.")...)
	if out := run(0, cmd("judicial list", as("CN", "central-authority"))...); !strings.Contains(out, id) || !strings.Contains(out, "under-review") {
		t.Fatalf("list: %q", out)
	}
	// A grant signed with the wrong key is refused; the right key grants.
	run(1, cmd("judicial grant "+id, as("CN", "central-authority"), "--authority-key", f.AuthorityKeyFile("CN", comity.RoleDPA), "--records", "CN-CUST-000001")...)
	out = run(0, cmd("judicial grant "+id, as("CN", "central-authority"), "--authority-key", f.AuthorityKeyFile("CN", comity.RoleCentralAuthority),
		"--records", "CN-CUST-000001", "--condition", "use limited to case FBI-1")...)
	if !strings.Contains(out, "granted in part: 1 records") {
		t.Fatalf("grant: %q", out)
	}
	evFile := filepath.Join(dir, "evidence.json")
	if out := run(0, cmd("judicial execute "+id, as("US", "agency"), "--out", evFile)...); !strings.Contains(out, "1 records from cn-node") {
		t.Fatalf("execute: %q", out)
	}
	if out := run(1, cmd("judicial execute "+id, as("US", "agency"), "--out", evFile+".2")...); !strings.Contains(out, "executed already") {
		t.Fatalf("second execution: %q", out)
	}
	manifest := filepath.Join(fed, "manifest.json")
	out = run(0, "evidence", "verify", evFile, "--manifest", manifest)
	for _, want := range []string{"evidence verifies", "1 records released by cn-node (CN) to us-fbi (US)", "granted in part, signed by the central authority of CN", "use limited to case FBI-1"} {
		if !strings.Contains(out, want) {
			t.Errorf("evidence verify does not say %q:\n%s", want, out)
		}
	}
	keyOf := func(name string) string {
		n, _ := f.Manifest.Node(name)
		return federation.FormatPublicKey(ed25519.PublicKey(n.PublicKey))
	}
	nodeKey := keyOf("cn-node")
	if !strings.Contains(out, "key checked: "+nodeKey+", node cn-node's key in the manifest") {
		t.Errorf("evidence verify --manifest does not say which key it checked:\n%s", out)
	}
	// A bare key verifies the package, not who holds the key.
	out = run(0, "evidence", "verify", evFile, "--node-key", nodeKey)
	for _, want := range []string{"evidence verifies", "released by the holder of the key given", "key checked: " + nodeKey + ", given with --node-key",
		"only a manifest (--manifest) ties a key to a node"} {
		if !strings.Contains(out, want) {
			t.Errorf("evidence verify --node-key does not say %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "released by cn-node") {
		t.Errorf("evidence verify --node-key names the node as verified:\n%s", out)
	}
	otherKey := keyOf("de-node")
	if out := run(1, "evidence", "verify", evFile, "--node-key", otherKey); !strings.Contains(out, "key checked: "+otherKey) {
		t.Errorf("evidence verify with another key does not say which key failed:\n%s", out)
	}
	data, _ := os.ReadFile(evFile)
	tampered := filepath.Join(dir, "tampered.json")
	os.WriteFile(tampered, bytes.Replace(data, []byte(demo.Multinational), []byte("someone-else"), 1), 0o600)
	if out := run(1, "evidence", "verify", tampered, "--manifest", manifest); !strings.Contains(out, "does not verify") {
		t.Errorf("tampered evidence: %q", out)
	}
	run(1, "evidence", "verify", evFile) // no keys
	run(0, cmd("judicial close "+id, as("US", "central-authority"))...)

	// A refused case, then the report from CN's log.
	out = run(0, cmd("judicial file", as("DE", "agency"), "--holding", "CN", "--offence", "cybercrime", "--records", "CN-CUST-000003")...)
	id2, _, _ := strings.Cut(strings.TrimSpace(out), " ")
	run(0, cmd("judicial submit "+id2, as("DE", "central-authority"))...)
	if out := run(0, cmd("judicial refuse "+id2, as("CN", "central-authority"), "--grounds", "no dual criminality")...); !strings.Contains(out, "refused") {
		t.Fatalf("refuse: %q", out)
	}
	vkey := f.Members["CN"].Node.Log.VerifierKey()
	// The report reads CN's published log: wait for the condition it
	// asserts, the refusal in a published (witnessed) checkpoint, rather
	// than polling the report's output against the clock.
	refusalPublished(t, f.Members["CN"].Node.Log, id2)
	want := "requesting,offence,received,granted,partly_granted,refused,pending\nDE,cybercrime,1,0,0,1,0\nUS,fraud,1,0,1,0,0\nall,all,2,0,1,1,0\n"
	if csv := run(0, "judicial", "report", f.LogURL("CN"), "--log-key", vkey, "--ca", ca, "--csv"); csv != want {
		t.Errorf("report:\n%s\nwant:\n%s", csv, want)
	}
	if out := run(0, "judicial", "report", "--log", f.LogURL("CN"), "--log-key", vkey, "--ca", ca); !strings.Contains(out, "received by CN") {
		t.Errorf("table: %q", out)
	}
}

// refusalPublished waits until a published checkpoint of log covers the
// refusal of case id: it walks the published entries, waiting whenever it
// reaches the end of the published tree, for up to two minutes (a deadline
// against a hang, not a timing assertion).
func refusalPublished(t *testing.T, log *ledger.Log, id string) {
	t.Helper()
	ctx := context.Background()
	deadline := time.Now().Add(2 * time.Minute)
	for i := uint64(0); ; {
		p, err := log.ProveIndex(ctx, i)
		switch {
		case errors.Is(err, ledger.ErrNotPublished):
			if time.Now().After(deadline) {
				t.Fatalf("the refusal of case %s is not in a published checkpoint after two minutes", id)
			}
			time.Sleep(100 * time.Millisecond)
			continue
		case err != nil:
			t.Fatal(err)
		}
		e, err := ledger.DecodeEntry(p.Entry)
		if err != nil {
			t.Fatal(err)
		}
		if e.Kind == judicial.EntryKind && e.Detail["case"] == id && e.Detail["event"] == judicial.EventRefused {
			return
		}
		i++
	}
}
