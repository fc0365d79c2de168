package federation

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/comity-project/comity/durable"
)

// CA file names inside a CA directory (see CreateCA and LoadCA).
const (
	CACertFile = "ca.pem"
	CAKeyFile  = "ca.key"
)

// caValidity is how long a federation CA created here is valid: long, since
// replacing it means reissuing every node certificate.
const caValidity = 10 * 365 * 24 * time.Hour

// CA is a federation certificate authority for local use: it issues node
// certificates (see IssueNodeCert). Trust in a peer does not rest on the CA
// alone: a peer's key must also be in the signed manifest.
type CA struct {
	Certificate *x509.Certificate
	Key         crypto.Signer
	// CertPEM is the CA certificate as PEM, for trust pools and files.
	CertPEM []byte
}

// NewCA creates a self-signed CA named name with a new ECDSA P-256 key and
// returns its certificate and PKCS#8 private key as PEM. The CA key is ECDSA,
// not Ed25519, so that browsers and older TLS stacks can check the chains it
// signs.
func NewCA(name string) (certPEM, keyPEM []byte, err error) {
	if name == "" {
		name = "Comity federation CA"
	}
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, nil, fmt.Errorf("create CA: %w", err)
	}
	serial, err := randomSerial()
	if err != nil {
		return nil, nil, err
	}
	now := time.Now()
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: name, Organization: []string{"Comity"}},
		NotBefore:             now.Add(-time.Hour),
		NotAfter:              now.Add(caValidity),
		IsCA:                  true,
		BasicConstraintsValid: true,
		MaxPathLenZero:        true, // node certificates only, no intermediates
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, key.Public(), key)
	if err != nil {
		return nil, nil, fmt.Errorf("create CA: %w", err)
	}
	keyPEM, err = MarshalPrivateKey(key)
	if err != nil {
		return nil, nil, err
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), keyPEM, nil
}

// CreateCA creates a CA (see NewCA) and writes ca.pem and ca.key (0600) into
// dir, creating dir if needed. It refuses to replace an existing CA key.
func CreateCA(dir, name string) (*CA, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("create CA: %w", err)
	}
	certPEM, keyPEM, err := NewCA(name)
	if err != nil {
		return nil, err
	}
	if err := durable.WriteNew(filepath.Join(dir, CAKeyFile), keyPEM, 0o600); err != nil {
		return nil, fmt.Errorf("create CA: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, CACertFile), certPEM, 0o644); err != nil {
		return nil, fmt.Errorf("create CA: %w", err)
	}
	return ParseCA(certPEM, keyPEM)
}

// ParseCA decodes a CA certificate and its private key from PEM.
func ParseCA(certPEM, keyPEM []byte) (*CA, error) {
	cert, err := parseCertificate(certPEM)
	if err != nil {
		return nil, fmt.Errorf("parse CA: %w", err)
	}
	if !cert.IsCA {
		return nil, fmt.Errorf("parse CA: certificate %q is not a CA", cert.Subject.CommonName)
	}
	key, err := ParsePrivateKey(keyPEM)
	if err != nil {
		return nil, fmt.Errorf("parse CA key: %w", err)
	}
	if !publicKeysEqual(cert.PublicKey, key.Public()) {
		return nil, fmt.Errorf("parse CA: the key does not belong to the certificate")
	}
	return &CA{Certificate: cert, Key: key, CertPEM: certPEM}, nil
}

// LoadCA reads ca.pem and ca.key from dir.
func LoadCA(dir string) (*CA, error) {
	certPEM, err := os.ReadFile(filepath.Join(dir, CACertFile))
	if err != nil {
		return nil, fmt.Errorf("load CA: %w", err)
	}
	keyPEM, err := os.ReadFile(filepath.Join(dir, CAKeyFile))
	if err != nil {
		return nil, fmt.Errorf("load CA: %w", err)
	}
	return ParseCA(certPEM, keyPEM)
}

// SystemRoots, given to LoadCertPool as a path, adds the operating system's
// trusted CAs: for nodes whose certificates come from a public CA. A peer is
// still admitted only if its key or SPKI pin is in the manifest.
const SystemRoots = "system"

// LoadCertPool reads PEM certificates (CA certificates, or self-signed
// externally issued ones) from the given files into a new pool; the path
// SystemRoots adds the system's CAs.
func LoadCertPool(paths ...string) (*x509.CertPool, error) {
	pool := x509.NewCertPool()
	for _, p := range paths {
		if p == SystemRoots {
			sys, err := x509.SystemCertPool()
			if err != nil {
				return nil, fmt.Errorf("load trusted CAs: system roots: %w", err)
			}
			for _, c := range paths {
				if c != SystemRoots {
					if err := appendPEMFile(sys, c); err != nil {
						return nil, err
					}
				}
			}
			return sys, nil
		}
	}
	for _, p := range paths {
		if err := appendPEMFile(pool, p); err != nil {
			return nil, err
		}
	}
	return pool, nil
}

func appendPEMFile(pool *x509.CertPool, p string) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return fmt.Errorf("load trusted CAs: %w", err)
	}
	if !pool.AppendCertsFromPEM(data) {
		return fmt.Errorf("load trusted CAs: %s holds no PEM certificate", p)
	}
	return nil
}

// SPKIPin returns the lower-case hex SHA-256 of cert's SubjectPublicKeyInfo,
// the form of a manifest node's tls_spki_sha256 (the same value as
// `openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | sha256sum`).
func SPKIPin(cert *x509.Certificate) string {
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return hex.EncodeToString(sum[:])
}

func parseCertificate(certPEM []byte) (*x509.Certificate, error) {
	block, _ := pem.Decode(certPEM)
	if block == nil || block.Type != "CERTIFICATE" {
		return nil, fmt.Errorf("no PEM CERTIFICATE block found")
	}
	return x509.ParseCertificate(block.Bytes)
}

func randomSerial() (*big.Int, error) {
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, fmt.Errorf("certificate serial: %w", err)
	}
	return serial, nil
}

// publicKeysEqual compares two public keys of any standard type.
func publicKeysEqual(a, b crypto.PublicKey) bool {
	k, ok := a.(interface{ Equal(crypto.PublicKey) bool })
	return ok && k.Equal(b)
}
