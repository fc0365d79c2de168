package advisory

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Entry kinds of a vendor's duty to report vulnerabilities to its home
// state's authority (EU CRA Art. 14, the Chinese MIIT provisions).
const (
	EntryReport  comity.EntryKind = "vulnerability_report"
	EntryOverdue comity.EntryKind = "vulnerability_report_overdue"
)

// Rulebook parameters that state a vendor's reporting duty:
//
//	"vulnerability_reports": ["early_warning:24h", "notification:72h", "final_report:14d@remedy"]
//	"vulnerability_reports_scope": "exploited"   (or "all", the default)
//
// Each duty is STAGE:DURATION, counted from when the vendor is known to
// have been aware (the first logged revision naming the vulnerability), or
// with "@remedy" from the first logged revision offering a remedy for it.
const (
	ParamReports     = "vulnerability_reports"
	ParamReportScope = "vulnerability_reports_scope"
)

// Duty is one report the home rulebook requires for a vulnerability.
type Duty struct {
	Stage      string        `json:"stage"`
	Within     time.Duration `json:"within"`
	FromRemedy bool          `json:"from_remedy,omitempty"`
}

// Duties are the home state's reporting rules.
type Duties struct {
	List []Duty
	// ExploitedOnly limits the duty to vulnerabilities the advisory says
	// are exploited (the CRA's "actively exploited").
	ExploitedOnly bool
}

// ParseDuties reads the rulebook parameters; no specs is no duty.
func ParseDuties(specs []string, scope string) (Duties, error) {
	var d Duties
	switch scope {
	case "", "all":
	case "exploited":
		d.ExploitedOnly = true
	default:
		return Duties{}, fmt.Errorf("%s %q: want all or exploited", ParamReportScope, scope)
	}
	for _, spec := range specs {
		stage, rest, ok := strings.Cut(spec, ":")
		if !ok || !validStage(stage) {
			return Duties{}, fmt.Errorf("reporting duty %q: want STAGE:DURATION[@remedy], STAGE of a-z and _", spec)
		}
		dur, anchor, _ := strings.Cut(rest, "@")
		if anchor != "" && anchor != "remedy" {
			return Duties{}, fmt.Errorf("reporting duty %q: counted from %q: want @remedy or nothing", spec, anchor)
		}
		within, err := parseSpan(dur)
		if err != nil {
			return Duties{}, fmt.Errorf("reporting duty %q: %v", spec, err)
		}
		for _, o := range d.List {
			if o.Stage == stage {
				return Duties{}, fmt.Errorf("reporting duty %q: stage %s given twice", spec, stage)
			}
		}
		d.List = append(d.List, Duty{Stage: stage, Within: within, FromRemedy: anchor == "remedy"})
	}
	return d, nil
}

// Duty returns the duty of a stage.
func (d Duties) Duty(stage string) (Duty, bool) {
	for _, o := range d.List {
		if o.Stage == stage {
			return o, true
		}
	}
	return Duty{}, false
}

func validStage(s string) bool {
	if s == "" || len(s) > 40 {
		return false
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '_' {
			return false
		}
	}
	return true
}

// parseSpan reads "14d" (days) or a Go duration such as "24h" or "2s",
// positive and at most ten years.
func parseSpan(s string) (time.Duration, error) {
	var d time.Duration
	if n, ok := strings.CutSuffix(s, "d"); ok {
		days, err := strconv.Atoi(n)
		if err != nil {
			return 0, fmt.Errorf("duration %q", s)
		}
		d = time.Duration(days) * 24 * time.Hour
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("duration %q", s)
		}
	}
	if d <= 0 || d > 3660*24*time.Hour {
		return 0, fmt.Errorf("duration %q: want more than zero and at most ten years", s)
	}
	return d, nil
}

// hasRemedy reports whether the advisory offers any remedy for v: a fix, a
// workaround or a mitigation, a fixed status, or an OSV fixed event.
func (v *Vulnerability) hasRemedy() bool {
	for _, c := range v.claims {
		if c.status == StatusFixed {
			return true
		}
		for _, r := range c.remediations {
			if r == RemedyVendorFix || r == RemedyWorkaround || r == RemedyMitigation {
				return true
			}
		}
	}
	for _, p := range v.osv {
		for _, r := range p.ranges {
			for _, e := range r.events {
				if e.kind == "fixed" {
					return true
				}
			}
		}
	}
	return false
}
