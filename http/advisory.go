package http

import (
	"bytes"
	"io"
	"net/http"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
)

// document reads a CSAF, OSV, OpenVEX, CycloneDX or SPDX document whole, up
// to the import limit (SBOMs of large products run to megabytes).
func (s *Server) document(r *http.Request) ([]byte, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.Contains(ct, "json") && !strings.Contains(ct, "xml") {
		return nil, comity.Errorf(comity.EINVALID, "content type %q: want JSON (or CycloneDX XML)", ct)
	}
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, s.cfg.MaxImportBytes))
	if err != nil {
		return nil, bodyError(err)
	}
	if t := bytes.TrimSpace(body); len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		// JSON documents meet the same strict checks as every other body.
		if err := comity.CheckJSON(t); err != nil {
			return nil, err
		}
	}
	return body, nil
}

func (s *Server) advisories() (*advisory.Service, error) {
	if s.cfg.Advisories == nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "this node keeps no advisories")
	}
	return s.cfg.Advisories, nil
}

func (s *Server) publishAdvisory(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	body, err := s.document(r)
	if err != nil {
		return 0, nil, err
	}
	res, err := svc.Publish(r.Context(), p, body)
	if err != nil {
		return 0, nil, err
	}
	if res.Receipt == nil {
		return http.StatusOK, res, nil // the same revision, published before
	}
	return http.StatusCreated, res, nil
}

func (s *Server) listAdvisories(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	pubs, err := svc.Publications(r.Context())
	if pubs == nil {
		pubs = []*advisory.Publication{}
	}
	return http.StatusOK, pubs, err
}

// getAdvisory serves the latest revision of an advisory byte for byte
// (query version= for another), so that a follower can check its digest.
func (s *Server) getAdvisory(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	pub, err := svc.Publication(r.Context(), r.PathValue("id"), r.URL.Query().Get("version"))
	if err != nil {
		return 0, nil, err
	}
	ct := "application/json"
	if pub.Format == advisory.FormatCSAF {
		ct = "application/csaf+json"
	}
	return http.StatusOK, rawResponse{contentType: ct, body: pub.Document}, nil
}

func (s *Server) registerSBOM(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	body, err := s.document(r)
	if err != nil {
		return 0, nil, err
	}
	res, err := svc.RegisterSBOM(r.Context(), p, r.URL.Query().Get("name"), body)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusCreated, res, nil
}

func (s *Server) listNotifications(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	ns, err := svc.Notifications(r.Context(), p)
	if ns == nil {
		ns = []*advisory.Notification{}
	}
	return http.StatusOK, ns, err
}

func (s *Server) setWebhook(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	var in struct {
		URL string `json:"url"`
	}
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	secret, err := svc.SetWebhook(r.Context(), p, in.URL)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]string{"url": in.URL, "secret": secret}, nil
}

// fileReport logs a vendor's report of a vulnerability to its home state's
// authority: 201 when new, 200 when that stage was reported before.
func (s *Server) fileReport(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	var in struct {
		Advisory      string `json:"advisory"`
		Vulnerability string `json:"vulnerability"`
		Stage         string `json:"stage"`
	}
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	if in.Advisory == "" || in.Vulnerability == "" || in.Stage == "" {
		return 0, nil, comity.Errorf(comity.EINVALID, "advisory, vulnerability and stage are required")
	}
	rep, created, err := svc.FileReport(r.Context(), p, in.Advisory, in.Vulnerability, in.Stage)
	if err != nil {
		return 0, nil, err
	}
	if !created {
		return http.StatusOK, rep, nil
	}
	return http.StatusCreated, rep, nil
}

// listReportDuties lists the reports vendors owe their home authority for
// the advisories published here, and their state (query vendor= for one).
func (s *Server) listReportDuties(r *http.Request, p *comity.Principal) (int, any, error) {
	svc, err := s.advisories()
	if err != nil {
		return 0, nil, err
	}
	obs, err := svc.Obligations(r.Context(), r.URL.Query().Get("vendor"))
	return http.StatusOK, obs, err
}
