package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/sqlite"
)

// node is one real node on loopback: SQLite on disk, real TLS, the real gate.
type node struct {
	t      *testing.T
	srv    *httptest.Server
	api    *comityhttp.Server
	store  *sqlite.DB
	tokens map[string]string // by role name, plus "other-controller"
}

func newNode(t *testing.T) *node {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	gate := &comity.Gate{Node: "CN", NodeName: "cn-test", Records: db.Records()}
	api := comityhttp.New(comityhttp.Config{
		Node: "CN", NodeName: "cn-test",
		Records:    &comity.RecordService{Node: "CN", Store: db.Records(), Gate: gate},
		Principals: db.Principals(),
		Consents:   &comity.ConsentService{Node: "CN", NodeName: "cn-test", Store: db.Consents(), Screen: pii.Screen{}},
		Ready:      db.Ping,
	})
	srv := httptest.NewTLSServer(api.Handler())
	t.Cleanup(srv.Close)
	n := &node{t: t, srv: srv, api: api, store: db, tokens: map[string]string{}}
	for _, role := range comity.Roles {
		if role == comity.RolePeer {
			continue
		}
		tok, err := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "p-" + string(role), Organisation: "acme",
			Jurisdiction: "CN", Roles: []comity.Role{role}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		n.tokens[string(role)] = tok
	}
	tok, _ := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "other", Organisation: "other-co",
		Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}, 0)
	n.tokens["other-controller"] = tok
	return n
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (n *node) do(method, path, token, contentType string, body []byte) response {
	n.t.Helper()
	req, _ := http.NewRequest(method, n.srv.URL+path, bytes.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := n.srv.Client().Do(req)
	if err != nil {
		n.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return response{resp.StatusCode, resp.Header, b}
}

func (r response) problem(t *testing.T) map[string]any {
	t.Helper()
	if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
		t.Fatalf("status %d content type %q, want problem details: %s", r.status, ct, r.body)
	}
	var p map[string]any
	if err := json.Unmarshal(r.body, &p); err != nil {
		t.Fatal(err)
	}
	if p["type"] == nil || p["title"] == nil || p["status"] == nil || p["request_id"] == nil {
		t.Fatalf("incomplete problem: %s", r.body)
	}
	return p
}

const canary = "CANARY-3f9a"

func (n *node) createCanary(id string) {
	n.t.Helper()
	body := `{"id":"` + id + `","category":"personal","subjects":["s-1"],"fields":{"name":"` + canary + `"}}`
	if r := n.do("POST", "/v1/records", n.tokens["controller"], "application/json", []byte(body)); r.status != 201 {
		n.t.Fatalf("create: %d %s", r.status, r.body)
	}
}

func TestProblemTypesAreStable(t *testing.T) {
	n := newNode(t)
	r := n.do("GET", "/v1/records/CN-missing", n.tokens["controller"], "", nil)
	if p := r.problem(t); p["type"] != "urn:comity:problem:not-found" || r.status != 404 {
		t.Errorf("missing record: %d %v", r.status, p)
	}
	if r.header.Get("Request-Id") == "" {
		t.Error("no Request-Id header")
	}
}

func TestOpenAPIMatchesRoutes(t *testing.T) {
	n := newNode(t)
	var doc struct {
		Paths map[string]map[string]any `yaml:"paths"`
	}
	if err := yamlUnmarshal(comityhttp.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			if method == "parameters" {
				continue
			}
			documented[strings.ToUpper(method)+" "+path] = true
		}
	}
	// The node mounts its log and witness handlers (package node); the
	// test server here has no ledger, so those are checked by name only.
	for _, mounted := range []string{"GET /log/{path}", "POST /witness/add-checkpoint", "GET /witness/checkpoint", "GET /witness/evidence"} {
		if !documented[mounted] {
			t.Errorf("mounted route %s is not in openapi.yaml", mounted)
		}
		delete(documented, mounted)
	}
	for pattern := range n.api.Routes() {
		if strings.HasSuffix(pattern, "/") {
			pattern += "{path}" // a subtree mount
		}
		if !documented[pattern] {
			t.Errorf("route %s is not in openapi.yaml", pattern)
		}
		delete(documented, pattern)
	}
	for op := range documented {
		t.Errorf("openapi.yaml documents %s, which no route serves", op)
	}
	if r := n.do("GET", "/openapi.yaml", "", "", nil); r.status != 200 || !bytes.HasPrefix(r.body, []byte("openapi: 3.1")) {
		t.Errorf("GET /openapi.yaml: %d", r.status)
	}
}

func TestConsole(t *testing.T) {
	n := newNode(t)
	for _, path := range []string{"/console/", "/console/console.js", "/console/console.css"} {
		r := n.do("GET", path, "", "", nil)
		if r.status != 200 || len(r.body) == 0 {
			t.Errorf("GET %s: %d", path, r.status)
		}
		if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") {
			t.Errorf("GET %s: Content-Security-Policy %q", path, csp)
		}
	}
	if r := n.do("GET", "/console/missing.js", "", "", nil); r.status != 404 {
		t.Errorf("GET a missing console file: %d", r.status)
	}
}
