package node

import (
	"context"
	"sync"
)

// background owns the node's goroutines that outlive the request that
// started them: webhook deliveries, alarms logged from the log's and the
// witness's request paths, manifest fetches. Close stops them (their
// context is cancelled) and waits for them before it closes the log and
// the store they use; work handed over after that is not started.
type background struct {
	once   sync.Once
	ctx    context.Context
	cancel context.CancelFunc
	mu     sync.Mutex // orders go and stop: no wg.Add once stop began
	closed bool
	wg     sync.WaitGroup
}

func (b *background) init() {
	b.once.Do(func() { b.ctx, b.cancel = context.WithCancel(context.Background()) })
}

// goFunc runs fn in a goroutine that stop waits for, with a context that
// stop cancels. It reports whether fn was started.
func (b *background) goFunc(fn func(ctx context.Context)) bool {
	b.init()
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return false
	}
	b.wg.Go(func() { fn(b.ctx) })
	return true
}

// stop cancels the goroutines' context and waits for them to return.
func (b *background) stop() {
	b.init()
	b.mu.Lock()
	b.closed = true
	b.mu.Unlock()
	b.cancel()
	b.wg.Wait()
}
