package advisory

import (
	"slices"
	"strings"
)

// Finding is a forced upgrade the advisory itself shows, before any SBOM is
// matched: an affected product for which it offers no fix, or only fixes of
// another major version.
type Finding struct {
	Vulnerability string `json:"vulnerability"`
	Product       string `json:"product"` // the identity key and the affected versions
	Reason        string `json:"reason"`  // "no fix offered" or "fix only in another major version"
}

// Findings lists the forced upgrades a document shows by itself.
func (a *Advisory) Findings() []Finding {
	var out []Finding
	for _, v := range a.Vulnerabilities {
		for _, c := range v.claims {
			if c.status != StatusAffected {
				continue
			}
			what := c.id.key + " " + describeSpan(c.span)
			noFix := !slices.Contains(c.remediations, RemedyVendorFix) &&
				(slices.Contains(c.remediations, RemedyNoFixPlanned) || slices.Contains(c.remediations, RemedyNoneAvailable))
			if noFix {
				out = append(out, Finding{v.ID, what, "no fix offered"})
				continue
			}
			if c.span.kind != exactVersion {
				continue
			}
			var fixes []string
			for _, f := range v.claims {
				if f.status == StatusFixed && f.id.key == c.id.key && f.span.kind == exactVersion {
					fixes = append(fixes, f.span.exact)
				}
			}
			if forced(c.span.exact, fixes, false) {
				out = append(out, Finding{v.ID, what, "fix only in another major version"})
			}
		}
		for _, p := range v.osv {
			for _, r := range p.ranges {
				hasFix := slices.ContainsFunc(r.events, func(e osvEvent) bool { return e.kind == "fixed" })
				if !hasFix && !r.git && len(r.events) > 0 {
					out = append(out, Finding{v.ID, p.id.key + " " + describeEvents(r.events), "no fix offered"})
				}
			}
		}
	}
	return out
}

func describeSpan(s span) string {
	switch s.kind {
	case exactVersion:
		return s.exact
	case anyVersion:
		return "all versions"
	}
	if s.bad != "" {
		return s.bad
	}
	var parts []string
	for _, c := range s.cons {
		parts = append(parts, c.op+c.v)
	}
	return strings.Join(parts, "|")
}

func describeEvents(evs []osvEvent) string {
	var parts []string
	for _, e := range evs {
		parts = append(parts, e.kind+" "+e.v)
	}
	return strings.Join(parts, ", ")
}
