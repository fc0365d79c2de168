package http

import (
	"context"
	"net/http"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/release"
)

// Releases is vendor release transparency on a vendor's home node
// (implemented by release.Service).
type Releases interface {
	RegisterKey(ctx context.Context, by *comity.Principal, pemKey, proof []byte, replaces string) (*release.KeyRecord, error)
	RevokeKey(ctx context.Context, by *comity.Principal, keyID, reason string) (*release.KeyRecord, error)
	Publish(ctx context.Context, by *comity.Principal, envelope []byte) (*release.Published, error)
	Bundle(ctx context.Context, purl string, wait time.Duration) (*release.Published, error)
	Yank(ctx context.Context, by *comity.Principal, purl, reason string) (*release.Record, error)
	DeclareSupport(ctx context.Context, by *comity.Principal, purl, until string) (*release.Record, error)
	Releases(ctx context.Context, product string) ([]*release.Record, error)
	Trust(ctx context.Context) (*release.TrustFile, error)
}

var _ Releases = (*release.Service)(nil)

// maxBundleWait bounds ?wait= on GET /v1/releases/bundle.
const maxBundleWait = 30 * time.Second

func (s *Server) releases() (Releases, error) {
	if s.cfg.Releases == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node keeps no releases")
	}
	return s.cfg.Releases, nil
}

func (s *Server) registerVendorKey(r *http.Request, p *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	var req struct {
		PublicKey string `json:"public_key"`
		Proof     []byte `json:"proof"`
		Replaces  string `json:"replaces"`
	}
	if err := s.decode(r, &req); err != nil {
		return 0, nil, err
	}
	k, err := rs.RegisterKey(r.Context(), p, []byte(req.PublicKey), req.Proof, req.Replaces)
	return http.StatusCreated, k, err
}

func (s *Server) revokeVendorKey(r *http.Request, p *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	var req struct {
		Reason string `json:"reason"`
	}
	if err := s.decode(r, &req); err != nil {
		return 0, nil, err
	}
	k, err := rs.RevokeKey(r.Context(), p, r.PathValue("id"), req.Reason)
	return http.StatusOK, k, err
}

func (s *Server) publishRelease(r *http.Request, p *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	body, err := s.rawJSON(r)
	if err != nil {
		return 0, nil, err
	}
	out, err := rs.Publish(r.Context(), p, body)
	return publishedStatus(out, http.StatusCreated), out, err
}

// publishedStatus is 202 while the bundle awaits its checkpoint.
func publishedStatus(p *release.Published, ok int) int {
	if p != nil && p.Bundle == nil {
		return http.StatusAccepted
	}
	if p != nil && p.Existing {
		return http.StatusOK
	}
	return ok
}

func (s *Server) releaseBundle(r *http.Request, _ *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	var wait time.Duration
	if w := r.URL.Query().Get("wait"); w != "" {
		if wait, err = time.ParseDuration(w); err != nil || wait < 0 || wait > maxBundleWait {
			return 0, nil, comity.Errorf(comity.EINVALID, "wait %q: want a duration up to %s", w, maxBundleWait)
		}
	}
	out, err := rs.Bundle(r.Context(), r.URL.Query().Get("purl"), wait)
	return publishedStatus(out, http.StatusOK), out, err
}

func (s *Server) yankRelease(r *http.Request, p *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	var req struct {
		PURL   string `json:"purl"`
		Reason string `json:"reason"`
	}
	if err := s.decode(r, &req); err != nil {
		return 0, nil, err
	}
	out, err := rs.Yank(r.Context(), p, req.PURL, req.Reason)
	return http.StatusOK, out, err
}

// declareSupport logs a new end of a release's support period.
func (s *Server) declareSupport(r *http.Request, p *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	var req struct {
		PURL         string `json:"purl"`
		SupportUntil string `json:"support_until"`
	}
	if err := s.decode(r, &req); err != nil {
		return 0, nil, err
	}
	out, err := rs.DeclareSupport(r.Context(), p, req.PURL, req.SupportUntil)
	return http.StatusOK, out, err
}

func (s *Server) listReleases(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Releases == nil {
		return http.StatusOK, []*release.Record{}, nil
	}
	out, err := s.cfg.Releases.Releases(r.Context(), r.URL.Query().Get("product"))
	if out == nil {
		out = []*release.Record{}
	}
	return http.StatusOK, out, err
}

func (s *Server) releaseTrust(r *http.Request, _ *comity.Principal) (int, any, error) {
	rs, err := s.releases()
	if err != nil {
		return 0, nil, err
	}
	out, err := rs.Trust(r.Context())
	return http.StatusOK, out, err
}
