package advisory

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Forced upgrades found at a node, beyond what an advisory shows by itself
// (Findings): they need what only the logs hold, the support period each
// vendor declared for each release and when each advisory was logged.
const (
	// EntryForcedUpgrade is the kind of the entry that logs a finding for
	// a customer: its commitment (as a notification entry's) and, in the
	// clear, the finding and the vendor, never the customer or component.
	EntryForcedUpgrade comity.EntryKind = "forced_upgrade"

	// FindingNoRemedy: a version still inside its declared support period
	// was left without any remedy (fix, workaround, mitigation) past the
	// home rulebook's deadline (ParamRemedyWithin), counted from when the
	// advisory was first logged.
	FindingNoRemedy = "no_remedy_in_support"
	// FindingShortened: the vendor declared a support period for a version
	// and later declared one that ends earlier.
	FindingShortened = "support_shortened"
)

// ParamRemedyWithin is the home rulebook's parameter for how long an
// affected version inside its declared support period may go without a
// remedy: "14d", "720h".
const ParamRemedyWithin = "vulnerability_remedy_within"

// ParseRemedyWithin reads ParamRemedyWithin's value.
func ParseRemedyWithin(s string) (time.Duration, error) {
	d, err := parseSpan(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", ParamRemedyWithin, err)
	}
	return d, nil
}

// SupportPeriod is one logged declaration of how long a vendor supplies
// security fixes for one version of a product, as a node knows it: its own
// vendors' releases, and those of the other member nodes, each proved on
// the log that holds it.
type SupportPeriod struct {
	// PURL is the release's package URL, with its version.
	PURL string
	// Vendor is the vendor as its release entries name it.
	Vendor string
	// Node and LogIndex say where the declaration is logged.
	Node     string
	LogIndex uint64
	// Declared is the end as written; Until is the first instant it no
	// longer covers.
	Declared string
	Until    time.Time
	// ShortenedFrom is the previous declaration's end when this one ends
	// earlier.
	ShortenedFrom string
}

// supportView is what one round of matching needs to find forced upgrades
// from support periods: the declarations by release, the deadline for a
// remedy, and each advisory's first logged time and vendor.
type supportView struct {
	byRelease map[string][]SupportPeriod // ident key + "@" + version, in log order
	within    time.Duration
	now       time.Time
	first     map[string]time.Time // advisory id -> first logged revision
	vendor    map[string]string    // advisory id -> publishing vendor
}

// support builds the view; nil when there are no declarations or the home
// rulebook sets no deadline (findings of shortening need no deadline).
func (s *Service) support(ctx context.Context) (*supportView, error) {
	if s.cfg.SupportPeriods == nil {
		return nil, nil
	}
	periods, err := s.cfg.SupportPeriods(ctx)
	if err != nil || len(periods) == 0 {
		return nil, err
	}
	v := &supportView{byRelease: map[string][]SupportPeriod{}, now: s.now(), first: map[string]time.Time{}, vendor: map[string]string{}}
	for _, p := range periods {
		if id, ok := purlIdent(p.PURL); ok && id.version != "" {
			k := id.key + "@" + id.version
			v.byRelease[k] = append(v.byRelease[k], p)
		}
	}
	if s.cfg.RemedyWithin != nil {
		v.within = s.cfg.RemedyWithin()
	}
	if v.within > 0 {
		// Only the no-remedy finding needs when each advisory was first
		// logged, and by whom.
		pubs, err := s.cfg.Store.Publications(ctx)
		if err != nil {
			return nil, err
		}
		for _, p := range pubs {
			if _, ok := v.first[p.ID]; !ok {
				v.first[p.ID], v.vendor[p.ID] = p.Logged, p.Vendor
			}
		}
	}
	return v, nil
}

// periods returns the declarations for the release a component is.
func (v *supportView) periods(c Component) []SupportPeriod {
	for _, id := range c.idents() {
		if ps := v.byRelease[id.key+"@"+id.version]; len(ps) > 0 {
			return ps
		}
	}
	return nil
}

// noRemedy reports the finding for an affected match left without remedy
// past the deadline while its version is inside the declared support
// period, with the reason a customer reads.
func (v *supportView) noRemedy(m Match, c Component) (reason string, ok bool) {
	if v == nil || v.within <= 0 || m.Status != StatusAffected || slices.ContainsFunc(m.Remediations, isRemedy) {
		return "", false
	}
	first, known := v.first[m.Advisory]
	ps := v.periods(c)
	if !known || len(ps) == 0 {
		return "", false
	}
	last := ps[len(ps)-1]
	deadline := first.Add(v.within)
	if !v.now.After(deadline) || !last.Until.After(deadline) {
		return "", false
	}
	return fmt.Sprintf("no remedy by %s (%s after the advisory was logged) while the vendor declares %s supported until %s",
		deadline.UTC().Format(time.RFC3339), spanString(v.within), c.Version, last.Declared), true
}

func isRemedy(r string) bool {
	return r == RemedyVendorFix || r == RemedyWorkaround || r == RemedyMitigation
}

func spanString(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return strconv.Itoa(int(d/(24*time.Hour))) + "d"
	}
	return d.String()
}

// CheckSupport looks for forced upgrades that the passing of time or a new
// declaration reveals, and notifies each (a new notification with its
// finding, its commitment logged as an EntryForcedUpgrade entry): affected
// versions left without remedy past the deadline inside their support
// period, and registered versions whose support period was shortened. A
// finding is notified once. It returns how many were notified.
func (s *Service) CheckSupport(ctx context.Context) (int, error) {
	v, err := s.support(ctx)
	if err != nil || v == nil {
		return 0, err
	}
	n := 0
	if v.within > 0 {
		advs, err := s.latest(ctx)
		if err != nil {
			return 0, err
		}
		var keys []string
		for _, a := range advs {
			for _, k := range a.keys() {
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
				}
			}
		}
		regs, err := s.cfg.Store.ComponentsByKey(ctx, keys)
		if err != nil {
			return 0, err
		}
		if n, err = s.notify(ctx, advs, regs); err != nil {
			return n, err
		}
	}
	var found []pending
	for _, ps := range v.byRelease {
		for _, p := range ps {
			if p.ShortenedFrom == "" {
				continue
			}
			id, _ := purlIdent(p.PURL)
			regs, err := s.cfg.Store.ComponentsByKey(ctx, []string{id.key})
			if err != nil {
				return n, err
			}
			ref := fmt.Sprintf("support:%s#%d", p.Node, p.LogIndex)
			for _, r := range regs {
				if !slices.ContainsFunc(r.Component.idents(), func(c ident) bool { return c.key == id.key && c.version == id.version }) {
					continue
				}
				found = append(found, pending{
					n: &Notification{Owner: r.Owner, SBOM: r.SBOMName, Component: r.Component.Ref, Advisory: ref,
						Remediations: []string{}, ForcedUpgrade: true, Finding: FindingShortened, Vendor: p.Vendor,
						Reason: fmt.Sprintf("the vendor shortened the support period of %s from %s to %s (entry %d of %s's log)",
							p.PURL, p.ShortenedFrom, p.Declared, p.LogIndex, p.Node)},
					key: strings.Join([]string{r.Owner, strconv.FormatInt(r.SBOM, 10), r.Component.Ref, ref}, "\x00"),
					fp:  FindingShortened + "|" + p.ShortenedFrom + "|" + p.Declared,
				})
			}
		}
	}
	m, err := s.record(ctx, found)
	return n + m, err
}
