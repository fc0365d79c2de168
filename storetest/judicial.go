package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

// testCases covers judicial cases and orders: creation, optimistic
// updates, lists, and orders executed once.
func testCases(t *testing.T, stores Stores) {
	ctx := context.Background()
	s := stores.Judicial
	c := &judicial.Case{ID: "US-CN-ABCDEFGH2345", Requesting: "US", Holding: "CN", Agency: "us-fbi", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Urgency: judicial.Standard, State: judicial.Draft, Updated: time.Now().UTC(),
		Scope: judicial.Scope{RecordIDs: []string{"CN-1"}}}
	if err := s.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := s.CreateCase(ctx, c); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Fatalf("duplicate: %v", err)
	}
	if _, err := s.GetCase(ctx, "US-CN-NONE0000"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Fatalf("missing: %v", err)
	}

	t.Run("optimistic updates", func(t *testing.T) {
		a, _ := s.GetCase(ctx, c.ID)
		b, _ := s.GetCase(ctx, c.ID)
		a.State = judicial.Submitted
		if err := s.UpdateCase(ctx, a); err != nil || a.Version != 2 {
			t.Fatalf("first update: %v, version %d", err, a.Version)
		}
		b.State = judicial.Closed
		if err := s.UpdateCase(ctx, b); comity.ErrorCode(err) != comity.ECONFLICT || b.Version != 1 {
			t.Fatalf("stale update: %v, version %d", err, b.Version)
		}
		got, _ := s.GetCase(ctx, c.ID)
		if got.State != judicial.Submitted {
			t.Fatalf("state %s", got.State)
		}
		cs, err := s.ListCases(ctx, judicial.Filter{State: judicial.Submitted, Agency: "us-fbi"})
		if err != nil || len(cs) != 1 {
			t.Fatalf("list: %v %v", cs, err)
		}
		if cs, _ := s.ListCases(ctx, judicial.Filter{State: judicial.Draft}); len(cs) != 0 {
			t.Fatalf("list drafts: %v", cs)
		}
	})

	t.Run("an order is claimed once", func(t *testing.T) {
		if err := s.PutOrder(ctx, c.ID, "d1", time.Now().Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		if err := s.PutOrder(ctx, c.ID, "d1", time.Now().Add(time.Hour)); err != nil {
			t.Fatalf("the same order again: %v", err)
		}
		if err := s.ClaimOrder(ctx, c.ID, "d2", time.Now()); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Fatalf("claim of an order not issued: %v", err)
		}
		var wg sync.WaitGroup
		var mu sync.Mutex
		won := 0
		for range 16 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				err := s.ClaimOrder(ctx, c.ID, "d1", time.Now())
				mu.Lock()
				defer mu.Unlock()
				switch comity.ErrorCode(err) {
				case "":
					won++
				case comity.ECONFLICT:
				default:
					t.Errorf("claim: %v", err)
				}
			}()
		}
		wg.Wait()
		if won != 1 {
			t.Fatalf("%d claims won", won)
		}
		if err := s.UnclaimOrder(ctx, c.ID, "d1"); err != nil {
			t.Fatal(err)
		}
		if err := s.ClaimOrder(ctx, c.ID, "d1", time.Now()); err != nil {
			t.Fatalf("claim after unclaim: %v", err)
		}
	})
}
