package release

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"time"
)

// watchInterval is how often waiting publications look at the published
// checkpoint: a small fraction of the merge delay.
const watchInterval = 20 * time.Millisecond

// watcher lets many publications wait for the published checkpoint to
// cover their entries with one reader polling for all of them, rather than
// each building proofs until one succeeds.
type watcher struct {
	read func(ctx context.Context) ([]byte, error)

	mu      sync.Mutex
	size    uint64        // size of the latest published checkpoint seen
	tick    chan struct{} // closed at each poll
	waiters int
}

func newWatcher(read func(ctx context.Context) ([]byte, error)) *watcher {
	return &watcher{read: read, tick: make(chan struct{})}
}

// wait returns once a published checkpoint covers index, or ctx is done.
func (w *watcher) wait(ctx context.Context, index uint64) error {
	w.mu.Lock()
	w.waiters++
	if w.waiters == 1 {
		go w.poll()
	}
	defer func() { w.mu.Lock(); w.waiters--; w.mu.Unlock() }()
	for {
		if w.size > index {
			w.mu.Unlock()
			return nil
		}
		tick := w.tick
		w.mu.Unlock()
		select {
		case <-tick:
		case <-ctx.Done():
			return ctx.Err()
		}
		w.mu.Lock()
	}
}

// poll reads the checkpoint until nobody waits. The checkpoint is the
// node's own, read from its disk: its size is all that is needed here
// (bundles carry the checkpoint, which verifiers check).
func (w *watcher) poll() {
	for {
		if b, err := w.read(context.Background()); err == nil {
			if lines := strings.SplitN(string(b), "\n", 3); len(lines) == 3 {
				if n, err := strconv.ParseUint(lines[1], 10, 64); err == nil {
					w.mu.Lock()
					w.size = max(w.size, n)
					w.mu.Unlock()
				}
			}
		}
		w.mu.Lock()
		close(w.tick)
		w.tick = make(chan struct{})
		done := w.waiters == 0
		w.mu.Unlock()
		if done {
			return
		}
		time.Sleep(watchInterval)
	}
}
