package rulebook

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/comity-project/comity"
)

// Signature is an Ed25519 signature with the public key that made it.
type Signature struct {
	Key []byte `json:"key"` // Ed25519 public key, base64 in JSON
	Sig []byte `json:"sig"`
}

// ErrSignature is wrapped by every signature failure: missing, malformed,
// made by a key other than the expected one, or not matching the content.
var ErrSignature = errors.New("bad signature")

// bundleDomain separates bundle signatures from every other message that an
// authority key signs (approvals, baseline changes).
const bundleDomain = "comity rulebook bundle v1\n"

// message is what a bundle's signature covers: the domain, then the SHA-256
// of the bundle's JSON without its signature.
func (b *Bundle) message() ([]byte, error) {
	c := *b
	c.Signature = nil
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(data)
	return append([]byte(bundleDomain), sum[:]...), nil
}

// Digest returns the hex SHA-256 that identifies this content of the bundle
// (signature excluded), as logged when it is published.
func (b *Bundle) Digest() string {
	msg, err := b.message()
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%x", msg[len(bundleDomain):])
}

// Sign signs the bundle with key, replacing any previous signature.
func (b *Bundle) Sign(key ed25519.PrivateKey) error {
	if len(key) != ed25519.PrivateKeySize {
		return fmt.Errorf("%w: private key of %d bytes", ErrSignature, len(key))
	}
	b.Signature = nil
	msg, err := b.message()
	if err != nil {
		return err
	}
	b.Signature = &Signature{Key: key.Public().(ed25519.PublicKey), Sig: ed25519.Sign(key, msg)}
	return nil
}

// Verify checks that the bundle is signed by key.
func (b *Bundle) Verify(key ed25519.PublicKey) error {
	if b.Signature == nil {
		return fmt.Errorf("%w: rulebook %s version %d is unsigned", ErrSignature, b.Name(), b.Version)
	}
	if len(key) != ed25519.PublicKeySize || !bytes.Equal(b.Signature.Key, key) {
		return fmt.Errorf("%w: rulebook %s is not signed by the authority key of %s", ErrSignature, b.Name(), b.Name())
	}
	msg, err := b.message()
	if err != nil {
		return err
	}
	if !ed25519.Verify(key, msg, b.Signature.Sig) {
		return fmt.Errorf("%w: rulebook %s version %d: signature does not match its content", ErrSignature, b.Name(), b.Version)
	}
	return nil
}

// Keys maps each member state to its authority's Ed25519 public key, as the
// federation manifest lists them.
type Keys map[comity.Jurisdiction]ed25519.PublicKey
