package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/release"
)

// TestVendorAndCustomerCommands runs the vendor's and the customer's
// commands against three real nodes: a vendor publishes at CN, a customer
// registers an SBOM at DE and lists its notifications there, and anyone
// with the CN log's key gets the vendor's record, proved from the log.
func TestVendorAndCustomerCommands(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	fed := filepath.Join(dir, "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: fed, Records: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-vendor",
		Organisation: "Example Vendor", Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	f.Members["CN"].Tokens["vendor"] = out.Token
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
		return stdout.String()
	}
	td := filepath.Join("..", "..", "advisory", "testdata")
	run(0, append([]string{"sbom", "register", filepath.Join(td, "customer.spdx.json"), "--name", "plant-7"}, as("DE", "controller")...)...)
	run(1, append([]string{"advisory", "publish", filepath.Join(td, "vendor.csaf.json")}, as("CN", "controller")...)...) // not a vendor
	if out := run(0, append([]string{"advisory", "publish", filepath.Join(td, "vendor.csaf.json")}, as("CN", "vendor")...)...); !strings.Contains(out, `"notified"`) {
		t.Fatalf("publish: %s", out)
	}
	var lines []string
	for deadline := time.Now().Add(30 * time.Second); len(lines) < 8; time.Sleep(200 * time.Millisecond) {
		lines = strings.Fields(run(0, append([]string{"notifications"}, as("DE", "controller")...)...))
		if time.Now().After(deadline) {
			t.Fatalf("%d notifications at DE", len(lines))
		}
	}
	var n struct {
		Commitment []byte          `json:"commitment"`
		Receipt    *comity.Receipt `json:"receipt"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &n); err != nil || n.Receipt == nil || len(n.Commitment) != 32 {
		t.Fatalf("notification line %s: %v", lines[0], err)
	}

	// CN's rulebook: every vulnerability reported to the authority within
	// 2 days. The vendor reports one; a stage CN does not know is refused.
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	run(1, append([]string{"advisory", "report", "EXV-2099-001", "CVE-2099-0001", "early_warning"}, as("CN", "vendor")...)...)
	run(1, append([]string{"advisory", "report", "EXV-2099-001", "CVE-2099-0001", "report"}, as("CN", "controller")...)...)
	if out := run(0, append([]string{"advisory", "report", "EXV-2099-001", "CVE-2099-0001", "report"}, as("CN", "vendor")...)...); !strings.Contains(out, `"on_time": true`) {
		t.Errorf("report to the authority: %s", out)
	}
	if out := run(0, append([]string{"advisory", "duties", "--vendor", "cn-vendor"}, as("CN", "auditor")...)...); strings.Count(out, `"state"`) != 2 {
		t.Errorf("duties: %s", out)
	}

	flags := as("CN", "auditor")
	args := append([]string{"vendor", "report", "cn-vendor", "--key", f.Members["CN"].Node.Log.VerifierKey(), "--no-state"}, flags...)
	var rep string
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		// The report's entry is proved once the log has integrated it.
		var stdout, stderr bytes.Buffer
		if Main(ctx, args, strings.NewReader(""), &stdout, &stderr) == 0 {
			rep = stdout.String()
			break
		}
		if time.Now().After(deadline) || !strings.Contains(stderr.String(), "not yet published") {
			t.Fatalf("vendor report: %s", stderr.String())
		}
	}
	var r struct {
		Advisories []struct {
			ID        string                                            `json:"id"`
			Exploited string                                            `json:"first_known_exploitation"`
			LeadTime  string                                            `json:"lead_time_from_exploitation"`
			Forced    []struct{ Vulnerability, Product, Reason string } `json:"forced_upgrade_findings"`
		}
		Witnessed string
		Reports   []struct{ Vulnerability, Stage, State string } `json:"authority_reports"`
	}
	if err := json.Unmarshal([]byte(rep), &r); err != nil || len(r.Advisories) != 1 {
		t.Fatalf("report: %v\n%s", err, rep)
	}
	a := r.Advisories[0]
	if a.ID != "EXV-2099-001" || a.Exploited != "2026-11-01T00:00:00Z" || a.LeadTime == "" || !strings.HasPrefix(r.Witnessed, "witnessed") ||
		len(a.Forced) != 1 || a.Forced[0].Reason != "no fix offered" || a.Forced[0].Product != "name:gadget <=3.0" {
		t.Errorf("report: %+v\n%s", r, rep)
	}
	if len(r.Reports) != 2 || r.Reports[0].Vulnerability != "CVE-2099-0001" || r.Reports[0].State != "on_time" ||
		r.Reports[1].State != "pending" || r.Reports[1].Stage != "report" {
		t.Errorf("reports to the authority: %+v\n%s", r.Reports, rep)
	}
	// DE follows CN's advisory but the report at DE names none of it as
	// DE's: it is proved against the log that holds it, CN's.
	if rep := run(0, append([]string{"vendor", "report", "cn-vendor", "--key", f.Members["DE"].Node.Log.VerifierKey(), "--no-state"}, as("DE", "auditor")...)...); !strings.Contains(rep, `"advisories": []`) {
		t.Errorf("report at DE: %s", rep)
	}

	// The vendor releases mod v1.2.0, supported until 2099, then shortens
	// the support period with "comity release support": CN's log holds both
	// declarations, DE (where plant-7 runs mod v1.2.0) flags the shortening
	// for its customer, and each node's vendor report shows its evidence.
	k, _ := release.GenerateKey(false)
	key, _ := release.NewSigner(k)
	if _, err := f.Client("CN", "vendor").RegisterVendorKey(ctx, key, ""); err != nil {
		t.Fatal(err)
	}
	const purl = "pkg:golang/github.com/example/mod@v1.2.0"
	st, err := release.NewStatement(release.Predicate{PURL: purl, SupportUntil: "2099-12-31"}, []release.Subject{{Name: "mod.zip", SHA256: strings.Repeat("cd", 32)}})
	if err != nil {
		t.Fatal(err)
	}
	env, _ := release.Sign(key, st)
	envJSON, _ := env.Marshal()
	if _, err := f.Client("CN", "vendor").PublishRelease(ctx, envJSON); err != nil {
		t.Fatal(err)
	}
	run(1, append([]string{"release", "support", "--purl", purl, "--until", "someday"}, as("CN", "vendor")...)...)
	run(1, append([]string{"release", "support", "--purl", purl, "--until", "2030-01-01"}, as("CN", "controller")...)...)
	if out := run(0, append([]string{"release", "support", "--purl", purl, "--until", "2027-06-30"}, as("CN", "vendor")...)...); !strings.Contains(out, "shortened from 2099-12-31") {
		t.Errorf("release support: %s", out)
	}
	for deadline := time.Now().Add(30 * time.Second); !strings.Contains(run(0, append([]string{"notifications"}, as("DE", "controller")...)...), `"finding":"support_shortened"`); time.Sleep(200 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("DE flagged no shortened support period")
		}
	}
	type vendorReport struct {
		Support []struct {
			Release       string `json:"release"`
			SupportUntil  string `json:"support_until"`
			ShortenedFrom string `json:"shortened_from"`
		} `json:"support_declarations"`
		Found []struct{ Finding string } `json:"forced_upgrades_found"`
		Raw   string
	}
	// report waits until the node's published log shows what ok wants.
	report := func(j comity.Jurisdiction, ok func(vendorReport) bool) (r vendorReport) {
		t.Helper()
		args := append([]string{"vendor", "report", "cn-vendor", "--organisation", "Example Vendor", "--key", f.Members[j].Node.Log.VerifierKey(), "--no-state"}, as(j, "auditor")...)
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			var stdout, stderr bytes.Buffer
			if Main(ctx, args, strings.NewReader(""), &stdout, &stderr) == 0 {
				if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
					t.Fatal(err)
				}
				r.Raw = stdout.String()
				if ok(r) || time.Now().After(deadline) {
					return r
				}
				continue
			}
			if time.Now().After(deadline) || !strings.Contains(stderr.String(), "not yet published") {
				t.Fatalf("vendor report at %s: %s", j, stderr.String())
			}
		}
	}
	if r := report("CN", func(r vendorReport) bool { return len(r.Support) == 2 }); len(r.Support) != 2 || r.Support[0].SupportUntil != "2099-12-31" || r.Support[1].ShortenedFrom != "2099-12-31" ||
		r.Support[1].Release != "pkg:golang/github.com/example/mod@v1.2.0" || len(r.Found) != 0 {
		t.Errorf("vendor report at CN: %s", r.Raw)
	}
	if r := report("DE", func(r vendorReport) bool { return len(r.Found) > 0 }); len(r.Found) != 1 || r.Found[0].Finding != "support_shortened" || len(r.Support) != 0 {
		t.Errorf("vendor report at DE: %s", r.Raw)
	}
}
