package release

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"time"

	"github.com/comity-project/comity"
)

// Key algorithms a vendor may register: Ed25519, and ECDSA P-256 (with
// SHA-256, ASN.1 DER signatures) for tooling that cannot sign with Ed25519.
const (
	AlgEd25519   = "ed25519"
	AlgECDSAP256 = "ecdsa-p256-sha256"
)

// Key states. A rotated key is retired: releases logged while it was
// current stay valid, new ones are refused. A revoked key is treated as
// compromised: every release it signed stops verifying.
const (
	KeyActive  = "active"
	KeyRetired = "retired"
	KeyRevoked = "revoked"
)

// PublicKey is a vendor's registered signing key.
type PublicKey struct {
	pub crypto.PublicKey
	// ID is the lower-case hex SHA-256 of the key's DER SubjectPublicKeyInfo
	// (the DSSE keyid of its signatures).
	ID  string
	Alg string
	// PEM is the "PUBLIC KEY" PEM block, the form registered and exported.
	PEM string
}

// ParsePublicKey parses a PEM "PUBLIC KEY" (SubjectPublicKeyInfo) block
// holding an Ed25519 or ECDSA P-256 key. Anything else is EINVALID.
func ParsePublicKey(data []byte) (*PublicKey, error) {
	block, rest := pem.Decode(data)
	if block == nil || block.Type != "PUBLIC KEY" {
		return nil, comity.Errorf(comity.EINVALID, "public key: want one PEM \"PUBLIC KEY\" block")
	}
	if len(pemTrim(rest)) != 0 {
		return nil, comity.Errorf(comity.EINVALID, "public key: trailing data after the PEM block")
	}
	pub, err := x509.ParsePKIXPublicKey(block.Bytes)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "public key: %w", err)
	}
	return newPublicKey(pub)
}

func pemTrim(b []byte) []byte {
	for len(b) > 0 && (b[0] == '\n' || b[0] == '\r' || b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	return b
}

func newPublicKey(pub crypto.PublicKey) (*PublicKey, error) {
	k := &PublicKey{pub: pub}
	switch p := pub.(type) {
	case ed25519.PublicKey:
		k.Alg = AlgEd25519
	case *ecdsa.PublicKey:
		if p.Curve != elliptic.P256() {
			return nil, comity.Errorf(comity.EINVALID, "public key: ECDSA keys must be on P-256")
		}
		k.Alg = AlgECDSAP256
	default:
		return nil, comity.Errorf(comity.EINVALID, "public key: %T is not Ed25519 or ECDSA P-256", pub)
	}
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "public key: %w", err)
	}
	sum := sha256.Sum256(der)
	k.ID = hex.EncodeToString(sum[:])
	k.PEM = string(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}))
	return k, nil
}

// Verify reports whether sig is k's signature over msg: Ed25519 over msg
// itself, ECDSA over SHA-256(msg).
func (k *PublicKey) Verify(msg, sig []byte) bool {
	switch p := k.pub.(type) {
	case ed25519.PublicKey:
		return ed25519.Verify(p, msg, sig)
	case *ecdsa.PublicKey:
		h := sha256.Sum256(msg)
		return ecdsa.VerifyASN1(p, h[:], sig)
	}
	return false
}

// KeyProofMessage is what a vendor signs with a key to prove, when it
// registers the key, that it holds the private half: without it a vendor
// could register another's public key first and lock its owner out.
func KeyProofMessage(keyID string) []byte {
	return []byte("comity-vendor-key/v1\n" + keyID + "\n")
}

// ProveKey returns the signer's proof of possession for registration.
func (s *Signer) ProveKey() ([]byte, error) { return s.Sign(KeyProofMessage(s.pub.ID)) }

// Public returns the crypto public key.
func (k *PublicKey) Public() crypto.PublicKey { return k.pub }

// Signer signs releases with a vendor's private key.
type Signer struct {
	key crypto.Signer
	pub *PublicKey
}

// NewSigner wraps an Ed25519 or ECDSA P-256 private key.
func NewSigner(key crypto.Signer) (*Signer, error) {
	pub, err := newPublicKey(key.Public())
	if err != nil {
		return nil, err
	}
	return &Signer{key: key, pub: pub}, nil
}

// GenerateKey makes a new vendor key: Ed25519, or ECDSA P-256 if ecdsaP256.
func GenerateKey(ecdsaP256 bool) (crypto.Signer, error) {
	if ecdsaP256 {
		return ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	}
	_, k, err := ed25519.GenerateKey(rand.Reader)
	return k, err
}

// PublicKey returns the signer's public key.
func (s *Signer) PublicKey() *PublicKey { return s.pub }

// Sign signs msg as PublicKey.Verify expects.
func (s *Signer) Sign(msg []byte) ([]byte, error) {
	switch s.key.(type) {
	case ed25519.PrivateKey:
		return s.key.Sign(rand.Reader, msg, crypto.Hash(0))
	default:
		h := sha256.Sum256(msg)
		return s.key.Sign(rand.Reader, h[:], crypto.SHA256)
	}
}

// KeyRecord is one registered key with its history, as the node keeps it
// and as trust files carry it.
type KeyRecord struct {
	Vendor       string              `json:"vendor"`
	Jurisdiction comity.Jurisdiction `json:"jurisdiction"`
	KeyID        string              `json:"keyid"`
	Alg          string              `json:"alg"`
	PublicKey    string              `json:"public_key"`
	State        string              `json:"state"`
	Registered   time.Time           `json:"registered"`
	// Retired is when a rotation replaced the key; Revoked when it was
	// revoked (with Reason).
	Retired *time.Time `json:"retired,omitempty"`
	Revoked *time.Time `json:"revoked,omitempty"`
	Reason  string     `json:"reason,omitempty"`
	// Index is the log index of the registration entry.
	Index uint64 `json:"index"`
}

// validAt reports whether a release logged at t may carry k's signature,
// and why not.
func (k *KeyRecord) validAt(t time.Time) error {
	switch {
	case k.Revoked != nil:
		return fmt.Errorf("%w: key %s of %s was revoked at %s (%s)", ErrKey, short(k.KeyID), k.Vendor, k.Revoked.Format(time.RFC3339), k.Reason)
	case t.Before(k.Registered):
		return fmt.Errorf("%w: key %s of %s was registered after the release was logged", ErrKey, short(k.KeyID), k.Vendor)
	case k.Retired != nil && !t.Before(*k.Retired):
		return fmt.Errorf("%w: key %s of %s was retired at %s, before the release was logged", ErrKey, short(k.KeyID), k.Vendor, k.Retired.Format(time.RFC3339))
	}
	return nil
}

func short(id string) string {
	if len(id) > 16 {
		return id[:16]
	}
	return id
}
