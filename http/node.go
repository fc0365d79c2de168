package http

import (
	_ "embed"
	"net/http"
	"time"

	"github.com/comity-project/comity"
)

//go:embed openapi.yaml
var openapiYAML []byte

// OpenAPI returns the API's OpenAPI 3.1 description.
func OpenAPI() []byte { return openapiYAML }

func (s *Server) healthz(*http.Request, *comity.Principal) (int, any, error) {
	return http.StatusOK, map[string]string{"status": "ok"}, nil
}

func (s *Server) readyz(r *http.Request, _ *comity.Principal) (int, any, error) {
	if s.cfg.Ready != nil {
		if err := s.cfg.Ready(r.Context()); err != nil {
			s.cfg.Logger.WarnContext(r.Context(), "not ready", "err", err)
			// An EUNAVAILABLE reason is written for operators (a suspended
			// ledger, a full disk); anything else may hold internals.
			if comity.ErrorCode(err) == comity.EUNAVAILABLE {
				return 0, nil, err
			}
			return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "node not ready")
		}
	}
	return http.StatusOK, map[string]string{"status": "ready"}, nil
}

func (s *Server) openapi(*http.Request, *comity.Principal) (int, any, error) {
	return http.StatusOK, rawResponse{contentType: "application/yaml", body: openapiYAML}, nil
}

func (s *Server) nodeInfo(*http.Request, *comity.Principal) (int, any, error) {
	info := map[string]any{"jurisdiction": s.cfg.Node, "name": s.cfg.NodeName}
	for k, v := range s.cfg.Info {
		if f, ok := v.(func() any); ok { // values that change while the node runs
			v = f()
		}
		info[k] = v
	}
	if s.cfg.Federation != nil {
		m := s.cfg.Federation.Manifest()
		info["federation"], info["manifest_serial"] = m.Federation, m.Serial
	}
	return http.StatusOK, info, nil
}

// me answers who the caller is, so that a client (the console) can show
// it and offer only the views its roles may use.
func (s *Server) me(_ *http.Request, p *comity.Principal) (int, any, error) {
	return http.StatusOK, p, nil
}

func (s *Server) listPrincipals(r *http.Request, _ *comity.Principal) (int, any, error) {
	l, ok := s.cfg.Principals.(comity.PrincipalLister)
	if !ok {
		return 0, nil, comity.Errorf(comity.EUNAVAILABLE, "this node's principal store cannot list principals")
	}
	ps, err := l.ListPrincipals(r.Context())
	return http.StatusOK, map[string]any{"principals": ps}, err
}

// PrincipalInput is the body of POST /v1/principals.
type PrincipalInput struct {
	ID           string              `json:"id"`
	Organisation string              `json:"organisation"`
	Jurisdiction comity.Jurisdiction `json:"jurisdiction,omitempty"` // default: this node's
	Roles        []comity.Role       `json:"roles"`
	// TTLSeconds is the token's lifetime; 0 means the node's cap (default
	// 90 days, at most a year), and more than the cap is refused.
	TTLSeconds int64 `json:"ttl_seconds,omitempty"`
	// Entity is the registered organisation (POST /v1/organisations) the
	// principal acts for; volume limits count by it.
	Entity string `json:"entity,omitempty"`
}

// PrincipalOutput is the answer to POST /v1/principals: the only time the
// token is shown.
type PrincipalOutput struct {
	Principal *comity.Principal `json:"principal"`
	Token     string            `json:"token"`
	Expires   time.Time         `json:"expires"`
}

func (s *Server) createPrincipal(r *http.Request, by *comity.Principal) (int, any, error) {
	var in PrincipalInput
	if err := s.decode(r, &in); err != nil {
		return 0, nil, err
	}
	if in.Jurisdiction == "" {
		in.Jurisdiction = s.cfg.Node
	}
	if in.Jurisdiction != s.cfg.Node {
		return 0, nil, comity.Errorf(comity.EINVALID, "a node issues tokens only to principals of its own jurisdiction %s", s.cfg.Node)
	}
	for _, role := range in.Roles {
		if role == comity.RolePeer {
			return 0, nil, comity.Errorf(comity.EINVALID, "peer nodes authenticate by mutual TLS, not by token")
		}
	}
	if err := comity.CheckText(s.cfg.Screen, "organisation", in.Organisation); err != nil {
		return 0, nil, err
	}
	// The id is logged too, on principal changes and on every decision.
	if err := comity.CheckText(s.cfg.Screen, "principal id", in.ID); err != nil {
		return 0, nil, err
	}
	ttl, err := s.principals.TokenLife(in.TTLSeconds)
	if err != nil {
		return 0, nil, err
	}
	p := &comity.Principal{ID: in.ID, Organisation: in.Organisation, Jurisdiction: in.Jurisdiction, Roles: in.Roles}
	if in.Entity != "" {
		id, err := comity.ParseOrganisationID(in.Entity)
		if err != nil {
			return 0, nil, err
		}
		p.Entity = id
	}
	token, expires, err := s.principals.Create(r.Context(), by, p, ttl)
	if err != nil {
		return 0, nil, err
	}
	return http.StatusCreated, PrincipalOutput{Principal: p, Token: token, Expires: expires}, nil
}

func (s *Server) revokePrincipal(r *http.Request, by *comity.Principal) (int, any, error) {
	return http.StatusNoContent, nil, s.principals.Revoke(r.Context(), by, r.PathValue("id"))
}
