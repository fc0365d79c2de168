package http

import (
	"encoding/base64"
	"testing"

	"github.com/comity-project/comity"
)

// FuzzOnBehalf: whatever a peer sends in Comity-On-Behalf-Of, the
// principal accepted is of the peer's state, with printable names and only
// the roles a peer may forward.
func FuzzOnBehalf(f *testing.F) {
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"id":"r","organisation":"acme","jurisdiction":"DE","roles":["requester"]}`)))
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"id":"r","organisation":"acme\n\u001b[31m","jurisdiction":"DE","roles":["requester"]}`)))
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"id":"r","organisation":"a","jurisdiction":"DE","roles":["dpa"]}`)))
	peer := &comity.Principal{ID: "node:de-1", Organisation: "de-1", Jurisdiction: "DE", Roles: []comity.Role{comity.RolePeer}}
	f.Fuzz(func(t *testing.T, raw string) {
		p, err := onBehalf(peer, raw)
		if err != nil {
			return
		}
		if p.Jurisdiction != "DE" || comity.CheckName("organisation", p.Organisation) != nil || p.Via != "de-1" {
			t.Fatalf("accepted %+v", p)
		}
		for _, r := range p.Roles {
			if r != comity.RoleController && r != comity.RoleRequester && r != comity.RoleAgency {
				t.Fatalf("accepted role %s", r)
			}
		}
	})
}
