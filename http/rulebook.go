package http

import (
	"context"
	"net/http"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Rulebooks publishes and lists the state rulebooks a node decides with.
type Rulebooks interface {
	// Publish verifies a signed state rulebook bundle (JSON) and installs
	// it in place of that state's previous one. by is the publishing
	// authority; the attempt is logged whether it succeeds or not.
	Publish(ctx context.Context, by *comity.Principal, bundle []byte) (*rulebook.Info, error)
	// ChangeBaseline installs a new federation baseline signed by a quorum
	// of member states (a rulebook.BaselineChange, JSON). Logged either way.
	ChangeBaseline(ctx context.Context, by *comity.Principal, change []byte) (*rulebook.Info, error)
	// List returns the baseline and every installed state rulebook.
	List(ctx context.Context) ([]*rulebook.Info, error)
}

func (s *Server) publishRulebook(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Rulebooks == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node has no rulebooks")
	}
	body, err := s.rawJSON(r)
	if err != nil {
		return 0, nil, err
	}
	info, err := s.cfg.Rulebooks.Publish(r.Context(), p, body)
	return http.StatusCreated, info, err
}

func (s *Server) changeBaseline(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Rulebooks == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node has no rulebooks")
	}
	body, err := s.rawJSON(r)
	if err != nil {
		return 0, nil, err
	}
	info, err := s.cfg.Rulebooks.ChangeBaseline(r.Context(), p, body)
	return http.StatusCreated, info, err
}

func (s *Server) listRulebooks(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Rulebooks == nil {
		return http.StatusOK, []*rulebook.Info{}, nil
	}
	out, err := s.cfg.Rulebooks.List(r.Context())
	return http.StatusOK, out, err
}
