package rulebook

import (
	"slices"

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
	volume, own := r.volume()
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
	res := e.decide(r, evidence, volume, own)
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
	res.ConsentWays = slices.Clone(s.consentWays)
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
	// The result and its decision are made in one allocation.
	both := &struct {
		res Result
		d   comity.Decision
	}{res: Result{Request: r, Home: home, Rulebook: s.label, Volume: volume, Evidence: evidence, Window: s.window}}
	res, d := &both.res, &both.d
	ents := entitiesPool.Get().(*entities)
	c := s.cite(r)
	req := e.cedarRequestCiting(r, s, evidence, own, ents, c)
	// One pass over the policies that the request's facets leave possible,
	// each evaluated as a permit, finds every match. (resource.subjects
	// is own.Total.)
	// Sets whose values read were seen before answer from the memo.
	reasons, errs := s.sets.authorize(s.policies(r, &c, volume, own.Total), ents, req, &r.Requester, &volume, e.caches)
	*ents = entities{}
	entitiesPool.Put(ents)
	if len(errs) > 0 {
		return res.failed(errs)
	}
	var buf [2][32]*rule
	m := s.matches(reasons, buf[0][:0], buf[1][:0])
	if len(reasons) > 0 {
		res.Matched = make([]Match, 0, len(reasons))
	}
	for _, forbids := range [...][]*rule{m.hard, m.conditional, m.alarms} {
		for _, ru := range forbids {
			res.Matched = append(res.Matched, ru.match(len(ru.oblige) > 0 && unmet(ru.oblige, evidence, r) == 0))
		}
	}
	if len(m.hard) > 0 {
		res.sortMatched()
		denyBy(d, m.hard)
		res.Decision = d
		return res
	}
	for _, ru := range m.permits {
		res.Matched = append(res.Matched, ru.match(false))
	}
	res.sortMatched()
	best := bestPermit(m.permits, evidence, r)
	if best == nil {
		s.noPermit(d, r)
		res.Decision = d
		return res
	}
	s.allow(d, r, best, m, evidence, res.Matched)
	res.Decision = d
	return res
}
