package node_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
)

// These tests run three real nodes (CN, DE, US) on loopback, each with its
// own data directory, SQLite store, ledger and TLS certificate; nodes call
// each other over HTTPS with mutual TLS, as in production.

var states = []comity.Jurisdiction{"CN", "DE", "US"}

func personal(fields string) json.RawMessage { return json.RawMessage(fields) }

// problemOf is the decoded problem-details answer of a raw HTTP call.
type problemOf struct {
	Status      int
	ContentType string
	Body        map[string]any
}

func (p problemOf) typ() string { s, _ := p.Body["type"].(string); return s }

// rawCall sends one request with hc and decodes the JSON answer.
func rawCall(t *testing.T, hc *http.Client, method, url string, header http.Header, body any) problemOf {
	t.Helper()
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, url, rd)
	if err != nil {
		t.Fatal(err)
	}
	for k, vs := range header {
		req.Header[k] = vs
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := hc.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, url, err)
	}
	defer resp.Body.Close()
	out := problemOf{Status: resp.StatusCode, ContentType: resp.Header.Get("Content-Type")}
	b, _ := io.ReadAll(resp.Body)
	if len(b) > 0 {
		if err := json.Unmarshal(b, &out.Body); err != nil {
			t.Fatalf("%s %s: HTTP %d, not JSON: %q", method, url, resp.StatusCode, b)
		}
	}
	return out
}

// peerClient returns an HTTP client that presents cert to nodes and trusts
// the federation CA for their server certificates. It presents cert even
// when the server's list of acceptable CAs does not name its issuer (as an
// attacker would), so that the node's own check is what refuses it.
func (f *testFed) peerClient(cert tls.Certificate) *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: f.Roots, MinVersion: tls.VersionTLS13,
			GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &cert, nil }}}}
}

// nodeCert is j's real node certificate and key, as a peer presents them.
func (f *testFed) nodeCert(t *testing.T, j comity.Jurisdiction) tls.Certificate {
	t.Helper()
	dir := f.Nodes[j].Dir
	cert, err := federation.LoadNodeCertificate(filepath.Join(dir, "node.crt"), filepath.Join(dir, "node.key"))
	if err != nil {
		t.Fatal(err)
	}
	return cert
}

