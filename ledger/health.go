package ledger

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/comity-project/comity"
)

// A receipt promises that a checkpoint covering its entry is published
// within MaxMergeDelay. The log can keep that promise only while it can
// publish: while at least Quorum witnesses cosign its checkpoints, and
// while its disk takes the checkpoint file. So the log republishes its
// checkpoint every checkpoint interval even when nothing was appended
// (each publication is a fresh round of witnessing, which tells whether
// the quorum is still reachable), and health watches the publications.
//
// When no checkpoint has been published for longer than MaxMergeDelay the
// log is suspended: Commit refuses every entry with EUNAVAILABLE (so the
// gate, which releases only with a receipt, releases nothing) and Suspended
// says why, for readiness and metrics. Tessera keeps trying to publish; the
// first publication clears the suspension by itself.
//
// Receipts issued before the suspension stay valid: their entries are
// durable in the log and are covered by the first checkpoint published
// once the quorum returns, and Prove answers for them from then on. Those
// issued in the last MaxMergeDelay before the suspension are published
// late, by at most the outage; no receipt is issued during it.
type health struct {
	stamp func(context.Context) (string, error) // changes with every publication
	delay time.Duration

	mu        sync.Mutex
	mod       string    // the stamp when last seen
	fresh     time.Time // when a new publication was last seen (monotonic)
	suspended bool
	onChange  func(suspended bool)
	// failed is the disk failure that ended the log's promises for the
	// life of this process (see fail); dead is closed with it.
	failed error
	dead   chan struct{}
}

// fail suspends the log for good: its disk failed to make an append
// durable (EIO, as from a failed fsync). After a failed fsync the kernel
// may have dropped the dirty pages or marked them clean, so neither a
// retry nor a later fsync proves anything about what was written
// ("fsyncgate"); the only safe course is crash-only: stop promising, and
// let a restart rebuild the state from what is durable on disk.
func (h *health) fail(err error) {
	h.mu.Lock()
	if h.failed != nil {
		h.mu.Unlock()
		return
	}
	h.failed = err
	close(h.dead)
	was := h.suspended
	h.suspended = true
	h.mu.Unlock()
	if !was && h.onChange != nil {
		h.onChange(true)
	}
}

func newHealth(stamp func(context.Context) (string, error), delay time.Duration, onChange func(bool)) *health {
	h := &health{stamp: stamp, delay: delay, fresh: time.Now(), onChange: onChange, dead: make(chan struct{})}
	h.mod, _ = stamp(context.Background())
	return h
}

// fileStamp is the modification time of a POSIX log's checkpoint file,
// which Tessera rewrites at every publication.
func fileStamp(dir string) func(context.Context) (string, error) {
	path := filepath.Join(dir, "checkpoint")
	return func(context.Context) (string, error) {
		fi, err := os.Stat(path)
		if err != nil {
			return "", err
		}
		return fi.ModTime().String(), nil
	}
}

// watch checks for new publications every interval until ctx is done.
func (h *health) watch(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		h.check(ctx, time.Now())
	}
}

func (h *health) check(ctx context.Context, now time.Time) {
	ctx, cancel := context.WithTimeout(ctx, h.delay)
	stamp, err := h.stamp(ctx)
	cancel()
	h.mu.Lock()
	if err == nil && stamp != h.mod {
		h.mod, h.fresh = stamp, now
	}
	was := h.suspended
	h.suspended = now.Sub(h.fresh) > h.delay || h.failed != nil
	changed, suspended := was != h.suspended, h.suspended
	h.mu.Unlock()
	if changed && h.onChange != nil {
		h.onChange(suspended)
	}
}

// err is nil while the log can keep its receipts' promise, and otherwise
// the EUNAVAILABLE error Commit refuses with.
func (h *health) err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.suspended {
		return nil
	}
	if h.failed != nil {
		return comity.Errorf(comity.EUNAVAILABLE,
			"the ledger's disk failed to make an entry durable (%v): after a failed fsync nothing written since can be trusted, so no receipts are issued and nothing is released until the node restarts", h.failed)
	}
	return comity.Errorf(comity.EUNAVAILABLE,
		"the ledger has published no checkpoint for %s, more than its max merge delay of %s (too few witnesses reachable, or its disk refuses writes): no receipts are issued and nothing is released until it publishes again",
		time.Since(h.fresh).Round(time.Second), h.delay)
}

// Suspended is nil while the log issues receipts. Otherwise it is the
// EUNAVAILABLE error that Commit refuses entries with: the log has not
// published a checkpoint (witnessed by its quorum, if it has witnesses)
// for longer than its max merge delay, so it cannot promise to publish new
// entries in time. It clears by itself at the next publication.
func (l *Log) Suspended() error { return l.health.err() }

// Failed is closed when the log's disk failed to make an append durable
// (an I/O error, as from a failed fsync): the log is suspended for the
// life of the process, and the node should exit and be restarted, which
// recovers from what is durable on disk (crash-only).
func (l *Log) Failed() <-chan struct{} { return l.health.dead }

type evenIfSuspendedKey struct{}

// EvenIfSuspended marks ctx so that Commit takes the entry while the log
// is suspended. It is for entries that change the log's own witness policy
// (a new federation manifest): when the witnesses the log lost are gone
// for good, only the new policy can end the suspension, and its entry
// must be logged first. Such a receipt is published as soon as the log
// publishes again, possibly later than MaxMergeDelay. Never for releases.
func EvenIfSuspended(ctx context.Context) context.Context {
	return context.WithValue(ctx, evenIfSuspendedKey{}, true)
}
