package federation

import (
	"crypto"
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"testing"

	"github.com/comity-project/comity"
)

// testFed is a signed federation of real keys and certificates, one node
// per member, each node named after its jurisdiction ("cn-1").
type testFed struct {
	ca    *CA
	roots *x509.CertPool
	m     *Manifest
	nodes map[string]*testNode
	auth  map[comity.Jurisdiction]ed25519.PrivateKey
}

type testNode struct {
	name string
	j    comity.Jurisdiction
	key  ed25519.PrivateKey
	cert tls.Certificate
}

func mustKey(t testing.TB) ed25519.PrivateKey {
	t.Helper()
	k, err := GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func mustCA(t testing.TB, name string) *CA {
	t.Helper()
	certPEM, keyPEM, err := NewCA(name)
	if err != nil {
		t.Fatal(err)
	}
	ca, err := ParseCA(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	return ca
}

// issue returns a TLS certificate from ca for key, valid for 127.0.0.1.
func issue(t testing.TB, ca *CA, name string, j comity.Jurisdiction, key crypto.Signer) tls.Certificate {
	t.Helper()
	certPEM, err := IssueNodeCert(ca, NodeCertConfig{Name: name, Jurisdiction: j, PublicKey: key.Public(), Hosts: []string{"127.0.0.1", "localhost"}})
	if err != nil {
		t.Fatal(err)
	}
	keyPEM, err := MarshalPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := tls.X509KeyPair(certPEM, keyPEM)
	if err != nil {
		t.Fatal(err)
	}
	return cert
}

// newTestFed builds an unsigned-then-signed federation of the given members.
// urls maps node names to URLs; nodes not in it get https://127.0.0.1:1.
func newTestFed(t testing.TB, urls map[string]string, js ...comity.Jurisdiction) *testFed {
	t.Helper()
	f := &testFed{ca: mustCA(t, "test federation CA"), nodes: map[string]*testNode{}, auth: map[comity.Jurisdiction]ed25519.PrivateKey{}}
	f.roots = x509.NewCertPool()
	f.roots.AddCert(f.ca.Certificate)
	f.m = &Manifest{Federation: "test-federation", Serial: 1, BaselineQuorum: 2}
	for _, j := range js {
		name := lower(string(j)) + "-1"
		n := &testNode{name: name, j: j, key: mustKey(t)}
		n.cert = issue(t, f.ca, name, j, n.key)
		f.nodes[name] = n
		url := urls[name]
		if url == "" {
			url = "https://127.0.0.1:1"
		}
		auth := mustKey(t)
		f.auth[j] = auth
		f.m.Members = append(f.m.Members, Member{
			Jurisdiction: j,
			Nodes:        []Node{{Name: name, URL: url, PublicKey: PublicKey(n.key.Public().(ed25519.PublicKey))}},
			Authorities:  []Authority{{Role: comity.RoleDPA, PublicKey: PublicKey(auth.Public().(ed25519.PublicKey))}},
		})
	}
	f.m.Witness.Threshold = MajorityThreshold(f.m)
	f.signAll(t)
	return f
}

func (f *testFed) signAll(t testing.TB) {
	t.Helper()
	f.m.Signatures = nil
	for _, mem := range f.m.Members {
		if err := Sign(f.m, mem.Jurisdiction, f.auth[mem.Jurisdiction]); err != nil {
			t.Fatal(err)
		}
	}
	if err := Verify(f.m); err != nil {
		t.Fatal(err)
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
