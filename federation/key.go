package federation

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"os"
	"strings"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity/durable"
)

// Key files.
//
// A private key on disk is one PEM block of type "PRIVATE KEY" holding a
// PKCS#8 key (x509.MarshalPKCS8PrivateKey), the format openssl and Go's
// tls.LoadX509KeyPair read directly. Node and authority keys are Ed25519;
// CA keys and externally issued TLS keys may be ECDSA or RSA. Files are
// written with mode 0600 and never overwritten.
//
// A public key in the manifest and on the command line is the standard
// base64 encoding of the 32 raw Ed25519 bytes (44 characters). ParsePublicKey
// also accepts the signed-note verifier form "name+hash+base64", which is
// what `comity demo` prints for logs, so either can be pasted.

// GenerateKey returns a new Ed25519 key from crypto/rand.
func GenerateKey() (ed25519.PrivateKey, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate ed25519 key: %w", err)
	}
	return priv, nil
}

// MarshalPrivateKey encodes key (Ed25519, ECDSA or RSA) as a PKCS#8 PEM block.
func MarshalPrivateKey(key crypto.Signer) ([]byte, error) {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("marshal private key: %w", err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), nil
}

// WritePrivateKey writes key to path as PKCS#8 PEM with mode 0600. It refuses
// to replace an existing file, since losing a node or authority key cannot be
// undone, and it never leaves a partly written key at path.
func WritePrivateKey(path string, key crypto.Signer) error {
	data, err := MarshalPrivateKey(key)
	if err != nil {
		return err
	}
	return durable.WriteNew(path, data, 0o600)
}

// ParsePrivateKey decodes a PKCS#8 PEM private key of any supported type.
func ParsePrivateKey(data []byte) (crypto.Signer, error) {
	block, _ := pem.Decode(data)
	if block == nil {
		return nil, fmt.Errorf("no PEM block found")
	}
	var key any
	var err error
	switch block.Type {
	case "PRIVATE KEY":
		key, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	case "EC PRIVATE KEY": // openssl ecparam -genkey writes SEC 1
		key, err = x509.ParseECPrivateKey(block.Bytes)
	case "RSA PRIVATE KEY":
		key, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	default:
		return nil, fmt.Errorf("PEM block is %q, want \"PRIVATE KEY\"", block.Type)
	}
	if err != nil {
		return nil, err
	}
	s, ok := key.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("unsupported private key type %T", key)
	}
	return s, nil
}

// LoadSigner reads a private key of any supported type (Ed25519, ECDSA, RSA)
// from a PEM file.
func LoadSigner(path string) (crypto.Signer, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read key: %w", err)
	}
	s, err := ParsePrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("read key %s: %w", path, err)
	}
	return s, nil
}

// LoadPrivateKey reads an Ed25519 private key from a PKCS#8 PEM file.
func LoadPrivateKey(path string) (ed25519.PrivateKey, error) {
	s, err := LoadSigner(path)
	if err != nil {
		return nil, err
	}
	k, ok := s.(ed25519.PrivateKey)
	if !ok {
		return nil, fmt.Errorf("read key %s: %T is not an Ed25519 key", path, s)
	}
	return k, nil
}

// ParsePublicKey decodes an Ed25519 public key written as standard base64 of
// its 32 bytes, or in signed-note verifier form (name+hash+base64 of 0x01 and
// the key; the hash is checked). Errors are EINVALID.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	s = strings.TrimSpace(s)
	// A raw key's base64 always ends in '=', a verifier key's never does.
	if parts := strings.SplitN(s, "+", 3); len(parts) == 3 && !strings.HasSuffix(s, "=") {
		if _, err := note.NewVerifier(s); err == nil {
			raw, _ := base64.StdEncoding.DecodeString(parts[2])
			if len(raw) == 1+ed25519.PublicKeySize && raw[0] == 1 {
				return ed25519.PublicKey(raw[1:]), nil
			}
		}
	}
	raw, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil || len(raw) != ed25519.PublicKeySize {
		return nil, invalid(ErrBadKey, "bad public key %.60q: want base64 of 32 Ed25519 bytes or a signed-note verifier key", s)
	}
	return ed25519.PublicKey(raw), nil
}

// FormatPublicKey returns the manifest form of pub: standard base64.
func FormatPublicKey(pub ed25519.PublicKey) string {
	return base64.StdEncoding.EncodeToString(pub)
}

// VerifierKey returns pub in signed-note verifier form under name, as used
// for checkpoints and cosignatures (golang.org/x/mod/sumdb/note).
func VerifierKey(name string, pub ed25519.PublicKey) (string, error) {
	return note.NewEd25519VerifierKey(name, pub)
}

// LoadPublicKey reads an Ed25519 public key from a file holding either a
// private key (the public half is derived), a PKIX "PUBLIC KEY" PEM block, or
// one line in a form ParsePublicKey accepts.
func LoadPublicKey(path string) (ed25519.PublicKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read public key: %w", err)
	}
	if block, _ := pem.Decode(data); block != nil {
		var pub any
		if block.Type == "PUBLIC KEY" {
			pub, err = x509.ParsePKIXPublicKey(block.Bytes)
		} else {
			var s crypto.Signer
			s, err = ParsePrivateKey(data)
			if s != nil {
				pub = s.Public()
			}
		}
		if err != nil {
			return nil, fmt.Errorf("read public key %s: %w", path, err)
		}
		k, ok := pub.(ed25519.PublicKey)
		if !ok {
			return nil, fmt.Errorf("read public key %s: %T is not an Ed25519 key", path, pub)
		}
		return k, nil
	}
	return ParsePublicKey(string(bytes.TrimSpace(data)))
}

// isSupportedTLSKey reports whether pub is a key type a TLS leaf may carry.
func isSupportedTLSKey(pub any) bool {
	switch pub.(type) {
	case ed25519.PublicKey, *ecdsa.PublicKey:
		return true
	}
	return false
}
