package federation

import (
	"crypto/ed25519"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"
)

// A joining state's node asks a member's CA for a certificate with a CSR:
// the certificate carries the node's own key, which never left it.
func TestCSR(t *testing.T) {
	key := mustKey(t)
	csr, err := NewCSR(key, "jp-1", "JP", []string{"127.0.0.1", "jp.example"})
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseCSR(csr)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Name != "jp-1" || cfg.Jurisdiction != "JP" || len(cfg.Hosts) != 2 {
		t.Fatalf("parsed %+v", cfg)
	}
	certPEM, err := IssueNodeCert(mustCA(t, "CN member CA"), cfg)
	if err != nil {
		t.Fatal(err)
	}
	block, _ := pem.Decode(certPEM)
	cert, _ := x509.ParseCertificate(block.Bytes)
	if !key.Public().(ed25519.PublicKey).Equal(cert.PublicKey) {
		t.Fatal("the certificate does not carry the requester's key")
	}

	bad := []struct{ name, pem, want string }{
		{"not PEM", "hello", "no PEM"},
		{"a certificate", string(certPEM), "no PEM CERTIFICATE REQUEST"},
		{"tampered", strings.Replace(string(csr), string(csr[60:64]), "AAAA", 1), "certificate request"},
	}
	for _, b := range bad {
		if _, err := ParseCSR([]byte(b.pem)); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%s: %v", b.name, err)
		}
	}
	if _, err := NewCSR(key, "jp 1", "JP", nil); err == nil {
		t.Error("a CSR for a bad node name")
	}
	if c, _ := NewCSR(key, "jp-1", "JP", nil); c != nil {
		if _, err := ParseCSR(c); err == nil || !strings.Contains(err.Error(), "no host") {
			t.Errorf("CSR without hosts: %v", err)
		}
	}
}

func FuzzParseCSR(f *testing.F) {
	csr, _ := NewCSR(mustKey(f), "jp-1", "JP", []string{"127.0.0.1"})
	f.Add(csr)
	f.Add([]byte("-----BEGIN CERTIFICATE REQUEST-----\nAAAA\n-----END CERTIFICATE REQUEST-----\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := ParseCSR(data)
		if err == nil && (cfg.Name == "" || len(cfg.Hosts) == 0 || cfg.PublicKey == nil) {
			t.Fatalf("accepted an incomplete request: %+v", cfg)
		}
	})
}
