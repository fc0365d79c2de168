package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// hostile are values that are not what they claim, each placed where a
// route expects a string or a JSON value.
var hostile = []struct {
	kind  string
	value string
	name  bool // only where the value is a name people read
}{
	{"invalid UTF-8", "\"caf\xe9\xff\"", false},
	{"lone surrogate", `"\ud800"`, false},
	{"number out of range", `1e400`, false},
	{"9000-deep nesting", strings.Repeat("[", 9000) + strings.Repeat("]", 9000), false},
	{"duplicate key", `{"a":1,"a":2}`, false},
	{"control characters", `"acme\n\u001b[31m2026-01-01 forged line"`, true},
	{"bidi override", `"acme\u202egnp.exe"`, true},
}

// TestHostileInputChangesNothing sends every hostile value to every route
// that takes a body, and to import: each gets problem details, and no
// record and no principal is stored. Listings stay readable.
func TestHostileInputChangesNothing(t *testing.T) {
	f := startFederation(t, "CN")
	ctx := context.Background()
	tn := f.Nodes["CN"]
	for _, role := range []comity.Role{comity.RoleDPA, comity.RoleCentralAuthority, comity.RoleAgency, comity.RoleVendor} {
		tok, err := tn.Node.DB.Principals().CreatePrincipal(ctx, &comity.Principal{ID: string(role), Organisation: "CN " + string(role),
			Jurisdiction: "CN", Roles: []comity.Role{role}}, 0)
		if err != nil {
			t.Fatal(err)
		}
		tn.Tokens[string(role)] = tok
	}
	if _, err := f.client("CN", "controller").CreateRecord(ctx, recordInput("CN-keep")); err != nil {
		t.Fatal(err)
	}
	// $ marks where the hostile value goes; name slots take the name kinds.
	type target struct {
		pattern, path, role, ctype, body string
		name                             bool
	}
	targets := []target{
		{"POST /v1/records", "/v1/records", "controller", "", `{"home":"CN","category":"personal","subjects":["s-h"],"fields":{"name":$}}`, false},
		{"PUT /v1/records/{id}", "/v1/records/CN-keep", "controller", "", `{"category":"personal","subjects":["s-1"],"fields":{"name":$}}`, false},
		{"POST /v1/import", "/v1/import", "controller", "application/x-ndjson",
			"{\"id\":\"CN-imp1\",\"category\":\"general\",\"fields\":{\"a\":1}}\n{\"id\":\"CN-imp2\",\"category\":\"personal\",\"subjects\":[\"s\"],\"fields\":{\"name\":$}}\n", false},
		{"POST /v1/access", "/v1/access", "requester", "", `{"record_ids":["CN-keep"],"purpose":$}`, true},
		{"POST /v1/principals", "/v1/principals", "operator", "", `{"id":"hostile","organisation":$,"roles":["auditor"]}`, true},
		{"POST /v1/organisations", "/v1/organisations", "operator", "", `{"id":"CN:91310000MA1FL1234X","name":$}`, true},
		{"POST /v1/consents", "/v1/consents", "controller", "",
			`{"consents":[{"subject":"s-1","kind":"explicit","purpose":"marketing","recipient":$,"destination":"US","notice":"sha256:` + strings.Repeat("0", 64) + `"}]}`, true},
		{"POST /v1/consents/{id}/withdraw", "/v1/consents/consent-x/withdraw", "controller", "", `{"reason":$}`, false},
		{"POST /v1/attestations", "/v1/attestations", "controller", "", `{"requester":$,"requester_jurisdiction":"DE","purpose":"customer-service","record_ids":["CN-keep"]}`, true},
		{"POST /v1/receipts/proof", "/v1/receipts/proof", "auditor-less", "", `{"origin":$,"index":0}`, false},
		{"POST /v1/rulebooks", "/v1/rulebooks", "dpa", "", `{"kind":"state","jurisdiction":"CN","version":9,"title":$,"policies":[]}`, false},
		{"POST /v1/baseline", "/v1/baseline", "dpa", "", `{"baseline":{"kind":"baseline","version":2,"title":$,"policies":[]}}`, false},
		{"POST /v1/agreements", "/v1/agreements", "dpa", "", `{"id":"ag-1","title":$,"parties":["CN","DE"]}`, false},
		{"POST /v1/transfers/{id}/approve", "/v1/transfers/T-1/approve", "dpa", "", `{"approval":$}`, false},
		{"POST /v1/transfers/{id}/refuse", "/v1/transfers/T-1/refuse", "dpa", "", `{"grounds":$}`, false},
		{"POST /v1/judicial/cases", "/v1/judicial/cases", "agency", "",
			`{"holding":"DE","offence":"fraud","legal_basis":"reciprocity","agency":$,"scope":{"record_ids":["DE-1"]}}`, true},
		{"POST /v1/judicial/cases/{id}/transitions", "/v1/judicial/cases/CN-DE-ABCDEFGH2345/transitions", "central-authority", "", `{"to":"submitted","note":$}`, false},
		{"POST /v1/federation/manifest", "/v1/federation/manifest", "operator", "",
			`{"federation":$,"serial":2,"members":[],"witness":{"threshold":0},"baseline_quorum":1}`, false},
		{"POST /v1/advisories", "/v1/advisories", "vendor", "", `{"schema_version":"1.4.0","id":"CN-ADV-1","modified":$}`, false},
		{"POST /v1/vulnerability-reports", "/v1/vulnerability-reports", "vendor", "", `{"advisory":"CN-ADV-1","vulnerability":"CVE-2099-1","stage":$}`, false},
		{"POST /v1/sboms", "/v1/sboms", "controller", "", `{"bomFormat":"CycloneDX","specVersion":"1.5","components":[{"name":$}]}`, false},
		{"PUT /v1/notifications/webhook", "/v1/notifications/webhook", "controller", "", `{"url":$}`, false},
		{"POST /v1/vendor/keys", "/v1/vendor/keys", "vendor", "", `{"public_key":$,"proof":"AA=="}`, false},
		{"POST /v1/vendor/keys/{id}/revoke", "/v1/vendor/keys/ab12/revoke", "vendor", "", `{"reason":$}`, false},
		{"POST /v1/releases", "/v1/releases", "vendor", "",
			`{"payloadType":"application/vnd.in-toto+json","payload":$,"signatures":[{"keyid":"ab12","sig":"AA=="}]}`, false},
		{"POST /v1/releases/yank", "/v1/releases/yank", "vendor", "", `{"purl":"pkg:generic/cn-soft/tool@1.0.0","reason":$}`, false},
		{"POST /v1/releases/support", "/v1/releases/support", "vendor", "", `{"purl":"pkg:generic/cn-soft/tool@1.0.0","support_until":$}`, false},
		{"POST /v1/judicial/cases/{id}/execute", "/v1/judicial/cases/CN-DE-ABCDEFGH2345/execute", "agency", "", `{"order":$}`, false},
	}
	// Every route that takes a JSON body is in the table, but those only
	// peer nodes call (their own test sends them over mutual TLS).
	for pattern := range tn.Node.API.Routes() {
		method, _, _ := strings.Cut(pattern, " ")
		if (method == "POST" || method == "PUT") && !slices.ContainsFunc(targets, func(x target) bool { return x.pattern == pattern }) &&
			pattern != "POST /v1/judicial/messages" && pattern != "POST /witness/add-checkpoint" {
			t.Errorf("route %s takes a body and is not in the table", pattern)
		}
	}
	tn.Tokens["auditor-less"] = tn.Tokens["requester"]

	hc := f.httpClient()
	send := func(method, path, token, ctype string, body []byte) (int, map[string]any) {
		req, _ := http.NewRequest(method, tn.URL+path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+token)
		if ctype == "" {
			ctype = "application/json"
		}
		req.Header.Set("Content-Type", ctype)
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		var p map[string]any
		if resp.Header.Get("Content-Type") != "application/problem+json" || json.Unmarshal(b, &p) != nil {
			return resp.StatusCode, nil
		}
		return resp.StatusCode, p
	}
	before := f.hostileSnapshot(t)
	counts := map[string]int{}
	for _, tg := range targets {
		method, _, _ := strings.Cut(tg.pattern, " ")
		for _, h := range hostile {
			if h.name && !tg.name {
				continue
			}
			body := strings.Replace(tg.body, "$", h.value, 1)
			status, p := send(method, tg.path, tn.Tokens[tg.role], tg.ctype, []byte(body))
			outcome := fmt.Sprintf("%d %v", status, p["type"])
			counts[h.kind+": "+outcome]++
			if status != http.StatusBadRequest || p["type"] != "urn:comity:problem:invalid" {
				t.Errorf("%s with %s: %s, want 400 invalid (%v)", tg.pattern, h.kind, outcome, p["detail"])
			}
		}
		// And a body over the route's limit.
		big := strings.Replace(tg.body, "$", `"`+strings.Repeat("a", 5<<20)+`"`, 1)
		status, p := send(method, tg.path, tn.Tokens[tg.role], tg.ctype, []byte(big))
		counts[fmt.Sprintf("oversize: %d %v", status, p["type"])]++
		if status != http.StatusRequestEntityTooLarge && !(bulk(tg.pattern) && status == http.StatusBadRequest) {
			t.Errorf("%s oversize: %d %v", tg.pattern, status, p["type"])
		}
	}
	// A CSV import with one row that is not UTF-8 stores none of its rows.
	status, p := send("POST", "/v1/import", tn.Tokens["controller"], "text/csv", []byte("id,category,name\nCN-csv1,general,ok\nCN-csv2,general,caf\xe9\n"))
	counts[fmt.Sprintf("invalid UTF-8 (CSV): %d %v", status, p["type"])]++
	if status != http.StatusBadRequest {
		t.Errorf("CSV import with invalid UTF-8: %d", status)
	}
	if after := f.hostileSnapshot(t); after != before {
		t.Errorf("hostile input changed the store:\nbefore %s\nafter  %s", before, after)
	}
	if _, err := f.client("CN", "controller").ListRecords(ctx, "CN", comity.RecordFilter{Limit: 100}); err != nil {
		t.Errorf("listing after hostile input: %v", err)
	}
	var table []string
	for k, n := range counts {
		table = append(table, fmt.Sprintf("%s ×%d", k, n))
	}
	slices.Sort(table)
	t.Logf("attack table (kind: status type ×count):\n%s", strings.Join(table, "\n"))
}

