package sqlite

import (
	"context"
	"errors"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// TestPointReadsKeepTheirContext: a point read that finds every reader
// goroutine busy gives up when its context ends, as a wait for a
// connection would, and reads go on after the goroutines are free and
// after Close (which then fail, and do not hang).
func TestPointReadsKeepTheirContext(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, Config{Path: filepath.Join(t.TempDir(), "node.db")})
	if err != nil {
		t.Fatal(err)
	}
	block := make(chan struct{})
	var busy, done sync.WaitGroup
	for range db.reads.n {
		busy.Add(1)
		done.Add(1)
		go db.reads.run(ctx, func() { busy.Done(); <-block; done.Done() })
	}
	busy.Wait()
	short, cancel := context.WithTimeout(ctx, 50*time.Millisecond)
	defer cancel()
	read := make(chan error, 1)
	go func() { _, err := db.Records().GetRecord(short, "CN-1"); read <- err }()
	select {
	case err := <-read:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("read with every reader busy = %v, want its context's deadline", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("read with every reader busy still waiting 5s after its deadline")
	}
	close(block)
	done.Wait()
	if _, err := db.Records().GetRecord(ctx, "CN-1"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("read of a missing record = %v, want not found", err)
	}
	db.Close()
	if _, err := db.Records().GetRecord(ctx, "CN-1"); err == nil {
		t.Error("read after Close succeeded")
	}
}
