package http

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// RecordInput is the body of a record write. Home defaults to the id's
// prefix; id defaults to HOME-<random>; controller defaults to the caller.
type RecordInput struct {
	ID         string              `json:"id,omitempty"`
	Home       comity.Jurisdiction `json:"home,omitempty"`
	Controller string              `json:"controller,omitempty"`
	Category   comity.Category     `json:"category"`
	Subjects   []string            `json:"subjects,omitempty"`
	Fields     json.RawMessage     `json:"fields"`
	Version    int64               `json:"version,omitempty"` // for updates: the version being replaced
}

// Record returns the record that in describes, with its defaults filled.
func (in *RecordInput) Record() (*comity.Record, error) {
	r := &comity.Record{ID: in.ID, Home: in.Home, Controller: in.Controller, Category: in.Category,
		Subjects: in.Subjects, Fields: in.Fields, Version: in.Version}
	return r, r.Normalize()
}

func (s *Server) createRecord(r *http.Request, p *comity.Principal) (int, any, error) {
	var in RecordInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	rec, err := in.Record()
	if err != nil {
		return 0, nil, err
	}
	meta, err := s.cfg.Records.Create(r.Context(), p, rec)
	return http.StatusCreated, meta, err
}

func (s *Server) updateRecord(r *http.Request, p *comity.Principal) (int, any, error) {
	var in RecordInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	if in.ID != "" && in.ID != r.PathValue("id") {
		return 0, nil, comity.Errorf(comity.EINVALID, "body id %q differs from the path", in.ID)
	}
	in.ID = r.PathValue("id")
	rec, err := in.Record()
	if err != nil {
		return 0, nil, err
	}
	meta, err := s.cfg.Records.Update(r.Context(), p, rec)
	return http.StatusOK, meta, err
}

func (s *Server) deleteRecord(r *http.Request, p *comity.Principal) (int, any, error) {
	return http.StatusNoContent, nil, s.cfg.Records.Delete(r.Context(), p, r.PathValue("id"))
}

// getRecord releases one record through the gate of its home.
func (s *Server) getRecord(r *http.Request, p *comity.Principal) (int, any, error) {
	req, err := accessFromQuery(r, p)
	if err != nil {
		return 0, nil, err
	}
	req.RecordIDs = []string{r.PathValue("id")}
	return s.release(r, req, "")
}

// queryRecords releases one page of records matching the filter, at this
// node or, with ?home=XX, at another member's node.
func (s *Server) queryRecords(r *http.Request, p *comity.Principal) (int, any, error) {
	req, err := accessFromQuery(r, p)
	if err != nil {
		return 0, nil, err
	}
	q := r.URL.Query()
	f := comity.RecordFilter{Controller: q.Get("controller"), Subject: q.Get("subject"), Cursor: q.Get("cursor")}
	if f.Controller == "" && p.Has(comity.RoleController) {
		f.Controller = p.Organisation
	}
	if c := q.Get("category"); c != "" {
		if f.Category, err = comity.ParseCategory(c); err != nil {
			return 0, nil, err
		}
	}
	if v := q.Get("updated_since"); v != "" {
		if f.UpdatedSince, err = time.Parse(time.RFC3339, v); err != nil {
			return 0, nil, comity.Errorf(comity.EINVALID, "updated_since %q: want RFC 3339 time", v)
		}
	}
	if v := q.Get("limit"); v != "" {
		if f.Limit, err = strconv.Atoi(v); err != nil || f.Limit < 1 || f.Limit > 1000 {
			return 0, nil, comity.Errorf(comity.EINVALID, "limit %q: want 1 to 1000", v)
		}
	}
	req.Filter = f
	home := s.cfg.Node
	if h := q.Get("home"); h != "" {
		if home, err = comity.ParseJurisdiction(h); err != nil {
			return 0, nil, err
		}
	}
	return s.release(r, req, home)
}

// AccessInput is the body of POST /v1/access: a full request to the gate.
type AccessInput struct {
	Action     comity.Action       `json:"action,omitempty"`
	RecordIDs  []string            `json:"record_ids,omitempty"`
	Home       comity.Jurisdiction `json:"home,omitempty"` // with filter: whose node to query
	Filter     comity.RecordFilter `json:"filter,omitzero"`
	Purpose    string              `json:"purpose,omitempty"`
	LegalBasis string              `json:"legal_basis,omitempty"`
	// SpecialCondition is the GDPR Art. 9(2) condition (or its like) for
	// special categories of data.
	SpecialCondition string              `json:"special_condition,omitempty"`
	Destination      comity.Jurisdiction `json:"destination,omitempty"`
	Consent          []string            `json:"consent,omitempty"`
	Approvals        []string            `json:"approvals,omitempty"`
	Agreements       []string            `json:"agreements,omitempty"`
	// Webhook (https) receives the transfer case when a pending request is
	// decided.
	Webhook string `json:"webhook,omitempty"`
}

func (s *Server) access(r *http.Request, p *comity.Principal) (int, any, error) {
	var in AccessInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	req := &comity.AccessRequest{Requester: p, Action: in.Action, RecordIDs: in.RecordIDs, Filter: in.Filter,
		Purpose: in.Purpose, LegalBasis: in.LegalBasis, SpecialCondition: in.SpecialCondition, Destination: in.Destination,
		Consent: in.Consent, Approvals: in.Approvals, Agreements: in.Agreements, Webhook: in.Webhook}
	if err := validateAccess(req); err != nil {
		return 0, nil, err
	}
	home := in.Home
	if home != "" {
		j, err := comity.ParseJurisdiction(string(home))
		if err != nil {
			return 0, nil, err
		}
		home = j
	}
	return s.release(r, req, home)
}

func (s *Server) release(r *http.Request, req *comity.AccessRequest, home comity.Jurisdiction) (int, any, error) {
	rel, err := s.cfg.Records.Read(r.Context(), req, home)
	s.metrics.decision(rel, err)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, rel, nil
}

func accessFromQuery(r *http.Request, p *comity.Principal) (*comity.AccessRequest, error) {
	q := r.URL.Query()
	req := &comity.AccessRequest{Requester: p, Action: comity.ActionRead, Purpose: q.Get("purpose"), LegalBasis: q.Get("legal_basis"),
		SpecialCondition: q.Get("special_condition")}
	if d := q.Get("destination"); d != "" {
		j, err := comity.ParseJurisdiction(d)
		if err != nil {
			return nil, err
		}
		req.Destination = j
	}
	return req, validateAccess(req)
}

func validateAccess(req *comity.AccessRequest) error {
	a, err := comity.ParseAction(string(req.Action))
	if err != nil {
		return err
	}
	req.Action = a
	if req.Destination != "" {
		j, err := comity.ParseJurisdiction(string(req.Destination))
		if err != nil {
			return err
		}
		req.Destination = j
	}
	if len(req.Purpose) > 256 || len(req.LegalBasis) > 256 || strings.ContainsAny(req.Purpose+req.LegalBasis, "\n\r") {
		return comity.Errorf(comity.EINVALID, "purpose and legal basis are one line of at most 256 bytes")
	}
	if req.Webhook != "" {
		u, err := url.Parse(req.Webhook)
		if err != nil || u.Scheme != "https" || u.Host == "" || len(req.Webhook) > 2048 {
			return comity.Errorf(comity.EINVALID, "webhook %q: want an https URL", req.Webhook)
		}
	}
	return nil
}
