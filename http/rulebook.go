package http

import (
	"context"
	"net/http"

	"github.com/comity-project/comity"
)

// Rulebooks publishes and lists the state rulebooks a node decides with.
type Rulebooks interface {
	// Publish verifies a signed state rulebook bundle (JSON) and installs
	// it in place of that state's previous one. by is the publishing
	// authority; the attempt is logged whether it succeeds or not.
	Publish(ctx context.Context, by *comity.Principal, bundle []byte) (*RulebookInfo, error)
	// ChangeBaseline installs a new federation baseline signed by a quorum
	// of member states (a rulebook.BaselineChange, JSON). Logged either way.
	ChangeBaseline(ctx context.Context, by *comity.Principal, change []byte) (*RulebookInfo, error)
	// List returns the baseline and every installed state rulebook.
	List(ctx context.Context) ([]*RulebookInfo, error)
}

// RulebookInfo describes one installed rulebook.
type RulebookInfo struct {
	Jurisdiction comity.Jurisdiction `json:"jurisdiction,omitempty"` // empty for the baseline
	Kind         string              `json:"kind"`                   // baseline or state
	Version      int64               `json:"version"`
	Digest       string              `json:"digest"`
	Policies     []string            `json:"policies"`
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
		return http.StatusOK, []*RulebookInfo{}, nil
	}
	out, err := s.cfg.Rulebooks.List(r.Context())
	return http.StatusOK, out, err
}
