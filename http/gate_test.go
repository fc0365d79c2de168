package http_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

// TestOnlyTheGateReleasesFields calls every route as every role with
// plausible bodies and checks that a record's content appears only in
// answers from the gate's routes, and only when the gate allowed it.
func TestOnlyTheGateReleasesFields(t *testing.T) {
	n := newNode(t)
	n.createCanary("CN-c1")
	gateRoutes := map[string]bool{"GET /v1/records/{id}": true, "GET /v1/records": true, "POST /v1/access": true}
	bodies := map[string]string{
		"POST /v1/records":     `{"id":"CN-c2","category":"general","fields":{"a":1}}`,
		"PUT /v1/records/{id}": `{"category":"personal","subjects":["s-1"],"fields":{"name":"` + canary + `"}}`,
		"POST /v1/access":      `{"record_ids":["CN-c1"]}`,
		"POST /v1/import":      `{"id":"CN-c1","category":"personal","subjects":["s-1"],"fields":{"name":"` + canary + `"}}`,
		"POST /v1/principals":  `{"id":"new","organisation":"acme","roles":["auditor"]}`,
	}
	for pattern := range n.api.Routes() {
		if strings.HasPrefix(pattern, "DELETE") {
			continue // would remove the canary; deletes answer 204 with no body
		}
		method, path, _ := strings.Cut(pattern, " ")
		path = strings.ReplaceAll(path, "{id}", "CN-c1")
		for role, token := range n.tokens {
			ctype := "application/json"
			if pattern == "POST /v1/import" {
				ctype = "application/x-ndjson"
			}
			r := n.do(method, path, token, ctype, []byte(bodies[pattern]))
			if !bytes.Contains(r.body, []byte(canary)) {
				continue
			}
			if !gateRoutes[pattern] {
				t.Errorf("%s as %s returned record content outside the gate", pattern, role)
			}
			if role != string(comity.RoleController) {
				t.Errorf("%s as %s got record content the gate should have refused", pattern, role)
			}
			if !bytes.Contains(r.body, []byte(`"decision"`)) {
				t.Errorf("%s as %s returned content without a gate decision", pattern, role)
			}
		}
	}
	// And the gate does release to the controller at home.
	if r := n.do("GET", "/v1/records/CN-c1", n.tokens["controller"], "", nil); r.status != 200 || !bytes.Contains(r.body, []byte(canary)) {
		t.Errorf("controller read at home: %d %s", r.status, r.body)
	}
}
