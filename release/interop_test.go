package release_test

import (
	"context"
	"crypto"
	"encoding/base64"
	"strconv"
	"strings"
	"testing"

	"github.com/secure-systems-lab/go-securesystemslib/dsse"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/comity-project/comity/release"
)

// dsseVerifier adapts a release key to go-securesystemslib's dsse.Verifier.
type dsseVerifier struct{ k *release.PublicKey }

func (v dsseVerifier) Verify(_ context.Context, data, sig []byte) error {
	if !v.k.Verify(data, sig) {
		return errBadSig
	}
	return nil
}
func (v dsseVerifier) KeyID() (string, error)   { return v.k.ID, nil }
func (v dsseVerifier) Public() crypto.PublicKey { return v.k.Public() }

type errString string

func (e errString) Error() string { return string(e) }

const errBadSig = errString("bad signature")

// TestBundleInteroperates checks a bundle from a real node with code we did
// not write: the envelope with go-securesystemslib's DSSE verifier (which
// computes PAE itself), the inclusion proof and checkpoint with
// golang.org/x/mod's tlog and note alone.
func TestBundleInteroperates(t *testing.T) {
	ctx := context.Background()
	v := startVendorFed(t)
	for _, ecdsa := range []bool{false, true} {
		key, _ := newKey(t, ecdsa)
		if _, err := v.vendor.RegisterVendorKey(ctx, key, ""); err != nil {
			t.Fatal(err)
		}
		p, err := v.vendor.PublishRelease(ctx, signed(t, key, "pkg:generic/cn-soft/lib@"+strconv.FormatBool(ecdsa), map[string][]byte{"lib.so": []byte("lib")}))
		if err != nil || p.Bundle == nil {
			t.Fatalf("publish: %+v %v", p, err)
		}
		b := p.Bundle

		// DSSE, independently: the envelope as the node returned it.
		ev, err := dsse.NewEnvelopeVerifier(dsseVerifier{key.PublicKey()})
		if err != nil {
			t.Fatal(err)
		}
		e := &dsse.Envelope{PayloadType: b.Envelope.PayloadType, Payload: base64.StdEncoding.EncodeToString(b.Envelope.Payload)}
		for _, s := range b.Envelope.Signatures {
			e.Signatures = append(e.Signatures, dsse.Signature{KeyID: s.KeyID, Sig: base64.StdEncoding.EncodeToString(s.Sig)})
		}
		if _, err := ev.Verify(ctx, e); err != nil {
			t.Fatalf("go-securesystemslib refuses the envelope: %v", err)
		}
		e.Payload = base64.StdEncoding.EncodeToString(append(b.Envelope.Payload, ' '))
		if _, err := ev.Verify(ctx, e); err == nil {
			t.Fatal("go-securesystemslib accepts a changed payload")
		}

		// Checkpoint and proof with x/mod alone.
		cn := v.f.Manifest.Members[0]
		if cn.Jurisdiction != "CN" {
			t.Fatal("manifest order changed")
		}
		vkey, err := note.NewEd25519VerifierKey(cn.Nodes[0].Name, []byte(cn.Nodes[0].PublicKey))
		if err != nil {
			t.Fatal(err)
		}
		nv, _ := note.NewVerifier(vkey)
		n, err := note.Open([]byte(b.Checkpoint), note.VerifierList(nv))
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(n.Text, "\n")
		size, _ := strconv.ParseInt(lines[1], 10, 64)
		root, _ := tlog.ParseHash(lines[2])
		var proof tlog.RecordProof
		for _, h := range b.Inclusion {
			var x tlog.Hash
			copy(x[:], h)
			proof = append(proof, x)
		}
		if err := tlog.CheckRecord(proof, size, root, int64(b.Index), tlog.RecordHash(b.Entry)); err != nil {
			t.Fatalf("tlog refuses the inclusion proof: %v", err)
		}
		if err := tlog.CheckRecord(proof, size, root, int64(b.Index), tlog.RecordHash(append(b.Entry, ' '))); err == nil {
			t.Fatal("tlog accepts a changed entry")
		}
	}
}
