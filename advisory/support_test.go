package advisory_test

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/sqlite"
)

// TestNoRemedyInSupport walks the rule's edges on a real store and log: no
// finding before the deadline, none for a version whose support ended
// before it, none for a remedied one, and one, once, for an affected
// version left without remedy past the deadline inside its support period.
func TestNoRemedyInSupport(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(dir, "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key, _, _ := ledger.GenerateKey("test.example/log")
	log, err := ledger.Open(ctx, ledger.Config{Dir: filepath.Join(dir, "log"), Key: key, SubjectKey: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close(ctx)

	var mu sync.Mutex
	skew, modUntil := time.Duration(0), time.Now().Add(10*24*time.Hour)
	set := func(s time.Duration, until time.Time) { mu.Lock(); skew, modUntil = s, until; mu.Unlock() }
	far := time.Date(2100, 1, 1, 0, 0, 0, 0, time.UTC)
	svc := advisory.NewService(advisory.Config{Node: "n", Store: db.Advisories(), Ledger: log,
		Now:          func() time.Time { mu.Lock(); defer mu.Unlock(); return time.Now().Add(skew) },
		RemedyWithin: func() time.Duration { return 14 * 24 * time.Hour },
		SupportPeriods: func(context.Context) ([]advisory.SupportPeriod, error) {
			mu.Lock()
			defer mu.Unlock()
			return []advisory.SupportPeriod{
				{PURL: "pkg:golang/github.com/example/mod@v1.2.0", Vendor: "Example Vendor", Node: "n", LogIndex: 1, Declared: modUntil.Format(time.RFC3339), Until: modUntil},
				{PURL: "pkg:npm/%40example/widget@1.3.9", Vendor: "Example Vendor", Node: "n", LogIndex: 2, Declared: "2099-12-31", Until: far},
			}, nil
		}})
	customer := &comity.Principal{ID: "customer", Roles: []comity.Role{comity.RoleController}}
	vendor := &comity.Principal{ID: "vendor", Roles: []comity.Role{comity.RoleVendor}}
	for _, name := range []string{"support.csaf.json", "vendor.csaf.json"} {
		doc, _ := os.ReadFile(filepath.Join("testdata", name))
		if _, err := svc.Publish(ctx, vendor, doc); err != nil {
			t.Fatal(err)
		}
	}
	sbom, _ := os.ReadFile(filepath.Join("testdata", "customer.spdx.json"))
	if _, err := svc.RegisterSBOM(ctx, customer, "plant", sbom); err != nil {
		t.Fatal(err)
	}
	check := func(step string, want int) {
		t.Helper()
		if n, err := svc.CheckSupport(ctx); err != nil || n != want {
			t.Fatalf("%s: %d findings notified (%v), want %d", step, n, err, want)
		}
	}
	set(15*24*time.Hour, modUntil)
	check("support ended before the deadline; the widget has a fix", 0)
	set(13*24*time.Hour, far)
	check("before the deadline", 0)
	set(15*24*time.Hour, far)
	check("past the deadline inside the support period", 1)
	check("again", 0)
	ns, err := svc.Notifications(ctx, customer)
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, n := range ns {
		if n.Finding != "" {
			found++
			if n.Finding != advisory.FindingNoRemedy || n.Component != "pkg:golang/github.com/example/mod@v1.2.0" || !n.ForcedUpgrade ||
				n.Vendor != "vendor" || n.Receipt == nil || !n.Opens() {
				t.Errorf("finding: %+v", n)
			}
		}
	}
	if found != 1 {
		t.Errorf("%d findings among %d notifications", found, len(ns))
	}
}
