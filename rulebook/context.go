package rulebook

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// entities holds the three entities of a request: principal, resource and
// volume; a linear lookup beats building a map on every decision.
type entities [3]cedar.Entity

// Get implements cedar.EntityGetter.
func (es *entities) Get(uid cedar.EntityUID) (cedar.Entity, bool) {
	for _, e := range es {
		if e.UID == uid {
			return e, true
		}
	}
	return cedar.Entity{}, false
}

var principalTypes = map[string]cedar.EntityType{
	KindOrganisation: "Organisation",
	KindAgency:       "Agency",
	KindAuthority:    "Authority",
}

// cedarRequest builds the Cedar request and entities for r, in the entity
// model of schema.cedarschema.
func (e *Engine) cedarRequest(r *Request, s *stateRules, evidence []string, volume, own Counts) (cedar.Request, *entities) {
	home := r.Home()
	q := r.Requester
	principal := e.principals.get(&q)
	resource := resourceEntity(r, own)

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
	ctx := s.contexts.get(e, s, contextKey{
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
		"kinds":                kindCounts(volume.Kinds),
	})}
	req := cedar.Request{
		Principal: principal.UID,
		Action:    cedar.NewEntityUID("Action", cedar.String(r.Action)),
		Resource:  resource.UID,
		Context:   ctx,
	}
	return req, &entities{principal, resource, vol}
}

// resourceEntity describes the requested data: a Record for one record, a
// Dataset for several or for an aggregate.
func resourceEntity(r *Request, own Counts) cedar.Entity {
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

// principalCache keeps the Cedar entities of recent requesters: the same
// organisations ask again and again, and building an entity is a good part
// of a decision's cost. It is bounded and safe for concurrent use.
type principalCache struct {
	mu sync.RWMutex
	m  map[string]cedar.Entity
}

const maxCachedPrincipals = 4096

func (c *principalCache) get(q *Requester) cedar.Entity {
	var key strings.Builder
	key.Grow(len(q.Kind) + len(q.ID) + len(q.Organisation) + 32)
	for _, part := range []string{q.Kind, q.ID, q.Organisation, string(q.Jurisdiction)} {
		writeKeyPart(&key, part)
	}
	for _, role := range q.Roles {
		writeKeyPart(&key, string(role))
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
	if c.m == nil || len(c.m) >= maxCachedPrincipals {
		c.m = make(map[string]cedar.Entity)
	}
	c.m[k] = e
	c.mu.Unlock()
	return e
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

// kindCounts is the volume's kinds record: every data kind, at 0 unless
// counted.
func kindCounts(counts map[comity.DataKind]int) cedar.Value {
	if len(counts) == 0 {
		return noKinds
	}
	m := make(cedar.RecordMap, len(comity.DataKinds))
	for _, k := range comity.DataKinds {
		m[cedar.String(k)] = cedar.Long(counts[k])
	}
	return cedar.NewRecord(m)
}

func kindSet(kinds []comity.DataKind) cedar.Value {
	if len(kinds) == 0 {
		return emptySet
	}
	vs := make([]cedar.Value, len(kinds))
	for i, k := range kinds {
		vs[i] = str(string(k))
	}
	return cedar.NewSet(vs...)
}

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

var volumeUID = cedar.NewEntityUID("Volume", "request")

// contextKey is what the context record is built from, besides the lists.
type contextKey struct {
	node, destination    comity.Jurisdiction
	day                  time.Time
	purpose, legalBasis  string
	special              string
	crossBorder, consent bool
}

// contextCache keeps the context records of one home's recent requests.
// Everything in a context but the volume (an entity, built per request)
// repeats from one request to the next: the same purposes, bases,
// destinations and evidence. Building a Cedar record is a large part of a
// decision's cost (cedar-go sorts, hashes and copies it), so each distinct
// context is built once. Bounded; safe for concurrent use.
type contextCache struct {
	mu sync.RWMutex
	m  map[string]cedar.Record
}

const maxCachedContexts = 4096

func (c *contextCache) get(e *Engine, s *stateRules, k contextKey, evidence, agreements, thirdParty, agency []string) cedar.Record {
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
	// Every string is length-prefixed (writeKeyPart), so that no choice of
	// purpose (the requester's free text) makes two contexts share a key.
	for _, part := range [][]string{{k.purpose, k.legalBasis, k.special}, evidence, agreements, thirdParty, agency} {
		key.WriteString(strconv.Itoa(len(part)))
		key.WriteByte(':')
		for _, v := range part {
			writeKeyPart(&key, v)
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
	if c.m == nil || len(c.m) >= maxCachedContexts {
		c.m = make(map[string]cedar.Record)
	}
	c.m[ks] = rec
	c.mu.Unlock()
	return rec
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

// writeKeyPart appends one length-prefixed string to a cache key: keys made
// this way are equal only when every part is, whatever bytes the parts hold.
func writeKeyPart(key *strings.Builder, s string) {
	key.WriteString(strconv.Itoa(len(s)))
	key.WriteByte(':')
	key.WriteString(s)
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
	named := s.rb.Bundle.Params.Strings(ParamAgencyAgreements)
	var out []string
	for _, a := range agreements {
		if slices.Contains(named, a) {
			out = append(out, a)
		}
	}
	return out
}
