package rulebook

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Request is the JSON request format of `comity rulebook decide` and of the
// examples a rulebook ships: one request evaluated offline, with the facts
// a node would otherwise look up (prior volume, evidence on file). See
// README.md for an annotated example.
type Request struct {
	// Node is the deciding node's jurisdiction; empty means the home of the
	// requested data.
	Node       comity.Jurisdiction `json:"node,omitempty"`
	Requester  Requester           `json:"requester"`
	Action     comity.Action       `json:"action"`
	Purpose    string              `json:"purpose,omitempty"`
	LegalBasis string              `json:"legal_basis,omitempty"`
	// SpecialCondition is the condition for special categories of data
	// (GDPR Art. 9(2)) the request relies on; context.specialCondition.
	SpecialCondition string              `json:"special_condition,omitempty"`
	Destination      comity.Jurisdiction `json:"destination,omitempty"` // empty: the requester's jurisdiction
	// Consent lists consents taken as verified. Offline any reference
	// counts; at a node the gate puts here only the consents it verified
	// at the home node (comity.Gate), never the requester's references.
	Consent []string `json:"consent,omitempty"`
	// Evidence lists kinds of evidence taken as on file and valid
	// (approval, assessment, contract, certification, judicial-assistance).
	// Offline only: a node ignores it and verifies Approvals instead.
	Evidence []string `json:"evidence,omitempty"`
	// Approvals are signed approval tokens (Approval.Encode); they count
	// only when the authority keys are known (decide --keys).
	Approvals  []string       `json:"approvals,omitempty"`
	Agreements []AgreementRef `json:"agreements,omitempty"`
	// Records lists the requested records; or Dataset describes them in
	// aggregate. Exactly one of the two.
	Records []RecordRef `json:"records,omitempty"`
	Dataset *Dataset    `json:"dataset,omitempty"`
	// Volume is what the requester already received from the home within
	// the rulebook's window, before this request.
	Volume Counts `json:"volume,omitzero"`
	// Time is when the request is decided; zero means now.
	Time time.Time `json:"time,omitzero"`
}

// Requester is who asks. Kind is organisation, agency or authority.
type Requester struct {
	ID           string              `json:"id,omitempty"`
	Organisation string              `json:"organisation"`
	Jurisdiction comity.Jurisdiction `json:"jurisdiction"`
	Kind         string              `json:"kind,omitempty"` // empty: organisation
	Roles        []comity.Role       `json:"roles,omitempty"`
	// Entity is the registered organisation the requester acts for
	// (comity.Organisation.ID); volume is counted by it when set.
	Entity string `json:"entity,omitempty"`
}

// RecordRef is a record as the policy sees it: no fields, only metadata
// and data-subject references.
type RecordRef struct {
	ID         string              `json:"id"`
	Home       comity.Jurisdiction `json:"home,omitempty"` // empty: the id's prefix
	Controller string              `json:"controller"`
	Category   comity.Category     `json:"category"`
	// Kinds are the record's data kinds (comity.DataKinds).
	Kinds    []comity.DataKind `json:"kinds,omitempty"`
	Subjects []string          `json:"subjects,omitempty"`
}

// Dataset describes requested data in aggregate: Subjects distinct data
// subjects in Records records of one category.
type Dataset struct {
	ID       string              `json:"id,omitempty"`
	Home     comity.Jurisdiction `json:"home"`
	Category comity.Category     `json:"category"`
	// Kinds are the data kinds every one of its subjects' records holds.
	Kinds       []comity.DataKind `json:"kinds,omitempty"`
	Subjects    int               `json:"subjects"`
	Records     int               `json:"records,omitempty"`
	Controllers []string          `json:"controllers,omitempty"`
}

// AgreementRef is an agreement between states cited by a request, with its
// parties.
type AgreementRef struct {
	ID      string                `json:"id"`
	Parties []comity.Jurisdiction `json:"parties"`
}

