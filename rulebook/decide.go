package rulebook

import (
	"fmt"
	"slices"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// Result is a decision with what Explain needs to say why: the request,
// the rulebook applied, the facts used and the policies that matched.
type Result struct {
	Decision *comity.Decision    `json:"decision"`
	Request  *Request            `json:"-"`
	Home     comity.Jurisdiction `json:"home"`
	Rulebook string              `json:"rulebook,omitempty"` // "CN version 3"; empty when the home has none
	Window   Window              `json:"-"`
	Volume   Counts              `json:"volume"`   // cumulative, this request included
	Evidence []string            `json:"evidence"` // kinds of valid evidence on file
	Matched  []Match             `json:"matched,omitempty"`
	// ConsentWays are the home rulebook's permits that the data subjects'
	// consent helps meet, listed when the request is not allowed and named
	// no consent: ways forward, if their other conditions hold.
	ConsentWays  []Match              `json:"consent_ways,omitempty"`
	ConsentKinds []comity.ConsentKind `json:"consent_kinds,omitempty"`
}

// Match is one policy that matched the request.
type Match struct {
	Policy  string `json:"policy"`
	Effect  string `json:"effect"` // permit or forbid
	Reason  string `json:"reason"`
	Article string `json:"article,omitempty"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	// Lifted is set on a forbid whose obligations are all met, so that it
	// no longer stands in the way.
	Lifted bool `json:"lifted,omitempty"`
}

// Pseudo-policies cited when no written policy decided.
const (
	PolicyNoPermit     = "default-deny"     // "<home>/default-deny": no permit matched
	PolicyEvalError    = "engine/error"     // a policy failed to evaluate; fail closed
	PolicyBadApprovals = "engine/approvals" // an approval token was refused
	// PolicyAgencyAgreement prefixes the agreement id cited on an allowed
	// request of a foreign agency admitted by its home's rulebook under
	// that agreement (ParamAgencyAgreements). Bundle names are a state
	// code or "baseline", so no written policy carries this prefix.
	PolicyAgencyAgreement = "agreement/"
)

// Decide evaluates an offline request: its Evidence is taken as on file and
// its Volume as the requester's prior volume, to which the request's own
// data subjects are added. Approval tokens cannot be verified without keys
// and make a denial; see DecideWithKeys.
func (e *Engine) Decide(r *Request) *Result { return e.DecideWithKeys(r, nil, nil) }

// DecideWithKeys is Decide with the request's approval tokens verified
// against the authorities' keys (dpa; central for judicial-assistance
// grants, dpa when nil) at r.Time, or now when zero.
func (e *Engine) DecideWithKeys(r *Request, dpa, central Keys) *Result {
	own := r.own()
	evidence := r.Evidence
	if len(r.Approvals) > 0 {
		evidence = slices.Clone(evidence)
		now := r.Time
		if now.IsZero() {
			now = comity.Now()
		}
		kinds, err := verifyApprovals(r, dpa, central, nil, now)
		if err != nil {
			return e.refused(r, err)
		}
		for _, k := range kinds {
			if !slices.Contains(evidence, k) {
				evidence = append(evidence, k)
			}
		}
	}
	res := e.decide(r, evidence, r.Volume.plus(own), own)
	e.consentWays(res)
	return res
}

// consentWays fills Result.ConsentWays when the request is not allowed
// and the home's rulebook has permits that consent helps meet.
func (e *Engine) consentWays(res *Result) {
	s := e.states[res.Home]
	if s == nil || s.rb == nil || res.Decision.Outcome == comity.Allow || len(res.Request.Consent) > 0 {
		return
	}
	var rs []*rule
	for _, ru := range s.rb.rules {
		if !ru.forbid && slices.Contains(ru.oblige, ObligeConsent) {
			rs = append(rs, ru)
		}
	}
	slices.SortFunc(rs, func(a, b *rule) int { return a.order - b.order })
	for _, ru := range rs {
		res.ConsentWays = append(res.ConsentWays, ru.match(false))
	}
	res.ConsentKinds = s.rb.Bundle.Consent
}

// AcceptedConsent returns the kinds of consent home's rulebook accepts,
// nil for any kind (or when home has no rulebook).
func (e *Engine) AcceptedConsent(home comity.Jurisdiction) []comity.ConsentKind {
	if s := e.states[home]; s != nil && s.rb != nil {
		return s.rb.Bundle.Consent
	}
	return nil
}

// refused is the denial when approval tokens fail: the attempt is decided,
// and so logged, rather than dropped as an error.
func (e *Engine) refused(r *Request, err error) *Result {
	res := &Result{Request: r, Home: r.Home(), Window: e.Window(r.Home())}
	res.Decision = &comity.Decision{Outcome: comity.Deny, Policies: []string{PolicyBadApprovals}, Reasons: []string{err.Error()}}
	return res
}

// decide evaluates r with the given verified evidence kinds, cumulative
// volume and the request's own distinct subjects. It never fails: anything
// that prevents a decision is a denial.
func (e *Engine) decide(r *Request, evidence []string, volume, own Counts) *Result {
	home := r.Home()
	s := e.states[home]
	if s == nil {
		s = e.bare
	}
	res := &Result{Request: r, Home: home, Volume: volume, Evidence: evidence, Window: e.Window(home)}
	res.Rulebook = s.label
	req, ents := e.cedarRequest(r, s, evidence, volume, own)

	// One pass over all policies answers most requests: Cedar reports the
	// matched permits when no forbid matched. Only when every matched forbid
	// is a conditional one (with @obligation) is a second pass over the
	// permits needed, to find what would allow the request.
	verdict, fd := cedar.Authorize(s.all, ents, req)
	if len(fd.Errors) > 0 {
		return res.failed(fd.Errors)
	}
	var forbidReasons, permitReasons []cedar.DiagnosticReason
	if verdict == cedar.Allow {
		permitReasons = fd.Reasons
	} else {
		forbidReasons = fd.Reasons
	}
	var hard, conditional, alarms []*rule
	for _, reason := range forbidReasons {
		ru := s.rules[reason.PolicyID]
		unmet := unmetKinds(ru.oblige, evidence, r)
		res.Matched = append(res.Matched, ru.match(len(ru.oblige) > 0 && len(unmet) == 0))
		switch {
		case ru.alarm:
			// Refuses nothing: the authority is told (see below).
			alarms = append(alarms, ru)
		case len(ru.oblige) == 0:
			hard = append(hard, ru)
		default:
			conditional = append(conditional, ru)
		}
	}
	sortRules(hard)
	sortRules(conditional)
	sortRules(alarms)
	if len(hard) > 0 {
		res.Decision = &comity.Decision{Outcome: comity.Deny}
		for _, ru := range hard {
			res.Decision.Policies = append(res.Decision.Policies, string(ru.id))
			res.Decision.Reasons = append(res.Decision.Reasons, ru.reason)
		}
		res.sortMatched()
		return res
	}

	if len(conditional) > 0 || len(alarms) > 0 {
		_, pd := cedar.Authorize(s.permits, ents, req)
		if len(pd.Errors) > 0 {
			return res.failed(pd.Errors)
		}
		permitReasons = pd.Reasons
	}
	// The permit with the fewest unmet obligations decides; on a tie the
	// one written first, so that authors order alternatives by preference.
	var best *rule
	var bestUnmet []string
	for _, reason := range permitReasons {
		ru := s.rules[reason.PolicyID]
		res.Matched = append(res.Matched, ru.match(false))
		unmet := unmetKinds(ru.oblige, evidence, r)
		if best == nil || len(unmet) < len(bestUnmet) || (len(unmet) == len(bestUnmet) && ru.order < best.order) {
			best, bestUnmet = ru, unmet
		}
	}
	res.sortMatched()
	if best == nil {
		res.Decision = &comity.Decision{Outcome: comity.Deny, Policies: []string{string(home) + "/" + PolicyNoPermit}}
		if s.rb == nil {
			res.Decision.Reasons = []string{fmt.Sprintf("%s has published no rulebook, so nothing permits this request for data homed there", home)}
		} else {
			res.Decision.Reasons = []string{fmt.Sprintf("no policy of the rulebook of %s permits %s by %s", home, actionWords(r), r.Requester.Organisation)}
		}
		return res
	}

	d := &comity.Decision{Outcome: comity.Allow}
	deciders := append(append([]*rule{best}, conditional...), alarms...)
	for _, ru := range deciders {
		d.Policies = append(d.Policies, string(ru.id))
		d.Reasons = append(d.Reasons, ru.reason)
		for _, kind := range ru.oblige {
			o := comity.Obligation{Kind: comity.ObligationKind(kind), Met: !slices.Contains(unmetKinds([]string{kind}, evidence, r), kind)}
			if kind != ObligeConsent {
				o.Authority = home
			} else if s.rb != nil {
				o.Accepts = s.rb.Bundle.Consent
			}
			if !slices.ContainsFunc(d.Obligations, func(x comity.Obligation) bool { return x.Kind == o.Kind }) {
				d.Obligations = append(d.Obligations, o)
			}
			if !o.Met {
				d.Outcome = comity.Pending
			}
		}
	}
	// Minimisation accumulates over every matched permit and every
	// conditional forbid: a rule that asks for less never undoes one that
	// asks for more.
	for _, m := range res.Matched {
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
	// The home authority is told of a release that a deciding rule says it
	// must know of (an emergency): the gate meets this when it releases.
	if slices.ContainsFunc(deciders, func(ru *rule) bool { return ru.notify || ru.alarm }) {
		d.Obligations = append(d.Obligations, comity.Obligation{Kind: comity.ObligationNotify, Authority: home})
	}
	if d.Outcome == comity.Pending {
		for _, o := range d.Obligations {
			if !o.Met && o.Kind != comity.ObligationMinimise && o.Kind != comity.ObligationNotify {
				d.Reasons = append(d.Reasons, "needed: "+obligationWords(o))
			}
		}
	}
	if d.Outcome == comity.Allow && r.foreignOfficial() {
		// Only an agreement the home's rulebook names lifted the baseline's
		// refusal of foreign agencies: say which, so that the node's
		// judicial guard (and a reader of the log) sees the channel used.
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
	res.Decision = d
	return res
}

// foreignOfficial reports whether the requester is a public agency or
// authority of a state other than the data's home.
func (r *Request) foreignOfficial() bool {
	return (r.Requester.Kind == KindAgency || r.Requester.Kind == KindAuthority) && r.Requester.Jurisdiction != r.Home()
}

// unmetKinds returns the kinds in need that the evidence does not meet.
func unmetKinds(need []string, evidence []string, r *Request) []string {
	var out []string
	for _, k := range need {
		met := slices.Contains(evidence, k)
		if k == ObligeConsent {
			// At a node, the gate names here only consents it verified
			// at the home node; offline, the request's own references.
			met = len(r.Consent) > 0
		}
		if !met {
			out = append(out, k)
		}
	}
	return out
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
