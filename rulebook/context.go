package rulebook

import (
	"slices"

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
func (e *Engine) cedarRequest(r *Request, s *stateRules, evidence []string, volume Counts) (cedar.Request, *entities) {
	home := r.Home()
	q := r.Requester
	roles := make([]cedar.Value, len(q.Roles))
	for i, role := range q.Roles {
		roles[i] = cedar.String(role)
	}
	principal := cedar.Entity{
		UID: cedar.NewEntityUID(principalTypes[q.Kind], cedar.String(q.ID)),
		Attributes: cedar.NewRecord(cedar.RecordMap{
			"jurisdiction": cedar.String(q.Jurisdiction),
			"organisation": cedar.String(q.Organisation),
			"roles":        cedar.NewSet(roles...),
		}),
	}
	resource := resourceEntity(r)

	node := r.Node
	if node == "" {
		node = home
	}
	rulebook, params := "", cedar.NewRecord(nil)
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
	ev := make([]cedar.Value, len(evidence))
	for i, k := range evidence {
		ev[i] = cedar.String(k)
	}
	ctx := cedar.NewRecord(cedar.RecordMap{
		"node":                 cedar.String(node),
		"rulebook":             cedar.String(rulebook),
		"purpose":              cedar.String(r.Purpose),
		"legalBasis":           cedar.String(r.LegalBasis),
		"destination":          cedar.String(r.Destination),
		"crossBorder":          cedar.Boolean(r.Destination != home || q.Jurisdiction != home),
		"consent":              cedar.Boolean(len(r.Consent) > 0),
		"approvals":            cedar.NewSet(ev...),
		"agreements":           cedar.NewSet(agreements...),
		"thirdPartyAgreements": cedar.NewSet(thirdParty...),
		"volume": cedar.NewRecord(cedar.RecordMap{
			"total":     cedar.Long(volume.Total),
			"personal":  cedar.Long(volume.Personal),
			"sensitive": cedar.Long(volume.Sensitive),
		}),
		"params":   params,
		"baseline": e.baseline.params,
	})
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
func resourceEntity(r *Request) cedar.Entity {
	if d := r.Dataset; d != nil {
		id := d.ID
		if id == "" {
			id = "request"
		}
		controllers := make([]cedar.Value, len(d.Controllers))
		for i, c := range d.Controllers {
			controllers[i] = cedar.String(c)
		}
		return cedar.Entity{
			UID: cedar.NewEntityUID("Dataset", cedar.String(id)),
			Attributes: cedar.NewRecord(cedar.RecordMap{
				"home":        cedar.String(d.Home),
				"category":    cedar.String(d.Category),
				"categories":  cedar.NewSet(cedar.String(d.Category)),
				"subjects":    cedar.Long(d.Subjects),
				"controllers": cedar.NewSet(controllers...),
				"records":     cedar.Long(d.Records),
			}),
		}
	}
	_, own := r.adding()
	var top comity.Category
	var categories, controllers []cedar.Value
	for _, rec := range r.Records {
		if slices.Index(comity.Categories, rec.Category) > slices.Index(comity.Categories, top) {
			top = rec.Category
		}
		if c := cedar.String(rec.Category); !slices.Contains(categories, cedar.Value(c)) {
			categories = append(categories, c)
		}
		if c := cedar.String(rec.Controller); !slices.Contains(controllers, cedar.Value(c)) {
			controllers = append(controllers, c)
		}
	}
	attrs := cedar.RecordMap{
		"home":        cedar.String(r.Records[0].Home),
		"category":    cedar.String(top),
		"categories":  cedar.NewSet(categories...),
		"subjects":    cedar.Long(own.Total),
		"controllers": cedar.NewSet(controllers...),
	}
	if len(r.Records) == 1 {
		return cedar.Entity{UID: cedar.NewEntityUID("Record", cedar.String(r.Records[0].ID)), Attributes: cedar.NewRecord(attrs)}
	}
	attrs["records"] = cedar.Long(len(r.Records))
	return cedar.Entity{UID: cedar.NewEntityUID("Dataset", "request"), Attributes: cedar.NewRecord(attrs)}
}
