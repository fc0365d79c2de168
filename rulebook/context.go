package rulebook

import (
	"slices"
	"strings"
	"sync"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// entities holds the two entities of a request, principal and resource;
// a linear lookup beats building a map on every decision.
type entities [2]cedar.Entity

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
	rulebook, params := "", emptyRecord
	if s.rb != nil {
		rulebook, params = string(home), s.rb.params
	}
	var agreements, thirdParty []cedar.Value
	for _, a := range r.Agreements {
		switch {
		case !slices.Contains(a.Parties, home):
			thirdParty = append(thirdParty, cedar.String(a.ID))
		case slices.Contains(a.Parties, q.Jurisdiction):
			agreements = append(agreements, cedar.String(a.ID))
		}
	}
	var ev []cedar.Value // nil, not empty: an empty set still allocates
	for _, k := range evidence {
		ev = append(ev, str(k))
	}
	// NewRecord copies its map, so the map itself can be reused.
	m := contextMaps.Get().(cedar.RecordMap)
	defer func() { clear(m); contextMaps.Put(m) }()
	m["node"] = str(string(node))
	m["rulebook"] = str(rulebook)
	m["purpose"] = str(r.Purpose)
	m["legalBasis"] = str(r.LegalBasis)
	m["destination"] = str(string(r.Destination))
	m["crossBorder"] = cedar.Boolean(r.Destination != home || q.Jurisdiction != home)
	m["consent"] = cedar.Boolean(len(r.Consent) > 0)
	m["approvals"] = set(ev)
	m["agreements"] = set(agreements)
	m["thirdPartyAgreements"] = set(thirdParty)
	m["volume"] = cedar.NewRecord(cedar.RecordMap{
		"total":     cedar.Long(volume.Total),
		"personal":  cedar.Long(volume.Personal),
		"sensitive": cedar.Long(volume.Sensitive),
	})
	m["params"] = params
	m["baseline"] = e.baseline.params
	ctx := cedar.NewRecord(m)
	req := cedar.Request{
		Principal: principal.UID,
		Action:    cedar.NewEntityUID("Action", cedar.String(r.Action)),
		Resource:  resource.UID,
		Context:   ctx,
	}
	return req, &entities{principal, resource}
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
				"subjects":    cedar.Long(d.Subjects),
				"controllers": set(controllers),
				"records":     cedar.Long(d.Records),
			}),
		}
	}
	var top comity.Category
	var categories, controllers []cedar.Value
	for _, rec := range r.Records {
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
	mu sync.Mutex
	m  map[string]cedar.Entity
}

const maxCachedPrincipals = 4096

func (c *principalCache) get(q *Requester) cedar.Entity {
	var key strings.Builder
	key.Grow(len(q.Kind) + len(q.ID) + len(q.Organisation) + 16)
	for _, part := range []string{q.Kind, q.ID, q.Organisation, string(q.Jurisdiction)} {
		key.WriteString(part)
		key.WriteByte(0)
	}
	for _, role := range q.Roles {
		key.WriteString(string(role))
		key.WriteByte(0)
	}
	k := key.String()
	c.mu.Lock()
	e, ok := c.m[k]
	c.mu.Unlock()
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
)

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

var contextMaps = sync.Pool{New: func() any { return make(cedar.RecordMap, 16) }}
