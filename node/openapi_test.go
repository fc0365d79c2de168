package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
)

// TestOpenAPIFederationResponses validates against openapi.yaml the answers
// that need a whole federation: a cross-border read that waits for the home
// state's authority (202, problem details naming the case), the case, the
// transfer list, a log entry's proof, the node's description and judicial
// lists. Status, content type and body must all match the description.
func TestOpenAPIFederationResponses(t *testing.T) {
	ctx := context.Background()
	doc, err := openapi3.NewLoader().LoadFromData(comityhttp.OpenAPI())
	if err != nil {
		t.Fatal(err)
	}
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 20})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	cn, de := f.Members["CN"], f.Members["DE"]
	servers := openapi3.Servers{}
	for _, m := range f.Members {
		servers = append(servers, &openapi3.Server{URL: m.URL})
	}
	doc.Servers = servers
	router, err := legacy.NewRouter(doc)
	if err != nil {
		t.Fatal(err)
	}
	call := func(method, url, token, body string, status int) []byte {
		t.Helper()
		req, _ := http.NewRequest(method, url, strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		if body != "" {
			req.Header.Set("Content-Type", "application/json")
		}
		resp, err := f.HTTPClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		where := method + " " + url
		if resp.StatusCode != status {
			t.Fatalf("%s: status %d, want %d: %s", where, resp.StatusCode, status, b)
		}
		route, params, err := router.FindRoute(req)
		if err != nil {
			t.Fatalf("%s: not in openapi.yaml: %v", where, err)
		}
		// Every real status is documented as such, not only by "default".
		if route.Operation.Responses.Status(resp.StatusCode) == nil {
			t.Errorf("%s: status %d is not documented for %s", where, resp.StatusCode, route.Operation.OperationID)
		}
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc}}
		if err := openapi3filter.ValidateResponse(ctx, &openapi3filter.ResponseValidationInput{RequestValidationInput: in,
			Status: resp.StatusCode, Header: resp.Header, Body: io.NopCloser(bytes.NewReader(b)),
			Options: &openapi3filter.Options{IncludeResponseStatus: true}}); err != nil {
			t.Errorf("%s: answer %d does not match openapi.yaml: %v\n%.600s", where, resp.StatusCode, err, b)
		}
		return b
	}

	pending := call("POST", de.URL+"/v1/access", de.Tokens["requester"],
		`{"action":"bulk-export","home":"CN","purpose":"analytics","filter":{"category":"personal","limit":10}}`, http.StatusAccepted)
	var p struct {
		Type     string `json:"type"`
		Transfer string `json:"transfer"`
	}
	if json.Unmarshal(pending, &p); p.Type != "urn:comity:problem:pending" || p.Transfer == "" {
		t.Fatalf("pending answer: %s", pending)
	}
	call("GET", de.URL+"/v1/transfers/"+p.Transfer, de.Tokens["requester"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/transfers?state=pending", cn.Tokens["dpa"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/node", cn.Tokens["auditor"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/me", cn.Tokens["auditor"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/principals", cn.Tokens["operator"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/judicial/cases", cn.Tokens["central-authority"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/rulebooks", cn.Tokens["auditor"], "", http.StatusOK)
	call("GET", cn.URL+"/v1/log/entries/x/proof", cn.Tokens["auditor"], "", http.StatusBadRequest)
	// The decision is proved once a witnessed checkpoint covers it.
	for deadline := time.Now().Add(15 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		req, _ := http.NewRequest("GET", cn.URL+"/v1/log/entries/0/proof", nil)
		req.Header.Set("Authorization", "Bearer "+cn.Tokens["auditor"])
		resp, err := f.HTTPClient().Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal(fmt.Errorf("entry 0 not proved after 15 s: %v", err))
		}
	}
	call("GET", cn.URL+"/v1/log/entries/0/proof", cn.Tokens["auditor"], "", http.StatusOK)
}
