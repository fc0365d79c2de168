package federation

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// loopFed is a federation whose nodes serve on loopback over mutual TLS. Each
// node answers GET /whoami with the peer it identified, or 401 and the
// error's message.
type loopFed struct {
	*testFed
	peers map[string]*Peers
	urls  map[string]string
	ext   *CA // issuer of fr-1's certificate, when external
}

func startLoopFed(t *testing.T, external bool) *loopFed {
	t.Helper()
	names := []string{"cn-1", "de-1", "us-1"}
	if external {
		names = append(names, "fr-1")
	}
	lns, urls := map[string]net.Listener{}, map[string]string{}
	for _, n := range names {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { ln.Close() })
		lns[n], urls[n] = ln, "https://"+ln.Addr().String()
	}
	f := &loopFed{testFed: newTestFed(t, urls, "CN", "DE", "US"), peers: map[string]*Peers{}, urls: urls}
	if external {
		f.addExternalMember(t, urls["fr-1"])
	}
	for _, name := range names {
		n := f.nodes[name]
		p, err := NewPeers(PeersConfig{Manifest: f.m, Certificate: n.cert, Roots: f.roots, Self: name, Timeout: 10 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		f.peers[name] = p
		srv := &http.Server{Handler: whoami(p), TLSConfig: p.ServerTLSConfig(), ErrorLog: nullLog()}
		go srv.ServeTLS(lns[name], "", "")
		t.Cleanup(func() { srv.Close(); p.Close() })
	}
	return f
}

// addExternalMember adds FR, whose node fr-1 has an ECDSA certificate from
// another ("external") CA, pinned in the manifest by its SPKI hash; the
// external CA joins the trusted roots.
func (f *loopFed) addExternalMember(t *testing.T, url string) {
	ext := mustCA(t, "external CA")
	f.ext = ext
	f.roots.AddCert(ext.Certificate)
	tlsKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	n := &testNode{name: "fr-1", j: "FR", key: mustKey(t), cert: issue(t, ext, "fr-1", "FR", tlsKey)}
	f.nodes["fr-1"] = n
	auth := mustKey(t)
	f.auth["FR"] = auth
	f.m.Members = append(f.m.Members, Member{
		Jurisdiction: "FR",
		Nodes: []Node{{Name: "fr-1", URL: url, PublicKey: PublicKey(n.key.Public().(ed25519.PublicKey)),
			TLSSPKISHA256: SPKIPin(n.cert.Leaf)}},
		Authorities: []Authority{{Role: comity.RoleCentralAuthority, PublicKey: PublicKey(auth.Public().(ed25519.PublicKey))}},
	})
	f.signAll(t)
}

func whoami(p *Peers) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		peer, err := p.Identify(r.TLS)
		if err != nil {
			w.Header().Set("Comity-Code", comity.ErrorCode(err))
			http.Error(w, comity.ErrorMessage(err), http.StatusUnauthorized)
			return
		}
		fmt.Fprintf(w, "%s %s", peer.Jurisdiction, peer.Node.Name)
	})
}

// get calls url with c and returns status and body.
func get(t *testing.T, c *http.Client, url string) (int, string, error) {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		return 0, "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, strings.TrimSpace(string(body)), nil
}

// rawClient presents cert (if any) and trusts roots, without pinning the
// server: a stranger's client.
func rawClient(cert *tls.Certificate, roots *x509.CertPool) *http.Client {
	tc := &tls.Config{RootCAs: roots}
	if cert != nil {
		tc.GetClientCertificate = func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return cert, nil }
	}
	return &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{TLSClientConfig: tc}}
}

