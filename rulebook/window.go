package rulebook

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Window is the period over which a requester's volume is counted.
type Window struct {
	CalendarYear bool          // since 1 January (UTC) of the current year, as the CAC counts
	Span         time.Duration // otherwise the preceding span, such as 365 days (28 CFR 202: 12 months)
}

// ParseWindow parses "calendar-year" or "<n>d" (1 to 3660 days); "" is "365d".
func ParseWindow(s string) (Window, error) {
	switch {
	case s == "":
		return Window{Span: 365 * 24 * time.Hour}, nil
	case s == "calendar-year":
		return Window{CalendarYear: true}, nil
	case strings.HasSuffix(s, "d"):
		n, err := strconv.Atoi(strings.TrimSuffix(s, "d"))
		if err == nil && n >= 1 && n <= 3660 {
			return Window{Span: time.Duration(n) * 24 * time.Hour}, nil
		}
	}
	return Window{}, fmt.Errorf("volume window %q: want calendar-year or a number of days such as 365d", s)
}

// Since returns the start of the window that ends at now.
func (w Window) Since(now time.Time) time.Time {
	now = now.UTC()
	if w.CalendarYear {
		return time.Date(now.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	return now.Add(-w.Span)
}

// String describes the window in words.
func (w Window) String() string {
	if w.CalendarYear {
		return "since 1 January of the current year"
	}
	return fmt.Sprintf("over the preceding %d days", int(w.Span/(24*time.Hour)))
}