func TestFederationForwardsWritesToTheirHome(t *testing.T) {
	ctx := context.Background()
	f := startFederation(t, states...)
	de, us := f.client("DE", "controller"), f.client("US", "controller")

	var id string
	t.Run("create at DE is stored at CN only", func(t *testing.T) {
		meta, err := de.CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Category: comity.CategoryPersonal,
			Subjects: []string{"cn-person-1"}, Fields: personal(`{"name":"林小红","phone":"+86 139 1234 5678"}`)})
		if err != nil {
			t.Fatal(err)
		}
		id = meta.ID
		if meta.Home != "CN" || !strings.HasPrefix(id, "CN-") || meta.Version != 1 || meta.Controller != "acme-group" {
			t.Fatalf("meta = %+v", meta)
		}
		r := f.stored(t, "CN", id)
		if r == nil || r.Controller != "acme-group" || !strings.Contains(string(r.Fields), "林小红") {
			t.Fatalf("CN holds %+v", r)
		}
		for _, j := range []comity.Jurisdiction{"DE", "US"} {
			if f.stored(t, j, id) != nil || f.count(t, j) != 0 {
				t.Errorf("%s holds records after a write forwarded to CN", j)
			}
		}
	})
	t.Run("update at US is applied at CN", func(t *testing.T) {
		meta, err := us.UpdateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal,
			Subjects: []string{"cn-person-1"}, Fields: personal(`{"name":"林小红","phone":"+86 139 0000 0000"}`), Version: 1})
		if err != nil {
			t.Fatal(err)
		}
		if meta.Version != 2 {
			t.Errorf("version %d, want 2", meta.Version)
		}
		if r := f.stored(t, "CN", id); r == nil || !strings.Contains(string(r.Fields), "0000 0000") {
			t.Errorf("CN holds %+v", r)
		}
		if f.count(t, "US") != 0 {
			t.Error("US stores records after forwarding an update")
		}
	})
	t.Run("mixed import at DE is split by home", func(t *testing.T) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		for _, id := range []string{"CN-IMP-1", "CN-IMP-2", "DE-IMP-1", "US-IMP-1", "US-IMP-2", "US-IMP-3"} {
			enc.Encode(comityhttp.RecordInput{ID: id, Category: comity.CategoryGeneral, Fields: personal(`{"n":1}`)})
		}
		body := buf.Bytes()
		res, err := de.Import(ctx, "application/x-ndjson", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if res.Created != 6 {
			t.Errorf("import: %+v, want 6 created", res)
		}
		if got := [3]int{f.count(t, "CN"), f.count(t, "DE"), f.count(t, "US")}; got != [3]int{3, 1, 3} {
			t.Errorf("counts CN, DE, US = %v, want [3 1 3]", got)
		}
		res, err = de.Import(ctx, "application/x-ndjson", bytes.NewReader(body))
		if err != nil || res.Unchanged != 6 || res.Created != 0 {
			t.Errorf("second import: %+v, %v; want 6 unchanged", res, err)
		}
	})
	t.Run("delete at DE tombstones at CN", func(t *testing.T) {
		if err := de.DeleteRecord(ctx, id); err != nil {
			t.Fatal(err)
		}
		if f.stored(t, "CN", id) != nil {
			t.Error("CN still holds the deleted record")
		}
		rs, _, err := f.Nodes["CN"].Node.DB.Records().QueryRecords(ctx, comity.RecordFilter{IncludeDeleted: true, Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range rs {
			if r.ID == id {
				found = r.Deleted && len(r.Fields) == 0
			}
		}
		if !found {
			t.Error("no tombstone at CN")
		}
	})
	t.Run("another organisation cannot write through a peer", func(t *testing.T) {
		_, err := de.CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Controller: "other-corp",
			Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
		if comity.ErrorCode(err) != comity.EFORBIDDEN {
			t.Errorf("err = %v, want forbidden", err)
		}
	})
}

// TestFederationRefusesUntrustedPeers calls the CN node as a peer would,
// with certificates that must not be accepted, on behalf of a DE controller
// writing a CN record. Each is refused with problem details and nothing is
// stored. The first case, the real DE node, shows the setup would succeed.
func TestFederationRefusesUntrustedPeers(t *testing.T) {
	f := startFederation(t, states...)
	deDir := f.Nodes["DE"].Dir
	deKeyPEM, err := os.ReadFile(filepath.Join(deDir, "node.key"))
	if err != nil {
		t.Fatal(err)
	}
	rogue, err := federation.CreateCA(filepath.Join(t.TempDir(), "rogue"), "rogue federation CA")
	if err != nil {
		t.Fatal(err)
	}
	issue := func(ca *federation.CA, name string, keyPEM []byte) tls.Certificate {
		key, err := federation.ParsePrivateKey(keyPEM)
		if err != nil {
			t.Fatal(err)
		}
		certPEM, err := federation.IssueNodeCert(ca, federation.NodeCertConfig{Name: name, Jurisdiction: "DE",
			PublicKey: key.Public(), Hosts: []string{"127.0.0.1"}})
		if err != nil {
			t.Fatal(err)
		}
		cert, err := tls.X509KeyPair(certPEM, keyPEM)
		if err != nil {
			t.Fatal(err)
		}
		return cert
	}
	strangerKey, err := federation.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	strangerPEM, err := federation.MarshalPrivateKey(strangerKey)
	if err != nil {
		t.Fatal(err)
	}

	controller := &comity.Principal{ID: "controller", Organisation: "acme-group", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleController}}
	header := http.Header{comityhttp.OnBehalfHeader: {comityhttp.EncodeOnBehalf(controller)}}
	cn := f.Nodes["CN"]
	for i, tc := range []struct {
		name     string
		cert     tls.Certificate
		status   int
		wantType string
	}{
		{"member node with the federation's certificate", f.nodeCert(t, "DE"), http.StatusCreated, ""},
		// The manifest pins the node's key, not its CA: each member may run
		// its own CA, and only the holder of the key completes the handshake.
		{"member's key certified by another CA", issue(rogue, "de-node", deKeyPEM), http.StatusCreated, ""},
		{"stranger certified by another federation's CA", issue(rogue, "de-node", strangerPEM), http.StatusUnauthorized, "urn:comity:problem:unauthorized"},
		{"stranger certified by the federation's CA but not in the manifest", issue(f.CA, "de-node-2", strangerPEM), http.StatusUnauthorized, "urn:comity:problem:unauthorized"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := f.count(t, "CN")
			id := "CN-PEER-" + string(rune('A'+i))
			in := comityhttp.RecordInput{ID: id, Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)}
			got := rawCall(t, f.peerClient(tc.cert), "POST", cn.URL+"/v1/records", header, in)
			if got.Status != tc.status {
				t.Fatalf("HTTP %d %v, want %d", got.Status, got.Body, tc.status)
			}
			if tc.wantType == "" {
				if f.stored(t, "CN", id) == nil {
					t.Error("the accepted peer's write was not stored")
				}
				return
			}
			if got.ContentType != "application/problem+json" || got.typ() != tc.wantType {
				t.Errorf("answer %s %v, want problem type %s", got.ContentType, got.Body, tc.wantType)
			}
			if detail, _ := got.Body["detail"].(string); !strings.Contains(detail, "peer refused") {
				t.Errorf("detail %q does not say the peer was refused", detail)
			}
			if f.stored(t, "CN", id) != nil || f.count(t, "CN") != before {
				t.Error("a refused peer changed the store")
			}
			// Reads are refused the same way.
			got = rawCall(t, f.peerClient(tc.cert), "GET", cn.URL+"/v1/records/CN-PEER-A", header, nil)
			if got.Status != http.StatusUnauthorized || got.typ() != tc.wantType {
				t.Errorf("read: HTTP %d %v", got.Status, got.Body)
			}
		})
	}
}

