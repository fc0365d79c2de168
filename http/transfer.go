package http

import (
	"encoding/base64"
	"net/http"
	"strconv"

	"github.com/comity-project/comity"
)

// TransferDecision is the body of POST /v1/transfers/{id}/approve (with
// Approval) and /refuse (with Grounds and Signature).
type TransferDecision struct {
	// Approval is the authority's signed approval token (comity transfer
	// approve makes one), covering exactly the case's scope.
	Approval string `json:"approval,omitempty"`
	// Grounds say why the case is refused; Signature is the authority's
	// Ed25519 signature over them (base64; see comity transfer refuse).
	Grounds   string `json:"grounds,omitempty"`
	Signature string `json:"signature,omitempty"`
}

func (s *Server) transfers() (*comity.TransferService, error) {
	if s.cfg.Transfers == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no transfer cases")
	}
	return s.cfg.Transfers, nil
}

func (s *Server) listTransfers(r *http.Request, p *comity.Principal) (int, any, error) {
	ts, err := s.transfers()
	if err != nil {
		return 0, nil, err
	}
	limit := 100
	if v := r.URL.Query().Get("limit"); v != "" {
		if limit, err = strconv.Atoi(v); err != nil || limit < 1 || limit > 1000 {
			return 0, nil, comity.Errorf(comity.EINVALID, "limit %q: want 1 to 1000", v)
		}
	}
	out, err := ts.List(r.Context(), p, comity.TransferState(r.URL.Query().Get("state")), limit)
	return http.StatusOK, out, err
}

func (s *Server) getTransfer(r *http.Request, p *comity.Principal) (int, any, error) {
	ts, err := s.transfers()
	if err != nil {
		return 0, nil, err
	}
	t, err := ts.Get(r.Context(), p, r.PathValue("id"))
	return http.StatusOK, t, err
}

func (s *Server) approveTransfer(r *http.Request, p *comity.Principal) (int, any, error) {
	ts, err := s.transfers()
	if err != nil {
		return 0, nil, err
	}
	var in TransferDecision
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	if in.Approval == "" {
		return 0, nil, comity.Errorf(comity.EINVALID, "an approval needs the signed approval token")
	}
	t, err := ts.Approve(r.Context(), p, r.PathValue("id"), in.Approval)
	return http.StatusOK, t, err
}

func (s *Server) refuseTransfer(r *http.Request, p *comity.Principal) (int, any, error) {
	ts, err := s.transfers()
	if err != nil {
		return 0, nil, err
	}
	var in TransferDecision
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	sig, err := base64.StdEncoding.DecodeString(in.Signature)
	if err != nil {
		return 0, nil, comity.Errorf(comity.EINVALID, "signature is not base64")
	}
	t, err := ts.Refuse(r.Context(), p, r.PathValue("id"), in.Grounds, sig)
	return http.StatusOK, t, err
}
