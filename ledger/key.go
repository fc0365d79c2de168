package ledger

import (
	"crypto/ed25519"
	"encoding/base64"
	"errors"
	"strings"

	"golang.org/x/mod/sumdb/note"
)

// GenerateKey returns a new Ed25519 key pair for a log named origin: the
// private key for Config.Key and the verifier key that auditors use.
func GenerateKey(origin string) (skey, vkey string, err error) {
	return note.GenerateKey(nil, origin)
}

// KeyFromEd25519 encodes an existing Ed25519 private key as a signed-note
// key pair named origin, for nodes that keep their identity key elsewhere.
func KeyFromEd25519(origin string, priv ed25519.PrivateKey) (skey, vkey string, err error) {
	vkey, err = note.NewEd25519VerifierKey(origin, priv.Public().(ed25519.PublicKey))
	if err != nil {
		return "", "", err
	}
	parts := strings.Split(vkey, "+")
	skey = "PRIVATE+KEY+" + origin + "+" + parts[1] + "+" +
		base64.StdEncoding.EncodeToString(append([]byte{1}, priv.Seed()...))
	return skey, vkey, nil
}

// keyPair parses a signed-note Ed25519 private key and derives its
// verifier key.
func keyPair(skey string) (note.Signer, string, error) {
	s, err := note.NewSigner(skey)
	if err != nil {
		return nil, "", errors.New("Config.Key is not a signed-note private key")
	}
	parts := strings.SplitN(skey, "+", 5) // PRIVATE+KEY+name+hash+key; base64 may hold '+'
	raw, err := base64.StdEncoding.DecodeString(parts[len(parts)-1])
	if err != nil || len(raw) != 1+ed25519.SeedSize || raw[0] != 1 {
		return nil, "", errors.New("Config.Key is not an Ed25519 signed-note key")
	}
	pub := ed25519.NewKeyFromSeed(raw[1:]).Public().(ed25519.PublicKey)
	vkey, err := note.NewEd25519VerifierKey(s.Name(), pub)
	if err != nil {
		return nil, "", err
	}
	return s, vkey, nil
}
