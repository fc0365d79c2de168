package release_test

import (
	"bytes"
	"context"
	"crypto"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/release"
)

// vendorFed is a real CN/DE/US federation (witness quorum 1) with a vendor
// principal at the CN node.
type vendorFed struct {
	f      *demo.Federation
	vendor *client.Client
}

func startVendorFed(t *testing.T) *vendorFed {
	t.Helper()
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 1})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	out, err := f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "cn-soft", Organisation: "cn-soft",
		Roles: []comity.Role{comity.RoleVendor}})
	if err != nil {
		t.Fatal(err)
	}
	vendor := f.Client("CN", "operator")
	vendor.Token = out.Token
	return &vendorFed{f: f, vendor: vendor}
}

func newKey(t *testing.T, ecdsa bool) (*release.Signer, []byte) {
	t.Helper()
	k, err := release.GenerateKey(ecdsa)
	if err != nil {
		t.Fatal(err)
	}
	s, err := release.NewSigner(k)
	if err != nil {
		t.Fatal(err)
	}
	return s, []byte(s.PublicKey().PEM)
}

func pemOf(t *testing.T, pub crypto.PublicKey) []byte {
	der, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: der})
}

func digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// signed returns an envelope of a release of purl with the given artefacts.
func signed(t *testing.T, s *release.Signer, purl string, artefacts map[string][]byte) []byte {
	t.Helper()
	var subs []release.Subject
	for name, b := range artefacts {
		subs = append(subs, release.Subject{Name: name, SHA256: digest(b)})
	}
	st, err := release.NewStatement(release.Predicate{PURL: purl, DataFlows: []release.DataFlow{{Destination: "telemetry.cn-soft.example",
		Jurisdictions: []comity.Jurisdiction{"CN"}, Data: []string{"crash-reports"}, Purpose: "fix crashes"}}}, subs)
	if err != nil {
		t.Fatal(err)
	}
	env, err := release.Sign(s, st)
	if err != nil {
		t.Fatal(err)
	}
	b, err := env.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (v *vendorFed) trust(t *testing.T) *release.Trust {
	t.Helper()
	// A customer in DE fetches the trust file from the vendor's home node
	// (it is public: no token) and keeps it.
	cn := v.f.Client("CN", "controller")
	cn.Token = ""
	f, err := cn.ReleaseTrust(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(f)
	tr, err := release.ParseTrust(b)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func code(err error) string { return comity.ErrorCode(err) }

func TestReleaseOverRealNodes(t *testing.T) {
	ctx := context.Background()
	v := startVendorFed(t)
	key, _ := newKey(t, false)
	reg, err := v.vendor.RegisterVendorKey(ctx, key, "")
	if err != nil {
		t.Fatal(err)
	}
	if reg.KeyID != key.PublicKey().ID || reg.State != release.KeyActive {
		t.Fatalf("registered %+v", reg)
	}
	// Another role may not register keys or publish.
	if _, err := v.f.Client("CN", "controller").RegisterVendorKey(ctx, key, ""); code(err) != comity.EFORBIDDEN {
		t.Fatalf("controller registered a vendor key: %v", err)
	}
	// A public key without the proof that the vendor holds its private key
	// is refused: no one registers another's key.
	_, otherPub := newKey(t, false)
	body, _ := json.Marshal(map[string]any{"public_key": string(otherPub), "proof": []byte("not a signature")})
	req, _ := http.NewRequest("POST", v.vendor.BaseURL+"/v1/vendor/keys", bytes.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+v.vendor.Token)
	resp, err := v.vendor.HTTP.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusBadRequest {
		t.Fatalf("a key without proof of possession: %s", resp.Status)
	}
	bin, sbom := []byte("\x7fELF tool 1.0.0"), []byte(`{"bomFormat":"CycloneDX"}`)
	art := map[string][]byte{"tool": bin, "tool.cdx.json": sbom}
	env := signed(t, key, "pkg:generic/cn-soft/tool@1.0.0", art)
	start := time.Now()
	pubd, err := v.vendor.PublishRelease(ctx, env)
	if err != nil {
		t.Fatal(err)
	}
	if pubd.Bundle == nil {
		t.Fatalf("no bundle within the merge delay (receipt %+v) after %s", pubd.Receipt, time.Since(start))
	}
	bundle := pubd.Bundle
	raw, _ := bundle.Marshal()
	if _, err := release.ParseBundle(raw); err != nil {
		t.Fatalf("the node's bundle does not parse: %v", err)
	}

	t.Run("verify offline", func(t *testing.T) {
		tr := v.trust(t)
		got, err := tr.Verify(bundle)
		if err != nil {
			t.Fatal(err)
		}
		if len(got.Cosigners) < 1 || got.Vendor != "cn-soft" || got.Home != "CN" || got.Statement.Version != "1.0.0" {
			t.Fatalf("verified %+v", got)
		}
		for _, b := range art {
			if _, ok := got.Statement.Find(digest(b)); !ok {
				t.Errorf("artefact %s not found", digest(b))
			}
		}
		if len(got.Statement.Predicate.DataFlows) != 1 {
			t.Errorf("data flows %+v", got.Statement.Predicate.DataFlows)
		}
	})
	t.Run("trust without the vendor's keys", func(t *testing.T) {
		// The DE node's trust file has the same logs but no CN vendor keys.
		f, err := v.f.Client("DE", "controller").ReleaseTrust(ctx)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(f)
		tr, err := release.ParseTrust(b)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tr.Verify(bundle); !errors.Is(err, release.ErrKey) {
			t.Fatalf("verified without the vendor's key: %v", err)
		}
	})
	t.Run("tampered artefact", func(t *testing.T) {
		got, err := v.trust(t).Verify(bundle)
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := got.Statement.Find(digest(append(bin, 0))); ok {
			t.Fatal("a tampered binary is in the release")
		}
	})
	t.Run("wrong key", func(t *testing.T) {
		other, _ := newKey(t, false)
		b := *bundle
		e, _ := release.ParseEnvelope(signed(t, other, "pkg:generic/cn-soft/tool@1.0.0", art))
		b.Envelope = e
		if _, err := v.trust(t).Verify(&b); !errors.Is(err, release.ErrEntry) && !errors.Is(err, release.ErrSignature) {
			t.Fatalf("another key's envelope verified: %v", err)
		}
		// The same payload with a signature by an unregistered key.
		e2 := *bundle.Envelope
		sig, _ := other.Sign(release.PAE(e2.PayloadType, e2.Payload))
		e2.Signatures = []release.Signature{{KeyID: key.PublicKey().ID, Sig: sig}}
		b.Envelope = &e2
		if _, err := v.trust(t).Verify(&b); !errors.Is(err, release.ErrSignature) {
			t.Fatalf("a forged signature verified: %v", err)
		}
		// Publishing with an unregistered key is refused.
		if _, err := v.vendor.PublishRelease(ctx, signed(t, other, "pkg:generic/cn-soft/tool@9.0.0", art)); code(err) != comity.EFORBIDDEN {
			t.Fatalf("unregistered key: %v", err)
		}
	})
	t.Run("checkpoint without quorum", func(t *testing.T) {
		b := *bundle
		b.Checkpoint = stripCosignatures(b.Checkpoint)
		if _, err := v.trust(t).Verify(&b); !errors.Is(err, release.ErrCheckpoint) {
			t.Fatalf("a checkpoint without cosignatures verified: %v", err)
		}
		b = *bundle
		b.Entry = append([]byte(nil), b.Entry...)
		b.Entry[len(b.Entry)-2] ^= 1
		if _, err := v.trust(t).Verify(&b); !errors.Is(err, release.ErrProof) {
			t.Fatalf("a changed entry verified: %v", err)
		}
	})
	t.Run("personal information refused", func(t *testing.T) {
		// The statement goes on the public log: no personal information.
		st, err := release.NewStatement(release.Predicate{PURL: "pkg:generic/cn-soft/tool@3.0.0", DataFlows: []release.DataFlow{{
			Destination: "crash.cn-soft.example", Data: []string{"crash-reports"}, Purpose: "mail them to zhang.wei@cn-soft.example"}}},
			[]release.Subject{{Name: "tool", SHA256: digest(bin)}})
		if err != nil {
			t.Fatal(err)
		}
		e, _ := release.Sign(key, st)
		raw, _ := e.Marshal()
		if _, err := v.vendor.PublishRelease(ctx, raw); code(err) != comity.EINVALID || !strings.Contains(err.Error(), "personal information") {
			t.Fatalf("a statement naming a person: %v", err)
		}
	})
	t.Run("re-tag refused", func(t *testing.T) {
		again, err := v.vendor.PublishRelease(ctx, env)
		if err != nil || !again.Existing || again.Bundle == nil || again.Bundle.Index != bundle.Index {
			t.Fatalf("republishing the same release: %+v %v", again, err)
		}
		retag := signed(t, key, "pkg:generic/cn-soft/tool@1.0.0", map[string][]byte{"tool": []byte("\x7fELF other build")})
		if _, err := v.vendor.PublishRelease(ctx, retag); code(err) != comity.ECONFLICT {
			t.Fatalf("re-tag: %v", err)
		}
	})
	t.Run("yank", func(t *testing.T) {
		rec, err := v.vendor.YankRelease(ctx, "pkg:generic/cn-soft/tool@1.0.0", "crashes on start")
		if err != nil || rec.Yanked == nil {
			t.Fatalf("yank: %+v %v", rec, err)
		}
		if _, err := v.vendor.YankRelease(ctx, "pkg:generic/cn-soft/tool@1.0.0", "again"); code(err) != comity.ECONFLICT {
			t.Fatalf("second yank: %v", err)
		}
		list, err := v.vendor.Releases(ctx, "pkg:generic/cn-soft/tool")
		if err != nil || len(list) != 1 || list[0].Yanked == nil {
			t.Fatalf("list after yank: %+v %v", list, err)
		}
		// Yanked is not deleted: the bundle still verifies offline.
		if _, err := v.trust(t).Verify(bundle); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("rotate and revoke", func(t *testing.T) {
		key2, _ := newKey(t, true) // ECDSA P-256
		if _, err := v.vendor.RegisterVendorKey(ctx, key2, key.PublicKey().ID); err != nil {
			t.Fatal(err)
		}
		// The retired key's release still verifies; it signs no new one.
		if _, err := v.trust(t).Verify(bundle); err != nil {
			t.Fatalf("release by a rotated-out key: %v", err)
		}
		if _, err := v.vendor.PublishRelease(ctx, signed(t, key, "pkg:generic/cn-soft/tool@1.1.0", art)); code(err) != comity.EFORBIDDEN {
			t.Fatalf("retired key published: %v", err)
		}
		p2, err := v.vendor.PublishRelease(ctx, signed(t, key2, "pkg:generic/cn-soft/tool@2.0.0", art))
		if err != nil || p2.Bundle == nil {
			t.Fatalf("publish with the ECDSA key: %+v %v", p2, err)
		}
		if _, err := v.trust(t).Verify(p2.Bundle); err != nil {
			t.Fatal(err)
		}
		if _, err := v.vendor.RevokeVendorKey(ctx, key2.PublicKey().ID, "key leaked"); err != nil {
			t.Fatal(err)
		}
		if _, err := v.trust(t).Verify(p2.Bundle); !errors.Is(err, release.ErrKey) {
			t.Fatalf("release by a revoked key verified: %v", err)
		}
		if _, err := v.vendor.PublishRelease(ctx, signed(t, key2, "pkg:generic/cn-soft/tool@2.1.0", art)); code(err) != comity.EFORBIDDEN {
			t.Fatalf("revoked key published: %v", err)
		}
	})
}

// stripCosignatures removes every signature line but the first (the log's).
func stripCosignatures(cp string) string {
	text, sigs, _ := strings.Cut(cp, "\n\n")
	lines := strings.SplitAfter(sigs, "\n")
	return text + "\n\n" + lines[0]
}

// TestInterruptedPublication: a reservation the node stored but never
// logged (it stopped in between) blocks nothing for long: the same release
// takes it over once stale, while other digests stay refused.
func TestInterruptedPublication(t *testing.T) {
	ctx := context.Background()
	v := startVendorFed(t)
	key, _ := newKey(t, false)
	if _, err := v.vendor.RegisterVendorKey(ctx, key, ""); err != nil {
		t.Fatal(err)
	}
	art := map[string][]byte{"tool": []byte("tool")}
	env := signed(t, key, "pkg:generic/cn-soft/tool@1.0.0", art)
	e, _ := release.ParseEnvelope(env)
	st, _ := release.ParseStatement(e.Payload)
	store := v.f.Members["CN"].Node.DB.Vendors()
	rec := &release.Record{PURL: st.Predicate.PURL, Product: st.Product, Version: st.Version, Vendor: "cn-soft", Home: "CN",
		KeyID: key.PublicKey().ID, Digests: st.Digests(), Envelope: env, Reserved: time.Now()}
	if _, ok, err := store.ReserveRelease(ctx, rec); err != nil || !ok {
		t.Fatal(err)
	}
	if _, err := v.vendor.PublishRelease(ctx, env); code(err) != comity.EUNAVAILABLE {
		t.Fatalf("publishing while another publication holds the version: %v", err)
	}
	rec.Reserved = time.Now().Add(-2 * time.Minute)
	if err := store.UpdateRelease(ctx, rec); err != nil {
		t.Fatal(err)
	}
	other := signed(t, key, "pkg:generic/cn-soft/tool@1.0.0", map[string][]byte{"tool": []byte("other")})
	if _, err := v.vendor.PublishRelease(ctx, other); code(err) != comity.ECONFLICT {
		t.Fatalf("other digests over a stale reservation: %v", err)
	}
	p, err := v.vendor.PublishRelease(ctx, env)
	if err != nil || p.Bundle == nil {
		t.Fatalf("the same release over a stale reservation: %+v %v", p, err)
	}
	if _, err := v.trust(t).Verify(p.Bundle); err != nil {
		t.Fatal(err)
	}
}