func TestMutualTLS(t *testing.T) {
	f := startLoopFed(t, false)
	deURL := f.urls["de-1"] + "/whoami"
	other := mustCA(t, "another CA")
	expired := mustKey(t)
	expiredCert, err := IssueNodeCert(f.ca, NodeCertConfig{Name: "de-1", Jurisdiction: "DE", PublicKey: expired.Public(), Hosts: []string{"127.0.0.1"}, Validity: -30 * time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	expiredPEM, _ := MarshalPrivateKey(expired)
	expiredPair, err := tls.X509KeyPair(expiredCert, expiredPEM)
	if err != nil {
		t.Fatal(err)
	}
	// The expired certificate carries a manifest key, so only expiry fails.
	f.m.Members[1].Nodes = append(f.m.Members[1].Nodes, Node{Name: "de-old", URL: "https://127.0.0.1:1", PublicKey: PublicKey(expired.Public().(ed25519.PublicKey))})
	f.signAll(t)
	for _, p := range f.peers {
		p.SetManifest(f.m)
	}

	tests := []struct {
		name     string
		cert     *tls.Certificate
		wantCode int
		wantBody string
	}{
		{"member node", &f.nodes["cn-1"].cert, 200, "CN cn-1"},
		// The manifest pins the key: a member may run its own CA.
		{"manifest key certified by another CA", ptr(issue(t, other, "cn-1", "CN", f.nodes["cn-1"].key)), 200, "CN cn-1"},
		{"right CA, key not in manifest", ptr(issue(t, f.ca, "cn-2", "CN", mustKey(t))), 401, "belongs to no node"},
		{"expired certificate", &expiredPair, 401, "expired"},
		{"no client certificate", nil, 401, "no client certificate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, err := get(t, rawClient(tt.cert, f.roots), deURL)
			if err != nil {
				t.Fatal(err)
			}
			if code != tt.wantCode || !strings.Contains(body, tt.wantBody) {
				t.Fatalf("got %d %q, want %d containing %q", code, body, tt.wantCode, tt.wantBody)
			}
		})
	}
}

// A client that shows a member's certificate without holding its key must
// fail the handshake: the server checks the client's CertificateVerify
// signature even though it defers checking the certificate itself.
func TestStolenCertificate(t *testing.T) {
	f := startLoopFed(t, false)
	stolen := tls.Certificate{Certificate: f.nodes["cn-1"].cert.Certificate, PrivateKey: mustKey(t)}
	code, body, err := get(t, rawClient(&stolen, f.roots), f.urls["de-1"]+"/whoami")
	if err == nil {
		t.Fatalf("stolen certificate accepted: %d %q", code, body)
	}
	t.Logf("refused: %v", err)
}

func ptr[T any](v T) *T { return &v }

func TestPeerClients(t *testing.T) {
	f := startLoopFed(t, false)
	cn := f.peers["cn-1"]

	t.Run("call each member", func(t *testing.T) {
		for _, j := range []comity.Jurisdiction{"DE", "US"} {
			c, base, err := cn.Client(j)
			if err != nil {
				t.Fatal(err)
			}
			code, body, err := get(t, c, base+"/whoami")
			if err != nil || code != 200 || body != "CN cn-1" {
				t.Fatalf("%s: %d %q %v", j, code, body, err)
			}
		}
	})
	t.Run("no node in jurisdiction", func(t *testing.T) {
		_, _, err := cn.Client("JP")
		var ce *comity.Error
		if !errors.Is(err, ErrNoNode) || !errors.As(err, &ce) || ce.Code != comity.EUNAVAILABLE || ce.Detail["jurisdiction"] != comity.Jurisdiction("JP") {
			t.Fatalf("Client(JP) = %v", err)
		}
		if _, _, err := cn.Client("CN"); !errors.Is(err, ErrNoNode) {
			t.Fatalf("Client(own jurisdiction, only this node) = %v", err)
		}
	})
	t.Run("server impersonating another node", func(t *testing.T) {
		// A client that means to reach us-1 but is sent to de-1, whose
		// certificate is valid for the address and issued by the CA.
		tc, err := ClientTLSConfig(f.m, f.nodes["cn-1"].cert, f.roots, "us-1")
		if err != nil {
			t.Fatal(err)
		}
		c := &http.Client{Transport: &http.Transport{TLSClientConfig: tc}}
		_, _, err = get(t, c, f.urls["de-1"]+"/whoami")
		if !errors.Is(err, ErrUnknownPeer) {
			t.Fatalf("got %v, want ErrUnknownPeer", err)
		}
	})
	t.Run("node removed from manifest", func(t *testing.T) {
		us := f.peers["us-1"]
		c, base, _ := us.Client("DE")
		if code, body, err := get(t, c, base+"/whoami"); code != 200 {
			t.Fatalf("before removal: %d %q %v", code, body, err)
		}
		m := *f.m
		m.Members = m.Members[:2] // CN and DE
		m.Witness.Threshold = MajorityThreshold(&m)
		m.Serial++
		m.Signatures = nil
		for _, j := range []comity.Jurisdiction{"CN", "DE"} {
			if err := Sign(&m, j, f.auth[j]); err != nil {
				t.Fatal(err)
			}
		}
		if err := VerifySuccessor(f.m, &m); err != nil {
			t.Fatal(err)
		}
		if err := f.peers["de-1"].SetManifest(&m); err != nil {
			t.Fatal(err)
		}
		code, body, err := get(t, c, base+"/whoami")
		if err != nil || code != 401 || !strings.Contains(body, "belongs to no node") {
			t.Fatalf("after removal: %d %q %v", code, body, err)
		}
	})
}

func TestExternalCertificate(t *testing.T) {
	f := startLoopFed(t, true)
	if _, ok := f.nodes["fr-1"].cert.Leaf.PublicKey.(*ecdsa.PublicKey); !ok {
		t.Fatal("fr-1 should have an ECDSA certificate")
	}
	// fr-1 calls cn-1 with its pinned external certificate ...
	c, base, err := f.peers["fr-1"].Client("CN")
	if err != nil {
		t.Fatal(err)
	}
	if code, body, err := get(t, c, base+"/whoami"); err != nil || code != 200 || body != "FR fr-1" {
		t.Fatalf("fr-1 -> cn-1: %d %q %v", code, body, err)
	}
	// ... and cn-1 calls fr-1, checking fr-1's server certificate by its pin.
	c, base, err = f.peers["cn-1"].Client("FR")
	if err != nil {
		t.Fatal(err)
	}
	if code, body, err := get(t, c, base+"/whoami"); err != nil || code != 200 || body != "CN cn-1" {
		t.Fatalf("cn-1 -> fr-1: %d %q %v", code, body, err)
	}
	// Another ECDSA key certified by the same external CA is not fr-1.
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	code, body, err := get(t, rawClient(ptr(issue(t, f.ext, "fr-1", "FR", k)), f.roots), f.urls["cn-1"]+"/whoami")
	if err != nil || code != 401 || !strings.Contains(body, "belongs to no node") {
		t.Fatalf("unpinned ECDSA certificate: %d %q %v", code, body, err)
	}
}

// nullLog silences the server's log of refused handshakes in tests.
func nullLog() *log.Logger { return log.New(io.Discard, "", 0) }
