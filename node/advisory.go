package node

import (
	"context"
	"encoding/json"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"github.com/comity-project/comity/advisory"
)

// advisoryPoll is how often the webhook outbox is checked for retries that
// came due; new notifications wake it at once.
const advisoryPoll = 500 * time.Millisecond

// openAdvisories builds the advisory service on the node's store and log,
// and logs any notification a crash left stored but unlogged.
func (n *Node) openAdvisories(ctx context.Context) (*advisory.Service, error) {
	overdue := promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_vulnerability_reports_overdue_total",
		Help: "Vendors' vulnerability reports to the home authority that came due unfiled (alarms logged)."})
	s := advisory.NewService(advisory.Config{Node: n.Config.Name, Store: n.DB.Advisories(), Ledger: n.Log,
		Webhooks: n.webhooks, AllowLocalWebhooks: n.Config.AllowLocalWebhooks, Logger: n.logger, MinBackoff: n.Config.Advisories.MinBackoff,
		Duties: n.reportingDuties, DutyStore: n.DB.Duties(), Search: n.Log, Now: n.Config.Advisories.Now,
		OnOverdue:      func(*advisory.Alarm) { overdue.Inc() },
		SupportPeriods: n.supportPeriods, RemedyWithin: n.remedyWithin})
	n.support.m = map[string]advisory.SupportPeriod{}
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
	// DutyCheck is how often vendors' reports to the home authority are
	// checked for a deadline passed unfiled (default 1m).
	DutyCheck time.Duration `yaml:"duty_check"`
	// Now is the clock for reporting deadlines (tests move it); nil is
	// the system clock.
	Now func() time.Time `yaml:"-"`
}

func (c AdvisoryConfig) dutyEvery() time.Duration {
	if c.DutyCheck <= 0 {
		return time.Minute
	}
	return c.DutyCheck
}

// reportingDuties reads the home state's rulebook for a vendor's duty to
// report vulnerabilities to its authority; a rulebook that states it wrongly
// is logged and read as no duty, so that it cannot stop the node.
func (n *Node) reportingDuties() advisory.Duties {
	rb := n.Rulebooks.Engine().Rulebook(n.Config.Jurisdiction)
	if rb == nil {
		return advisory.Duties{}
	}
	var scope string
	if raw, ok := rb.Bundle.Params[advisory.ParamReportScope]; ok {
		json.Unmarshal(raw, &scope)
	}
	d, err := advisory.ParseDuties(rb.Bundle.Params.Strings(advisory.ParamReports), scope)
	if err != nil {
		n.logger.Warn("home rulebook's reporting duties unreadable", "err", err)
		return advisory.Duties{}
	}
	return d
}

func (c AdvisoryConfig) followEvery() time.Duration {
	if c.Follow <= 0 {
		return 2 * time.Second
	}
	return c.Follow
}
