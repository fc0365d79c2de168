package http

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	"github.com/comity-project/comity"
)

// ConsentInput is one consent a controller records: what the data subject
// agreed to and when. The node gives it its id; the controller is the
// caller.
type ConsentInput struct {
	Subject     string              `json:"subject"`
	Kind        comity.ConsentKind  `json:"kind"`
	Purpose     string              `json:"purpose"`
	Recipient   string              `json:"recipient"` // organisation, entity:<id> or *
	Destination comity.Jurisdiction `json:"destination"`
	Notice      string              `json:"notice"`            // sha256:<hex> of the information given
	GivenAt     time.Time           `json:"given_at,omitzero"` // zero: now
}

// Consent is the consent the input describes, for controller's records.
func (in ConsentInput) Consent() *comity.Consent {
	return &comity.Consent{Subject: in.Subject, Kind: in.Kind, Purpose: in.Purpose, Recipient: in.Recipient,
		Destination: in.Destination, Notice: in.Notice, GivenAt: in.GivenAt}
}

// ConsentsInput is the body of POST /v1/consents: 1 to 1000 consents,
// stored all or none (a bulk import sends batches).
type ConsentsInput struct {
	Consents []ConsentInput `json:"consents"`
}

// ConsentsOutput is the consents as stored, with the receipt of the entry
// that logged them.
type ConsentsOutput struct {
	Consents []*comity.Consent `json:"consents"`
	Receipt  *comity.Receipt   `json:"receipt,omitempty"`
}

// WithdrawalOutput is the withdrawn consent with the receipt of the entry
// that logged the withdrawal.
type WithdrawalOutput struct {
	Consent *comity.Consent `json:"consent"`
	Receipt *comity.Receipt `json:"receipt,omitempty"`
}

func (s *Server) giveConsents(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Consents == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no consents")
	}
	var in ConsentsInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	cs := make([]*comity.Consent, len(in.Consents))
	for i, c := range in.Consents {
		cs[i] = c.Consent()
	}
	out, receipt, err := s.cfg.Consents.Give(r.Context(), p, cs)
	return http.StatusCreated, ConsentsOutput{Consents: out, Receipt: receipt}, err
}

func (s *Server) withdrawConsent(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Consents == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no consents")
	}
	if r.ContentLength != 0 {
		// The withdrawal takes no parameters: a body, if any, is "{}".
		var none struct{}
		if err := s.decode(r, &none); err != nil {
			return 0, nil, err
		}
	}
	c, receipt, err := s.cfg.Consents.Withdraw(r.Context(), p, r.PathValue("id"))
	return http.StatusOK, WithdrawalOutput{Consent: c, Receipt: receipt}, err
}

func (s *Server) listConsents(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Consents == nil {
		return http.StatusOK, []*comity.Consent{}, nil
	}
	q := r.URL.Query()
	limit, _ := strconv.Atoi(q.Get("limit"))
	out, err := s.cfg.Consents.List(r.Context(), p, q.Get("subject"), q.Get("after"), limit)
	return http.StatusOK, out, err
}

// MaxConsentLine bounds one line of a consent import.
const MaxConsentLine = 64 << 10

// ReadConsents reads consents as JSON Lines (one ConsentInput per line,
// unknown members refused, blank lines skipped) and calls fn for each in
// order. An error names the line; fn's error stops the reading.
func ReadConsents(r io.Reader, fn func(ConsentInput) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 4096), MaxConsentLine)
	for line := 1; sc.Scan(); line++ {
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		var in ConsentInput
		if err := dec.Decode(&in); err != nil {
			return comity.Errorf(comity.EINVALID, "line %d: %v", line, err)
		}
		if dec.More() {
			return comity.Errorf(comity.EINVALID, "line %d: more than one JSON value", line)
		}
		if err := comity.CheckConsent(in.Consent(), comity.Now()); err != nil {
			return comity.Errorf(comity.EINVALID, "line %d: %s", line, comity.ErrorMessage(err))
		}
		if err := fn(in); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return comity.Errorf(comity.EINVALID, "read consents: %w", err)
	}
	return nil
}
