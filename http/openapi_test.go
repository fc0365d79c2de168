package http_test

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	comityhttp "github.com/comity-project/comity/http"
)

// loadOpenAPI parses and validates openapi.yaml with kin-openapi.
func loadOpenAPI(t *testing.T) *openapi3.T {
	t.Helper()
	doc, err := openapi3.NewLoader().LoadFromData(comityhttp.OpenAPI())
	if err != nil {
		t.Fatalf("openapi.yaml does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("openapi.yaml is not valid: %v", err)
	}
	return doc
}

// TestOpenAPIValid checks that the description is valid OpenAPI and that
// every operation has a unique operationId and documents its successes.
func TestOpenAPIValid(t *testing.T) {
	doc := loadOpenAPI(t)
	ids := map[string]string{}
	for path, item := range doc.Paths.Map() {
		for method, op := range item.Operations() {
			where := method + " " + path
			if op.OperationID == "" {
				t.Errorf("%s has no operationId", where)
			} else if other, dup := ids[op.OperationID]; dup {
				t.Errorf("%s and %s share operationId %s", where, other, op.OperationID)
			}
			ids[op.OperationID] = where
			ok := false
			for code := range op.Responses.Map() {
				ok = ok || strings.HasPrefix(code, "2")
			}
			if !ok {
				t.Errorf("%s documents no success status", where)
			}
			for code, r := range op.Responses.Map() {
				if r.Value == nil {
					continue
				}
				for key := range r.Value.Extensions {
					t.Errorf("%s response %s has stray key %q (an unquoted description split?)", where, code, key)
				}
			}
		}
	}
}

// TestOpenAPIResponses sends real requests to a real node (SQLite, TLS, the
// gate) and validates each answer — status, content type and body — against
// openapi.yaml: what the description says is what the node does.
func TestOpenAPIResponses(t *testing.T) {
	doc := loadOpenAPI(t)
	n := newNode(t)
	doc.Servers = openapi3.Servers{{URL: n.srv.URL}}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	n.createCanary("CN-1")
	cases := []struct {
		method, path, role, ctype, body string
		status                          int
	}{
		{"GET", "/healthz", "", "", "", 200},
		{"GET", "/readyz", "", "", "", 200},
		{"GET", "/v1/node", "auditor", "", "", 200},
		{"GET", "/v1/me", "requester", "", "", 200},
		{"GET", "/v1/me", "", "", "", 401},
		{"GET", "/v1/principals", "operator", "", "", 200},
		{"GET", "/v1/principals", "controller", "", "", 403},
		{"POST", "/v1/principals", "operator", "application/json", `{"id":"new-one","organisation":"acme","roles":["requester"]}`, 201},
		{"POST", "/v1/principals", "operator", "application/json", `{"id":"","organisation":"acme","roles":["requester"]}`, 400},
		{"POST", "/v1/records", "controller", "application/json", `{"id":"CN-2","category":"general","fields":{"a":"b"}}`, 201},
		{"GET", "/v1/records/CN-1?purpose=audit", "controller", "", "", 200},
		{"GET", "/v1/records/CN-404", "controller", "", "", 404},
		{"GET", "/v1/records?limit=10", "controller", "", "", 200},
		{"POST", "/v1/access", "controller", "application/json", `{"action":"read","record_ids":["CN-1"],"purpose":"check"}`, 200},
		{"DELETE", "/v1/records/CN-2", "controller", "", "", 204},
		{"DELETE", "/v1/principals/new-one", "operator", "", "", 204},
	}
	for _, c := range cases {
		req, _ := http.NewRequest(c.method, n.srv.URL+c.path, strings.NewReader(c.body))
		if c.role != "" {
			req.Header.Set("Authorization", "Bearer "+n.tokens[c.role])
		}
		if c.ctype != "" {
			req.Header.Set("Content-Type", c.ctype)
		}
		resp, err := n.srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		where := c.method + " " + c.path
		if resp.StatusCode != c.status {
			t.Errorf("%s: status %d, want %d: %s", where, resp.StatusCode, c.status, body)
			continue
		}
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Errorf("%s: not in openapi.yaml: %v", where, err)
			continue
		}
		// Every real status is documented as such, not only by "default".
		if route.Operation.Responses.Status(resp.StatusCode) == nil {
			t.Errorf("%s: status %d is not documented for %s", where, resp.StatusCode, route.Operation.OperationID)
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		out := &openapi3filter.ResponseValidationInput{RequestValidationInput: in, Status: resp.StatusCode,
			Header: resp.Header, Body: io.NopCloser(bytes.NewReader(body)),
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}
		if err := openapi3filter.ValidateResponse(context.Background(), out); err != nil {
			t.Errorf("%s: answer %d does not match openapi.yaml: %v\n%s", where, resp.StatusCode, err, body)
		}
	}
}
