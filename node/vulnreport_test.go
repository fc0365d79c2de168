package node_test

import (
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// TestVulnerabilityReportDeadlines runs a vendor's duty to report to its
// home authority over real nodes whose state rulebooks are the samples: in
// DE (EU CRA: 24 h early warning, 72 h notification, 14 days after a remedy
// for the final report, for actively exploited vulnerabilities only) and
// in CN (every vulnerability within 2 days). The nodes' deadline clock is
// moved forward; the node's job logs one overdue alarm per report that came
// due unfiled, counts it in a metric, and a report filed after its deadline
// is recorded late. Bad input and the wrong role are refused.
func TestVulnerabilityReportDeadlines(t *testing.T) {
	ctx := context.Background()
	var skew atomic.Int64 // how far the nodes' deadline clock runs ahead
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 5, States: []comity.Jurisdiction{"CN", "DE"},
		Configure: func(c *node.Config) {
			c.Advisories.DutyCheck = 50 * time.Millisecond
			c.Advisories.Now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
		}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile(filepath.Join("..", "advisory", "testdata", "vendor.csaf.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range []comity.Jurisdiction{"CN", "DE"} {
		out, err := f.Client(j, "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "vendor",
			Organisation: "Example Vendor", Roles: []comity.Role{comity.RoleVendor}})
		if err != nil {
			t.Fatal(err)
		}
		f.Members[j].Tokens["vendor"] = out.Token
		if _, err := f.Client(j, "vendor").PublishAdvisory(ctx, doc); err != nil {
			t.Fatal(err)
		}
	}
	const cve, other, adv = "CVE-2099-0001", "EXV-VULN-2", "EXV-2099-001"
	de, cn := f.Client("DE", "vendor"), f.Client("CN", "vendor")

	states := func(c interface {
		ReportDuties(context.Context, string) ([]*advisory.Obligation, error)
	}) map[string]string {
		t.Helper()
		obs, err := c.ReportDuties(ctx, "vendor")
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]string{}
		for _, o := range obs {
			out[o.Vulnerability+" "+o.Stage] = o.State
		}
		return out
	}
	// DE owes three reports for the exploited CVE and none for the other;
	// CN owes one for each.
	if got := states(de); len(got) != 3 || got[cve+" early_warning"] != advisory.DutyPending || got[cve+" final_report"] != advisory.DutyPending {
		t.Fatalf("DE duties: %v", got)
	}
	if got := states(cn); len(got) != 2 || got[other+" report"] != advisory.DutyPending {
		t.Fatalf("CN duties: %v", got)
	}

	// Refused: a stage the rulebook does not know, a vulnerability outside
	// its scope, another node's advisory, the wrong role, a malformed body.
	for name, c := range map[string]struct {
		stage, vuln string
		who         string
		want        string
	}{
		"unknown stage":    {"report", cve, "vendor", comity.EINVALID},
		"not exploited":    {"early_warning", other, "vendor", comity.ENOTFOUND},
		"unknown vuln":     {"early_warning", "CVE-2000-0001", "vendor", comity.ENOTFOUND},
		"a controller":     {"early_warning", cve, "controller", comity.EFORBIDDEN},
		"missing the vuln": {"early_warning", "", "vendor", comity.EINVALID},
	} {
		if _, err := f.Client("DE", c.who).FileReport(ctx, adv, c.vuln, c.stage); comity.ErrorCode(err) != c.want {
			t.Errorf("%s: %v, want %s", name, err, c.want)
		}
	}

	// On time: the early warning within 24 h, CN's report of the CVE.
	ew, err := de.FileReport(ctx, adv, cve, "early_warning")
	if err != nil || !ew.OnTime || ew.Due == nil || ew.Receipt == nil {
		t.Fatalf("early warning: %+v %v", ew, err)
	}
	if again, err := de.FileReport(ctx, adv, cve, "early_warning"); err != nil || again.LogIndex != ew.LogIndex {
		t.Errorf("filed again: %+v %v", again, err)
	}
	if r, err := cn.FileReport(ctx, adv, cve, "report"); err != nil || !r.OnTime {
		t.Fatalf("CN report: %+v %v", r, err)
	}

	// Three days and an hour later: DE's 72 h notification and CN's 2-day
	// report of the other vulnerability are overdue; the final report (14
	// days after the remedy) is not yet due.
	skew.Store(int64(73 * time.Hour))
	wait := func(c interface {
		ReportDuties(context.Context, string) ([]*advisory.Obligation, error)
	}, key string) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
			obs, err := c.ReportDuties(ctx, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, o := range obs {
				if o.Vulnerability+" "+o.Stage == key && o.Alarm != nil {
					return
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("no alarm for %s", key)
			}
		}
	}
	wait(de, cve+" notification")
	wait(cn, other+" report")
	time.Sleep(200 * time.Millisecond) // more checks: alarms are not raised twice
	if got := states(de); got[cve+" early_warning"] != advisory.DutyOnTime || got[cve+" notification"] != advisory.DutyOverdue || got[cve+" final_report"] != advisory.DutyPending {
		t.Errorf("DE after 73 h: %v", got)
	}
	if got := states(cn); got[cve+" report"] != advisory.DutyOnTime || got[other+" report"] != advisory.DutyOverdue {
		t.Errorf("CN after 73 h: %v", got)
	}
	late, err := de.FileReport(ctx, adv, cve, "notification")
	if err != nil || late.OnTime {
		t.Fatalf("late notification: %+v %v", late, err)
	}
	if got := states(de); got[cve+" notification"] != advisory.DutyLate {
		t.Errorf("DE after the late report: %v", got)
	}

	// The log holds each report and exactly one alarm; the metric counts it.
	m := f.Members["DE"]
	verifier, err := note.NewVerifier(m.Node.Log.VerifierKey())
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		rep, err := audit.Verify(ctx, audit.Config{URL: m.URL + "/log/", Verifier: verifier, HTTPClient: f.HTTPClient()})
		if err == nil && rep.Kinds[string(advisory.EntryReport)] == 2 && rep.Kinds[string(advisory.EntryOverdue)] == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("DE log: %v %+v", err, rep)
		}
	}
	req, _ := http.NewRequest("GET", m.URL+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+m.Tokens["operator"])
	resp, err := f.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(body), "\ncomity_vulnerability_reports_overdue_total 1\n") {
		t.Errorf("metric missing or wrong:\n%s", grepLines(string(body), "overdue"))
	}
}
