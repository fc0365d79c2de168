package witness_test

import (
	"crypto/ed25519"
	"testing"

	"github.com/comity-project/comity/witness"
	fnote "github.com/transparency-dev/formats/note"
)

func TestKeyFromEd25519(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(nil)
	skey, vkey, err := witness.KeyFromEd25519("cn-node/witness", priv)
	if err != nil {
		t.Fatal(err)
	}
	s, err := fnote.NewSignerForCosignatureV1(skey)
	if err != nil {
		t.Fatal(err)
	}
	v, err := fnote.NewVerifierForCosignatureV1(vkey)
	if err != nil {
		t.Fatal(err)
	}
	if s.KeyHash() != v.KeyHash() || s.Name() != v.Name() {
		t.Fatalf("signer %s/%x and verifier %s/%x differ", s.Name(), s.KeyHash(), v.Name(), v.KeyHash())
	}
	msg := []byte("example.com/log\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")
	sig, err := s.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	if !v.Verify(msg, sig) {
		t.Fatal("cosignature does not verify")
	}
}
