package http

import (
	"context"
	"net/http"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Attestations issues controllers' attestations: a controller states,
// through the node that holds its records, that transferring them to a
// requester for a purpose is necessary (a contract with the individual, HR
// management). The node checks the controller holds every record, signs the
// attestation with its key and logs it; the requester presents the token
// with its request, and a rulebook that asks for an attestation accepts it.
type Attestations interface {
	Attest(ctx context.Context, by *comity.Principal, in rulebook.AttestationInput) (*rulebook.AttestationOutput, error)
}

func (s *Server) attest(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Attestations == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node issues no attestations")
	}
	if p.Via != "" {
		return 0, nil, comity.Errorf(comity.EFORBIDDEN, "a controller attests at the node that holds its records, not through another node")
	}
	var in rulebook.AttestationInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	if err := comity.CheckName("requester", in.Requester); err != nil {
		return 0, nil, err
	}
	if err := comity.CheckName("purpose", in.Purpose); err != nil {
		return 0, nil, err
	}
	out, err := s.cfg.Attestations.Attest(r.Context(), p, in)
	return http.StatusCreated, out, err
}
