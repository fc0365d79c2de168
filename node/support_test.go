package node_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/release"
)

// TestForcedUpgradeFromSupportPeriods runs over two real nodes: a CN
// vendor releases mod v1.2.0 declaring security support until 2099 and
// publishes an advisory that names it affected with no remedy; a DE
// customer runs it. When DE's clock passes the DE rulebook's remedy
// deadline (14 days) the customer's node flags a forced upgrade; when the
// vendor later shortens the support period, DE flags that too. Each
// finding is a notification whose commitment is logged as a forced_upgrade
// entry naming the finding and the vendor, never the customer or the
// component.
func TestForcedUpgradeFromSupportPeriods(t *testing.T) {
	ctx := context.Background()
	var skew atomic.Int64
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 5, States: []comity.Jurisdiction{"CN", "DE"},
		Configure: func(c *node.Config) {
			c.Advisories.DutyCheck = 50 * time.Millisecond
			c.Advisories.Follow = 100 * time.Millisecond
			c.Advisories.Now = func() time.Time { return time.Now().Add(time.Duration(skew.Load())) }
		}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-vendor",
		Organisation: "Example Vendor", Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	f.Members["CN"].Tokens["vendor"] = out.Token
	vendor, customer := f.Client("CN", "vendor"), f.Client("DE", "controller")
	k, _ := release.GenerateKey(false)
	key, err := release.NewSigner(k)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := vendor.RegisterVendorKey(ctx, key, ""); err != nil {
		t.Fatal(err)
	}
	const purl = "pkg:golang/github.com/example/mod@v1.2.0"
	sign := func(p release.Predicate) []byte {
		st, err := release.NewStatement(p, []release.Subject{{Name: "mod.zip", SHA256: strings.Repeat("ab", 32)}})
		if err != nil {
			t.Fatal(err)
		}
		env, err := release.Sign(key, st)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := env.Marshal()
		return b
	}
	if _, err := release.NewStatement(release.Predicate{PURL: purl, SupportUntil: "next year"}, nil); !errors.Is(err, release.ErrMalformed) {
		t.Fatalf("a support period that is no date: %v", err)
	}
	if _, err := vendor.PublishRelease(ctx, sign(release.Predicate{PURL: purl, SupportUntil: "2099-12-31"})); err != nil {
		t.Fatal(err)
	}
	td := filepath.Join("..", "advisory", "testdata")
	sbom, _ := os.ReadFile(filepath.Join(td, "customer.spdx.json"))
	if _, err := customer.RegisterSBOM(ctx, "plant-7", sbom); err != nil {
		t.Fatal(err)
	}
	doc, _ := os.ReadFile(filepath.Join(td, "support.csaf.json"))
	if _, err := vendor.PublishAdvisory(ctx, doc); err != nil {
		t.Fatal(err)
	}
	const comp = "pkg:golang/github.com/example/mod@v1.2.0"
	// waitFor returns the customer's notifications once one for the
	// component has the finding ("" for the advisory's own notice).
	waitFor := func(finding string) []*advisory.Notification {
		t.Helper()
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(100 * time.Millisecond) {
			ns, err := customer.Notifications(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, n := range ns {
				if n.Component == comp && n.Finding == finding {
					return ns
				}
			}
			if time.Now().After(deadline) {
				t.Fatalf("no notification with finding %q for %s: %d notifications", finding, comp, len(ns))
			}
		}
	}
	ns := waitFor("")
	for _, n := range ns {
		if n.ForcedUpgrade || n.Finding != "" {
			t.Fatalf("flagged before the deadline: %+v", n)
		}
	}
	// Not yet past the deadline: nothing more.
	skew.Store(int64(13 * 24 * time.Hour))
	time.Sleep(500 * time.Millisecond)
	if again, _ := customer.Notifications(ctx); len(again) != len(ns) {
		t.Fatalf("%d notifications before the deadline, want %d", len(again), len(ns))
	}

	skew.Store(int64(15 * 24 * time.Hour))
	ns = waitFor(advisory.FindingNoRemedy)
	var found *advisory.Notification
	for _, n := range ns {
		if n.Finding == advisory.FindingNoRemedy {
			if found != nil {
				t.Errorf("two findings: %+v and %+v", found, n)
			}
			found = n
		}
	}
	if !found.ForcedUpgrade || found.Vendor != "cn-vendor" || !strings.Contains(found.Reason, "2099-12-31") || !found.Opens() || found.Receipt == nil {
		t.Fatalf("finding: %+v", found)
	}
	checkEntry := func(n *advisory.Notification, finding, vendor string) {
		t.Helper()
		p, err := f.Members["DE"].Node.Log.Prove(ctx, n.Receipt)
		for deadline := time.Now().Add(10 * time.Second); err != nil && time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			p, err = f.Members["DE"].Node.Log.Prove(ctx, n.Receipt)
		}
		if err != nil {
			t.Fatal(err)
		}
		e, err := ledger.DecodeEntry(p.Entry)
		if err != nil {
			t.Fatal(err)
		}
		if e.Kind != advisory.EntryForcedUpgrade || e.Detail["finding"] != finding || e.Requester != vendor ||
			strings.Contains(string(p.Entry), "mod") || strings.Contains(string(p.Entry), "controller") {
			t.Errorf("finding entry: %s", p.Entry)
		}
	}
	checkEntry(found, advisory.FindingNoRemedy, "cn-vendor")

	// The vendor shortens the support period after the fact: logged at CN
	// with the end it replaces; DE follows, proves it and flags it.
	rec, err := vendor.DeclareSupport(ctx, purl, "2027-01-01")
	if err != nil || len(rec.Support) != 2 || rec.Support[1].ShortenedFrom != "2099-12-31" {
		t.Fatalf("declare: %+v %v", rec, err)
	}
	if _, err := vendor.DeclareSupport(ctx, purl, "soon"); comity.ErrorCode(err) != comity.EINVALID {
		t.Errorf("a declaration that is no date: %v", err)
	}
	if _, err := customer.DeclareSupport(ctx, purl, "2030-01-01"); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Errorf("a customer declaring support: %v", err)
	}
	ns = waitFor(advisory.FindingShortened)
	for _, n := range ns {
		if n.Finding == advisory.FindingShortened {
			if !n.ForcedUpgrade || n.Vendor != "Example Vendor" || !strings.Contains(n.Reason, "from 2099-12-31 to 2027-01-01") || !n.Opens() {
				t.Errorf("shortening: %+v", n)
			}
			checkEntry(n, advisory.FindingShortened, "Example Vendor")
		}
	}
	// Each finding is notified once.
	time.Sleep(500 * time.Millisecond)
	if again, _ := customer.Notifications(ctx); len(again) != len(ns) {
		t.Errorf("%d notifications after the findings settled, want %d", len(again), len(ns))
	}
}
