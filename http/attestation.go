package http

import (
	"context"
	"net/http"
	"time"

	"github.com/comity-project/comity"
)

// Attestations issues controllers' attestations: a controller states,
// through the node that holds its records, that transferring them to a
// requester for a purpose is necessary (a contract with the individual, HR
// management). The node checks the controller holds every record, signs the
// attestation with its key and logs it; the requester presents the token
// with its request, and a rulebook that asks for an attestation accepts it.
type Attestations interface {
	Attest(ctx context.Context, by *comity.Principal, in AttestationInput) (*AttestationOutput, error)
}

// AttestationInput is what a controller attests.
type AttestationInput struct {
	Requester             string              `json:"requester"`              // the receiving organisation
	RequesterJurisdiction comity.Jurisdiction `json:"requester_jurisdiction"` // where it is established
	Purpose               string              `json:"purpose"`                // the purpose attested, as the request will name it
	RecordIDs             []string            `json:"record_ids"`             // the records, all held by the controller at this node
	Action                comity.Action       `json:"action,omitempty"`       // empty: any action
	Destination           comity.Jurisdiction `json:"destination,omitempty"`  // empty: the requester's jurisdiction
	ValidFor              string              `json:"valid_for,omitempty"`    // a Go duration, default 720h, at most 8760h
}

// AttestationOutput is the signed attestation: the token to present in a
// request's approvals, and when it expires.
type AttestationOutput struct {
	ID      string          `json:"id"`
	Token   string          `json:"token"`
	Expires time.Time       `json:"expires"`
	Receipt *comity.Receipt `json:"receipt,omitempty"`
}

func (s *Server) attest(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Attestations == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node issues no attestations")
	}
	if p.Via != "" {
		return 0, nil, comity.Errorf(comity.EFORBIDDEN, "a controller attests at the node that holds its records, not through another node")
	}
	var in AttestationInput
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
