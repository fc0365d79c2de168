package http

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/comity-project/comity"
)

// decode reads exactly one JSON value into v, refusing unknown fields,
// trailing data and bodies over the server's limit.
func (s *Server) decode(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return comity.Errorf(comity.EINVALID, "content type %q: want application/json", ct)
	}
	dec := json.NewDecoder(http.MaxBytesReader(nil, r.Body, s.cfg.MaxBodyBytes))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return jsonError(err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return comity.Errorf(comity.EINVALID, "malformed JSON: trailing data after the body")
	}
	return nil
}

// rawJSON reads a JSON body whole, within the server's limit, for handlers
// that pass signed documents on byte for byte.
func (s *Server) rawJSON(r *http.Request) ([]byte, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return nil, comity.Errorf(comity.EINVALID, "content type %q: want application/json", ct)
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return nil, jsonError(err)
	}
	return body, nil
}

func jsonError(err error) error {
	var mbe *http.MaxBytesError
	var ute *json.UnmarshalTypeError
	switch {
	case errors.As(err, &mbe):
		return comity.Errorf(comity.ETOOLARGE, "request body over %d bytes", mbe.Limit)
	case errors.Is(err, io.EOF):
		return comity.Errorf(comity.EINVALID, "empty body: want a JSON object")
	case errors.As(err, &ute):
		return comity.Errorf(comity.EINVALID, "malformed JSON: field %q wants %s", ute.Field, ute.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return comity.Errorf(comity.EINVALID, "unknown field %s", strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return comity.Errorf(comity.EINVALID, "malformed JSON: %s", strings.TrimPrefix(err.Error(), "json: "))
}
