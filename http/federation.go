package http

import (
	"context"
	"net/http"
	"strconv"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// ManifestSerialHeader carries, on every request a peer node sends and on
// every response of a node in a federation, the serial of the federation
// manifest the sender runs on: how nodes learn that a newer one exists.
const ManifestSerialHeader = federation.SerialHeader

// Federation is a node's membership: the manifest it runs on and how it
// moves to the next.
type Federation interface {
	// Manifest returns the manifest the node runs on.
	Manifest() *federation.Manifest
	// Accepted returns the accepted manifest with the given serial (an
	// ENOTFOUND error if the node never accepted it), so that a peer that
	// fell behind can walk the chain.
	Accepted(serial uint64) (*federation.Manifest, error)
	// UpdateManifest verifies a manifest (JSON) as a successor of the
	// current one, logs the attempt, keeps it and takes it into effect.
	// by is the operator or the peer node that handed it over.
	UpdateManifest(ctx context.Context, by *comity.Principal, manifest []byte) (*federation.ManifestInfo, error)
	// PeerSerial is told the manifest serial a peer node announced. It
	// returns an ESTALE error if the peer is behind; if the peer is ahead,
	// it fetches the newer manifest from it (in the background).
	PeerSerial(peer string, serial uint64) error
}

func (s *Server) getManifest(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Federation == nil {
		return 0, nil, comity.Errorf(comity.ENOTFOUND, "this node is in no federation")
	}
	m := s.cfg.Federation.Manifest()
	if v := r.URL.Query().Get("serial"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			return 0, nil, comity.Errorf(comity.EINVALID, "serial %q: want a non-negative integer", v)
		}
		if m, err = s.cfg.Federation.Accepted(n); err != nil {
			return 0, nil, err
		}
	}
	data, err := m.Marshal()
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, rawResponse{contentType: "application/json", body: data}, nil
}

func (s *Server) putManifest(r *http.Request, p *comity.Principal) (int, any, error) {
	if s.cfg.Federation == nil {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: start it with a manifest first")
	}
	body, err := s.rawJSON(r)
	if err != nil {
		return 0, nil, err
	}
	info, err := s.cfg.Federation.UpdateManifest(r.Context(), p, body)
	return http.StatusOK, info, err
}

// checkPeerSerial compares the manifest serial the peer node named peer
// announced with this node's. A peer that sent none is not checked (older
// software, tools).
func (s *Server) checkPeerSerial(r *http.Request, peer string) error {
	v := r.Header.Get(ManifestSerialHeader)
	if s.cfg.Federation == nil || v == "" {
		return nil
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return comity.Errorf(comity.EINVALID, "malformed %s header", ManifestSerialHeader)
	}
	return s.cfg.Federation.PeerSerial(peer, n)
}

func (s *Server) setSerialHeader(w http.ResponseWriter) {
	if s.cfg.Federation != nil {
		w.Header().Set(ManifestSerialHeader, strconv.FormatUint(s.cfg.Federation.Manifest().Serial, 10))
	}
}
