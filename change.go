package comity

import (
	"context"
	"fmt"
	"log/slog"
)

// Changes is how a node takes what it is told to change (rulebooks, the
// baseline, agreements, the federation manifest): verify, log, persist,
// take effect. The services of those nouns (rulebook.Service,
// federation.Agreements) share it, so that every change is logged the same
// way, accepted or refused.
type Changes struct {
	// Node names the node in the entries the services write.
	Node   string
	Ledger Ledger
	Logger *slog.Logger
	// Unlogged is called for each refusal the ledger would not take (the
	// node counts them: comity_unlogged_refusals_total); nil ignores it.
	Unlogged func()
}

// Commit is the middle of verify -> log -> persist -> take effect: it logs
// the accepted change, then persists it. If logging fails nothing is
// persisted and the change is refused; if persisting fails after logging,
// the log already shows an accepted change that never took effect, so that
// is logged too, and the change is refused. The caller takes effect only
// when Commit returns nil.
func (c *Changes) Commit(ctx context.Context, e *Entry, persist func() error) error {
	if _, err := c.Ledger.Commit(ctx, e); err != nil {
		return fmt.Errorf("%w (%w)", Errorf(EUNAVAILABLE, "the change cannot be logged, so it is not made"), err)
	}
	if err := persist(); err != nil {
		c.Logger.ErrorContext(ctx, "a logged change could not be kept and does not take effect", "kind", e.Kind, "err", err)
		na := *e
		na.Time, na.Outcome = Now(), Deny
		na.Detail = map[string]string{"not_applied": "true", "reason": "could not be kept: " + err.Error()}
		for k, v := range e.Detail {
			if _, ok := na.Detail[k]; !ok {
				na.Detail[k] = v
			}
		}
		c.Refuse(ctx, &na)
		return Errorf(EUNAVAILABLE, "the %s change is logged but could not be kept, so it does not take effect (the log says so too)", e.Kind)
	}
	return nil
}

// Refuse logs a refused attempt. A refusal that cannot be logged is not
// dropped silently: it is counted (Unlogged) and logged at error level.
func (c *Changes) Refuse(ctx context.Context, e *Entry) {
	if _, err := c.Ledger.Commit(ctx, e); err != nil {
		if c.Unlogged != nil {
			c.Unlogged()
		}
		c.Logger.ErrorContext(ctx, "a refused attempt could not be logged", "kind", e.Kind,
			"requester", Printable(e.Requester), "reason", e.Detail["reason"], "err", err)
	}
}
