package federation

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/comity-project/comity"
)

func TestKeyFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "node.key")
	key := mustKey(t)
	if err := WritePrivateKey(path, key); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode = %v, %v; want 0600", fi.Mode().Perm(), err)
	}
	got, err := LoadPrivateKey(path)
	if err != nil || !got.Equal(key) {
		t.Fatalf("LoadPrivateKey = %v, %v", got, err)
	}
	if err := WritePrivateKey(path, mustKey(t)); !errors.Is(err, os.ErrExist) {
		t.Fatalf("overwrite: %v, want os.ErrExist", err)
	}
	if again, _ := LoadPrivateKey(path); !again.Equal(key) {
		t.Fatal("key was replaced")
	}
	pub, err := LoadPublicKey(path)
	if err != nil || !pub.Equal(key.Public()) {
		t.Fatalf("LoadPublicKey(private key file) = %v, %v", pub, err)
	}

	// A PKIX public key file and a one-line base64 file also load.
	der, _ := x509.MarshalPKIXPublicKey(key.Public())
	pubPath := filepath.Join(dir, "node.pub")
	os.WriteFile(pubPath, pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der}), 0o644)
	if pub, err := LoadPublicKey(pubPath); err != nil || !pub.Equal(key.Public()) {
		t.Fatalf("LoadPublicKey(PEM public key) = %v, %v", pub, err)
	}
	os.WriteFile(pubPath, []byte(FormatPublicKey(key.Public().(ed25519.PublicKey))+"\n"), 0o644)
	if pub, err := LoadPublicKey(pubPath); err != nil || !pub.Equal(key.Public()) {
		t.Fatalf("LoadPublicKey(base64) = %v, %v", pub, err)
	}

	// An ECDSA key is a valid signer but not an Ed25519 key.
	ec, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ecPath := filepath.Join(dir, "tls.key")
	if err := WritePrivateKey(ecPath, ec); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadSigner(ecPath); err != nil {
		t.Errorf("LoadSigner(ecdsa): %v", err)
	}
	if _, err := LoadPrivateKey(ecPath); err == nil {
		t.Error("LoadPrivateKey accepted an ECDSA key")
	}
}

func TestParsePublicKey(t *testing.T) {
	key := mustKey(t)
	pub := key.Public().(ed25519.PublicKey)
	vkey, err := VerifierKey("cn-1", pub)
	if err != nil {
		t.Fatal(err)
	}
	good := []string{FormatPublicKey(pub), "  " + FormatPublicKey(pub) + "\n", vkey}
	for _, s := range good {
		got, err := ParsePublicKey(s)
		if err != nil || !got.Equal(pub) {
			t.Errorf("ParsePublicKey(%q) = %v, %v", s, got, err)
		}
	}
	bad := []string{
		"",
		"not base64!",
		FormatPublicKey(pub)[:40],
		FormatPublicKey(append(pub, 0)),
		vkey[:len(vkey)-2] + "AA", // verifier form with a changed key: hash mismatch
		"cn-1+00000000+" + FormatPublicKey(pub),
	}
	for _, s := range bad {
		if _, err := ParsePublicKey(s); !errors.Is(err, ErrBadKey) || comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("ParsePublicKey(%q) = %v, want ErrBadKey", s, err)
		}
	}
}

func FuzzParsePublicKey(f *testing.F) {
	f.Add(testKeyA)
	f.Add("cn-1+5a1b2c3d+AdXaGAGCsQq31Uv+08lkBzoO4XLz2qYjJa8CGmj3B1Ea")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParsePublicKey(s)
		if err == nil && len(k) != ed25519.PublicKeySize {
			t.Fatalf("accepted %q as a %d-byte key", s, len(k))
		}
	})
}

func FuzzParsePrivateKey(f *testing.F) {
	k, _ := GenerateKey()
	good, _ := MarshalPrivateKey(k)
	f.Add(good)
	f.Add([]byte("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParsePrivateKey(data)
		if err == nil && s.Public() == nil {
			t.Fatal("accepted a key without a public half")
		}
	})
}
