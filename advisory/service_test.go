package advisory_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/sqlite"
)

// failingLedger refuses notification entries, as a log under pushback
// would, and passes everything else to the real log.
type failingLedger struct{ comity.Ledger }

func (f failingLedger) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	if e.Kind == advisory.EntryNotification {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "log under pushback")
	}
	return f.Ledger.Commit(ctx, e)
}

// TestRecoverLogsStoredNotices: notices stored while the log refused them
// are not shown to the customer, and are logged (and then shown) by
// Recover when the node starts again.
func TestRecoverLogsStoredNotices(t *testing.T) {
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
	customer := &comity.Principal{ID: "customer", Roles: []comity.Role{comity.RoleController}}
	vendor := &comity.Principal{ID: "vendor", Roles: []comity.Role{comity.RoleVendor}}
	sbom, _ := os.ReadFile(filepath.Join("testdata", "customer.spdx.json"))
	doc, _ := os.ReadFile(filepath.Join("testdata", "vendor.csaf.json"))

	broken := advisory.NewService(advisory.Config{Node: "n", Store: db.Advisories(), Ledger: failingLedger{log}})
	if _, err := broken.RegisterSBOM(ctx, customer, "plant", sbom); err != nil {
		t.Fatal(err)
	}
	if _, err := broken.Publish(ctx, vendor, doc); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("publish with the log refusing notices: %v", err)
	}
	if ns, err := broken.Notifications(ctx, customer); err != nil || len(ns) != 0 {
		t.Fatalf("unlogged notices shown: %d %v", len(ns), err)
	}

	svc := advisory.NewService(advisory.Config{Node: "n", Store: db.Advisories(), Ledger: log})
	if err := svc.Recover(ctx); err != nil {
		t.Fatal(err)
	}
	ns, err := svc.Notifications(ctx, customer)
	if err != nil || len(ns) != 8 {
		t.Fatalf("after recovery: %d %v", len(ns), err)
	}
	for _, n := range ns {
		if n.Receipt == nil || !n.Opens() {
			t.Errorf("notice %s not logged or does not open", n.ID)
		}
	}
	// Publishing the same revision again does not notify twice.
	if res, err := svc.Publish(ctx, vendor, doc); err != nil || res.Notified != 0 {
		t.Errorf("republish after recovery: %+v %v", res, err)
	}
	if _, err := svc.Publish(ctx, customer, doc); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Errorf("customer publishing: %v", err)
	}
}
