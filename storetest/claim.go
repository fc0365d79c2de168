package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

// The claim contract (see comity.Claim): a decision is claimed in the
// store, logged, then committed; of racing claims, through one handle or
// several (as several processes would hold), exactly one wins, and a claim
// outlives the handle that took it until it is committed or released.

func newTransfer(n int) *comity.Transfer {
	now := time.Now().UTC()
	return &comity.Transfer{ID: fmt.Sprintf("CN-T-%024d", n), State: comity.TransferPending,
		Request: &comity.AccessRequest{Requester: &comity.Principal{ID: "r", Organisation: "acme", Jurisdiction: "DE"},
			Action: comity.ActionBulkExport, RecordIDs: []string{"CN-1", "CN-2"}, Destination: "DE"},
		CreatedAt: now, UpdatedAt: now}
}

// decided returns t as a decision leaves it: approved or refused.
func decided(t *comity.Transfer, approve bool) *comity.Transfer {
	d := *t
	d.UpdatedAt = time.Now().UTC()
	if approve {
		d.State, d.Approval, d.Expires = comity.TransferApproved, "token", d.UpdatedAt.Add(time.Hour).Truncate(time.Second)
	} else {
		d.State, d.Grounds = comity.TransferRefused, "no adequate protection"
	}
	return &d
}

func testTransferClaims(t *testing.T, s, other Stores) {
	ctx := context.Background()
	tr := newTransfer(1)
	if err := s.Transfers.CreateTransfer(ctx, tr); err != nil {
		t.Fatal(err)
	}
	if err := s.Transfers.ClaimTransfer(ctx, decided(newTransfer(99), true), comity.NewClaim(0)); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("claim of an unknown case: %v, want not found", err)
	}

	t.Run("released claim leaves the case pending", func(t *testing.T) {
		c := comity.NewClaim(7)
		if err := s.Transfers.ClaimTransfer(ctx, decided(tr, false), c); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Transfers.GetTransfer(ctx, tr.ID); err != nil || got.State != comity.TransferPending {
			t.Fatalf("claimed case reads as %v, %v; want pending", got, err)
		}
		cs, err := other.Transfers.ClaimedTransfers(ctx)
		if err != nil || len(cs) != 1 || cs[0].Claim.Token != c.Token || cs[0].Claim.From != 7 || cs[0].Transfer.State != comity.TransferRefused {
			t.Fatalf("claimed through another handle: %+v, %v", cs, err)
		}
		if err := s.Transfers.ReleaseTransfer(ctx, tr.ID, "not-the-token"); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("release with another token: %v, want conflict", err)
		}
		if _, err := s.Transfers.DecideTransfer(ctx, tr.ID, "not-the-token"); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("decide with another token: %v, want conflict", err)
		}
		if err := other.Transfers.ReleaseTransfer(ctx, tr.ID, c.Token); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Transfers.DecideTransfer(ctx, tr.ID, c.Token); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("decide after release: %v, want conflict", err)
		}
		if cs, _ := s.Transfers.ClaimedTransfers(ctx); len(cs) != 0 {
			t.Errorf("%d claims after release", len(cs))
		}
	})

	t.Run("racing decisions: one claim wins", func(t *testing.T) {
		const racers = 16
		var (
			wg     sync.WaitGroup
			mu     sync.Mutex
			winner comity.Claim
			wins   int
			want   *comity.Transfer
		)
		for i := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				store := s
				if i%2 == 1 {
					store = other
				}
				d, c := decided(tr, i%4 < 2), comity.NewClaim(0)
				err := store.Transfers.ClaimTransfer(ctx, d, c)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					wins++
					winner, want = c, d
				case comity.ErrorCode(err) != comity.ECONFLICT:
					t.Errorf("claim: %v", err)
				case !strings.Contains(comity.ErrorMessage(err), "being decided"):
					t.Errorf("a lost claim says %q, not that the case is being decided", comity.ErrorMessage(err))
				}
			}()
		}
		wg.Wait()
		if wins != 1 {
			t.Fatalf("%d of %d claims won", wins, racers)
		}
		got, err := other.Transfers.DecideTransfer(ctx, tr.ID, winner.Token)
		if err != nil {
			t.Fatal(err)
		}
		stored, err := s.Transfers.GetTransfer(ctx, tr.ID)
		if err != nil || stored.State != want.State || got.State != want.State || stored.Grounds != want.Grounds || stored.Approval != want.Approval {
			t.Fatalf("stored %+v (%v), returned %+v; want the claimed decision %s", stored, err, got, want.State)
		}
		if list, _ := s.Transfers.ListTransfers(ctx, want.State, 10); len(list) != 1 {
			t.Errorf("list %s: %d cases", want.State, len(list))
		}
		err = s.Transfers.ClaimTransfer(ctx, decided(tr, true), comity.NewClaim(0))
		if comity.ErrorCode(err) != comity.ECONFLICT || !strings.Contains(comity.ErrorMessage(err), "already "+string(want.State)) {
			t.Errorf("claim on a decided case: %v, want conflict saying it is already %s", err, want.State)
		}
		if _, err := s.Transfers.DecideTransfer(ctx, tr.ID, winner.Token); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("second commit of one claim: %v, want conflict", err)
		}
	})
}

func newCase(id string, version int64) *judicial.Case {
	return &judicial.Case{ID: id, Requesting: "US", Holding: "CN", Agency: "us-fbi", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Urgency: judicial.Standard, State: judicial.Received,
		Updated: time.Now().UTC(), Scope: judicial.Scope{RecordIDs: []string{"CN-1"}}, Version: version}
}

