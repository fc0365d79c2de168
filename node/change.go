package node

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// What a node is told to change (rulebooks, the baseline, agreements) goes
// one way: verify, log, persist, take effect. commitChange is the middle:
// it logs the accepted change, then persists it. If logging fails nothing
// is persisted and the change is refused; if persisting fails after
// logging, the log already shows an accepted change that never took
// effect, so that is logged too, and the change is refused. The caller
// takes effect only when commitChange returns nil.
func (n *Node) commitChange(ctx context.Context, e *comity.Entry, persist func() error) error {
	if _, err := n.Log.Commit(ctx, e); err != nil {
		return fmt.Errorf("%w (%w)", comity.Errorf(comity.EUNAVAILABLE, "the change cannot be logged, so it is not made"), err)
	}
	if err := persist(); err != nil {
		n.logger.ErrorContext(ctx, "a logged change could not be kept and does not take effect", "kind", e.Kind, "err", err)
		na := *e
		na.Time, na.Outcome = comity.Now(), comity.Deny
		na.Detail = map[string]string{"not_applied": "true", "reason": "could not be kept: " + err.Error()}
		for k, v := range e.Detail {
			if _, ok := na.Detail[k]; !ok {
				na.Detail[k] = v
			}
		}
		n.logRefusal(ctx, &na)
		return comity.Errorf(comity.EUNAVAILABLE, "the %s change is logged but could not be kept, so it does not take effect (the log says so too)", e.Kind)
	}
	return nil
}

// logRefusal logs a refused attempt. A refusal that cannot be logged is
// not dropped silently: it is counted (comity_unlogged_refusals_total) and
// logged at error level.
func (n *Node) logRefusal(ctx context.Context, e *comity.Entry) {
	if _, err := n.Log.Commit(ctx, e); err != nil {
		n.unlogged.Inc()
		n.logger.ErrorContext(ctx, "a refused attempt could not be logged", "kind", e.Kind,
			"requester", comity.Printable(e.Requester), "reason", e.Detail["reason"], "err", err)
	}
}

// writeFileAtomic replaces path with data durably (durable.WriteFile), in
// a directory it creates if need be: a crash leaves the old file or the new
// one, never half of either, and a change once kept survives power loss.
func writeFileAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return durable.WriteFile(path, data, 0o644)
}
