package sqlite_test

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/storetest"
)

// TestGroupCommit creates records from many goroutines at once, half of
// them duplicates: each caller gets its own answer although they share
// commits, and everything acknowledged is stored.
func TestGroupCommit(t *testing.T) {
	db := open(t)
	ctx := context.Background()
	var created, conflicts atomic.Int64
	var wg sync.WaitGroup
	for i := range 400 {
		wg.Go(func() {
			err := db.Records().CreateRecord(ctx, storetest.NewRecord(i%200, "acme"))
			switch comity.ErrorCode(err) {
			case "":
				created.Add(1)
			case comity.ECONFLICT:
				conflicts.Add(1)
			default:
				t.Errorf("create %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	if created.Load() != 200 || conflicts.Load() != 200 {
		t.Fatalf("%d created, %d conflicts; want 200 and 200", created.Load(), conflicts.Load())
	}
	for i := range 200 {
		if _, err := db.Records().GetRecord(ctx, storetest.NewRecord(i, "acme").ID); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
}
