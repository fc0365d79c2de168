package demo_test

import (
	"context"
	"crypto/ed25519"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// TestKeyRotationLive: CN's data-protection authority rotates its key by a
// signed successor (its old key and its new key sign, with DE for the
// quorum), handed to one node. Every node takes it without a restart; from
// then on CN's rulebooks verify only under the new key.
func TestKeyRotationLive(t *testing.T) {
	ctx := context.Background()
	f := startWithRulebooks(t, 20)
	oldKey := f.Members["CN"].Authorities[comity.RoleDPA]
	newKey, err := federation.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	data, _ := f.Manifest.Marshal()
	next, err := federation.ParseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	next.Serial++
	next.Signatures = nil
	for i, a := range next.Member("CN").Authorities {
		if a.Role == comity.RoleDPA {
			next.Member("CN").Authorities[i].PublicKey = federation.PublicKey(newKey.Public().(ed25519.PublicKey))
		}
	}
	for _, s := range []struct {
		j   comity.Jurisdiction
		key ed25519.PrivateKey
	}{{"CN", oldKey}, {"DE", f.Members["DE"].Authorities[comity.RoleDPA]}} {
		if err := federation.SignSuccessor(f.Manifest, next, s.j, s.key); err != nil {
			t.Fatal(err)
		}
	}
	body, _ := next.Marshal()
	// Without the new key's own signature the rotation is refused.
	if _, err := f.Client("DE", "operator").PublishManifest(ctx, body); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("rotation without the new key's signature: %v", err)
	}
	if err := federation.SignSuccessor(f.Manifest, next, "CN", newKey); err != nil {
		t.Fatal(err)
	}
	body, _ = next.Marshal()
	info, err := f.Client("DE", "operator").PublishManifest(ctx, body)
	if err != nil || info.Serial != 2 {
		t.Fatalf("rotation: %+v %v", info, err)
	}
	deadline := time.Now().Add(20 * time.Second)
	for _, j := range f.States {
		for f.Members[j].Node.Peers.Manifest().Serial != 2 {
			if time.Now().After(deadline) {
				t.Fatalf("%s did not take serial 2", j)
			}
			time.Sleep(20 * time.Millisecond)
		}
		if !f.Members[j].Node.Peers.Manifest().KeysByRole(comity.RoleDPA)["CN"].Equal(newKey.Public()) {
			t.Fatalf("%s does not hold CN's new key", j)
		}
	}
	// The old key no longer publishes CN's rules; the new one does.
	b, err := f.DemoRulebook("CN", 2) // signed with the old key
	if err != nil {
		t.Fatal(err)
	}
	old, _ := b.Marshal()
	if _, err := f.Client("CN", "dpa").PublishRulebook(ctx, old); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("rulebook signed with the rotated-out key: %v", err)
	}
	f.Members["CN"].Authorities[comity.RoleDPA] = newKey
	b, err = f.DemoRulebook("CN", 2)
	if err != nil {
		t.Fatal(err)
	}
	fresh, _ := b.Marshal()
	if info, err := f.Client("CN", "dpa").PublishRulebook(ctx, fresh); err != nil || info.Version != 2 {
		t.Fatalf("rulebook signed with the new key: %+v %v", info, err)
	}
}
