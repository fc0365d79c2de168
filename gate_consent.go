package comity

import (
	"context"
	"fmt"
	"slices"
	"strings"
)

// PolicyConsent is cited, after the rulebook's policies, by a decision
// that released only the records whose data subjects consented.
const PolicyConsent = "gate/consent"

// decide asks the policy, with consent as the gate verified it and never
// as the requester asserted it. The policy first decides without consent;
// unless that allows, the gate looks up the consents the records'
// controllers keep here, and the records every subject of which has a live
// consent covering this purpose, recipient and destination are decided
// again with consent met. That second decision stands only if it allows
// and a consent obligation is among what it met — so that withholding
// records never helps otherwise (a smaller volume) — and the others are
// withheld. Otherwise the first decision stands, pending on consent where
// the rulebook says so. It returns the decision, the records it covers and
// the ids of those withheld.
func (g *Gate) decide(ctx context.Context, policy Policy, req *AccessRequest, records []*Record) (*Decision, []*Record, []string, error) {
	q := *req
	q.Consent = nil
	d, err := policy.Decide(ctx, g.Node, &q, records)
	if err != nil || g.Consents == nil || d.Outcome == Allow {
		if err == nil && len(req.Consent) > 0 && g.Consents == nil {
			d.Reasons = append(d.Reasons, "this node keeps no consents, so the consent references given verify nothing")
		}
		return d, records, nil, err
	}
	covered, withheld, used, unverified, err := g.consented(ctx, req, records)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("consents: %w", err)
	}
	note := func(d *Decision) *Decision {
		if len(unverified) > 0 {
			d.Reasons = append(d.Reasons, "consent references that verify nothing at this node: "+strings.Join(unverified, ", "))
		}
		return d
	}
	if len(covered) == 0 {
		return note(d), records, nil, nil
	}
	q.Consent = used
	d2, err := policy.Decide(ctx, g.Node, &q, covered)
	if err != nil {
		return nil, nil, nil, err
	}
	if d2.Outcome != Allow || !slices.ContainsFunc(d2.Obligations, func(o Obligation) bool { return o.Kind == ObligationConsent && o.Met }) {
		return note(d), records, nil, nil
	}
	if len(withheld) > 0 {
		d2.Policies = append(d2.Policies, PolicyConsent)
		d2.Reasons = append(d2.Reasons, fmt.Sprintf("%d of %d records withheld: their data subjects have not consented, in a form %s accepts, to %s receiving them for this purpose in %s",
			len(withheld), len(records), g.Node, req.Requester.Organisation, q.Destination))
	}
	return note(d2), covered, withheld, nil
}

// consented splits records into those every subject of which has a live
// consent, kept here by the record's controller, that covers req, and the
// ids of the others. used lists the consents that cover; unverified the
// requester's references that covered nothing. A record that names no
// subject is never covered: nobody consented to it.
func (g *Gate) consented(ctx context.Context, req *AccessRequest, records []*Record) (covered []*Record, withheld, used, unverified []string, err error) {
	var accepted []ConsentKind
	if g.AcceptedConsent != nil {
		accepted = g.AcceptedConsent(g.Node)
	}
	now := Now()
	byController := map[string][]string{}
	for _, r := range records {
		byController[r.Controller] = append(byController[r.Controller], r.Subjects...)
	}
	// controller -> subject -> ids of the consents that cover req
	covers := map[string]map[string][]string{}
	for controller, subjects := range byController {
		slices.Sort(subjects)
		cs, err := g.Consents.SubjectConsents(ctx, controller, slices.Compact(subjects))
		if err != nil {
			return nil, nil, nil, nil, err
		}
		m := map[string][]string{}
		for _, c := range cs {
			if len(req.Consent) > 0 && !slices.Contains(req.Consent, c.ID) {
				continue
			}
			if c.Covers(req.Requester, req.Purpose, req.Destination, accepted, now) {
				m[c.Subject] = append(m[c.Subject], c.ID)
			}
		}
		covers[controller] = m
	}
	for _, r := range records {
		ok := len(r.Subjects) > 0
		for _, s := range r.Subjects {
			ok = ok && len(covers[r.Controller][s]) > 0
		}
		if !ok {
			withheld = append(withheld, r.ID)
			continue
		}
		covered = append(covered, r)
		for _, s := range r.Subjects {
			for _, id := range covers[r.Controller][s] {
				if !slices.Contains(used, id) {
					used = append(used, id)
				}
			}
		}
	}
	for _, ref := range req.Consent {
		if !slices.Contains(used, ref) {
			unverified = append(unverified, ref)
		}
	}
	return covered, withheld, used, unverified, nil
}
