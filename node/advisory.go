package node

import (
	"context"
	"time"

	"github.com/comity-project/comity/advisory"
)

// advisoryPoll is how often the webhook outbox is checked for retries that
// came due; new notifications wake it at once.
const advisoryPoll = 500 * time.Millisecond

// openAdvisories builds the advisory service on the node's store and log,
// and logs any notification a crash left stored but unlogged.
func (n *Node) openAdvisories(ctx context.Context) (*advisory.Service, error) {
	s := advisory.NewService(advisory.Config{Node: n.Config.Name, Store: n.DB.Advisories(), Ledger: n.Log,
		Webhooks: n.webhooks, Logger: n.logger, MinBackoff: n.Config.Advisories.MinBackoff})
	if err := s.Recover(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

// AdvisoryConfig configures notification delivery.
type AdvisoryConfig struct {
	// MinBackoff is the wait after a webhook's first failed delivery,
	// doubling for each further failure up to 10 minutes (default 1s).
	MinBackoff time.Duration `yaml:"min_backoff"`
	// Follow is how often the other member nodes are asked for new
	// advisories (default 2s).
	Follow time.Duration `yaml:"follow"`
}

func (c AdvisoryConfig) followEvery() time.Duration {
	if c.Follow <= 0 {
		return 2 * time.Second
	}
	return c.Follow
}
