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
	f := newTestFed(t, nil, "CN", "DE", "US") // baseline quorum 2
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
	sign := func(m *Manifest, j comity.Jurisdiction, k ed25519.PrivateKey) {
		t.Helper()
		if err := SignSuccessor(prev, m, j, k); err != nil {
			t.Fatal(err)
		}
	}
	jpKey := mustKey(t)
	join := func() *Manifest {
		m := next()
		m.Members = append(m.Members, Member{Jurisdiction: "JP",
			Nodes:       []Node{{Name: "jp-1", URL: "https://127.0.0.1:1", PublicKey: PublicKey(mustKey(t).Public().(ed25519.PublicKey))}},
			Authorities: []Authority{{Role: comity.RoleDPA, PublicKey: PublicKey(jpKey.Public().(ed25519.PublicKey))}}})
		return m
	}
	tests := []struct {
		name string
		make func() *Manifest
		want error // nil: accepted
	}{
		{"every member signs a change", func() *Manifest {
			m := next()
			m.Members[0].Nodes[0].URL = "https://cn.example:8443"
			for j, k := range f.auth {
				sign(m, j, k)
			}
			return m
		}, nil},
		{"the previous quorum suffices", func() *Manifest {
			m := next()
			m.Members[0].Nodes[0].URL = "https://cn.example:8443"
			sign(m, "CN", f.auth["CN"])
			sign(m, "DE", f.auth["DE"])
			return m
		}, nil},
		{"one member is below the quorum", func() *Manifest {
			m := next()
			sign(m, "CN", f.auth["CN"])
			return m
		}, ErrMissingSignatures},
		{"same serial", func() *Manifest {
			m := next()
			m.Serial = prev.Serial
			for j, k := range f.auth {
				sign(m, j, k)
			}
			return m
		}, ErrBadManifest},
		{"another federation", func() *Manifest {
			m := next()
			m.Federation = "elsewhere"
			for j, k := range f.auth {
				sign(m, j, k)
			}
			return m
		}, ErrBadManifest},
		{"a state joins: quorum and its own signature", func() *Manifest {
			m := join()
			sign(m, "CN", f.auth["CN"])
			sign(m, "US", f.auth["US"])
			sign(m, "JP", jpKey)
			return m
		}, nil},
		{"the joiner alone", func() *Manifest {
			m := join()
			sign(m, "JP", jpKey)
			return m
		}, ErrMissingSignatures},
		{"the joiner and one member", func() *Manifest {
			m := join()
			sign(m, "JP", jpKey)
			sign(m, "DE", f.auth["DE"])
			return m
		}, ErrMissingSignatures},
		{"a joiner that did not sign", func() *Manifest {
			m := join()
			for j, k := range f.auth {
				sign(m, j, k)
			}
			return m
		}, ErrMissingSignatures},
		{"a state leaves, signing with its old key", func() *Manifest {
			m := next()
			m.Members = m.Members[:2] // CN, DE; US leaves
			m.Witness.Threshold = MajorityThreshold(m)
			sign(m, "US", f.auth["US"])
			sign(m, "DE", f.auth["DE"])
			return m
		}, nil},
		{"a key rotates: old and new key sign", func() *Manifest {
			m := next()
			nk := mustKey(t)
			m.Member("DE").Authorities[0].PublicKey = PublicKey(nk.Public().(ed25519.PublicKey))
			sign(m, "DE", f.auth["DE"])
			sign(m, "DE", nk)
			sign(m, "CN", f.auth["CN"])
			return m
		}, nil},
		{"a rotated key that never signed", func() *Manifest {
			m := next()
			m.Member("DE").Authorities[0].PublicKey = PublicKey(mustKey(t).Public().(ed25519.PublicKey))
			sign(m, "DE", f.auth["DE"])
			sign(m, "CN", f.auth["CN"])
			return m
		}, ErrMissingSignatures},
		{"every authority key replaced, self-signed", func() *Manifest {
			m := next()
			keys := map[comity.Jurisdiction]ed25519.PrivateKey{}
			for i := range m.Members {
				k := mustKey(t)
				m.Members[i].Authorities[0].PublicKey = PublicKey(k.Public().(ed25519.PublicKey))
				keys[m.Members[i].Jurisdiction] = k
			}
			for j, k := range keys {
				sign(m, j, k)
			}
			if err := Verify(m); err != nil {
				t.Fatal(err)
			}
			return m
		}, ErrMissingSignatures},
		{"a stranger's signature", func() *Manifest {
			m := next()
			for j, k := range f.auth {
				sign(m, j, k)
			}
			m.Signatures = append(m.Signatures, Signature{Jurisdiction: "DE", PublicKey: PublicKey(mustKey(t).Public().(ed25519.PublicKey)), Signature: make([]byte, 64)})
			return m
		}, ErrUnknownSigner},
		{"a forged signature", func() *Manifest {
			m := next()
			for j, k := range f.auth {
				sign(m, j, k)
			}
			m.Signatures[0].Signature[0] ^= 1
			return m
		}, ErrBadSignature},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifySuccessor(prev, tt.make())
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func TestChainAdopt(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	c, err := OpenChain(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	successor := func(prev *Manifest, edit func(*Manifest), signers map[comity.Jurisdiction]ed25519.PrivateKey) *Manifest {
		data, _ := prev.Marshal()
		m, _ := ParseManifest(data)
		m.Serial++
		m.Signatures = nil
		edit(m)
		for j, k := range signers {
			if err := Sign(m, j, k); err != nil {
				t.Fatal(err)
			}
		}
		return m
	}
	// A first manifest needs its own quorum and this node's state.
	partial := successor(f.m, func(*Manifest) {}, map[comity.Jurisdiction]ed25519.PrivateKey{"CN": f.auth["CN"], "DE": f.auth["DE"]})
	partial.Serial = 1
	partial.Signatures = nil
	Sign(partial, "CN", f.auth["CN"])
	if _, _, err := c.Adopt(partial, "CN"); !errors.Is(err, ErrMissingSignatures) {
		t.Fatalf("first manifest signed by one member: %v", err)
	}
	Sign(partial, "DE", f.auth["DE"])
	if _, _, err := c.Adopt(partial, "US"); !errors.Is(err, ErrMissingSignatures) {
		t.Fatalf("first manifest not signed by the node's own state: %v", err)
	}
	m, accepted, err := c.Adopt(f.m, "CN")
	if err != nil || !accepted || m.Serial != 1 {
		t.Fatalf("first manifest: %v %v %v", m, accepted, err)
	}
	if err := c.Put(m); err != nil {
		t.Fatal(err)
	}
	two := successor(f.m, func(m *Manifest) { m.Members[0].Nodes[0].URL = "https://cn.example" },
		map[comity.Jurisdiction]ed25519.PrivateKey{"CN": f.auth["CN"], "DE": f.auth["DE"]})
	if m, accepted, err = c.Adopt(two, "CN"); err != nil || !accepted || m.Serial != 2 {
		t.Fatalf("successor: %v %v", accepted, err)
	}
	if err := c.Put(m); err != nil {
		t.Fatal(err)
	}
	// The old file again (not updated after a change): stay on serial 2.
	if m, accepted, err = c.Adopt(f.m, "CN"); err != nil || accepted || m.Serial != 2 {
		t.Fatalf("stale copy: serial %v, %v %v", m, accepted, err)
	}
	// A forged serial 1 (valid signatures of its own, different content),
	// and a self-signed serial 3 with every key replaced, are refused.
	forged := newTestFed(t, nil, "CN", "DE", "US").m
	if _, _, err := c.Adopt(forged, "CN"); !errors.Is(err, ErrRollback) {
		t.Fatalf("forged serial 1: %v", err)
	}
	rogue := map[comity.Jurisdiction]ed25519.PrivateKey{}
	three := successor(two, func(m *Manifest) {
		for i := range m.Members {
			k := mustKey(t)
			rogue[m.Members[i].Jurisdiction] = k
			m.Members[i].Authorities[0].PublicKey = PublicKey(k.Public().(ed25519.PublicKey))
		}
	}, nil)
	for j, k := range rogue {
		Sign(three, j, k)
	}
	if _, _, err := c.Adopt(three, "CN"); !errors.Is(err, ErrMissingSignatures) {
		t.Fatalf("self-signed replacement: %v", err)
	}
	if latest, _ := c.Latest(); latest.Serial != 2 {
		t.Fatalf("after refusals the chain is at %d", latest.Serial)
	}
	if err := c.Put(f.m); err != nil {
		t.Fatalf("a serial held with the same content: %v", err)
	}
	if err := c.Put(forged); !errors.Is(err, ErrRollback) {
		t.Fatalf("another serial 1 put: %v", err)
	}
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
	next.Serial++
	if err := p.Update(next); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("Update with stale signatures: %v", err)
	}
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