// bulk says whether a route takes documents up to the import limit, so a
// body over the ordinary limit is read and refused as invalid, not too large.
func bulk(pattern string) bool {
	return pattern == "POST /v1/import" || pattern == "POST /v1/advisories" || pattern == "POST /v1/sboms"
}

// hostileSnapshot renders CN's records, and the principal and organisation
// the table tries to create.
func (f *testFed) hostileSnapshot(t *testing.T) string {
	t.Helper()
	db := f.Nodes["CN"].Node.DB
	rs, _, err := db.Records().QueryRecords(context.Background(), comity.RecordFilter{IncludeDeleted: true, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%s@%d %s; ", r.ID, r.Version, r.Fields)
	}
	if _, err := db.Principals().GetPrincipal(context.Background(), "hostile"); err == nil {
		b.WriteString("principal hostile; ")
	}
	if cs, _ := db.Consents().ListConsents(context.Background(), "acme-group", "", "", 10); len(cs) > 0 {
		b.WriteString("consents; ")
	}
	if _, err := db.Organisations().GetOrganisation(context.Background(), "CN:91310000MA1FL1234X"); err == nil {
		b.WriteString("organisation CN:91310000MA1FL1234X; ")
	}
	return b.String()
}

func recordInput(id string) comityhttp.RecordInput {
	return comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal, Subjects: []string{"s-1"}, Fields: json.RawMessage(`{"name":"Keep"}`)}
}
