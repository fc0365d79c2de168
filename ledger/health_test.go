package ledger_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
)

// switchable serves h until it is switched off, and then drops every
// connection, as an unreachable witness would.
type switchable struct {
	h   http.Handler
	off atomic.Bool
}

func (s *switchable) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if s.off.Load() {
		if c, _, err := http.NewResponseController(w).Hijack(); err == nil {
			c.Close()
		}
		return
	}
	s.h.ServeHTTP(w, r)
}

// TestSuspendWithoutQuorum loses two of a 2-of-2 log's witnesses: after
// the max merge delay the log refuses entries with EUNAVAILABLE, resumes by
// itself when they return, and every receipt it issued, including those
// issued just before the loss and one marked EvenIfSuspended, is then
// proved against a checkpoint cosigned by the quorum.
func TestSuspendWithoutQuorum(t *testing.T) {
	skey, vkey, _ := ledger.GenerateKey("comity.test/de")
	logV, _ := note.NewVerifier(vkey)
	var (
		clients   []witness.Client
		verifiers []note.Verifier
		switches  []*switchable
	)
	for i := range 2 {
		wskey, wvkey, _ := witness.GenerateKey("witness.test/" + string(rune('a'+i)))
		w, err := witness.New(context.Background(), witness.Config{Dir: t.TempDir(), Key: wskey, Logs: map[string]note.Verifier{"comity.test/de": logV}})
		if err != nil {
			t.Fatal(err)
		}
		sw := &switchable{h: w.Handler()}
		srv := httptest.NewServer(sw)
		t.Cleanup(srv.Close)
		c, err := witness.NewClient(srv.URL, wvkey)
		if err != nil {
			t.Fatal(err)
		}
		clients, verifiers, switches = append(clients, c), append(verifiers, c.Verifier), append(switches, sw)
	}
	var changes atomic.Int32
	const delay = 400 * time.Millisecond
	l := openTestLog(t, ledger.Config{Key: skey, Witnesses: clients, Quorum: 2, MaxMergeDelay: delay,
		WitnessTimeout: 100 * time.Millisecond, OnSuspend: func(bool) { changes.Add(1) }})
	var receipts []*comity.Receipt
	commit := func(i int) error {
		r, err := l.Commit(context.Background(), decision(i))
		if err == nil {
			receipts = append(receipts, r)
		}
		return err
	}
	for i := range 5 {
		if err := commit(i); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, 5)
	// Idle for several merge delays: republishing keeps the log live.
	time.Sleep(3 * delay)
	if err := l.Suspended(); err != nil {
		t.Fatalf("an idle log with its witnesses up is suspended: %v", err)
	}

	switches[1].off.Store(true)
	// Receipts issued in the merge delay before the loss is noticed are
	// promised; they are published once the quorum returns.
	if err := commit(5); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 5*delay, "the log to suspend", func() bool { return l.Suspended() != nil })
	if err := commit(6); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("commit while suspended: %v, want EUNAVAILABLE", err)
	}
	// A change of witness policy is logged even so; it is published late.
	r, err := l.Commit(ledger.EvenIfSuspended(context.Background()), decision(8))
	if err != nil {
		t.Fatalf("commit marked EvenIfSuspended: %v", err)
	}
	receipts = append(receipts, r)

	switches[1].off.Store(false)
	waitFor(t, 10*delay, "the log to resume", func() bool { return l.Suspended() == nil })
	if err := commit(7); err != nil {
		t.Fatalf("commit after the quorum returned: %v", err)
	}
	if n := changes.Load(); n != 2 {
		t.Fatalf("OnSuspend heard %d changes, want 2", n)
	}
	l.waitPublished(t, uint64(len(receipts)))
	for _, r := range receipts {
		if _, err := audit.CheckReceipt(context.Background(), audit.ReceiptConfig{URL: l.url, Verifier: logV,
			Witnesses: verifiers, Quorum: 2, MaxMergeDelay: delay}, r); err != nil {
			t.Fatalf("receipt %d: %v", r.Index, err)
		}
	}
	if _, err := audit.Verify(context.Background(), audit.Config{URL: l.url, Verifier: logV, Witnesses: verifiers, Quorum: 2}); err != nil {
		t.Fatal(err)
	}
}

func waitFor(t *testing.T, d time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", d, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
