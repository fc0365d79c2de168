package federation

import (
	"crypto/ed25519"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

func TestVerify(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, f *testFed)
		want   error
	}{
		{"all members signed", func(*testing.T, *testFed) {}, nil},
		{"url changed after signing", func(_ *testing.T, f *testFed) {
			f.m.Members[1].Nodes[0].URL = "https://evil.example"
		}, ErrBadSignature},
		{"node key swapped after signing", func(t *testing.T, f *testFed) {
			f.m.Members[0].Nodes[0].PublicKey = PublicKey(mustKey(t).Public().(ed25519.PublicKey))
		}, ErrBadSignature},
		{"quorum raised after signing", func(_ *testing.T, f *testFed) { f.m.BaselineQuorum = 3 }, ErrBadSignature},
		{"signature bytes flipped", func(_ *testing.T, f *testFed) { f.m.Signatures[0].Signature[5] ^= 1 }, ErrBadSignature},
		{"one member missing", func(_ *testing.T, f *testFed) { f.m.Signatures = f.m.Signatures[1:] }, ErrMissingSignatures},
		{"unsigned", func(_ *testing.T, f *testFed) { f.m.Signatures = nil }, ErrMissingSignatures},
		{"signature by a non-authority key", func(t *testing.T, f *testFed) {
			k := mustKey(t)
			msg, _ := SignedMessage(f.m)
			f.m.Signatures = append(f.m.Signatures, Signature{Jurisdiction: "CN", PublicKey: PublicKey(k.Public().(ed25519.PublicKey)), Signature: ed25519.Sign(k, msg)})
		}, ErrUnknownSigner},
		{"signature by a non-member", func(t *testing.T, f *testFed) {
			s := f.m.Signatures[0]
			s.Jurisdiction = "FR"
			f.m.Signatures = append(f.m.Signatures, s)
		}, ErrUnknownSigner},
		{"another member's authority key", func(_ *testing.T, f *testFed) {
			f.m.Signatures[0].Jurisdiction = f.m.Signatures[1].Jurisdiction
		}, ErrUnknownSigner},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newTestFed(t, nil, "CN", "DE", "US")
			tt.change(t, f)
			err := Verify(f.m)
			if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
				t.Fatalf("Verify = %v, want %v", err, tt.want)
			}
			if err != nil && comity.ErrorCode(err) != comity.EINVALID {
				t.Errorf("code = %q, want %q", comity.ErrorCode(err), comity.EINVALID)
			}
		})
	}
}

func TestVerifyQuorum(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	f.m.Signatures = f.m.Signatures[1:]
	if err := VerifyQuorum(f.m, 2); err != nil {
		t.Errorf("2 of 3 with quorum 2: %v", err)
	}
	if err := VerifyQuorum(f.m, 3); !errors.Is(err, ErrMissingSignatures) {
		t.Errorf("2 of 3 with quorum 3: %v", err)
	}
}

// The signed message does not depend on the order of entries or on the
// spelling of keys and jurisdictions.
func TestSignedMessageCanonical(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	data, err := f.m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	m, err := ParseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	slices.Reverse(m.Members)
	m.Members[0].Jurisdiction = "us"
	if err := Verify(m); err != nil {
		t.Fatalf("reordered manifest: %v", err)
	}
	// An empty list written as null or left out signs the same.
	for _, nodes := range []string{`"nodes": null,`, ``} {
		doc := strings.Replace(validManifest(), `"nodes": [{"name": "cn-1", "url": "https://127.0.0.1:8441", "public_key": "`+testKeyA+`"}],`, `"nodes": [],`, 1)
		if doc == validManifest() {
			t.Fatal("test did not empty the node list")
		}
		a, _ := ParseManifest([]byte(doc))
		b, err := ParseManifest([]byte(strings.Replace(doc, `"nodes": [],`, nodes, 1)))
		if err != nil {
			t.Fatal(err)
		}
		da, _ := Digest(a)
		db, _ := Digest(b)
		if da != db {
			t.Errorf("nodes %q: digest differs from []", nodes)
		}
	}
}

func TestSign(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE")
	if err := Sign(f.m, "CN", mustKey(t)); !errors.Is(err, ErrUnknownSigner) {
		t.Errorf("sign with a stranger's key: %v", err)
	}
	if err := Sign(f.m, "FR", f.auth["CN"]); !errors.Is(err, ErrUnknownSigner) {
		t.Errorf("sign for a non-member: %v", err)
	}
	// Signing twice replaces the earlier signature.
	if err := Sign(f.m, "CN", f.auth["CN"]); err != nil || len(f.m.Signatures) != 2 {
		t.Errorf("re-sign: %v, %d signatures", err, len(f.m.Signatures))
	}
	f.m.BaselineQuorum = 5
	if err := Sign(f.m, "CN", f.auth["CN"]); !errors.Is(err, ErrBadManifest) {
		t.Errorf("sign with quorum above members: %v", err)
	}
}

func TestVerifySuccessor(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	prev := f.m
	next := func() *Manifest {
		data, _ := prev.Marshal()
		m, err := ParseManifest(data)
		if err != nil {
			t.Fatal(err)
		}
		m.Serial++
		m.Signatures = nil
		return m
	}
	t.Run("endorsed", func(t *testing.T) {
		m := next()
		m.Members[0].Nodes[0].URL = "https://cn.example:8443"
		for j, k := range f.auth {
			if err := Sign(m, j, k); err != nil {
				t.Fatal(err)
			}
		}
		if err := VerifySuccessor(prev, m); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("same serial", func(t *testing.T) {
		m := next()
		m.Serial = prev.Serial
		for j, k := range f.auth {
			Sign(m, j, k)
		}
		if err := VerifySuccessor(prev, m); !errors.Is(err, ErrBadManifest) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("every authority key replaced", func(t *testing.T) {
		m := next()
		for i := range m.Members {
			k := mustKey(t)
			m.Members[i].Authorities[0].PublicKey = PublicKey(k.Public().(ed25519.PublicKey))
			f.auth[m.Members[i].Jurisdiction] = k
		}
		for j, k := range f.auth {
			if err := Sign(m, j, k); err != nil {
				t.Fatal(err)
			}
		}
		if err := Verify(m); err != nil {
			t.Fatal(err)
		}
		if err := VerifySuccessor(prev, m); !errors.Is(err, ErrMissingSignatures) {
			t.Fatalf("takeover accepted: %v", err)
		}
	})
}

func TestPeersUpdate(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	p, err := NewPeers(PeersConfig{Manifest: f.m, Certificate: f.nodes["cn-1"].cert, Roots: f.roots, Self: "cn-1"})
	if err != nil {
		t.Fatal(err)
	}
	data, _ := f.m.Marshal()
	next, _ := ParseManifest(data)
	next.Members[1].Nodes[0].URL = "https://de.example"
	if err := p.Update(next); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("Update with stale signatures: %v", err)
	}
	next.Serial++
	next.Signatures = nil
	for j, k := range f.auth {
		Sign(next, j, k)
	}
	if err := p.Update(next); err != nil {
		t.Fatal(err)
	}
	if _, base, _ := p.Client("DE"); base != "https://de.example" {
		t.Errorf("after update, DE is at %q", base)
	}
	if err := p.Update(f.m); !errors.Is(err, ErrBadManifest) {
		t.Errorf("rollback: %v", err)
	}
	if keys := next.KeysByRole(comity.RoleDPA); len(keys) != 3 || !keys["US"].Equal(f.auth["US"].Public()) {
		t.Errorf("KeysByRole = %v", keys)
	}
}