// TestFederationRefusesForgedPrincipals: a genuine member node (DE) may
// speak only for its own jurisdiction's controllers and requesters.
func TestFederationRefusesForgedPrincipals(t *testing.T) {
	f := startFederation(t, states...)
	cn := f.Nodes["CN"]
	hc := f.peerClient(f.nodeCert(t, "DE"))
	raw := func(s string) http.Header { return http.Header{comityhttp.OnBehalfHeader: {s}} }
	as := func(p comity.Principal) http.Header { return raw(comityhttp.EncodeOnBehalf(&p)) }
	ctl := []comity.Role{comity.RoleController}
	for i, tc := range []struct {
		name     string
		header   http.Header
		wantType string
	}{
		{"principal of another jurisdiction", as(comity.Principal{ID: "controller", Organisation: "acme-group", Jurisdiction: "CN", Roles: ctl}), "urn:comity:problem:forbidden"},
		{"principal of the home jurisdiction's operator", as(comity.Principal{ID: "operator", Organisation: "cn-node", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleOperator}}), "urn:comity:problem:forbidden"},
		{"own jurisdiction with an authority role", as(comity.Principal{ID: "dpa", Organisation: "DE dpa", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleDPA, comity.RoleController}}), "urn:comity:problem:forbidden"},
		{"own jurisdiction as operator", as(comity.Principal{ID: "op", Organisation: "acme-group", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleOperator}}), "urn:comity:problem:forbidden"},
		{"malformed header", raw("not base64 json!"), "urn:comity:problem:unauthorized"},
		{"no organisation", as(comity.Principal{ID: "x", Jurisdiction: "DE", Roles: ctl}), "urn:comity:problem:unauthorized"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := f.count(t, "CN")
			id := "CN-FORGED-" + string(rune('A'+i))
			got := rawCall(t, hc, "POST", cn.URL+"/v1/records", tc.header,
				comityhttp.RecordInput{ID: id, Controller: "acme-group", Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
			if got.ContentType != "application/problem+json" || got.typ() != tc.wantType {
				t.Fatalf("HTTP %d %s %v, want %s", got.Status, got.ContentType, got.Body, tc.wantType)
			}
			if f.stored(t, "CN", id) != nil || f.count(t, "CN") != before {
				t.Error("a forged principal changed the store")
			}
		})
	}
	t.Run("peer without a principal may not write", func(t *testing.T) {
		got := rawCall(t, hc, "POST", cn.URL+"/v1/records", nil,
			comityhttp.RecordInput{ID: "CN-FORGED-Z", Controller: "de-node", Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
		if got.Status != http.StatusForbidden || got.typ() != "urn:comity:problem:forbidden" {
			t.Errorf("HTTP %d %v", got.Status, got.Body)
		}
	})
}

// TestFederationHomeUnreachable stops the CN node: writes of CN records
// elsewhere are refused with ERESIDENCY naming CN and stored nowhere.
// A batch mixing homes is stored per home, this node's first: its DE
// records are stored, the error says so, and running it again when CN is
// back stores the rest and nothing twice.
func TestFederationHomeUnreachable(t *testing.T) {
	ctx := context.Background()
	f := startFederation(t, states...)
	f.stop(t, "CN")
	// Bring CN back before the federation stops: the others' logs hold the
	// manifest each node accepted at start-up, and publish it only with
	// CN's cosignature.
	t.Cleanup(func() { f.restart(t, "CN") })
	de := f.client("DE", "controller")
	hc := f.httpClient()
	auth := http.Header{"Authorization": {"Bearer " + f.Nodes["DE"].Tokens["controller"]}}

	for _, tc := range []struct {
		name string
		home comity.Jurisdiction
		call func() error
	}{
		{"create of a record homed at a stopped node", "CN", func() error {
			_, err := de.CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Category: comity.CategoryPersonal, Fields: personal(`{"name":"王伟"}`)})
			return err
		}},
		{"import of records homed at a stopped node", "CN", func() error {
			_, err := de.Import(ctx, "application/x-ndjson", strings.NewReader(
				`{"id":"CN-X-1","category":"general","fields":{"a":1}}`+"\n"+`{"id":"CN-X-3","category":"general","fields":{"a":1}}`+"\n"))
			return err
		}},
		{"update of a record homed at a stopped node", "CN", func() error {
			_, err := de.UpdateRecord(ctx, comityhttp.RecordInput{ID: "CN-X-2", Category: comity.CategoryGeneral, Fields: personal(`{"a":2}`)})
			return err
		}},
		{"create of a record homed in a state with no node", "FR", func() error {
			_, err := de.CreateRecord(ctx, comityhttp.RecordInput{Home: "FR", Category: comity.CategoryPersonal, Fields: personal(`{"name":"Camille"}`)})
			return err
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var e *comity.Error
			if comity.ErrorCode(err) != comity.ERESIDENCY {
				t.Fatalf("err = %v, want residency", err)
			}
			if !errors.As(err, &e) || e.Detail["home"] != string(tc.home) || !strings.Contains(e.Message, string(tc.home)) {
				t.Errorf("error %q %v does not name the home %s", e.Message, e.Detail, tc.home)
			}
			if n := f.count(t, "DE") + f.count(t, "US"); n != 0 {
				t.Errorf("%d records stored abroad", n)
			}
		})
	}
	t.Run("a mixed import stores this node's records and says so", func(t *testing.T) {
		body := `{"id":"CN-MIX-1","category":"general","fields":{"a":1}}` + "\n" +
			`{"id":"DE-MIX-1","category":"general","fields":{"a":1}}` + "\n" +
			`{"id":"DE-MIX-2","category":"general","fields":{"a":1}}` + "\n"
		_, err := de.Import(ctx, "application/x-ndjson", strings.NewReader(body))
		var e *comity.Error
		if !errors.As(err, &e) || e.Code != comity.ERESIDENCY || e.Detail["home"] != "CN" {
			t.Fatalf("err = %v, want residency naming CN", err)
		}
		// What each home stored, by home: DE's two, and nothing of CN's.
		stored, _ := e.Detail["stored"].(map[string]any)
		if de, _ := stored["DE"].(map[string]any); len(stored) != 1 || de["created"] != float64(2) {
			t.Errorf("error detail stored = %v, want DE: 2 created", e.Detail["stored"])
		}
		if f.stored(t, "DE", "DE-MIX-1") == nil || f.stored(t, "DE", "DE-MIX-2") == nil || f.count(t, "DE") != 2 || f.count(t, "US") != 0 {
			t.Errorf("DE holds %d records, US %d; want DE's 2 only", f.count(t, "DE"), f.count(t, "US"))
		}
		f.restart(t, "CN")
		res, err := de.Import(ctx, "application/x-ndjson", strings.NewReader(body))
		if err != nil || res != (comity.ImportResult{Created: 1, Unchanged: 2}) {
			t.Fatalf("import again: %+v, %v; want 1 created, 2 unchanged", res, err)
		}
		if f.stored(t, "CN", "CN-MIX-1") == nil || f.count(t, "CN") != 1 || f.count(t, "DE") != 2 {
			t.Errorf("after the re-run: CN %d, DE %d records", f.count(t, "CN"), f.count(t, "DE"))
		}
		f.stop(t, "CN")
	})
	t.Run("problem details", func(t *testing.T) {
		got := rawCall(t, hc, "POST", f.Nodes["DE"].URL+"/v1/records", auth,
			comityhttp.RecordInput{Home: "CN", Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
		if got.Status != http.StatusConflict || got.typ() != "urn:comity:problem:residency" || got.Body["home"] != "CN" {
			t.Errorf("HTTP %d %v", got.Status, got.Body)
		}
	})
}

// TestFederationCrossBorderReadDenied: the CN gate refuses a read asked at
// the DE node, logs the decision, and the refusal carries a receipt signed
// by the CN log.
func TestFederationCrossBorderReadDenied(t *testing.T) {
	ctx := context.Background()
	f := startFederation(t, states...)
	cn := f.Nodes["CN"]
	meta, err := f.client("CN", "controller").CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Category: comity.CategoryPersonal,
		Subjects: []string{"cn-person-7"}, Fields: personal(`{"name":"张伟","id_number":"11010519491231002X"}`)})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("the controller reads at home", func(t *testing.T) {
		rel, err := f.client("CN", "controller").ReadRecord(ctx, meta.ID, "customer service")
		if err != nil {
			t.Fatal(err)
		}
		if rel.Decision.Outcome != comity.Allow || len(rel.Records) != 1 || rel.Receipt == nil {
			t.Fatalf("release %+v", rel)
		}
		if err := ledger.VerifyReceipt(rel.Receipt, cn.Node.Log.VerifierKey()); err != nil {
			t.Error(err)
		}
	})
	for _, tc := range []struct {
		name, principal, path string
		method                string
		body                  any
	}{
		{"the controller at DE reads one record", "controller", "/v1/records/" + meta.ID + "?purpose=analytics", "GET", nil},
		{"a requester at DE reads one record", "requester", "/v1/records/" + meta.ID, "GET", nil},
		{"a requester at DE lists CN records", "requester", "/v1/records?home=CN", "GET", nil},
		{"a requester at DE asks the gate for a transfer", "requester", "/v1/access", "POST",
			comityhttp.AccessInput{Action: comity.ActionTransfer, RecordIDs: []string{meta.ID}, Purpose: "marketing"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			auth := http.Header{"Authorization": {"Bearer " + f.Nodes["DE"].Tokens[tc.principal]}}
			got := rawCall(t, f.httpClient(), tc.method, f.Nodes["DE"].URL+tc.path, auth, tc.body)
			if got.Status != http.StatusUnavailableForLegalReasons || got.typ() != "urn:comity:problem:denied" ||
				got.ContentType != "application/problem+json" {
				t.Fatalf("HTTP %d %s %v", got.Status, got.ContentType, got.Body)
			}
			if strings.Contains(mustJSON(got.Body), "张伟") || got.Body["records"] != nil {
				t.Error("the refusal carries record content")
			}
			b, _ := json.Marshal(got.Body["receipt"])
			var r comity.Receipt
			if err := json.Unmarshal(b, &r); err != nil || r.Origin == "" {
				t.Fatalf("no receipt in %v", got.Body)
			}
			if r.Origin != cn.Node.Log.Origin() {
				t.Errorf("receipt from log %q, want the home's %q", r.Origin, cn.Node.Log.Origin())
			}
			if err := ledger.VerifyReceipt(&r, cn.Node.Log.VerifierKey()); err != nil {
				t.Errorf("receipt: %v", err)
			}
			if d, _ := got.Body["decision"].(map[string]any); d == nil || d["outcome"] != string(comity.Deny) {
				t.Errorf("decision %v, want deny", got.Body["decision"])
			}
		})
	}
	t.Run("the client reports EDENIED", func(t *testing.T) {
		_, err := f.client("US", "requester").ReadRecord(ctx, meta.ID, "research")
		if comity.ErrorCode(err) != comity.EDENIED {
			t.Errorf("err = %v, want denied", err)
		}
	})
}

func mustJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
