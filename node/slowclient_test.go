package node_test

import (
	"bufio"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity/node"
)

// TestServerHoldsAgainstSlowAndHostileClients runs a real node with short
// limits: slow headers and an idle body are cut within them, an
// unauthenticated request is answered before its body arrives, 404, 405
// and 431 are problem details, every answer carries nosniff and HSTS, the
// console's CSP forbids base and foreign form targets, and TLS 1.2 offers
// AEAD suites only.
func TestServerHoldsAgainstSlowAndHostileClients(t *testing.T) {
	f := startFederationWith(t, func(c *node.Config) {
		c.HTTP.ReadHeaderTimeout = time.Second
		c.HTTP.BodyIdle = time.Second
	}, "CN")
	tn := f.Nodes["CN"]
	addr := strings.TrimPrefix(tn.URL, "https://")
	dial := func() *tls.Conn {
		c, err := tls.Dial("tcp", addr, &tls.Config{RootCAs: f.Roots, NextProtos: []string{"http/1.1"}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	// closedWithin reads from c until it is closed and returns how long
	// that took and what was answered.
	closedWithin := func(c *tls.Conn, limit time.Duration) (time.Duration, string) {
		start := time.Now()
		c.SetReadDeadline(start.Add(limit))
		b, err := io.ReadAll(c)
		if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
			t.Fatalf("connection still open after %s", limit)
		}
		return time.Since(start), string(b)
	}

	t.Run("slow headers are cut", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "GET /v1/node HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ")
		if d, _ := closedWithin(c, 5*time.Second); d > 3*time.Second {
			t.Errorf("cut after %s, want about 1s", d)
		}
	})
	t.Run("an idle body is cut", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "POST /v1/records HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"id\":", tn.Tokens["controller"])
		d, answer := closedWithin(c, 5*time.Second)
		if d > 3*time.Second {
			t.Errorf("cut after %s, want about 1s", d)
		}
		if !strings.Contains(answer, "application/problem+json") {
			t.Errorf("answer %q, want problem details", answer)
		}
	})
	t.Run("unauthenticated: answered before the body", func(t *testing.T) {
		c := dial()
		fmt.Fprintf(c, "POST /v1/records HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n")
		c.SetReadDeadline(time.Now().Add(3 * time.Second))
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil {
			t.Fatalf("no answer before the body: %v", err)
		}
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("status %d", resp.StatusCode)
		}
	})

	hc := f.httpClient()
	for _, tc := range []struct {
		name, method, path string
		header             http.Header
		status             int
		ptype              string
	}{
		{"unknown path", "GET", "/v2/nothing", nil, 404, "not-found"},
		{"wrong method", "DELETE", "/v1/node", nil, 405, "method-not-allowed"},
		{"headers over the limit", "GET", "/v1/node", http.Header{"X-Pad": {strings.Repeat("a", 70<<10)}}, 431, "headers-too-large"},
		{"an ordinary answer", "GET", "/healthz", nil, 200, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, tn.URL+tc.path, nil)
			for k, v := range tc.header {
				req.Header[k] = v
			}
			resp, err := hc.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.HasPrefix(resp.Header.Get("Strict-Transport-Security"), "max-age=") {
				t.Errorf("headers %v: want nosniff and HSTS", resp.Header)
			}
			if tc.ptype == "" {
				return
			}
			var p map[string]any
			if resp.Header.Get("Content-Type") != "application/problem+json" || json.NewDecoder(resp.Body).Decode(&p) != nil || p["type"] != "urn:comity:problem:"+tc.ptype {
				t.Errorf("not a %s problem: %s %v", tc.ptype, resp.Header.Get("Content-Type"), p)
			}
			if tc.status == 405 && resp.Header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
	t.Run("console CSP", func(t *testing.T) {
		resp, err := hc.Get(tn.URL + "/console/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "base-uri 'none'") || !strings.Contains(csp, "form-action 'self'") {
			t.Errorf("CSP %q", csp)
		}
	})
	t.Run("TLS 1.2 offers AEAD suites only", func(t *testing.T) {
		accepted := 0
		for _, suite := range tls.CipherSuites() {
			cfg := &tls.Config{RootCAs: f.Roots, MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{suite.ID}}
			c, err := tls.Dial("tcp", addr, cfg)
			aead := strings.Contains(suite.Name, "_GCM_") || strings.Contains(suite.Name, "CHACHA20")
			if err == nil {
				c.Close()
				accepted++
				if !aead {
					t.Errorf("%s accepted", suite.Name)
				}
			}
		}
		if accepted == 0 {
			t.Error("no TLS 1.2 suite accepted at all")
		}
		for _, suite := range tls.InsecureCipherSuites() {
			cfg := &tls.Config{RootCAs: f.Roots, MaxVersion: tls.VersionTLS12, CipherSuites: []uint16{suite.ID}}
			if c, err := tls.Dial("tcp", addr, cfg); err == nil {
				c.Close()
				t.Errorf("%s accepted", suite.Name)
			}
		}
	})
}
