package http

import (
	"context"
	"net/http"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// Agreements publishes and lists the agreements between states a node
// knows.
type Agreements interface {
	// Publish verifies an agreement signed by every party and keeps it; by
	// is a party's authority. The attempt is logged either way.
	Publish(ctx context.Context, by *comity.Principal, agreement []byte) (*federation.Agreement, error)
	List(ctx context.Context) ([]*federation.Agreement, error)
}

func (s *Server) publishAgreement(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Agreements == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no agreements")
	}
	body, err := s.rawJSON(r)
	if err != nil {
		return 0, nil, err
	}
	a, err := s.cfg.Agreements.Publish(r.Context(), p, body)
	return http.StatusCreated, a, err
}

func (s *Server) listAgreements(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Agreements == nil {
		return http.StatusOK, []*federation.Agreement{}, nil
	}
	out, err := s.cfg.Agreements.List(r.Context())
	return http.StatusOK, out, err
}
