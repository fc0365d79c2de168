package rulebook

import (
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"testing"

	"github.com/comity-project/comity"
)

func newKey(t testing.TB) ed25519.PrivateKey {
	t.Helper()
	_, k, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func sample(t testing.TB, j comity.Jurisdiction) *Bundle {
	t.Helper()
	states, err := SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range states {
		if b.Jurisdiction == j {
			return b
		}
	}
	t.Fatalf("no sample rulebook of %s", j)
	return nil
}

func TestBundleSignature(t *testing.T) {
	cn, de := newKey(t), newKey(t)
	b := sample(t, "CN")
	if err := b.Verify(cn.Public().(ed25519.PublicKey)); !errors.Is(err, ErrSignature) {
		t.Errorf("unsigned bundle: %v, want ErrSignature", err)
	}
	if err := b.Sign(cn); err != nil {
		t.Fatal(err)
	}
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := ParseBundle(data)
	if err != nil {
		t.Fatal(err)
	}
	if err := parsed.Verify(cn.Public().(ed25519.PublicKey)); err != nil {
		t.Errorf("round-tripped bundle: %v", err)
	}
	if parsed.Digest() != b.Digest() {
		t.Errorf("digest changed in the round trip")
	}

	tests := []struct {
		name   string
		change func(*Bundle)
		key    ed25519.PrivateKey
	}{
		{"another state's key", func(*Bundle) {}, de},
		{"policy changed", func(b *Bundle) { b.Policies[0].Text += "\n// more" }, cn},
		{"version changed", func(b *Bundle) { b.Version++ }, cn},
		{"parameter changed", func(b *Bundle) { b.Params["exempt_below_personal"] = []byte("100000000") }, cn},
		{"jurisdiction changed", func(b *Bundle) { b.Jurisdiction = "DE" }, cn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseBundle(data)
			if err != nil {
				t.Fatal(err)
			}
			tt.change(c)
			if err := c.Verify(tt.key.Public().(ed25519.PublicKey)); !errors.Is(err, ErrSignature) {
				t.Errorf("Verify: %v, want ErrSignature", err)
			}
		})
	}
}

func TestLoadRequiresSignatures(t *testing.T) {
	cn := newKey(t)
	keys := Keys{"CN": cn.Public().(ed25519.PublicKey)}
	b := sample(t, "CN")
	if _, err := Load(&Set{States: []*Bundle{b}}, keys); !errors.Is(err, ErrSignature) {
		t.Errorf("unsigned: %v, want ErrSignature", err)
	}
	if err := b.Sign(cn); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(&Set{States: []*Bundle{b}}, keys); err != nil {
		t.Errorf("signed: %v", err)
	}
	b.Jurisdiction = "DE" // claims to be DE's, signed by CN
	if _, err := Load(&Set{States: []*Bundle{b}}, Keys{"CN": keys["CN"], "DE": newKey(t).Public().(ed25519.PublicKey)}); !errors.Is(err, ErrSignature) {
		t.Errorf("signed by another state: %v, want ErrSignature", err)
	}
}

func TestParseBundleRefuses(t *testing.T) {
	for name, doc := range map[string]string{
		"not json":      "{",
		"unknown field": `{"kind":"state","jurisdiction":"CN","version":1,"policies":[{"name":"a.cedar","text":""}],"extra":1}`,
		"trailing":      `{"kind":"state","jurisdiction":"CN","version":1,"policies":[{"name":"a.cedar","text":""}]} {}`,
		"path name":     `{"kind":"state","jurisdiction":"CN","version":1,"policies":[{"name":"../a.cedar","text":""}]}`,
		"kind":          `{"kind":"empire","jurisdiction":"CN","version":1,"policies":[{"name":"a.cedar","text":""}]}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := ParseBundle([]byte(doc)); !errors.Is(err, ErrBundle) {
				t.Errorf("ParseBundle: %v, want ErrBundle", err)
			}
		})
	}
}
