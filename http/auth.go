package http

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/comity-project/comity"
)

// OnBehalfHeader carries, from a peer node, the principal that the peer has
// authenticated and on whose behalf it forwards a request: base64url of the
// principal's JSON. A peer may speak only for principals of its own
// jurisdiction, and only as controller or requester.
const OnBehalfHeader = "Comity-On-Behalf-Of"

// authenticate returns the caller: a bearer token's principal, or a peer
// node identified by its client certificate (possibly on behalf of one of
// its own principals). A peer on an older federation manifest is refused
// (ESTALE) unless anySerial: the routes by which it catches up.
func (s *Server) authenticate(r *http.Request, anySerial bool) (*comity.Principal, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		token, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || token == "" {
			return nil, comity.Errorf(comity.EUNAUTHORIZED, "malformed Authorization header: want Bearer TOKEN")
		}
		return s.cfg.Principals.Authenticate(r.Context(), token)
	}
	if r.TLS == nil || len(r.TLS.PeerCertificates) == 0 {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "no credentials: send an API token or a member node's client certificate")
	}
	if s.cfg.PeerAuth == nil {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "this node accepts no peer nodes")
	}
	jur, name, err := s.cfg.PeerAuth(r.TLS)
	if err != nil {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "peer refused: %s", comity.ErrorMessage(err))
	}
	if !anySerial {
		if err := s.checkPeerSerial(r, name); err != nil {
			return nil, err
		}
	}
	peer := &comity.Principal{ID: "node:" + name, Organisation: name, Jurisdiction: jur, Roles: []comity.Role{comity.RolePeer}}
	raw := r.Header.Get(OnBehalfHeader)
	if raw == "" {
		return peer, nil
	}
	return onBehalf(peer, raw)
}

func onBehalf(peer *comity.Principal, raw string) (*comity.Principal, error) {
	b, err := base64.RawURLEncoding.DecodeString(raw)
	if err != nil || len(b) > 4096 {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "malformed %s header", OnBehalfHeader)
	}
	var p comity.Principal
	if err := comity.UnmarshalJSON(b, &p); err != nil || p.ID == "" || p.Organisation == "" {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "malformed %s header", OnBehalfHeader)
	}
	// The names are printed in logs, ledger entries and audits.
	if err := p.Validate(); err != nil {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "malformed %s header: %s", OnBehalfHeader, comity.ErrorMessage(err))
	}
	if p.Jurisdiction != peer.Jurisdiction {
		return nil, comity.Errorf(comity.EFORBIDDEN, "node %s may act only for principals of %s, not %s",
			peer.Organisation, peer.Jurisdiction, p.Jurisdiction)
	}
	for _, r := range p.Roles {
		if r != comity.RoleController && r != comity.RoleRequester && r != comity.RoleAgency {
			return nil, comity.Errorf(comity.EFORBIDDEN, "a peer may not forward a principal with role %s", r)
		}
	}
	p.ID = peer.Organisation + "/" + p.ID
	p.Via = peer.Organisation
	return &p, nil
}

// EncodeOnBehalf returns the OnBehalfHeader value for p.
func EncodeOnBehalf(p *comity.Principal) string {
	q := *p
	q.Via = ""
	b, _ := json.Marshal(q)
	return base64.RawURLEncoding.EncodeToString(b)
}
