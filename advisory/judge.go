package advisory

import "slices"

// statusRank orders statuses when several claims of equal specificity cover
// the installed version: the cautious reading wins.
var statusRank = map[Status]int{StatusAffected: 3, StatusUnknown: 2, StatusFixed: 1, StatusNotAffected: 0}

// judgeClaims decides a component's status from the CSAF product statuses
// or OpenVEX statements that name its package or product. The claim about
// the narrowest set of versions that covers the installed one decides. When
// none covers it, a fixed version of the same package settles it as
// vendors mean it (Red Hat and BSI list the fixed build, not every affected
// one): older is affected, the fixed one or newer is fixed. Older is not
// called affected when the advisory bounds the affected versions itself
// (an affected range, or versions it says are not affected); then, as when
// nothing else settles it, the status is unknown.
func judgeClaims(ms []matched) verdict {
	type hit struct {
		m      matched
		status Status
	}
	var hits []hit
	best := specificity(-1)
	for _, m := range ms {
		in, ok := m.c.span.contains(m.id.eco, m.id.version)
		st := m.c.status
		if !ok {
			st = StatusUnknown
		} else if !in {
			continue
		}
		if m.c.span.kind > best {
			best, hits = m.c.span.kind, hits[:0]
		}
		if m.c.span.kind == best {
			hits = append(hits, hit{m, st})
		}
	}
	installed := ms[0].id.version
	eco := ms[0].id.eco
	var fixes, older []string
	var olderRem []string
	bounded := false
	newerFixed := false
	for _, m := range ms {
		if m.c.status == StatusNotAffected || (m.c.status == StatusAffected && m.c.span.kind == versionRange) {
			// The advisory bounds what is affected itself: a version
			// outside its bounds is not ours to call affected.
			bounded = true
		}
		if m.c.status != StatusFixed || m.c.span.kind != exactVersion {
			continue
		}
		c, err := compareVersions(eco, m.id.version, m.c.span.exact)
		switch {
		case err != nil:
		case c < 0:
			fixes = append(fixes, m.c.span.exact)
			older = append(older, m.c.span.exact)
			olderRem = addRemedies(olderRem, m.c.remediations...)
		default:
			newerFixed = true
		}
	}
	var v verdict
	switch {
	case len(hits) > 0:
		v.status = StatusNotAffected
		for _, h := range hits {
			if statusRank[h.status] > statusRank[v.status] {
				v.status = h.status
			}
		}
		for _, h := range hits {
			if h.status == v.status {
				v.remediations = addRemedies(v.remediations, h.m.c.remediations...)
			}
		}
	case newerFixed:
		v.status = StatusFixed
	case len(older) > 0 && !bounded:
		v.status, v.remediations = StatusAffected, olderRem
	default:
		v.status = StatusUnknown
	}
	if v.status != StatusAffected {
		return v
	}
	if len(fixes) > 0 && !slices.Contains(v.remediations, RemedyVendorFix) {
		// A newer fixed version the advisory names is a vendor fix, whether
		// or not it says so in a remediation (OpenVEX has no categories).
		v.remediations = append(v.remediations, RemedyVendorFix)
	}
	noFix := !slices.Contains(v.remediations, RemedyVendorFix) &&
		(slices.Contains(v.remediations, RemedyNoFixPlanned) || slices.Contains(v.remediations, RemedyNoneAvailable))
	v.forced = forced(installed, fixes, noFix)
	return v
}

// judgeOSV decides a component's status from OSV affected entries by the
// OSV evaluation: a version is affected when the versions list names it or
// a range's events, in order, leave it affected. An affected version with
// no fixed version after it has none_available and is a forced upgrade.
func judgeOSV(pkgs []osvPackage, id ident) verdict {
	affected, undecided, fixedBelow := false, false, false
	var fixes []string
	for _, p := range pkgs {
		if slices.Contains(p.versions, id.version) {
			affected = true
		}
		for _, r := range p.ranges {
			eco := r.eco
			if r.git {
				if len(p.versions) == 0 {
					undecided = true
				}
				continue
			}
			in, ok := r.contains(eco, id.version)
			if !ok {
				undecided = true
				continue
			}
			affected = affected || in
			for _, e := range r.events {
				if e.kind != "fixed" {
					continue
				}
				c, err := compareVersions(eco, id.version, e.v)
				switch {
				case err != nil:
				case c < 0:
					if !slices.Contains(fixes, e.v) {
						fixes = append(fixes, e.v)
					}
				default:
					fixedBelow = true
				}
			}
		}
	}
	switch {
	case affected:
		v := verdict{status: StatusAffected, remediations: []string{RemedyVendorFix}}
		if len(fixes) == 0 {
			v.remediations = []string{RemedyNoneAvailable}
		}
		v.forced = forced(id.version, fixes, len(fixes) == 0)
		return v
	case undecided:
		return verdict{status: StatusUnknown}
	case fixedBelow:
		return verdict{status: StatusFixed}
	}
	return verdict{status: StatusNotAffected}
}

// contains walks the range's events in version order, as the OSV schema
// specifies; ok is false when a version cannot be read.
func (r osvRange) contains(eco, v string) (in, ok bool) {
	evs := slices.Clone(r.events)
	bad := false
	slices.SortStableFunc(evs, func(a, b osvEvent) int {
		if a.v == b.v {
			return 0
		}
		if a.kind == "introduced" && a.v == "0" {
			return -1
		}
		if b.kind == "introduced" && b.v == "0" {
			return 1
		}
		c, err := compareVersions(eco, a.v, b.v)
		bad = bad || err != nil
		return c
	})
	if bad {
		return false, false
	}
	for _, e := range evs {
		if e.kind == "introduced" && e.v == "0" {
			in = true
			continue
		}
		c, err := compareVersions(eco, v, e.v)
		if err != nil {
			return false, false
		}
		switch e.kind {
		case "introduced":
			if c >= 0 {
				in = true
			}
		case "fixed", "limit":
			if c >= 0 {
				in = false
			}
		case "last_affected":
			if c > 0 {
				in = false
			}
		}
	}
	return in, true
}