// Counts are numbers of distinct data subjects.
type Counts struct {
	Total     int `json:"total"`     // all categories
	Personal  int `json:"personal"`  // category personal
	Sensitive int `json:"sensitive"` // category sensitive-personal
	// The home's people whose data went to the request's destination
	// state in the window, over every requester: collection by a state,
	// not only by one requester.
	DestinationTotal     int `json:"destination_total,omitempty"`
	DestinationPersonal  int `json:"destination_personal,omitempty"`
	DestinationSensitive int `json:"destination_sensitive,omitempty"`
	// Newcomers counts the organisations of the requester's state first
	// served by the home in the window that have each received at least
	// the rulebook's newcomer_near_personal people (this requester
	// included): many new names each just under a threshold.
	Newcomers int `json:"newcomers,omitempty"`
	// Kinds counts the people received in records of each data kind.
	Kinds map[comity.DataKind]int `json:"kinds,omitempty"`
}

// Principal kinds, the Cedar entity types of the requester.
const (
	KindOrganisation = "organisation"
	KindAgency       = "agency"
	KindAuthority    = "authority"
)

// maxRequestBytes bounds a request document; 1000 records of 100 subjects fit.
const maxRequestBytes = 8 << 20

// ParseRequest decodes and checks one request in the JSON request format.
// Errors are *comity.Error with EINVALID.
func ParseRequest(data []byte) (*Request, error) {
	if len(data) > maxRequestBytes {
		return nil, comity.Errorf(comity.EINVALID, "request of %d bytes is over %d", len(data), maxRequestBytes)
	}
	var r Request
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&r); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "decode request: %w", err)
	}
	if dec.More() {
		return nil, comity.Errorf(comity.EINVALID, "trailing data after the request")
	}
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return &r, nil
}

// Validate checks a request and fills its defaults (destination, kinds,
// record homes).
func (r *Request) Validate() error {
	bad := func(format string, args ...any) error { return comity.Errorf(comity.EINVALID, format, args...) }
	q := &r.Requester
	if strings.TrimSpace(q.Organisation) == "" || len(q.Organisation) > 256 || len(q.ID) > 256 {
		return bad("requester needs an organisation of at most 256 bytes")
	}
	if q.ID == "" {
		q.ID = q.Organisation
	}
	if !q.Jurisdiction.Valid() {
		return bad("requester jurisdiction %q: want an ISO 3166-1 alpha-2 code", q.Jurisdiction)
	}
	if q.Kind == "" {
		q.Kind = KindOrganisation
	}
	if !slices.Contains([]string{KindOrganisation, KindAgency, KindAuthority}, q.Kind) {
		return bad("requester kind %q: want organisation, agency or authority", q.Kind)
	}
	for _, role := range q.Roles {
		if _, err := comity.ParseRole(string(role)); err != nil {
			return err
		}
	}
	if !slices.Contains(actions, r.Action) {
		return bad("action %q: want read, transfer, store-abroad, disclose-to-law-enforcement or bulk-export", r.Action)
	}
	if r.Destination == "" {
		r.Destination = q.Jurisdiction
	}
	if !r.Destination.Valid() {
		return bad("destination %q: want an ISO 3166-1 alpha-2 code", r.Destination)
	}
	if r.Node != "" && !r.Node.Valid() {
		return bad("node %q: want an ISO 3166-1 alpha-2 code", r.Node)
	}
	if len(r.Purpose) > 256 || len(r.LegalBasis) > 256 || len(r.SpecialCondition) > 256 {
		return bad("purpose, legal basis and special condition are at most 256 bytes each")
	}
	for _, e := range r.Evidence {
		if !slices.Contains(EvidenceKinds, e) || e == ObligeConsent {
			return bad("evidence %q: want approval, assessment, contract, certification, judicial-assistance, attestation, binding-corporate-rules or code-of-conduct", e)
		}
	}
	for _, a := range r.Agreements {
		if a.ID == "" || len(a.Parties) < 2 || len(a.Parties) > 250 {
			return bad("agreement %q needs an id and two or more parties", a.ID)
		}
		for _, p := range a.Parties {
			if !p.Valid() {
				return bad("agreement %s: party %q is not a jurisdiction", a.ID, p)
			}
		}
	}
	if r.Volume.Total < 0 || r.Volume.Personal < 0 || r.Volume.Sensitive < 0 {
		return bad("volume counts are not negative")
	}
	for k, n := range r.Volume.Kinds {
		if _, err := comity.ParseDataKind(string(k)); err != nil {
			return err
		}
		if n < 0 {
			return bad("volume counts are not negative")
		}
	}
	switch {
	case (len(r.Records) == 0) == (r.Dataset == nil):
		return bad("a request names records or describes a dataset, one of the two")
	case len(r.Records) > 1000:
		return bad("at most 1000 records per request")
	case r.Dataset != nil:
		d := r.Dataset
		if !d.Home.Valid() {
			return bad("dataset home %q: want an ISO 3166-1 alpha-2 code", d.Home)
		}
		if _, err := comity.ParseCategory(string(d.Category)); err != nil {
			return err
		}
		if d.Subjects < 0 || d.Records < 0 || d.Subjects > 1<<40 {
			return bad("dataset counts are not negative")
		}
		if err := comity.CheckDataKinds(d.Kinds); err != nil {
			return err
		}
	}
	for i := range r.Records {
		rec := &r.Records[i]
		home, err := comity.HomeOf(rec.ID)
		if err != nil {
			return err
		}
		if rec.Home == "" {
			rec.Home = home
		}
		if rec.Home != home {
			return bad("record %s: home %s does not match its id", rec.ID, rec.Home)
		}
		if rec.Home != r.Records[0].Home {
			return bad("records of one request share one home: %s and %s differ", r.Records[0].Home, rec.Home)
		}
		if _, err := comity.ParseCategory(string(rec.Category)); err != nil {
			return err
		}
		if len(rec.Subjects) > 10000 {
			return bad("record %s names more than 10000 data subjects", rec.ID)
		}
		if err := comity.CheckDataKinds(rec.Kinds); err != nil {
			return err
		}
	}
	return nil
}

