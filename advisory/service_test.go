package advisory_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/postgres"
	"github.com/comity-project/comity/postgres/pgtest"
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

// lostAnswerLedger logs overdue alarms and then fails, as a node does that
// dies after the log took the entry and before the store kept the alarm.
type lostAnswerLedger struct{ comity.Ledger }

func (f lostAnswerLedger) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	r, err := f.Ledger.Commit(ctx, e)
	if err == nil && e.Kind == advisory.EntryOverdue {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "the node stopped before it heard back")
	}
	return r, err
}

// TestOverdueAlarmLoggedOnce: an overdue alarm whose entry reached the log
// but not the store (a crash between the two) is not logged again when the
// node checks after restarting: it is found on the log by its claim. On
// SQLite and on PostgreSQL.
func TestOverdueAlarmLoggedOnce(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		db, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(t.TempDir(), "db")})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		overdueAlarmLoggedOnce(t, db.Advisories(), db.Advisories())
	})
	t.Run("postgres", func(t *testing.T) {
		url, schema := pgtest.Schema(t)
		db, err := postgres.Open(context.Background(), postgres.Config{URL: url, Schema: schema})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		overdueAlarmLoggedOnce(t, db.Advisories(), db.Advisories())
	})
}

func overdueAlarmLoggedOnce(t *testing.T, store advisory.Store, duties advisory.DutyStore) {
	ctx := context.Background()
	dir := t.TempDir()
	key, _, _ := ledger.GenerateKey("test.example/log")
	log, err := ledger.Open(ctx, ledger.Config{Dir: filepath.Join(dir, "log"), Key: key, SubjectKey: make([]byte, 32)})
	if err != nil {
		t.Fatal(err)
	}
	defer log.Close(ctx)
	vendor := &comity.Principal{ID: "vendor", Roles: []comity.Role{comity.RoleVendor}}
	doc, _ := os.ReadFile(filepath.Join("testdata", "vendor.csaf.json"))
	cfg := func(l comity.Ledger) advisory.Config {
		return advisory.Config{Node: "n", Store: store, Ledger: l, DutyStore: duties, Search: log,
			Duties: func() advisory.Duties {
				return advisory.Duties{List: []advisory.Duty{{Stage: "report", Within: time.Hour}}}
			},
			Now: func() time.Time { return time.Now().Add(48 * time.Hour) }}
	}
	dying := advisory.NewService(cfg(lostAnswerLedger{log}))
	if _, err := dying.Publish(ctx, vendor, doc); err != nil {
		t.Fatal(err)
	}
	if _, err := dying.CheckDuties(ctx); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("check with the answer lost: %v", err)
	}
	before, _ := log.Size(ctx)

	svc := advisory.NewService(cfg(log))
	raised, err := svc.CheckDuties(ctx)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := log.Size(ctx)
	obs, err := svc.Obligations(ctx, "")
	if err != nil || len(obs) < 2 {
		t.Fatalf("obligations: %d %v", len(obs), err)
	}
	// The first alarm was settled from the log; the others are logged now,
	// each once.
	if got := int(after - before); got != len(obs)-1 || len(raised) != len(obs)-1 {
		t.Errorf("after the restart %d entries logged and %d alarms raised, want %d", got, len(raised), len(obs)-1)
	}
	for _, o := range obs {
		if o.State != advisory.DutyOverdue || o.Alarm == nil || !o.Alarm.Logged || o.Alarm.LogIndex == 0 {
			t.Errorf("%s %s: %+v", o.Vulnerability, o.Stage, o.Alarm)
		}
	}
	again, err := svc.CheckDuties(ctx)
	if size, _ := log.Size(ctx); err != nil || len(again) != 0 || size != after {
		t.Errorf("a second check raised %d (log %d -> %d): %v", len(again), after, size, err)
	}
}
