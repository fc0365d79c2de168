package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"sync"
)

// groupCommit runs concurrent small writes in shared transactions, so that
// many callers pay for one commit (and, with synchronous=full, one fsync).
// Each caller's function runs inside its own SAVEPOINT: its error rolls
// back only its own changes. A caller returns only after the transaction
// holding its changes has committed, so durability is as with inTx.
type groupCommit struct {
	db      *DB
	mu      sync.Mutex
	pending []*groupJob
	running bool
}

type groupJob struct {
	ctx  context.Context
	fn   func(*sql.Tx) error
	err  error
	done chan struct{}
}

// inGroupTx is inTx for small writes from many concurrent callers.
func (db *DB) inGroupTx(ctx context.Context, fn func(*sql.Tx) error) error {
	j := &groupJob{ctx: ctx, fn: fn, done: make(chan struct{})}
	g := &db.group
	g.mu.Lock()
	g.pending = append(g.pending, j)
	lead := !g.running
	g.running = true
	g.mu.Unlock()
	if lead {
		// The first caller commits batches until none is waiting; callers
		// arriving meanwhile join the next batch.
		g.db = db
		for {
			g.mu.Lock()
			batch := g.pending
			g.pending = nil
			if len(batch) == 0 {
				g.running = false
				g.mu.Unlock()
				break
			}
			g.mu.Unlock()
			g.commit(batch)
		}
	}
	<-j.done
	return db.unavailable(j.err)
}

func (g *groupCommit) commit(batch []*groupJob) {
	finish := func(err error) {
		for _, j := range batch {
			if j.err == nil {
				j.err = err
			}
			close(j.done)
		}
	}
	tx, err := g.db.write.BeginTx(context.Background(), nil)
	if err != nil {
		finish(fmt.Errorf("begin: %w", err))
		return
	}
	defer tx.Rollback()
	for _, j := range batch {
		if err := j.ctx.Err(); err != nil {
			j.err = err
			continue
		}
		if _, err := tx.Exec(`SAVEPOINT g`); err != nil {
			finish(err)
			return
		}
		if j.err = j.fn(tx); j.err != nil {
			if _, err := tx.Exec(`ROLLBACK TO g`); err != nil {
				finish(err)
				return
			}
		}
		if _, err := tx.Exec(`RELEASE g`); err != nil {
			finish(err)
			return
		}
	}
	if err := tx.Commit(); err != nil {
		for _, j := range batch {
			j.err = fmt.Errorf("commit: %w", err)
		}
		finish(nil)
		return
	}
	finish(nil)
}
