package demo_test

import (
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/comity-project/comity"
)

// TestSlicesAddUp reads CN personal records one at a time: the gate counts
// the people released to the requester across requests, so harvesting in
// small slices meets the same threshold as one bulk request.
func TestSlicesAddUp(t *testing.T) {
	f := startWithRulebooks(t, 40)
	ctx := context.Background()
	c := f.Client("DE", "requester")
	allowed, i, first := 0, 0, ""
	for i = 1; i <= 40; i++ {
		id := fmt.Sprintf("CN-CUST-%06d", i)
		rel, err := c.ReadRecord(ctx, id, "customer-service")
		if comity.ErrorCode(err) == comity.EPENDING {
			break
		}
		if comity.ErrorCode(err) == comity.EDENIED {
			continue // a sensitive record: not under the small-volume exemption
		}
		if err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		if rel.Decision.Outcome != comity.Allow {
			t.Fatalf("%s: %s", id, rel.Decision.Outcome)
		}
		if first == "" {
			first = id
		}
		allowed++
	}
	// The scaled CN rulebook exempts fewer than 10 people a year; the 10th
	// person needs a standard contract or certification on file.
	if allowed != 9 {
		t.Fatalf("%d single reads were exempt before the threshold (stopped at record %d), want 9", allowed, i)
	}
	// Reading someone already received does not count twice.
	if _, err := c.ReadRecord(ctx, first, "customer-service"); err != nil {
		t.Fatalf("re-reading %s, a person already received: %v", first, err)
	}
}

// TestParallelSlicesAddUp sends many single reads to CN's gate at once:
// counted one at a time, they cannot each slip under the threshold.
func TestParallelSlicesAddUp(t *testing.T) {
	f := startWithRulebooks(t, 40)
	ctx := context.Background()
	gate := f.Members["CN"].Node.Gate
	requester := &comity.Principal{ID: "de-node/requester", Organisation: "de-analytics", Jurisdiction: "DE",
		Roles: []comity.Role{comity.RoleRequester}, Via: "de-node"}
	var (
		mu      sync.Mutex
		allowed []string
		wg      sync.WaitGroup
		start   = make(chan struct{})
	)
	for i := 1; i <= 40; i++ {
		wg.Go(func() {
			id := fmt.Sprintf("CN-CUST-%06d", i)
			<-start
			_, err := gate.Read(ctx, &comity.AccessRequest{Requester: requester, RecordIDs: []string{id}, Purpose: "customer-service"})
			if err == nil {
				mu.Lock()
				allowed = append(allowed, id)
				mu.Unlock()
			}
		})
	}
	close(start)
	wg.Wait()
	if len(allowed) != 9 {
		t.Fatalf("%d parallel single reads were released (%v); the scaled exemption covers 9 people", len(allowed), allowed)
	}
}
