package federation

import (
	"crypto"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// DefaultCertValidity is the lifetime of a node certificate when
// NodeCertConfig.Validity is zero.
const DefaultCertValidity = 2 * 365 * 24 * time.Hour

// NodeCertConfig describes a node certificate to issue.
type NodeCertConfig struct {
	// Name is the node's name in the manifest; it becomes the subject CN.
	Name string
	// Jurisdiction is the node's member state; it becomes the subject C.
	Jurisdiction comity.Jurisdiction
	// PublicKey is the key to certify. Use the node's Ed25519 key, so that
	// the manifest's public_key pins the certificate; any other key (such as
	// ECDSA P-256, which browsers accept) must be pinned in the manifest by
	// tls_spki_sha256 (see SPKIPin).
	PublicKey crypto.PublicKey
	// Hosts are the DNS names and IP addresses (such as "localhost" and
	// "127.0.0.1") that the certificate is valid for; at least one.
	Hosts []string
	// Validity is the certificate's lifetime; zero means DefaultCertValidity.
	Validity time.Duration
}

// IssueNodeCert issues a certificate for a node, valid both as a TLS server
// certificate and as a client certificate (mutual TLS between nodes), and
// returns it as PEM.
func IssueNodeCert(ca *CA, cfg NodeCertConfig) (certPEM []byte, err error) {
	if !validKeyName(cfg.Name) {
		return nil, comity.Errorf(comity.EINVALID, "issue node certificate: node name %q: want 1-100 letters, digits and . _ - : /", cfg.Name)
	}
	j, err := comity.ParseJurisdiction(string(cfg.Jurisdiction))
	if err != nil {
		return nil, fmt.Errorf("issue node certificate: %w", err)
	}
	if !isSupportedTLSKey(cfg.PublicKey) {
		return nil, comity.Errorf(comity.EINVALID, "issue node certificate: key type %T: want Ed25519 or ECDSA", cfg.PublicKey)
	}
	if len(cfg.Hosts) == 0 {
		return nil, comity.Errorf(comity.EINVALID, "issue node certificate: no host names or addresses")
	}
	validity := cfg.Validity
	if validity == 0 {
		validity = DefaultCertValidity
	}
	serial, err := randomSerial()
	if err != nil {
		return nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject:      pkix.Name{CommonName: cfg.Name, Country: []string{string(j)}, Organization: []string{"Comity"}},
		NotBefore:    now.Add(-time.Hour), // tolerate clock skew between nodes
		NotAfter:     now.Add(validity),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	for _, h := range cfg.Hosts {
		h = strings.TrimSpace(h)
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else if h != "" {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, ca.Certificate, cfg.PublicKey, ca.Key)
	if err != nil {
		return nil, fmt.Errorf("issue node certificate: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), nil
}

// LoadNodeCertificate reads a node's certificate (PEM, leaf first) and
// private key (PKCS#8 PEM) for use in ServerTLSConfig and ClientTLSConfig.
func LoadNodeCertificate(certFile, keyFile string) (tls.Certificate, error) {
	cert, err := tls.LoadX509KeyPair(certFile, keyFile)
	if err != nil {
		return tls.Certificate{}, fmt.Errorf("load node certificate: %w", err)
	}
	return cert, nil
}

// MaxCSRSize bounds a certificate request read from outside.
const MaxCSRSize = 64 << 10

// NewCSR returns a PEM certificate request for a node: the way a joining
// state asks a member's CA for a certificate without handing over its key
// (it may as well run its own CA: peers are admitted by the key the
// manifest lists). key is the node's key, normally its Ed25519 node key.
func NewCSR(key crypto.Signer, name string, j comity.Jurisdiction, hosts []string) ([]byte, error) {
	if !validKeyName(name) {
		return nil, comity.Errorf(comity.EINVALID, "certificate request: node name %q: want 1-100 letters, digits and . _ - : /", name)
	}
	if _, err := comity.ParseJurisdiction(string(j)); err != nil {
		return nil, err
	}
	tmpl := &x509.CertificateRequest{Subject: pkix.Name{CommonName: name, Country: []string{string(j)}, Organization: []string{"Comity"}}}
	for _, h := range hosts {
		h = strings.TrimSpace(h)
		if ip := net.ParseIP(h); ip != nil {
			tmpl.IPAddresses = append(tmpl.IPAddresses, ip)
		} else if h != "" {
			tmpl.DNSNames = append(tmpl.DNSNames, h)
		}
	}
	der, err := x509.CreateCertificateRequest(rand.Reader, tmpl, key)
	if err != nil {
		return nil, fmt.Errorf("certificate request: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE REQUEST", Bytes: der}), nil
}

// ParseCSR decodes and checks a node's PEM certificate request: its
// signature (the requester holds the key), a node name as subject CN, a
// member state as subject C, at least one host, and a key type a node
// certificate may have. It returns the request as a NodeCertConfig for
// IssueNodeCert. Errors are EINVALID.
func ParseCSR(data []byte) (NodeCertConfig, error) {
	if len(data) > MaxCSRSize {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request over %d bytes", MaxCSRSize)
	}
	block, _ := pem.Decode(data)
	if block == nil || block.Type != "CERTIFICATE REQUEST" {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "no PEM CERTIFICATE REQUEST block found")
	}
	csr, err := x509.ParseCertificateRequest(block.Bytes)
	if err != nil {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: %w", err)
	}
	if err := csr.CheckSignature(); err != nil {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: signature does not verify: %w", err)
	}
	cfg := NodeCertConfig{Name: csr.Subject.CommonName, PublicKey: csr.PublicKey}
	if !validKeyName(cfg.Name) {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: subject CN %q is not a node name", cfg.Name)
	}
	if len(csr.Subject.Country) != 1 {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: want one subject C, the node's member state")
	}
	if cfg.Jurisdiction, err = comity.ParseJurisdiction(csr.Subject.Country[0]); err != nil {
		return NodeCertConfig{}, err
	}
	if !isSupportedTLSKey(cfg.PublicKey) {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: key type %T: want Ed25519 or ECDSA", cfg.PublicKey)
	}
	for _, ip := range csr.IPAddresses {
		cfg.Hosts = append(cfg.Hosts, ip.String())
	}
	cfg.Hosts = append(cfg.Hosts, csr.DNSNames...)
	if len(cfg.Hosts) == 0 {
		return NodeCertConfig{}, comity.Errorf(comity.EINVALID, "certificate request: no host names or addresses")
	}
	return cfg, nil
}
