package http

import (
	"net/http"
	"strconv"

	"github.com/comity-project/comity"
)

// OrganisationInput is the body of POST /v1/organisations.
type OrganisationInput struct {
	ID   string `json:"id"`   // "LEI:…" or "<STATE>:<registration number>"
	Name string `json:"name"` // the registered name
}

// OrganisationOutput is a registered organisation with the receipt of its
// registration.
type OrganisationOutput struct {
	Organisation *comity.Organisation `json:"organisation"`
	Receipt      *comity.Receipt      `json:"receipt,omitempty"`
}

func (s *Server) registerOrganisation(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Organisations == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node registers no organisations")
	}
	var in OrganisationInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	o, receipt, err := s.cfg.Organisations.Register(r.Context(), p, in.ID, in.Name)
	return http.StatusCreated, OrganisationOutput{Organisation: o, Receipt: receipt}, err
}

func (s *Server) listNotices(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Notices == nil {
		return http.StatusOK, []*comity.Notice{}, nil
	}
	if p.Via != "" || p.Jurisdiction != s.cfg.Node {
		return 0, nil, comity.Errorf(comity.EFORBIDDEN, "only principals of %s read its notices", s.cfg.Node)
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	out, err := s.cfg.Notices(r.Context(), limit)
	return http.StatusOK, out, err
}

func (s *Server) listOrganisations(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Organisations == nil {
		return http.StatusOK, []*comity.Organisation{}, nil
	}
	limit, _ := strconv.Atoi(r.URL.Query().Get("limit"))
	out, err := s.cfg.Organisations.Store.ListOrganisations(r.Context(), limit)
	return http.StatusOK, out, err
}
