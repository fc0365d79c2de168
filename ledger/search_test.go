package ledger_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
)

// TestClaimed finds a claim's entry across entry bundles, full and
// partial, and only at or after the index the claim was taken at.
func TestClaimed(t *testing.T) {
	ctx := context.Background()
	l := openTestLog(t, ledger.Config{})
	const n = 300 // more than one entry bundle of 256
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e := &comity.Entry{Kind: "case", Time: time.Now(), Node: "de", Detail: map[string]string{comity.ClaimDetail: fmt.Sprintf("token-%d", i)}}
			if _, err := l.Commit(ctx, e); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if size, err := l.Size(ctx); err != nil || size != n {
		t.Fatalf("size %d, %v; want %d", size, err, n)
	}
	for _, token := range []string{"token-0", "token-150", "token-299"} {
		if ok, err := l.Claimed(ctx, 0, token); !ok || err != nil {
			t.Errorf("Claimed(0, %s) = %v, %v", token, ok, err)
		}
	}
	// Every token is somewhere; from the last index on only one is left.
	found := 0
	for i := range n {
		if ok, _ := l.Claimed(ctx, n-1, fmt.Sprintf("token-%d", i)); ok {
			found++
		}
	}
	if found != 1 {
		t.Errorf("%d claims found from the last index, want 1", found)
	}
	if ok, err := l.Claimed(ctx, 0, "no-such-token"); ok || err != nil {
		t.Errorf("an unknown claim: %v, %v", ok, err)
	}
	if ok, err := l.Claimed(ctx, n+5, "token-1"); ok || err != nil {
		t.Errorf("beyond the log: %v, %v", ok, err)
	}
}
