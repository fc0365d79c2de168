package rulebook

import (
	"slices"
	"sync"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// entities holds the three entities of a request: principal, resource and
// volume; a linear lookup beats building a map on every decision.
type entities [3]cedar.Entity

// Get implements cedar.EntityGetter.
func (es *entities) Get(uid cedar.EntityUID) (cedar.Entity, bool) {
	for i := range es {
		if es[i].UID == uid {
			return es[i], true
		}
	}
	return cedar.Entity{}, false
}

var principalTypes = map[string]cedar.EntityType{
	KindOrganisation: "Organisation",
	KindAgency:       "Agency",
	KindAuthority:    "Authority",
}

// entityCaches are the entities built once per shape, shared by every
// version of an engine (they depend on the request alone).
type entityCaches struct {
	principals cache[cedar.Entity]
	resources  cache[cedar.Record] // attributes; the uid names the record
	volumes    cache[cedar.Entity]
}

// entitiesPool recycles the entities of finished decisions: they are
// handed to Cedar as an interface, so would otherwise be allocated each
// time.
var entitiesPool = sync.Pool{New: func() any { return new(entities) }}

// cedarRequest builds the Cedar request and entities (into ents) for r, in
// the entity model of schema.cedarschema, from cached parts where it can.
func (e *Engine) cedarRequest(r *Request, s *stateRules, evidence []string, volume, own Counts, ents *entities) cedar.Request {
	req := e.cedarRequestCiting(r, s, evidence, own, ents, s.cite(r))
	ents[0], ents[2] = e.caches.principal(&r.Requester), e.caches.volume(volume)
	return req
}

// cedarRequestCiting is cedarRequest with the agreements r cites sorted,
// and without the principal and volume entities (ents[0] and ents[2]): a
// decision answered from the memo needs only the values it reads
// (memo.go), so they are built only when Cedar runs (facetSets.authorize).
func (e *Engine) cedarRequestCiting(r *Request, s *stateRules, evidence []string, own Counts, ents *entities, c cited) cedar.Request {
	principal := principalUID(&r.Requester)
	resource := cedar.Entity{UID: resourceUID(r), Attributes: e.caches.resource(r, own)}
	*ents = entities{{UID: principal}, resource}
	return cedar.Request{
		Principal: principal,
		Action:    actionUID(r.Action),
		Resource:  resource.UID,
		Context:   e.contextOf(r, s, evidence, c),
	}
}

// actionUIDs are the actions' entity uids, made once.
var actionUIDs = func() map[comity.Action]cedar.EntityUID {
	m := map[comity.Action]cedar.EntityUID{}
	for _, a := range actions {
		m[a] = cedar.NewEntityUID("Action", cedar.String(a))
	}
	return m
}()

func actionUID(a comity.Action) cedar.EntityUID {
	if uid, ok := actionUIDs[a]; ok {
		return uid
	}
	return cedar.NewEntityUID("Action", cedar.String(a))
}

func (c *entityCaches) principal(q *Requester) cedar.Entity {
	var buf [256]byte
	k := key(buf[:0]).str(q.Kind).str(q.ID).str(q.Organisation).str(string(q.Jurisdiction)).int(len(q.Roles))
	for _, role := range q.Roles {
		k = k.str(string(role))
	}
	if e, ok := c.principals.get(k); ok {
		return e
	}
	var roles []cedar.Value
	for _, role := range q.Roles {
		roles = append(roles, cedar.String(role))
	}
	e := cedar.Entity{
		UID: principalUID(q),
		Attributes: cedar.NewRecord(cedar.RecordMap{
			"jurisdiction": cedar.String(q.Jurisdiction),
			"organisation": cedar.String(q.Organisation),
			"roles":        cedar.NewSet(roles...),
		}),
	}
	c.principals.put(k, e)
	return e
}

// principalUID names the requester.
func principalUID(q *Requester) cedar.EntityUID {
	return cedar.NewEntityUID(principalTypes[q.Kind], cedar.String(q.ID))
}

// resourceUID names the requested data: a Record for one record, a Dataset
// for several or for an aggregate.
func resourceUID(r *Request) cedar.EntityUID {
	switch {
	case r.Dataset != nil && r.Dataset.ID != "":
		return cedar.NewEntityUID("Dataset", cedar.String(r.Dataset.ID))
	case r.Dataset != nil || len(r.Records) != 1:
		return datasetRequestUID
	}
	return cedar.NewEntityUID("Record", cedar.String(r.Records[0].ID))
}

var datasetRequestUID = cedar.NewEntityUID("Dataset", "request")

// maxKeyedRecords is the most records whose resource attributes are
// cached: the key grows with every record, and large pages repeat little.
const maxKeyedRecords = 32

// resource returns the attributes of the requested data. They depend on
// the records' home, categories, kinds and controllers and on the count of
// subjects, never on the records' ids, so requests for different records
// of one shape share them.
func (c *entityCaches) resource(r *Request, own Counts) cedar.Record {
	if r.Dataset == nil && len(r.Records) > maxKeyedRecords {
		return resourceAttributes(r, own)
	}
	var buf [512]byte
	k := key(buf[:0])
	if d := r.Dataset; d != nil {
		k = append(k, 'D')
		k = k.str(string(d.Home)).str(string(d.Category)).int(d.Subjects).int(d.Records).strs(d.Controllers).int(len(d.Kinds))
		for _, kind := range d.Kinds {
			k = k.str(string(kind))
		}
	} else {
		k = append(k, 'R')
		k = k.int(own.Total).str(string(r.Records[0].Home)).int(len(r.Records))
		for i := range r.Records {
			rec := &r.Records[i]
			k = k.str(string(rec.Category)).str(rec.Controller).int(len(rec.Kinds))
			for _, kind := range rec.Kinds {
				k = k.str(string(kind))
			}
		}
	}
	if rec, ok := c.resources.get(k); ok {
		return rec
	}
	rec := resourceAttributes(r, own)
	c.resources.put(k, rec)
	return rec
}

// resourceAttributes builds the attributes of the requested data.
func resourceAttributes(r *Request, own Counts) cedar.Record {
	if d := r.Dataset; d != nil {
		var controllers []cedar.Value
		for _, c := range d.Controllers {
			controllers = append(controllers, cedar.String(c))
		}
		return cedar.NewRecord(cedar.RecordMap{
			"home":        str(string(d.Home)),
			"category":    str(string(d.Category)),
			"categories":  categorySet(d.Category),
			"kinds":       kindSet(d.Kinds),
			"subjects":    cedar.Long(d.Subjects),
			"controllers": set(controllers),
			"records":     cedar.Long(d.Records),
		})
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
	if len(r.Records) > 1 {
		attrs["records"] = cedar.Long(len(r.Records))
	}
	return cedar.NewRecord(attrs)
}

var volumeUID = cedar.NewEntityUID("Volume", "request")

// volume returns the volume entity of counts c. Counts change as a
// requester receives more, but requests of one size at one moment share
// them, and a miss costs no more than building the entity.
func (c *entityCaches) volume(v Counts) cedar.Entity {
	var buf [256]byte
	k := key(buf[:0]).int(v.Total).int(v.Personal).int(v.Sensitive).
		int(v.DestinationTotal).int(v.DestinationPersonal).int(v.DestinationSensitive).int(v.Newcomers)
	if len(v.Kinds) > 0 {
		// Every kind's count, as kindCounts records them; kinds outside
		// the vocabulary are not recorded, so not keyed either.
		for _, kind := range comity.DataKinds {
			k = k.int(v.Kinds[kind])
		}
	}
	if e, ok := c.volumes.get(k); ok {
		return e
	}
	// volumeCounts and number name and count its attributes, as the
	// memo reads them without the entity (volumeKey).
	m := make(cedar.RecordMap, len(volumeCounts)+1)
	for i, name := range volumeCounts {
		m[cedar.String(name)] = cedar.Long(number(i, v, 0))
	}
	m["kinds"] = kindCounts(v.Kinds)
	e := cedar.Entity{UID: volumeUID, Attributes: cedar.NewRecord(m)}
	c.volumes.put(k, e)
	return e
}

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