func testCaseClaims(t *testing.T, s, other Stores) {
	ctx := context.Background()
	const id = "US-CN-CLAIMED2345"

	t.Run("a case claimed into existence", func(t *testing.T) {
		c := comity.NewClaim(3)
		if err := s.Judicial.ClaimCase(ctx, newCase(id, 0), c); err != nil {
			t.Fatal(err)
		}
		if err := other.Judicial.ClaimCase(ctx, newCase(id, 0), comity.NewClaim(3)); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("second claim of a new case: %v, want conflict", err)
		}
		if _, err := s.Judicial.GetCase(ctx, id); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Errorf("a case claimed into existence reads as %v, want not found", err)
		}
		if cs, _ := s.Judicial.ListCases(ctx, judicial.Filter{}); len(cs) != 0 {
			t.Errorf("list shows %d uncommitted cases", len(cs))
		}
		if err := s.Judicial.UpdateCase(ctx, newCase(id, 0)); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Errorf("update of an uncommitted case: %v, want not found", err)
		}
		if err := other.Judicial.ReleaseCase(ctx, id, c.Token); err != nil {
			t.Fatal(err)
		}
		if cs, _ := s.Judicial.ClaimedCases(ctx); len(cs) != 0 {
			t.Errorf("%d claims after release", len(cs))
		}
		c = comity.NewClaim(4)
		if err := s.Judicial.ClaimCase(ctx, newCase(id, 0), c); err != nil {
			t.Fatalf("claim after release: %v", err)
		}
		cs, err := other.Judicial.ClaimedCases(ctx)
		if err != nil || len(cs) != 1 || cs[0].Claim != c || cs[0].Case.ID != id || cs[0].Case.Version != 1 {
			t.Fatalf("claimed: %+v, %v", cs, err)
		}
		got, err := other.Judicial.CommitCase(ctx, id, c.Token)
		if err != nil || got.Version != 1 || got.State != judicial.Received {
			t.Fatalf("commit: %+v, %v", got, err)
		}
		if got, err := s.Judicial.GetCase(ctx, id); err != nil || got.Version != 1 {
			t.Fatalf("get after commit: %+v, %v", got, err)
		}
	})

	t.Run("racing steps: one claim wins", func(t *testing.T) {
		const racers = 16
		var (
			wg     sync.WaitGroup
			mu     sync.Mutex
			winner comity.Claim
			wins   int
			want   judicial.State
		)
		for i := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				store := s
				if i%2 == 1 {
					store = other
				}
				next := newCase(id, 1)
				next.State = judicial.Granted
				if i%4 < 2 {
					next.State = judicial.Refused
				}
				c := comity.NewClaim(0)
				err := store.Judicial.ClaimCase(ctx, next, c)
				mu.Lock()
				defer mu.Unlock()
				switch {
				case err == nil:
					wins++
					winner, want = c, next.State
				case comity.ErrorCode(err) != comity.ECONFLICT:
					t.Errorf("claim: %v", err)
				}
			}()
		}
		wg.Wait()
		if wins != 1 {
			t.Fatalf("%d of %d claims won", wins, racers)
		}
		if got, _ := s.Judicial.GetCase(ctx, id); got.State != judicial.Received || got.Version != 1 {
			t.Errorf("claimed case reads as %s v%d, want received v1 until committed", got.State, got.Version)
		}
		stale, _ := s.Judicial.GetCase(ctx, id)
		stale.Alarmed = true
		if err := other.Judicial.UpdateCase(ctx, stale); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("update of a claimed case: %v, want conflict", err)
		}
		got, err := s.Judicial.CommitCase(ctx, id, winner.Token)
		if err != nil || got.State != want || got.Version != 2 {
			t.Fatalf("commit: %+v, %v; want %s v2", got, err, want)
		}
		if got, _ := other.Judicial.GetCase(ctx, id); got.State != want || got.Version != 2 || got.Alarmed {
			t.Errorf("stored %s v%d alarmed=%t, want %s v2", got.State, got.Version, got.Alarmed, want)
		}
		if err := s.Judicial.ClaimCase(ctx, newCase(id, 1), comity.NewClaim(0)); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("claim at a stale version: %v, want conflict", err)
		}
		if _, err := s.Judicial.CommitCase(ctx, id, winner.Token); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Errorf("second commit of one claim: %v, want conflict", err)
		}
		if err := s.Judicial.ClaimCase(ctx, newCase("US-CN-NOSUCHCASE", 1), comity.NewClaim(0)); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Errorf("claim of an unknown case: %v, want not found", err)
		}
	})

	t.Run("an order is replaced until executed", func(t *testing.T) {
		exp := time.Now().Add(time.Hour)
		if err := s.Judicial.PutOrder(ctx, id, "d1", exp); err != nil {
			t.Fatal(err)
		}
		// A grant claimed and released left d1; the next grant's order
		// replaces it.
		if err := s.Judicial.PutOrder(ctx, id, "d2", exp); err != nil {
			t.Fatal(err)
		}
		if err := s.Judicial.ClaimOrder(ctx, id, "d1", time.Now()); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Fatalf("claim of a replaced order: %v, want not found", err)
		}
		if err := other.Judicial.ClaimOrder(ctx, id, "d2", time.Now()); err != nil {
			t.Fatal(err)
		}
		if err := s.Judicial.PutOrder(ctx, id, "d3", exp); comity.ErrorCode(err) != comity.ECONFLICT {
			t.Fatalf("replacing an executed order: %v, want conflict", err)
		}
	})
}
