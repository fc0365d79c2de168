package http

import (
	"context"
	"net/http"
	"strconv"

	"github.com/comity-project/comity"
)

// Prover turns a receipt this node issued into an inclusion proof against
// its latest published checkpoint.
type Prover func(ctx context.Context, r *comity.Receipt) (any, error)

func (s *Server) proveReceipt(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Prove == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no log")
	}
	var rc comity.Receipt
	if err := s.decode(r, &rc); err != nil {
		return 0, nil, err
	}
	proof, err := s.cfg.Prove(r.Context(), &rc)
	return http.StatusOK, proof, err
}

func (s *Server) proveIndex(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.ProveIndex == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no log")
	}
	i, err := strconv.ParseUint(r.PathValue("index"), 10, 64)
	if err != nil {
		return 0, nil, comity.Errorf(comity.EINVALID, "entry index %q: want a non-negative integer", r.PathValue("index"))
	}
	proof, err := s.cfg.ProveIndex(r.Context(), i)
	return http.StatusOK, proof, err
}
