package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// TestReleaseCommands runs the vendor's and the customer's commands against
// three real nodes: key, publish, trust export, offline verify (a tampered
// artefact refused), re-tag refused, --online, yank, and the monitor's
// alarm for a release the vendor's feed did not announce.
func TestReleaseCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-soft", Organisation: "cn-soft",
		Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	ca := filepath.Join(fed, "ca", "ca.pem")
	token := filepath.Join(dir, "vendor.token")
	os.WriteFile(token, []byte(out.Token), 0o600)
	vendor := []string{"--node", f.Members["CN"].URL, "--token-file", token, "--ca", ca}
	file := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	run := func(want int, args ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		if code := Main(ctx, args, strings.NewReader(""), &stdout, &stderr); code != want {
			t.Fatalf("comity %s: exit %d, want %d\n%s%s", strings.Join(args, " "), code, want, stdout.String(), stderr.String())
		}
		return stdout.String() + stderr.String()
	}
	key := filepath.Join(dir, "vendor.key")
	run(0, "vendor", "key", "new", "--out", key)
	run(0, append([]string{"vendor", "key", "register", "--key", key}, vendor...)...)
	bin, sbom := file("tool", "\x7fELF tool"), file("tool.cdx.json", `{"bomFormat":"CycloneDX"}`)
	flows := file("flows.json", `[{"destination":"update.cn-soft.example","jurisdictions":["CN"],"data":["version"],"purpose":"update check"}]`)
	bundle := filepath.Join(dir, "tool.bundle.json")
	if o := run(0, append([]string{"release", "publish", "--key", key, "--purl", "pkg:generic/cn-soft/tool@1.0.0", "--flows", flows,
		"--out", bundle, bin, sbom}, vendor...)...); !strings.Contains(o, "logged at cn-node") {
		t.Fatalf("publish: %s", o)
	}
	trust := filepath.Join(dir, "trust.json")
	run(0, "release", "trust", "export", "--node", f.Members["CN"].URL, "--ca", ca, "--out", trust)

	if o := run(0, "release", "verify", "--bundle", bundle, "--trust", trust, bin, sbom); strings.Count(o, "ok ") != 2 {
		t.Fatalf("verify: %s", o)
	}
	tampered := file("tool-tampered", "\x7fELF tool!")
	if o := run(1, "release", "verify", "--bundle", bundle, "--trust", trust, tampered); !strings.Contains(o, "not an artefact") {
		t.Fatalf("tampered: %s", o)
	}
	// A re-tag with other artefacts is refused.
	if o := run(1, append([]string{"release", "publish", "--key", key, "--purl", "pkg:generic/cn-soft/tool@1.0.0",
		"--out", filepath.Join(dir, "x.json"), tampered}, vendor...)...); !strings.Contains(o, "logged already with other artefacts") {
		t.Fatalf("re-tag: %s", o)
	}
	if o := run(0, "release", "verify", "--online", "--ca", ca, "--bundle", bundle, "--trust", trust, bin); !strings.Contains(o, "not yanked") {
		t.Fatalf("online: %s", o)
	}

	// The monitor: 1.0.0 is announced; 1.1.0 is not.
	run(0, append([]string{"release", "publish", "--key", key, "--purl", "pkg:generic/cn-soft/tool@1.1.0",
		"--out", filepath.Join(dir, "b2.json"), bin}, vendor...)...)
	feed := file("feed.json", `[{"purl":"pkg:generic/cn-soft/tool@1.0.0"}]`)
	var hooked []byte
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hooked, _ = io.ReadAll(r.Body)
	}))
	defer hook.Close()
	o := run(1, "release", "monitor", "--trust", trust, "--vendor", "cn-soft", "--jurisdiction", "CN", "--feed", feed,
		"--ca", ca, "--webhook", hook.URL)
	if !strings.Contains(o, "ALARM unannounced-release") || !strings.Contains(o, "tool@1.1.0") || strings.Contains(o, "tool@1.0.0:") {
		t.Fatalf("monitor: %s", o)
	}
	var body struct{ Alarms []map[string]any }
	if json.Unmarshal(hooked, &body) != nil || len(body.Alarms) != 1 {
		t.Fatalf("webhook got %s", hooked)
	}
	file("feed.json", `[{"purl":"pkg:generic/cn-soft/tool@1.0.0"},{"purl":"pkg:generic/cn-soft/tool@1.1.0"}]`)
	run(0, "release", "monitor", "--trust", trust, "--vendor", "cn-soft", "--jurisdiction", "CN", "--feed", feed, "--ca", ca)

	// A key the customer's trust file does not know signs 1.2.0: alarm.
	key2 := filepath.Join(dir, "vendor2.key")
	run(0, "vendor", "key", "new", "--ecdsa", "--out", key2)
	run(0, append([]string{"vendor", "key", "register", "--key", key2}, vendor...)...)
	run(0, append([]string{"release", "publish", "--key", key2, "--purl", "pkg:generic/cn-soft/tool@1.2.0",
		"--out", filepath.Join(dir, "b3.json"), bin}, vendor...)...)
	file("feed.json", `[{"purl":"pkg:generic/cn-soft/tool@1.0.0"},{"purl":"pkg:generic/cn-soft/tool@1.1.0"},{"purl":"pkg:generic/cn-soft/tool@1.2.0"}]`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		var stdout bytes.Buffer
		code := Main(ctx, []string{"release", "monitor", "--trust", trust, "--vendor", "cn-soft", "--jurisdiction", "CN", "--feed", feed, "--ca", ca},
			strings.NewReader(""), &stdout, &stdout)
		o := stdout.String()
		if code == 1 && strings.Contains(o, "ALARM foreign-key") && strings.Contains(o, "tool@1.2.0") && strings.Contains(o, "ALARM unknown-key-event") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("monitor with a stale trust file: exit %d %s", code, o)
		}
		time.Sleep(200 * time.Millisecond)
	}

	run(0, append([]string{"release", "yank", "--purl", "pkg:generic/cn-soft/tool@1.0.0", "--reason", "crashes"}, vendor...)...)
	// The yank is published within the merge delay.
	deadline = time.Now().Add(10 * time.Second)
	for {
		var stdout bytes.Buffer
		code := Main(ctx, []string{"release", "verify", "--online", "--ca", ca, "--bundle", bundle, "--trust", trust, bin},
			strings.NewReader(""), &stdout, &stdout)
		if code == 1 && strings.Contains(stdout.String(), "release yanked: pkg:generic/cn-soft/tool@1.0.0 was yanked") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("online after yank: exit %d %s", code, stdout.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}
