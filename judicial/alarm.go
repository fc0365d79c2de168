package judicial

import (
	"context"
	"time"

	"github.com/comity-project/comity"
)

// CheckDeadlines returns the cases whose answer is overdue at now. For
// each case this node holds that became overdue since the last check, it
// raises one alarm: an "overdue" entry on the ledger, a warning in the
// node's log and Config.OnAlarm.
func (s *Service) CheckDeadlines(ctx context.Context, now time.Time) ([]*Case, error) {
	var out []*Case
	for _, st := range []State{Received, UnderReview} {
		cs, err := s.cfg.Store.ListCases(ctx, Filter{State: st})
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if !Overdue(c, now) {
				continue
			}
			if c.Holding == s.cfg.Node && !c.Alarmed {
				if err := s.alarm(ctx, c, now); err != nil {
					return nil, err
				}
			}
			out = append(out, c)
		}
	}
	return out, nil
}

func (s *Service) alarm(ctx context.Context, c *Case, now time.Time) error {
	late := now.Sub(c.Due).Round(time.Second)
	e := s.entry(c, EventOverdue, s.self(), "", map[string]string{"due": c.Due.Format(time.RFC3339), "late": late.String()})
	c.Alarmed = true
	c, err := s.commit(ctx, c, e, nil)
	if comity.ErrorCode(err) == comity.ECONFLICT {
		return nil // moved meanwhile; the next check sees the new state
	} else if err != nil {
		return err
	}
	s.cfg.Logger.WarnContext(ctx, "judicial: answer overdue", "case", c.ID, "requesting", c.Requesting, "due", c.Due, "late", late)
	if s.cfg.OnAlarm != nil {
		s.cfg.OnAlarm(ctx, c)
	}
	s.push(ctx, c)
	return nil
}

// Run checks deadlines every interval (default one minute) until ctx is
// done.
func (s *Service) Run(ctx context.Context, interval time.Duration) {
	if interval <= 0 {
		interval = time.Minute
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if _, err := s.CheckDeadlines(ctx, s.now()); err != nil {
				s.cfg.Logger.ErrorContext(ctx, "judicial: deadline check", "err", err)
			}
		}
	}
}
