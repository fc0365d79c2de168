package comity_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"sync"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/sqlite"
)

// brokenLedger refuses every entry; with durable set, it appends the entry
// first and fails after, as a log whose receipt signing failed does.
type brokenLedger struct {
	durable bool
	err     error
	got     []*comity.Entry
}

func (l *brokenLedger) Commit(_ context.Context, e *comity.Entry) (*comity.Receipt, error) {
	if l.durable {
		l.got = append(l.got, e)
	}
	return nil, l.err
}

// allowing allows every request, with a notice to the home authority.
type allowing struct{ outcome comity.Outcome }

func (a allowing) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: a.outcome, Policies: []string{"CN/test"},
		Obligations: []comity.Obligation{{Kind: comity.ObligationNotify, Authority: "CN"}}}, nil
}

// counted is a ReleaseLog that remembers what it was told.
type counted struct {
	mu sync.Mutex
	n  int
}

func (c *counted) Released(context.Context, *comity.AccessRequest, []*comity.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	return nil
}

func gateDB(t *testing.T, ids ...string) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	for _, id := range ids {
		if err := db.Records().CreateRecord(ctx, &comity.Record{ID: id, Home: "CN", Controller: "acme", Category: comity.CategoryPersonal,
			Subjects: []string{"p-" + id}, Fields: json.RawMessage(`{"name":"Li Wei"}`)}); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// TestGateReleasesNothingWhenTheLedgerFails: decide, log, release: when
// the ledger refuses the decision, or takes it and then fails, the gate
// returns the ledger's error (errors.Is finds it), no records and no
// receipt, and tells no authority of a release.
func TestGateReleasesNothingWhenTheLedgerFails(t *testing.T) {
	ctx := context.Background()
	db := gateDB(t, "CN-1")
	down := comity.Errorf(comity.EUNAVAILABLE, "the ledger is not accepting entries")
	for _, tc := range []struct {
		name    string
		ledger  *brokenLedger
		outcome comity.Outcome
	}{
		{"refused, allow", &brokenLedger{err: down}, comity.Allow},
		{"refused, deny", &brokenLedger{err: down}, comity.Deny},
		{"refused, pending", &brokenLedger{err: down}, comity.Pending},
		{"logged then failed, allow", &brokenLedger{durable: true, err: errors.New("sign receipts: key gone")}, comity.Allow},
		{"logged then failed, deny", &brokenLedger{durable: true, err: errors.New("sign receipts: key gone")}, comity.Deny},
	} {
		t.Run(tc.name, func(t *testing.T) {
			told := &notices{}
			releases := &counted{}
			g := &comity.Gate{Node: "CN", NodeName: "cn", Records: db.Records(), Policy: allowing{tc.outcome},
				Ledger: tc.ledger, Notifier: told, Releases: releases}
			req := &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: "rhein", Jurisdiction: "DE",
				Roles: []comity.Role{comity.RoleRequester}}, Action: comity.ActionTransfer, RecordIDs: []string{"CN-1"}}
			rel, err := g.Read(ctx, req)
			if rel != nil {
				t.Fatalf("released %d records with the ledger failing", len(rel.Records))
			}
			if !errors.Is(err, tc.ledger.err) {
				t.Fatalf("Read = %v; want the ledger's error in its chain", err)
			}
			var dn *comity.Denial
			if errors.As(err, &dn) {
				t.Errorf("a %s decision the log did not take reads as the gate's answer: %v", tc.outcome, err)
			}
			if len(told.got) != 0 {
				t.Errorf("the authority was told of a release that was not logged")
			}
			if tc.ledger.durable && len(tc.ledger.got) != 1 {
				t.Errorf("%d entries reached the log, want the decision", len(tc.ledger.got))
			}
		})
	}
}

// TestGateRequesterLocksShrink: the gate's per-requester locks exist only
// while a requester's decision is being made, not for every requester
// ever seen.
func TestGateRequesterLocksShrink(t *testing.T) {
	ctx := context.Background()
	db := gateDB(t, "CN-1")
	g := &comity.Gate{Node: "CN", NodeName: "cn", Records: db.Records(), Policy: allowing{comity.Deny},
		Ledger: &safeLedger{}, Releases: &counted{}}
	var wg sync.WaitGroup
	for i := range 200 {
		wg.Go(func() {
			req := &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: fmt.Sprintf("org-%d", i%40), Jurisdiction: "DE",
				Roles: []comity.Role{comity.RoleRequester}}, Action: comity.ActionTransfer, RecordIDs: []string{"CN-1"}}
			if _, err := g.Read(ctx, req); comity.ErrorCode(err) != comity.EDENIED {
				t.Errorf("Read: %v", err)
			}
		})
	}
	wg.Wait()
	if n := comity.RequesterLocks(g); n != 0 {
		t.Errorf("the gate keeps %d requester locks after every decision ended, want 0", n)
	}
}

// safeLedger is a ledger that takes every entry, safe for concurrent use.
type safeLedger struct {
	mu sync.Mutex
	n  uint64
}

func (l *safeLedger) Commit(context.Context, *comity.Entry) (*comity.Receipt, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.n++
	return &comity.Receipt{Index: l.n - 1}, nil
}
