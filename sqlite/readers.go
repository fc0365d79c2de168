package sqlite

import (
	"context"
	"sync"
)

// SQLite compiled to Go (modernc) runs its statements in deep frames: a
// point read on a fresh goroutine (net/http's HTTP/2 server starts one per
// request) grew that goroutine's stack several times over, and copying it
// cost more CPU than the read itself (measured: a sixth of a gated read's
// store time). Point reads therefore run on a few long-lived goroutines,
// one per read connection, whose stacks stay grown between reads.

// readerPool runs functions on long-lived goroutines.
type readerPool struct {
	once sync.Once
	n    int // goroutines
	jobs chan func()
	stop chan struct{}
	wg   sync.WaitGroup
}

func (p *readerPool) start(n int) {
	p.n, p.jobs, p.stop = n, make(chan func()), make(chan struct{})
	p.wg.Add(n)
	for range n {
		go func() {
			defer p.wg.Done()
			for {
				select {
				case fn := <-p.jobs:
					fn()
				case <-p.stop:
					return
				}
			}
		}()
	}
}

// run calls fn on one of the pool's goroutines and returns when it has
// returned; with no pool (closed, or never started) it calls fn here, as
// it does when ctx ends while all the pool's goroutines are busy (fn then
// fails at once on ctx, as database/sql's wait for a connection would).
// Waiting for a free goroutine is waiting for a read connection, which fn
// would otherwise do in database/sql's pool.
func (p *readerPool) run(ctx context.Context, fn func()) {
	if p.jobs == nil {
		fn()
		return
	}
	done := make(chan struct{})
	select {
	case p.jobs <- func() { defer close(done); fn() }:
		<-done
	case <-p.stop:
		fn()
	case <-ctx.Done():
		fn()
	}
}

func (p *readerPool) close() {
	if p.stop != nil {
		p.once.Do(func() { close(p.stop) })
		p.wg.Wait()
	}
}
