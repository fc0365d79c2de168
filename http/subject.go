package http

import (
	"encoding/hex"
	"net/http"

	"github.com/comity-project/comity"
)

// SubjectSecretOutput is the answer to GET /v1/subjects/{ref}/secret.
type SubjectSecretOutput struct {
	Subject string `json:"subject"`
	// Secret (hex) lets the data subject find, in this node's public log,
	// every decision that touched their data (comity audit
	// --subject-secret); without it no one can link entries to them.
	Secret string `json:"secret"`
	Log    string `json:"log"` // the log's origin
}

// RecordSecretOutput is the answer to GET /v1/records/{id}/secret.
type RecordSecretOutput struct {
	Record string `json:"record"`
	// Secret (hex) finds, in this node's public log, every entry that
	// concerns the record (comity audit --record-secret); without it no one
	// can link entries to the record.
	Secret string `json:"secret"`
	Log    string `json:"log"` // the log's origin
}

func (s *Server) recordSecret(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.RecordSecret == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no log")
	}
	id := r.PathValue("id")
	secret, origin, err := s.cfg.RecordSecret(r.Context(), p, id)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, RecordSecretOutput{Record: id, Secret: hex.EncodeToString(secret), Log: origin}, nil
}

func (s *Server) subjectSecret(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.SubjectSecret == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no log")
	}
	ref := r.PathValue("ref")
	if ref == "" || len(ref) > 256 {
		return 0, nil, comity.Errorf(comity.EINVALID, "a data subject reference of 1 to 256 bytes")
	}
	secret, origin, err := s.cfg.SubjectSecret(r.Context(), p, ref)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, SubjectSecretOutput{Subject: ref, Secret: hex.EncodeToString(secret), Log: origin}, nil
}
