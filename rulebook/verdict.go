package rulebook

import (
	"fmt"
	"slices"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// How the policies that matched make a decision: a forbid without
// obligations denies; otherwise the permit with the fewest unmet
// obligations decides, with the obligations of the conditional forbids,
// the minimisation of every matched rule and the authority told when a
// deciding rule says so.

// matches are the policies that matched a request, by the engine's
// reading of them; each list is ordered by policy id.
type matches struct {
	hard        []*rule // forbids without obligations: they deny
	conditional []*rule // forbids lifted once their obligations are met
	alarms      []*rule // forbids that refuse nothing and tell the authority
	permits     []*rule
}

func (s *stateRules) matches(reasons []cedar.DiagnosticReason, rules, sorted []*rule) matches {
	// The four lists share one array, on the caller's stack when it fits.
	var n [4]int
	for _, reason := range reasons {
		ru := s.rules[reason.PolicyID]
		rules = append(rules, ru)
		n[ru.class()]++
	}
	var at [4]int
	for c := 1; c < 4; c++ {
		at[c] = at[c-1] + n[c-1]
	}
	sorted = slices.Grow(sorted[:0], len(rules))[:len(rules)]
	next := at
	for _, ru := range rules {
		c := ru.class()
		sorted[next[c]] = ru
		next[c]++
	}
	list := func(c int) []*rule {
		if n[c] == 0 {
			return nil
		}
		l := sorted[at[c] : at[c]+n[c] : at[c]+n[c]]
		sortRules(l)
		return l
	}
	return matches{hard: list(classHard), conditional: list(classConditional), alarms: list(classAlarm), permits: list(classPermit)}
}

// Classes of matched rules, as matches lists them.
const (
	classHard = iota
	classConditional
	classAlarm
	classPermit
)

func (ru *rule) class() int {
	switch {
	case !ru.forbid:
		return classPermit
	case ru.alarm:
		return classAlarm
	case len(ru.oblige) == 0:
		return classHard
	}
	return classConditional
}

// denyBy makes d the denial by forbids without obligations.
func denyBy(d *comity.Decision, hard []*rule) {
	d.Outcome = comity.Deny
	d.Policies, d.Reasons = twoLists(len(hard))
	for _, ru := range hard {
		d.Policies = append(d.Policies, string(ru.id))
		d.Reasons = append(d.Reasons, ru.reason)
	}
}

// twoLists returns two empty lists of n strings in one allocation; each
// grows apart from the other.
func twoLists(n int) ([]string, []string) {
	both := make([]string, 2*n)
	return both[:0:n], both[n:n]
}

// bestPermit returns the permit with the fewest unmet obligations; on a
// tie the one written first, so that authors order alternatives by
// preference. Nil when none matched.
func bestPermit(permits []*rule, evidence []string, r *Request) *rule {
	var best *rule
	bestUnmet := 0
	for _, ru := range permits {
		n := unmet(ru.oblige, evidence, r)
		if best == nil || n < bestUnmet || (n == bestUnmet && ru.order < best.order) {
			best, bestUnmet = ru, n
		}
	}
	return best
}

// noPermit makes d the denial when no permit matched.
func (s *stateRules) noPermit(d *comity.Decision, r *Request) {
	home := string(r.Home())
	d.Outcome = comity.Deny
	d.Policies, d.Reasons = twoLists(1)
	d.Policies = append(d.Policies, home+"/"+PolicyNoPermit)
	if s.rb == nil {
		d.Reasons = append(d.Reasons, home+" has published no rulebook, so nothing permits this request for data homed there")
	} else {
		d.Reasons = append(d.Reasons, "no policy of the rulebook of "+home+" permits "+actionWords(r)+" by "+r.Requester.Organisation)
	}
}

// allow makes d the decision when best permits the request: allowed, or
// pending while an obligation of best or of a conditional forbid is unmet,
// with what the release must do.
func (s *stateRules) allow(d *comity.Decision, r *Request, best *rule, m matches, evidence []string, matched []Match) {
	home := r.Home()
	d.Outcome = comity.Allow
	var buf [8]*rule
	deciders := append(append(append(buf[:0], best), m.conditional...), m.alarms...)
	d.Policies, d.Reasons = twoLists(len(deciders))
	// Room for every obligation at once: those of the deciders, every
	// minimisation, and telling the authority.
	room := 1
	for _, ru := range deciders {
		room += len(ru.oblige)
	}
	for _, rules := range [...][]*rule{m.permits, m.conditional, m.alarms} {
		for _, ru := range rules {
			if !ru.forbid || len(ru.oblige) > 0 { // as minimise reads them
				room += len(ru.minimise)
			}
		}
	}
	if room > 1 { // none: left nil, as a decision without obligations has
		d.Obligations = make([]comity.Obligation, 0, room)
	}
	for _, ru := range deciders {
		d.Policies = append(d.Policies, string(ru.id))
		d.Reasons = append(d.Reasons, ru.reason)
		for _, kind := range ru.oblige {
			o := s.obligation(kind, home)
			o.Met = met(kind, evidence, r)
			if !slices.ContainsFunc(d.Obligations, func(x comity.Obligation) bool { return x.Kind == o.Kind }) {
				d.Obligations = append(d.Obligations, o)
			}
			if !o.Met {
				d.Outcome = comity.Pending
			}
		}
	}
	s.minimise(d, matched)
	// The home authority is told of a release that a deciding rule says it
	// must know of (an emergency): the gate meets this when it releases.
	if slices.ContainsFunc(deciders, func(ru *rule) bool { return ru.notify || ru.alarm }) {
		d.Obligations = append(d.Obligations, comity.Obligation{Kind: comity.ObligationNotify, Authority: home})
	}
	if d.Outcome == comity.Pending {
		for _, o := range d.Obligations {
			if !o.Met && o.Kind != comity.ObligationMinimise && o.Kind != comity.ObligationNotify {
				d.Reasons = append(d.Reasons, s.neededWords(o))
			}
		}
	}
	if d.Outcome == comity.Allow && r.foreignOfficial() {
		s.agencyChannel(d, r)
	}
}

// obligation is an obligation of kind at home, not yet marked met.
func (s *stateRules) obligation(kind string, home comity.Jurisdiction) comity.Obligation {
	o := comity.Obligation{Kind: comity.ObligationKind(kind)}
	if kind != ObligeConsent {
		o.Authority = home
	} else if s.rb != nil {
		o.Accepts = s.rb.Bundle.Consent
	}
	return o
}

// neededWords is the reason a pending decision gives for unmet o.
func (s *stateRules) neededWords(o comity.Obligation) string {
	if words, ok := s.needed[string(o.Kind)]; ok {
		return words
	}
	return "needed: " + obligationWords(o)
}

// minimise adds the minimisation of every matched permit and every
// conditional forbid: a rule that asks for less never undoes one that
// asks for more.
func (s *stateRules) minimise(d *comity.Decision, matched []Match) {
	for _, m := range matched {
		ru := s.rules[cedar.PolicyID(m.Policy)]
		if ru.forbid && len(ru.oblige) == 0 {
			continue
		}
		for _, o := range ru.minimise {
			if !slices.ContainsFunc(d.Obligations, func(x comity.Obligation) bool {
				return x.Kind == comity.ObligationMinimise && slices.Equal(x.Fields, o.Fields) && x.Method == o.Method && x.Param == o.Param
			}) {
				d.Obligations = append(d.Obligations, o)
			}
		}
	}
}

// agencyChannel cites, on a request of a foreign agency allowed, the
// agreement under which the home's rulebook admits it: only such an
// agreement lifts the baseline's refusal of foreign agencies, and the
// node's judicial guard (and a reader of the log) must see the channel.
func (s *stateRules) agencyChannel(d *comity.Decision, r *Request) {
	home := r.Home()
	var parties []string
	for _, a := range r.Agreements {
		if slices.Contains(a.Parties, home) && slices.Contains(a.Parties, r.Requester.Jurisdiction) {
			parties = append(parties, a.ID)
		}
	}
	for _, id := range s.agencyAgreements(parties) {
		d.Policies = append(d.Policies, PolicyAgencyAgreement+id)
		d.Reasons = append(d.Reasons, fmt.Sprintf("the rulebook of %s admits public agencies of %s under agreement %s", home, r.Requester.Jurisdiction, id))
	}
}

// foreignOfficial reports whether the requester is a public agency or
// authority of a state other than the data's home.
func (r *Request) foreignOfficial() bool {
	return (r.Requester.Kind == KindAgency || r.Requester.Kind == KindAuthority) && r.Requester.Jurisdiction != r.Home()
}

// met reports whether the evidence meets an obligation of kind k.
func met(k string, evidence []string, r *Request) bool {
	if k == ObligeConsent {
		// At a node, the gate names here only consents it verified at
		// the home node; offline, the request's own references.
		return len(r.Consent) > 0
	}
	return slices.Contains(evidence, k)
}

// unmet counts the kinds in need that the evidence does not meet.
func unmet(need []string, evidence []string, r *Request) int {
	n := 0
	for _, k := range need {
		if !met(k, evidence, r) {
			n++
		}
	}
	return n
}

func (ru *rule) match(lifted bool) Match {
	effect := "permit"
	if ru.forbid {
		effect = "forbid"
	}
	return Match{Policy: string(ru.id), Effect: effect, Reason: ru.reason, Article: ru.article, File: ru.file, Line: ru.line, Lifted: lifted}
}

func sortRules(rs []*rule) {
	slices.SortFunc(rs, func(a, b *rule) int { return compareStrings(string(a.id), string(b.id)) })
}

func (res *Result) sortMatched() {
	slices.SortStableFunc(res.Matched, func(a, b Match) int {
		if a.Effect != b.Effect {
			return compareStrings(a.Effect, b.Effect) // forbids first
		}
		return compareStrings(a.Policy, b.Policy)
	})
}

// failed is the fail-closed answer when a policy cannot be evaluated: a
// forbid that errors must not be skipped silently, as Cedar would.
func (res *Result) failed(errs []cedar.DiagnosticError) *Result {
	d := &comity.Decision{Outcome: comity.Deny, Policies: []string{PolicyEvalError}}
	for _, e := range errs {
		d.Reasons = append(d.Reasons, fmt.Sprintf("policy %s could not be evaluated (%s), so nothing is released", e.PolicyID, e.Message))
	}
	res.Decision = d
	return res
}
