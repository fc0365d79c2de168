package rulebook

// The decision path as it was before issue 16 (commit 471b6a2), kept
// verbatim but renamed so that the equivalence test can hold the new path
// to it and the benchmarks can report the speed-up in the same run. Do not
// change it: it is the reference.

import (
	"fmt"
	"iter"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// legacyEngine decides as Engine did before issue 16, with the same
// compiled rulebooks.
type legacyEngine struct {
	baseline   *Rulebook
	states     map[comity.Jurisdiction]*legacyRules
	bare       *legacyRules
	principals *legacyPrincipalCache
	window     func(comity.Jurisdiction) Window
}

func newLegacyEngine(n *Engine) *legacyEngine {
	e := &legacyEngine{baseline: n.Baseline(), states: map[comity.Jurisdiction]*legacyRules{}, principals: &legacyPrincipalCache{}, window: n.Window}
	e.bare = e.merge(nil)
	for _, rb := range n.Rulebooks() {
		e.states[rb.Bundle.Jurisdiction] = e.merge(rb)
	}
	return e
}

func (e *legacyEngine) Window(j comity.Jurisdiction) Window { return e.window(j) }

// Decide is Engine.Decide on the old path.
func (e *legacyEngine) Decide(r *Request) *Result { return e.decideWithKeys(r, nil, nil) }

// refused is Engine.refused.
func (e *legacyEngine) refused(r *Request, err error) *Result {
	res := &Result{Request: r, Home: r.Home(), Window: e.Window(r.Home())}
	res.Decision = &comity.Decision{Outcome: comity.Deny, Policies: []string{PolicyBadApprovals}, Reasons: []string{err.Error()}}
	return res
}

// legacyContextKey is what the context record is built from, besides the lists.
type legacyContextKey struct {
	node, destination    comity.Jurisdiction
	day                  time.Time
	purpose, legalBasis  string
	special              string
	crossBorder, consent bool
}

const (
	legacyMaxCachedPrincipals = 4096
	legacyMaxCachedContexts   = 4096
)

// decideWithKeys is Decide with the request's approval tokens verified
// against the authorities' keys (dpa; central for judicial-assistance
// grants, dpa when nil) at r.Time, or now when zero.
func (e *legacyEngine) decideWithKeys(r *Request, dpa, central Keys) *Result {
	own := r.legacyOwn()
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
func (e *legacyEngine) consentWays(res *Result) {
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
		res.ConsentWays = append(res.ConsentWays, ru.legacyMatch(false))
	}
	res.ConsentKinds = s.rb.Bundle.Consent
}

// decide evaluates r with the given verified evidence kinds, cumulative
// volume and the request's own distinct subjects. It never fails: anything
// that prevents a decision is a denial.
func (e *legacyEngine) decide(r *Request, evidence []string, volume, own Counts) *Result {
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
		return res.legacyFailed(fd.Errors)
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
		unmet := legacyUnmetKinds(ru.oblige, evidence, r)
		res.Matched = append(res.Matched, ru.legacyMatch(len(ru.oblige) > 0 && len(unmet) == 0))
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
	legacySortRules(hard)
	legacySortRules(conditional)
	legacySortRules(alarms)
	if len(hard) > 0 {
		res.Decision = &comity.Decision{Outcome: comity.Deny}
		for _, ru := range hard {
			res.Decision.Policies = append(res.Decision.Policies, string(ru.id))
			res.Decision.Reasons = append(res.Decision.Reasons, ru.reason)
		}
		res.legacySortMatched()
		return res
	}

	if len(conditional) > 0 || len(alarms) > 0 {
		_, pd := cedar.Authorize(s.permits, ents, req)
		if len(pd.Errors) > 0 {
			return res.legacyFailed(pd.Errors)
		}
		permitReasons = pd.Reasons
	}
	// The permit with the fewest unmet obligations decides; on a tie the
	// one written first, so that authors order alternatives by preference.
	var best *rule
	var bestUnmet []string
	for _, reason := range permitReasons {
		ru := s.rules[reason.PolicyID]
		res.Matched = append(res.Matched, ru.legacyMatch(false))
		unmet := legacyUnmetKinds(ru.oblige, evidence, r)
		if best == nil || len(unmet) < len(bestUnmet) || (len(unmet) == len(bestUnmet) && ru.order < best.order) {
			best, bestUnmet = ru, unmet
		}
	}
	res.legacySortMatched()
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
			o := comity.Obligation{Kind: comity.ObligationKind(kind), Met: !slices.Contains(legacyUnmetKinds([]string{kind}, evidence, r), kind)}
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

// legacyUnmetKinds returns the kinds in need that the evidence does not meet.
func legacyUnmetKinds(need []string, evidence []string, r *Request) []string {
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

func (ru *rule) legacyMatch(lifted bool) Match {
	effect := "permit"
	if ru.forbid {
		effect = "forbid"
	}
	return Match{Policy: string(ru.id), Effect: effect, Reason: ru.reason, Article: ru.article, File: ru.file, Line: ru.line, Lifted: lifted}
}

func legacySortRules(rs []*rule) {
	slices.SortFunc(rs, func(a, b *rule) int { return compareStrings(string(a.id), string(b.id)) })
}

func (res *Result) legacySortMatched() {
	slices.SortStableFunc(res.Matched, func(a, b Match) int {
		if a.Effect != b.Effect {
			return compareStrings(a.Effect, b.Effect) // forbids first
		}
		return compareStrings(a.Policy, b.Policy)
	})
}

// legacyFailed is the fail-closed answer when a policy cannot be evaluated: a
// forbid that errors must not be skipped silently, as Cedar would.
func (res *Result) legacyFailed(errs []cedar.DiagnosticError) *Result {
	d := &comity.Decision{Outcome: comity.Deny, Policies: []string{PolicyEvalError}}
	for _, e := range errs {
		d.Reasons = append(d.Reasons, fmt.Sprintf("policy %s could not be evaluated (%s), so nothing is released", e.PolicyID, e.Message))
	}
	res.Decision = d
	return res
}

// legacyEntities holds the three legacyEntities of a request: principal, resource and
// volume; a linear lookup beats building a map on every decision.
type legacyEntities [3]cedar.Entity

// Get implements cedar.EntityGetter.
func (es *legacyEntities) Get(uid cedar.EntityUID) (cedar.Entity, bool) {
	for _, e := range es {
		if e.UID == uid {
			return e, true
		}
	}
	return cedar.Entity{}, false
}

// cedarRequest builds the Cedar request and legacyEntities for r, in the entity
// model of schema.cedarschema.
func (e *legacyEngine) cedarRequest(r *Request, s *legacyRules, evidence []string, volume, own Counts) (cedar.Request, *legacyEntities) {
	home := r.Home()
	q := r.Requester
	principal := e.principals.get(&q)
	resource := legacyResourceEntity(r, own)

	node := r.Node
	if node == "" {
		node = home
	}
	var agreements, thirdParty []string
	for _, a := range r.Agreements {
		switch {
		case !slices.Contains(a.Parties, home):
			thirdParty = append(thirdParty, a.ID)
		case slices.Contains(a.Parties, q.Jurisdiction):
			agreements = append(agreements, a.ID)
		}
	}
	now := r.Time
	if now.IsZero() {
		now = comity.Now()
	}
	ctx := s.contexts.get(e, s, legacyContextKey{
		node: node, purpose: r.Purpose, legalBasis: r.LegalBasis, special: r.SpecialCondition, destination: r.Destination, day: dayOf(now),
		crossBorder: r.Destination != home || q.Jurisdiction != home, consent: len(r.Consent) > 0,
	}, evidence, agreements, thirdParty, s.agencyAgreements(agreements))
	vol := cedar.Entity{UID: volumeUID, Attributes: cedar.NewRecord(cedar.RecordMap{
		"total":                cedar.Long(volume.Total),
		"personal":             cedar.Long(volume.Personal),
		"sensitive":            cedar.Long(volume.Sensitive),
		"destinationTotal":     cedar.Long(volume.DestinationTotal),
		"destinationPersonal":  cedar.Long(volume.DestinationPersonal),
		"destinationSensitive": cedar.Long(volume.DestinationSensitive),
		"newcomers":            cedar.Long(volume.Newcomers),
		"kinds":                legacyKindCounts(volume.Kinds),
	})}
	req := cedar.Request{
		Principal: principal.UID,
		Action:    cedar.NewEntityUID("Action", cedar.String(r.Action)),
		Resource:  resource.UID,
		Context:   ctx,
	}
	return req, &legacyEntities{principal, resource, vol}
}

// legacyResourceEntity describes the requested data: a Record for one record, a
// Dataset for several or for an aggregate.
func legacyResourceEntity(r *Request, own Counts) cedar.Entity {
	if d := r.Dataset; d != nil {
		id := d.ID
		if id == "" {
			id = "request"
		}
		var controllers []cedar.Value
		for _, c := range d.Controllers {
			controllers = append(controllers, cedar.String(c))
		}
		return cedar.Entity{
			UID: cedar.NewEntityUID("Dataset", cedar.String(id)),
			Attributes: cedar.NewRecord(cedar.RecordMap{
				"home":        str(string(d.Home)),
				"category":    str(string(d.Category)),
				"categories":  categorySet(d.Category),
				"kinds":       kindSet(d.Kinds),
				"subjects":    cedar.Long(d.Subjects),
				"controllers": set(controllers),
				"records":     cedar.Long(d.Records),
			}),
		}
	}
	var top comity.Category
	var categories, controllers, kinds []cedar.Value
	for _, rec := range r.Records {
		for _, k := range rec.Kinds {
			if v := str(string(k)); !slices.Contains(kinds, v) {
				kinds = append(kinds, v)
			}
		}
		if slices.Index(comity.Categories, rec.Category) > slices.Index(comity.Categories, top) {
			top = rec.Category
		}
		if c := str(string(rec.Category)); !slices.Contains(categories, c) {
			categories = append(categories, c)
		}
		if c := cedar.String(rec.Controller); !slices.Contains(controllers, cedar.Value(c)) {
			controllers = append(controllers, c)
		}
	}
	attrs := cedar.RecordMap{
		"home":        str(string(r.Records[0].Home)),
		"category":    str(string(top)),
		"categories":  categorySet(top),
		"kinds":       set(kinds),
		"subjects":    cedar.Long(own.Total),
		"controllers": set(controllers),
	}
	if len(categories) > 1 {
		attrs["categories"] = cedar.NewSet(categories...)
	}
	if len(r.Records) == 1 {
		return cedar.Entity{UID: cedar.NewEntityUID("Record", cedar.String(r.Records[0].ID)), Attributes: cedar.NewRecord(attrs)}
	}
	attrs["records"] = cedar.Long(len(r.Records))
	return cedar.Entity{UID: cedar.NewEntityUID("Dataset", "request"), Attributes: cedar.NewRecord(attrs)}
}

// legacyPrincipalCache keeps the Cedar legacyEntities of recent requesters: the same
// organisations ask again and again, and building an entity is a good part
// of a decision's cost. It is bounded and safe for concurrent use.
type legacyPrincipalCache struct {
	mu sync.RWMutex
	m  map[string]cedar.Entity
}

func (c *legacyPrincipalCache) get(q *Requester) cedar.Entity {
	var key strings.Builder
	key.Grow(len(q.Kind) + len(q.ID) + len(q.Organisation) + 32)
	for _, part := range []string{q.Kind, q.ID, q.Organisation, string(q.Jurisdiction)} {
		legacyWriteKeyPart(&key, part)
	}
	for _, role := range q.Roles {
		legacyWriteKeyPart(&key, string(role))
	}
	k := key.String()
	c.mu.RLock()
	e, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return e
	}
	var roles []cedar.Value
	for _, role := range q.Roles {
		roles = append(roles, cedar.String(role))
	}
	e = cedar.Entity{
		UID: cedar.NewEntityUID(principalTypes[q.Kind], cedar.String(q.ID)),
		Attributes: cedar.NewRecord(cedar.RecordMap{
			"jurisdiction": cedar.String(q.Jurisdiction),
			"organisation": cedar.String(q.Organisation),
			"roles":        cedar.NewSet(roles...),
		}),
	}
	c.mu.Lock()
	if c.m == nil || len(c.m) >= legacyMaxCachedPrincipals {
		c.m = make(map[string]cedar.Entity)
	}
	c.m[k] = e
	c.mu.Unlock()
	return e
}

// legacyKindCounts is the volume's kinds record: every data kind, at 0 unless
// counted.
func legacyKindCounts(counts map[comity.DataKind]int) cedar.Value {
	if len(counts) == 0 {
		return noKinds
	}
	m := make(cedar.RecordMap, len(comity.DataKinds))
	for _, k := range comity.DataKinds {
		m[cedar.String(k)] = cedar.Long(counts[k])
	}
	return cedar.NewRecord(m)
}

// legacyContextCache keeps the context records of one home's recent requests.
// Everything in a context but the volume (an entity, built per request)
// repeats from one request to the next: the same purposes, bases,
// destinations and evidence. Building a Cedar record is a large part of a
// decision's cost (cedar-go sorts, hashes and copies it), so each distinct
// context is built once. Bounded; safe for concurrent use.
type legacyContextCache struct {
	mu sync.RWMutex
	m  map[string]cedar.Record
}

func (c *legacyContextCache) get(e *legacyEngine, s *legacyRules, k legacyContextKey, evidence, agreements, thirdParty, agency []string) cedar.Record {
	var key strings.Builder
	key.Grow(len(k.purpose) + len(k.legalBasis) + 32)
	key.WriteString(string(k.node))
	key.WriteString(string(k.destination))
	var day [20]byte // the day number, without allocating a string
	key.Write(strconv.AppendInt(day[:0], k.day.Unix()/86400, 10))
	key.WriteByte(':')
	if k.crossBorder {
		key.WriteByte('x')
	}
	if k.consent {
		key.WriteByte('c')
	}
	// Every string is length-prefixed (legacyWriteKeyPart), so that no choice of
	// purpose (the requester's free text) makes two contexts share a key.
	for _, part := range [][]string{{k.purpose, k.legalBasis, k.special}, evidence, agreements, thirdParty, agency} {
		key.WriteString(strconv.Itoa(len(part)))
		key.WriteByte(':')
		for _, v := range part {
			legacyWriteKeyPart(&key, v)
		}
	}
	ks := key.String()
	c.mu.RLock()
	rec, ok := c.m[ks]
	c.mu.RUnlock()
	if ok {
		return rec
	}
	rulebook, params := "", emptyRecord
	if s.rb != nil {
		rulebook, params = string(s.rb.Bundle.Jurisdiction), s.rb.params
	}
	rec = cedar.NewRecord(cedar.RecordMap{
		"node":                 str(string(k.node)),
		"time":                 cedar.NewDatetime(k.day),
		"rulebook":             str(rulebook),
		"purpose":              str(k.purpose),
		"legalBasis":           str(k.legalBasis),
		"specialCondition":     str(k.special),
		"destination":          str(string(k.destination)),
		"crossBorder":          cedar.Boolean(k.crossBorder),
		"consent":              cedar.Boolean(k.consent),
		"approvals":            strSet(evidence),
		"agreements":           strSet(agreements),
		"thirdPartyAgreements": strSet(thirdParty),
		"agencyAgreements":     strSet(agency),
		"volume":               volumeUID,
		"params":               params,
		"baseline":             e.baseline.params,
	})
	c.mu.Lock()
	if c.m == nil || len(c.m) >= legacyMaxCachedContexts {
		c.m = make(map[string]cedar.Record)
	}
	c.m[ks] = rec
	c.mu.Unlock()
	return rec
}

// legacyWriteKeyPart appends one length-prefixed string to a cache key: keys made
// this way are equal only when every part is, whatever bytes the parts hold.
func legacyWriteKeyPart(key *strings.Builder, s string) {
	key.WriteString(strconv.Itoa(len(s)))
	key.WriteByte(':')
	key.WriteString(s)
}

// agencyAgreements returns those of the cited agreements (each binding the
// home and the requester's state) that the home's rulebook names in its
// agency_agreements parameter.
func (s *legacyRules) agencyAgreements(agreements []string) []string {
	if len(agreements) == 0 || s.rb == nil {
		return nil
	}
	named := s.rb.Bundle.Params.Strings(ParamAgencyAgreements)
	var out []string
	for _, a := range agreements {
		if slices.Contains(named, a) {
			out = append(out, a)
		}
	}
	return out
}

// legacyRules is one home's policies merged with the baseline's: all of
// them in one set, and the permits again in another, because Cedar reports
// either the forbids or the permits that matched, and a pending decision
// may need both.
type legacyRules struct {
	rb       *Rulebook   // nil for bare
	label    string      // "CN version 3", for results; "" for bare
	all      policySlice // forbids and permits
	permits  policySlice
	rules    map[cedar.PolicyID]*rule
	contexts *legacyContextCache // per home and version, so params never go stale
}

func (e *legacyEngine) merge(rb *Rulebook) *legacyRules {
	s := &legacyRules{rb: rb, rules: map[cedar.PolicyID]*rule{}, contexts: &legacyContextCache{}}
	forbids, permits := cedar.PolicyMap{}, cedar.PolicyMap{}
	if rb != nil {
		s.label = fmt.Sprintf("%s version %d", rb.Bundle.Jurisdiction, rb.Bundle.Version)
	}
	for _, src := range []*Rulebook{e.baseline, rb} {
		if src == nil {
			continue
		}
		for id, p := range src.forbids {
			forbids[id] = p
		}
		for id, p := range src.permits {
			permits[id] = p
		}
		for id, r := range src.rules {
			s.rules[id] = r
		}
	}
	all := cedar.PolicyMap{}
	for _, m := range []cedar.PolicyMap{forbids, permits} {
		for id, p := range m {
			all[id] = p
		}
	}
	s.all, s.permits = legacyToSlice(all), legacyToSlice(permits)
	return s
}

func legacyToSlice(m cedar.PolicyMap) policySlice {
	out := make(policySlice, 0, len(m))
	for id, p := range m {
		out = append(out, policyEntry{id, p})
	}
	slices.SortFunc(out, func(a, b policyEntry) int { return compareStrings(string(a.id), string(b.id)) })
	return out
}

// policySlice is a cedar.PolicyIterator over a slice, ordered by id:
// iterating a slice is cheaper than a map, and the order is stable.
type policySlice []policyEntry

// All implements cedar.PolicyIterator.
func (ps policySlice) All() iter.Seq2[cedar.PolicyID, *cedar.Policy] {
	return func(yield func(cedar.PolicyID, *cedar.Policy) bool) {
		for _, e := range ps {
			if !yield(e.id, e.p) {
				return
			}
		}
	}
}

// legacyOwn is Request.own before issue 16.
func (r *Request) legacyOwn() Counts {
	if r.Dataset != nil || len(r.Records) != 1 || len(r.Records[0].Kinds) > 0 {
		_, c := r.adding()
		return c
	}
	rec := r.Records[0]
	n := len(rec.Subjects)
	if n > 1 {
		ss := slices.Clone(rec.Subjects)
		slices.Sort(ss)
		n = len(slices.Compact(ss))
	}
	c := Counts{Total: n}
	switch rec.Category {
	case comity.CategoryPersonal:
		c.Personal = n
	case comity.CategorySensitivePersonal:
		c.Sensitive = n
	}
	return c
}
