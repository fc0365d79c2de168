package rulebook

import (
	"slices"
	"time"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// context returns the context record of r against s. Everything in a
// context but the volume (an entity, built per request) repeats from one
// request to the next: the same purposes, bases, destinations and
// evidence; so each distinct context is built once per home and version
// (its params never go stale).
func (e *Engine) context(r *Request, s *stateRules, evidence []string) cedar.Record {
	return e.contextOf(r, s, evidence, s.cite(r))
}

// cited are the agreements a request cites, as its context names them.
type cited struct {
	agreements []string // binding the home and the requester's state
	thirdParty []string // to which the home is no party
	agency     []string // of agreements, those admitting agencies (ParamAgencyAgreements)
}

// cite sorts the agreements r cites, against s.
func (s *stateRules) cite(r *Request) cited {
	var c cited
	if len(r.Agreements) == 0 {
		return c
	}
	home := r.Home()
	for _, a := range r.Agreements {
		switch {
		case !slices.Contains(a.Parties, home):
			c.thirdParty = append(c.thirdParty, a.ID)
		case slices.Contains(a.Parties, r.Requester.Jurisdiction):
			c.agreements = append(c.agreements, a.ID)
		}
	}
	c.agency = s.agencyAgreements(c.agreements)
	return c
}

// contextOf is context with the agreements r cites sorted.
func (e *Engine) contextOf(r *Request, s *stateRules, evidence []string, c cited) cedar.Record {
	home := r.Home()
	q := &r.Requester
	node := r.Node
	if node == "" {
		node = home
	}
	agreements, thirdParty, agency := c.agreements, c.thirdParty, c.agency
	now := r.Time
	if now.IsZero() {
		now = comity.Now()
	}
	crossBorder := r.Destination != home || q.Jurisdiction != home
	day := dayOf(now)

	var buf [512]byte
	k := key(buf[:0]).str(string(node)).str(string(r.Destination)).int(int(day.Unix() / 86400)).
		bool(crossBorder).bool(len(r.Consent) > 0).str(r.Purpose).str(r.LegalBasis).str(r.SpecialCondition).
		strs(evidence).strs(agreements).strs(thirdParty).strs(agency)
	if rec, ok := s.contexts.get(k); ok {
		return rec
	}
	rulebook, params := "", emptyRecord
	if s.rb != nil {
		rulebook, params = string(s.rb.Bundle.Jurisdiction), s.rb.params
	}
	rec := cedar.NewRecord(cedar.RecordMap{
		"node":                 str(string(node)),
		"time":                 cedar.NewDatetime(day),
		"rulebook":             str(rulebook),
		"purpose":              str(r.Purpose),
		"legalBasis":           str(r.LegalBasis),
		"specialCondition":     str(r.SpecialCondition),
		"destination":          str(string(r.Destination)),
		"crossBorder":          cedar.Boolean(crossBorder),
		"consent":              cedar.Boolean(len(r.Consent) > 0),
		"approvals":            strSet(evidence),
		"agreements":           strSet(agreements),
		"thirdPartyAgreements": strSet(thirdParty),
		"agencyAgreements":     strSet(agency),
		"volume":               volumeUID,
		"params":               params,
		"baseline":             e.baseline.params,
	})
	s.contexts.put(k, rec)
	return rec
}

// Storing a value in a RecordMap boxes it in an interface, which allocates;
// these values are boxed once: jurisdiction codes, categories, evidence
// kinds, the set of each single category, the empty set and record.
var (
	boxed                    = map[string]cedar.Value{}
	categorySets             = map[comity.Category]cedar.Value{}
	emptySet     cedar.Value = cedar.NewSet()
	emptyRecord  cedar.Value = cedar.NewRecord(nil)
	noKinds      cedar.Value // every data kind at 0
)

// dayOf returns t's day (UTC midnight): the context's time. Law speaks in
// days (a regulation applies from a date), and a day-long time keeps the
// context the same from one request to the next, so that it is cached.
func dayOf(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func init() {
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			if j := comity.Jurisdiction([]rune{a, b}); j.Valid() {
				boxed[string(j)] = cedar.String(j)
			}
		}
	}
	for _, c := range comity.Categories {
		boxed[string(c)] = cedar.String(c)
		categorySets[c] = cedar.NewSet(cedar.String(c))
	}
	for _, k := range EvidenceKinds {
		boxed[k] = cedar.String(k)
	}
	zero := cedar.RecordMap{}
	for _, k := range comity.DataKinds {
		boxed[string(k)] = cedar.String(k)
		zero[cedar.String(k)] = cedar.Long(0)
	}
	noKinds = cedar.NewRecord(zero)
	boxed[""] = cedar.String("")
}

func str(s string) cedar.Value {
	if v, ok := boxed[s]; ok {
		return v
	}
	return cedar.String(s)
}

func set(vs []cedar.Value) cedar.Value {
	if len(vs) == 0 {
		return emptySet
	}
	return cedar.NewSet(vs...)
}

func categorySet(c comity.Category) cedar.Value {
	if v, ok := categorySets[c]; ok {
		return v
	}
	return cedar.NewSet(cedar.String(c))
}

func strSet(ss []string) cedar.Value {
	if len(ss) == 0 {
		return emptySet
	}
	vs := make([]cedar.Value, len(ss))
	for i, v := range ss {
		vs[i] = str(v)
	}
	return cedar.NewSet(vs...)
}

// ParamAgencyAgreements names the state-rulebook parameter listing the
// agreements (ids, Set<String>) under which that state admits public
// agencies and authorities of the other parties to its data without a
// production order, as EU members may for e-Evidence orders. Without it
// the baseline refuses every foreign agency outside judicial assistance.
const ParamAgencyAgreements = "agency_agreements"

// agencyAgreements returns those of the cited agreements (each binding the
// home and the requester's state) that the home's rulebook names in its
// agency_agreements parameter.
func (s *stateRules) agencyAgreements(agreements []string) []string {
	if len(agreements) == 0 || s.rb == nil {
		return nil
	}
	var out []string
	for _, a := range agreements {
		if slices.Contains(s.agencyNamed, a) {
			out = append(out, a)
		}
	}
	return out
}
