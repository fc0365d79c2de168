package http

import (
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/comity-project/comity"
)

// decode reads a JSON body whole, within the route's limit, and decodes it
// into v with comity.UnmarshalJSON: valid UTF-8 without lone surrogates,
// nesting at most 64, finite numbers, no duplicate keys, no unknown fields,
// no trailing data. Every JSON body of the API goes through it (or through
// rawJSON, which applies the same checks).
func (s *Server) decode(r *http.Request, v any) error {
	body, err := s.rawJSON(r)
	if err != nil {
		return err
	}
	return comity.UnmarshalJSON(body, v)
}

// rawJSON reads a JSON body whole, within the route's limit, and checks it
// with comity.CheckJSON, for handlers that pass signed documents on byte
// for byte.
func (s *Server) rawJSON(r *http.Request) ([]byte, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return nil, comity.Errorf(comity.EINVALID, "content type %q: want application/json", ct)
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.cfg.MaxBodyBytes))
	if err != nil {
		return nil, bodyError(err)
	}
	if err := comity.CheckJSON(body); err != nil {
		return nil, err
	}
	return body, nil
}

// bodyError turns a failed body read into problem details: over the limit,
// or cut off (a client too slow or gone).
func bodyError(err error) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return comity.Errorf(comity.ETOOLARGE, "request body over %d bytes", mbe.Limit)
	}
	return comity.Errorf(comity.EINVALID, "request body not received whole: %w", err)
}
