package judicial

import (
	"time"
)

// Deadlines are the time the holding state has to answer a request.
type Deadlines struct {
	Emergency time.Duration `json:"emergency" yaml:"emergency"` // default 8 hours
	Standard  time.Duration `json:"standard" yaml:"standard"`   // default 10 days
}

// DefaultDeadlines follow the e-Evidence Regulation's 10 days and 8 hours.
var DefaultDeadlines = Deadlines{Emergency: 8 * time.Hour, Standard: 10 * 24 * time.Hour}

// For returns the period for urgency u, falling back to the defaults for
// zero fields.
func (d Deadlines) For(u Urgency) time.Duration {
	if u == Emergency {
		if d.Emergency > 0 {
			return d.Emergency
		}
		return DefaultDeadlines.Emergency
	}
	if d.Standard > 0 {
		return d.Standard
	}
	return DefaultDeadlines.Standard
}

// running reports whether the holding state's clock runs for c: from
// receipt until a decision, paused while more information is awaited.
func running(c *Case) bool {
	return c.State == Received || c.State == UnderReview
}

// Overdue reports whether c's answer is late at now.
func Overdue(c *Case, now time.Time) bool {
	return running(c) && !c.Due.IsZero() && now.After(c.Due)
}

// pause and resume keep the deadline fair: the time spent waiting for the
// requesting state's answer is added to the holding state's deadline.
func pause(c *Case, now time.Time) { c.PausedAt = now }

func resume(c *Case, now time.Time) {
	if !c.PausedAt.IsZero() && !c.Due.IsZero() {
		c.Due = c.Due.Add(now.Sub(c.PausedAt))
	}
	c.PausedAt = time.Time{}
}
