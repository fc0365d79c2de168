package http

import (
	"net/http"
	"slices"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

// CaseInput is the body of POST /v1/judicial/cases: a request for judicial
// assistance, written as a draft at the requesting state's node.
type CaseInput struct {
	Reference  string              `json:"reference,omitempty"`
	Holding    comity.Jurisdiction `json:"holding"`
	Agency     string              `json:"agency,omitempty"` // default: the calling agency
	Offence    string              `json:"offence"`
	LegalBasis string              `json:"legal_basis"`
	Scope      judicial.Scope      `json:"scope"`
	Urgency    judicial.Urgency    `json:"urgency,omitempty"` // default standard
	Summary    string              `json:"summary,omitempty"`
}

// Case returns the draft case that in describes.
func (in *CaseInput) Case() *judicial.Case {
	return &judicial.Case{Reference: in.Reference, Holding: in.Holding, Agency: in.Agency, Offence: in.Offence,
		LegalBasis: in.LegalBasis, Scope: in.Scope, Urgency: in.Urgency, Summary: in.Summary}
}

func (s *Server) judicial() (*judicial.Service, error) {
	if s.cfg.Judicial == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node runs no judicial-assistance service")
	}
	return s.cfg.Judicial, nil
}

func (s *Server) createCase(r *http.Request, p *comity.Principal) (int, any, error) {
	var in CaseInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	c, err := svc.File(r.Context(), p, in.Case())
	return http.StatusCreated, c, err
}

func (s *Server) listCases(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	f := judicial.Filter{State: judicial.State(r.URL.Query().Get("state"))}
	if f.State != "" && !slices.Contains(judicial.States, f.State) {
		return 0, nil, comity.Errorf(comity.EINVALID, "unknown state %q", f.State)
	}
	cs, err := svc.List(r.Context(), p, f)
	if cs == nil {
		cs = []*judicial.Case{}
	}
	return http.StatusOK, map[string]any{"cases": cs}, err
}

func (s *Server) getCase(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	c, err := svc.Get(r.Context(), p, r.PathValue("id"))
	return http.StatusOK, c, err
}

func (s *Server) moveCase(r *http.Request, p *comity.Principal) (int, any, error) {
	var st judicial.Step
	if err := s.decode(r, &st); err != nil {
		return 0, nil, err
	}
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	c, err := svc.Transition(r.Context(), p, r.PathValue("id"), &st)
	return http.StatusOK, c, err
}

func (s *Server) executeOrder(r *http.Request, p *comity.Principal) (int, any, error) {
	var in judicial.ExecuteInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	ev, err := svc.Execute(r.Context(), p, r.PathValue("id"), &in)
	return http.StatusOK, ev, err
}

// caseMessage receives a case from a peer node; the peer's jurisdiction,
// from its certificate, is the sender's.
func (s *Server) caseMessage(r *http.Request, p *comity.Principal) (int, any, error) {
	var m judicial.Message
	if err := s.decode(r, &m); err != nil {
		return 0, nil, err
	}
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	c, err := svc.Receive(r.Context(), p.Jurisdiction, &m)
	return http.StatusOK, c, err
}

func (s *Server) overdueCases(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.judicial()
	if err != nil {
		return 0, nil, err
	}
	cs, err := svc.CheckDeadlines(r.Context(), comity.Now())
	if cs == nil {
		cs = []*judicial.Case{}
	}
	return http.StatusOK, map[string]any{"cases": cs}, err
}
