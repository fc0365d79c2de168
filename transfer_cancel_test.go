package comity_test

import (
	"context"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
)

// cancellingLedger logs to a real log and then cancels the caller's
// context, as a client that goes away while its decision is logged does.
type cancellingLedger struct {
	*ledger.Log
	cancel context.CancelFunc
}

func (l cancellingLedger) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	r, err := l.Log.Commit(ctx, e)
	l.cancel()
	return r, err
}

// TestTransferDecidedWhenTheCallerGoes: a decision whose entry is logged is
// stored even if the caller's context is cancelled between the log and
// the store: no claim is left until a restart.
func TestTransferDecidedWhenTheCallerGoes(t *testing.T) {
	s := newClaimStack(t)
	tr := s.pending()
	ctx, cancel := context.WithCancel(context.Background())
	_, err := s.service(cancellingLedger{s.log, cancel}).Approve(ctx, dpa, tr.ID, "ok")
	if cs, _ := s.db.Transfers().ClaimedTransfers(context.Background()); len(cs) != 0 {
		t.Fatalf("the caller went after the decision was logged (%v): %d claims left until a restart", err, len(cs))
	}
	if got, _ := s.db.Transfers().GetTransfer(context.Background(), tr.ID); got.State != comity.TransferApproved {
		t.Fatalf("the logged decision is stored as %s, want approved", got.State)
	}
}