// Home returns the home jurisdiction of the requested data.
func (r *Request) Home() comity.Jurisdiction {
	if r.Dataset != nil {
		return r.Dataset.Home
	}
	if len(r.Records) > 0 {
		return r.Records[0].Home
	}
	return ""
}

var actions = []comity.Action{comity.ActionRead, comity.ActionTransfer, comity.ActionStoreAbroad, comity.ActionDiscloseToLawEnforce, comity.ActionBulkExport}

// adding returns the distinct data subjects of this request by category,
// and for a dataset the counts it declares.
func (r *Request) adding() (map[comity.Category][]string, Counts) {
	if r.Dataset != nil {
		c := Counts{Total: r.Dataset.Subjects}
		switch r.Dataset.Category {
		case comity.CategoryPersonal:
			c.Personal = c.Total
		case comity.CategorySensitivePersonal:
			c.Sensitive = c.Total
		}
		for _, k := range r.Dataset.Kinds {
			if c.Kinds == nil {
				c.Kinds = map[comity.DataKind]int{}
			}
			c.Kinds[k] = c.Total
		}
		return nil, c
	}
	by := map[comity.Category][]string{}
	for _, rec := range r.Records {
		by[rec.Category] = append(by[rec.Category], rec.Subjects...)
	}
	for k, v := range by {
		slices.Sort(v)
		by[k] = slices.Compact(v)
	}
	c := countDistinct(by)
	if kinds := r.addingKinds(); kinds != nil {
		c.Kinds = make(map[comity.DataKind]int, len(kinds))
		for k, v := range kinds {
			c.Kinds[k] = len(v)
		}
	}
	return by, c
}

// addingKinds returns the request's distinct data subjects by data kind,
// or nil when its records name no kind.
func (r *Request) addingKinds() map[comity.DataKind][]string {
	var by map[comity.DataKind][]string
	for _, rec := range r.Records {
		for _, k := range rec.Kinds {
			if by == nil {
				by = map[comity.DataKind][]string{}
			}
			by[k] = append(by[k], rec.Subjects...)
		}
	}
	for k, v := range by {
		slices.Sort(v)
		by[k] = slices.Compact(v)
	}
	return by
}

