package http_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// TestAuthorizationMatrix calls every route as every role and with no
// credentials, and checks that exactly the roles in the route table get
// past authorisation.
func TestAuthorizationMatrix(t *testing.T) {
	n := newNode(t)
	callers := []string{"none", "forged"}
	for _, r := range comity.Roles {
		if r != comity.RolePeer { // peers are covered by the federation tests over mTLS
			callers = append(callers, string(r))
		}
	}
	for pattern, roles := range n.api.Routes() {
		method, path, _ := strings.Cut(pattern, " ")
		path = strings.ReplaceAll(path, "{id}", "CN-nonexistent")
		public := len(roles) == 0
		for _, caller := range callers {
			t.Run(pattern+"/"+caller, func(t *testing.T) {
				token := n.tokens[caller]
				if caller == "forged" {
					token = "cmt_forgedforgedforgedforgedforgedforgedforg"
				}
				resp := n.do(method, path, token, "application/json", []byte("{}"))
				if (public || slices.Contains(roles, comity.Role(caller))) && resp.status >= 500 {
					// Past authorisation the route must answer, not fail: a
					// 5xx is a bug the matrix would otherwise hide. The one
					// exception is this test node's own lack: a service it
					// was built without answers 503 "unavailable".
					if p := resp.problem(t); resp.status != 503 || p["type"] != "urn:comity:problem:unavailable" {
						t.Errorf("role %s: status %d %s", caller, resp.status, resp.body)
					}
				}
				switch {
				case public:
					if resp.status == 401 || resp.status == 403 {
						t.Errorf("public route refused: %d", resp.status)
					}
				case caller == "none" || caller == "forged":
					if resp.status != 401 {
						t.Errorf("status %d, want 401", resp.status)
					}
					resp.problem(t)
				case slices.Contains(roles, comity.Role(caller)):
					if resp.status == 401 || resp.status == 403 {
						t.Errorf("role %s refused: %d %s", caller, resp.status, resp.body)
					}
				default:
					if resp.status != 403 {
						t.Errorf("role %s: status %d, want 403", caller, resp.status)
					}
					if p := resp.problem(t); p["type"] != "urn:comity:problem:forbidden" {
						t.Errorf("problem type %v", p["type"])
					}
				}
			})
		}
	}
}
