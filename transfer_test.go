package comity_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/sqlite"
)

// approveAll accepts any approval token "ok" and any refusal.
type approveAll struct{}

func (approveAll) VerifyApproval(*comity.Transfer, string) (time.Time, error) {
	return comity.Now().Add(time.Hour), nil
}
func (approveAll) VerifyRefusal(*comity.Transfer, string, []byte) error { return nil }

// failingLedger passes entries to a real log (or not) and then reports a
// failure, as a log whose answer is lost would.
type failingLedger struct {
	*ledger.Log
	append bool // whether the entry reaches the log before the failure
}

func (l failingLedger) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	if l.append {
		if _, err := l.Log.Commit(ctx, e); err != nil {
			return nil, err
		}
	}
	return nil, comity.Errorf(comity.EUNAVAILABLE, "the ledger did not answer")
}

// claimStack is a real store and a real log in a temporary directory,
// reopened by restart as a node restarts after a crash.
type claimStack struct {
	t        *testing.T
	dir, key string
	db       *sqlite.DB
	log      *ledger.Log
}

func newClaimStack(t *testing.T) *claimStack {
	skey, _, err := ledger.GenerateKey("test.example/log")
	if err != nil {
		t.Fatal(err)
	}
	s := &claimStack{t: t, dir: t.TempDir(), key: skey}
	s.open()
	t.Cleanup(s.close)
	return s
}

func (s *claimStack) open() {
	var err error
	if s.db, err = sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(s.dir, "node.db")}); err != nil {
		s.t.Fatal(err)
	}
	s.log, err = ledger.Open(context.Background(), ledger.Config{Dir: filepath.Join(s.dir, "log"), Key: s.key,
		SubjectKey: make([]byte, 32), MaxMergeDelay: 400 * time.Millisecond})
	if err != nil {
		s.t.Fatal(err)
	}
}

func (s *claimStack) close() {
	if s.log != nil {
		s.log.Close(context.Background())
		s.db.Close()
		s.log = nil
	}
}

func (s *claimStack) restart() { s.close(); s.open() }

func (s *claimStack) service(l comity.Ledger) *comity.TransferService {
	return &comity.TransferService{Node: "CN", NodeName: "cn-node", Store: s.db.Transfers(), Ledger: l, Authority: approveAll{}}
}

func (s *claimStack) pending() *comity.Transfer {
	now := comity.Now()
	t := &comity.Transfer{ID: comity.NewTransferID("CN"), State: comity.TransferPending, CreatedAt: now, UpdatedAt: now,
		Request: &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: "acme", Jurisdiction: "DE"},
			Action: comity.ActionBulkExport, RecordIDs: []string{"CN-1"}, Destination: "DE"}}
	if err := s.db.Transfers().CreateTransfer(context.Background(), t); err != nil {
		s.t.Fatal(err)
	}
	return t
}

var dpa = &comity.Principal{ID: "dpa", Organisation: "cn-dpa", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleDPA}}

// TestTransferClaimSettled covers a log that fails to answer: the case is
// decided exactly as logged, or pending again, never left claimed.
func TestTransferClaimSettled(t *testing.T) {
	ctx := context.Background()
	s := newClaimStack(t)
	for _, tc := range []struct {
		name   string
		logged bool
		want   comity.TransferState
	}{{"entry lost", false, comity.TransferPending}, {"entry logged, answer lost", true, comity.TransferApproved}} {
		t.Run(tc.name, func(t *testing.T) {
			tr := s.pending()
			_, err := s.service(failingLedger{s.log, tc.logged}).Approve(ctx, dpa, tr.ID, "ok")
			if comity.ErrorCode(err) != comity.EUNAVAILABLE {
				t.Fatalf("approve: %v, want unavailable", err)
			}
			got, _ := s.db.Transfers().GetTransfer(ctx, tr.ID)
			if got.State != tc.want {
				t.Fatalf("case is %s, want %s", got.State, tc.want)
			}
			if cs, _ := s.db.Transfers().ClaimedTransfers(ctx); len(cs) != 0 {
				t.Fatalf("%d claims left", len(cs))
			}
			// Pending again: the authority can decide it.
			_, err = s.service(s.log).Refuse(ctx, dpa, tr.ID, "grounds", nil)
			if tc.want == comity.TransferPending && err != nil || tc.want != comity.TransferPending && comity.ErrorCode(err) != comity.ECONFLICT {
				t.Fatalf("decision after the failure: %v", err)
			}
		})
	}
}

// TestTransferClaimRecovered leaves claims as a crash would, one whose
// entry reached the log and one whose entry did not, reopens store and log
// and recovers: the first is decided as logged, the second is pending.
func TestTransferClaimRecovered(t *testing.T) {
	ctx := context.Background()
	s := newClaimStack(t)
	logged, lost := s.pending(), s.pending()
	for _, tr := range []*comity.Transfer{logged, lost} {
		d := *tr
		d.Webhook = "https://requester.example/hook"
		d.State, d.Approval, d.Expires = comity.TransferApproved, "ok", comity.Now().Add(time.Hour)
		c, err := comity.ClaimFrom(ctx, s.log)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.db.Transfers().ClaimTransfer(ctx, &d, c); err != nil {
			t.Fatal(err)
		}
		if tr == logged {
			e := &comity.Entry{Kind: "case", Time: comity.Now(), Node: "cn-node", Outcome: comity.Allow,
				Detail: map[string]string{"case": tr.ID, "step": "approved", comity.ClaimDetail: c.Token}}
			if _, err := s.log.Commit(ctx, e); err != nil {
				t.Fatal(err)
			}
		}
	}
	s.restart()
	svc := s.service(s.log)
	var notified []string
	svc.Notify = func(_ context.Context, t *comity.Transfer) { notified = append(notified, t.ID+" "+string(t.State)) }
	decided, released, err := svc.Recover(ctx)
	if err != nil || decided != 1 || released != 1 {
		t.Fatalf("recover: %d decided, %d released, %v", decided, released, err)
	}
	if len(notified) != 1 || notified[0] != logged.ID+" approved" {
		t.Errorf("webhooks after recovery: %v, want the decided case's", notified)
	}
	if got, _ := s.db.Transfers().GetTransfer(ctx, logged.ID); got.State != comity.TransferApproved || got.Approval != "ok" {
		t.Errorf("logged claim: case is %s", got.State)
	}
	if got, _ := s.db.Transfers().GetTransfer(ctx, lost.ID); got.State != comity.TransferPending {
		t.Errorf("lost claim: case is %s", got.State)
	}
	if _, err := s.service(s.log).Approve(ctx, dpa, lost.ID, "ok"); err != nil {
		t.Errorf("the case whose claim was lost cannot be decided: %v", err)
	}
	if d, r, err := s.service(s.log).Recover(ctx); d+r != 0 || err != nil {
		t.Errorf("second recovery: %d, %d, %v", d, r, err)
	}
}