// own returns the request's own distinct data subjects; like adding, but
// without building maps for the common case of one record.
func (r *Request) own() Counts {
	if r.Dataset != nil || len(r.Records) != 1 {
		_, c := r.adding()
		return c
	}
	rec := r.Records[0]
	n := distinct(rec.Subjects)
	c := Counts{Total: n}
	switch rec.Category {
	case comity.CategoryPersonal:
		c.Personal = n
	case comity.CategorySensitivePersonal:
		c.Sensitive = n
	}
	if len(rec.Kinds) > 0 {
		c.Kinds = make(map[comity.DataKind]int, len(rec.Kinds))
		for _, k := range rec.Kinds {
			c.Kinds[k] = n
		}
	}
	return c
}

// distinct counts the distinct strings of ss; a few are compared in
// place, more are sorted in a copy.
func distinct(ss []string) int {
	if len(ss) > 16 {
		ss = slices.Clone(ss)
		slices.Sort(ss)
		return len(slices.Compact(ss))
	}
	n := 0
	for i, s := range ss {
		if !slices.Contains(ss[:i], s) {
			n++
		}
	}
	return n
}

// countDistinct counts the subjects of by without counting any twice.
func countDistinct(by map[comity.Category][]string) Counts {
	all := map[string]bool{}
	for _, v := range by {
		for _, s := range v {
			all[s] = true
		}
	}
	return Counts{Total: len(all), Personal: len(by[comity.CategoryPersonal]), Sensitive: len(by[comity.CategorySensitivePersonal])}
}

// volume returns r's cumulative volume, r.Volume.plus(r.own()), and its
// own subjects without their kinds (the kinds are counted in the volume):
// for a dataset or one record, without making the map of its own kinds on
// the way.
func (r *Request) volume() (volume, own Counts) {
	var n int
	var category comity.Category
	var kinds []comity.DataKind
	switch {
	case r.Dataset != nil && len(r.Dataset.Kinds) > 0:
		n, category, kinds = r.Dataset.Subjects, r.Dataset.Category, r.Dataset.Kinds
	case r.Dataset == nil && len(r.Records) == 1 && len(r.Records[0].Kinds) > 0:
		rec := &r.Records[0]
		n, category, kinds = distinct(rec.Subjects), rec.Category, rec.Kinds
	default:
		own = r.own()
		return r.Volume.plus(own), own
	}
	own = Counts{Total: n}
	switch category {
	case comity.CategoryPersonal:
		own.Personal = n
	case comity.CategorySensitivePersonal:
		own.Sensitive = n
	}
	prior := r.Volume
	prior.Kinds = nil
	volume = prior.plus(own)
	volume.Kinds = make(map[comity.DataKind]int, len(r.Volume.Kinds)+len(kinds))
	for k, c := range r.Volume.Kinds {
		volume.Kinds[k] += c
	}
	for i, k := range kinds {
		if !slices.Contains(kinds[:i], k) {
			volume.Kinds[k] += n
		}
	}
	return volume, own
}

// plus adds a request's own subjects d to prior counts c, for the requester
// and for its destination alike.
func (c Counts) plus(d Counts) Counts {
	sum := Counts{Total: c.Total + d.Total, Personal: c.Personal + d.Personal, Sensitive: c.Sensitive + d.Sensitive,
		DestinationTotal: c.DestinationTotal + d.Total, DestinationPersonal: c.DestinationPersonal + d.Personal,
		DestinationSensitive: c.DestinationSensitive + d.Sensitive, Newcomers: c.Newcomers}
	if len(c.Kinds)+len(d.Kinds) > 0 {
		sum.Kinds = make(map[comity.DataKind]int, len(c.Kinds)+len(d.Kinds))
		for k, n := range c.Kinds {
			sum.Kinds[k] += n
		}
		for k, n := range d.Kinds {
			sum.Kinds[k] += n
		}
	}
	return sum
}

// String names the requester and action, for messages.
func (r *Request) String() string {
	return fmt.Sprintf("%s %s (%s) %s", r.Requester.Kind, r.Requester.Organisation, r.Requester.Jurisdiction, r.Action)
}
