package release_test

import (
	"testing"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity/release"
)

// BenchmarkVerifyBundle is offline verification of one bundle whose
// checkpoint carries three witness cosignatures, from its bytes: parse,
// check the checkpoint, the inclusion proof, the entry, the envelope and an
// artefact digest. Compare with BenchmarkVerifySignaturesOnly, the floor:
// the same five signature verifications alone (the log's, three
// cosignatures, the vendor's).
func BenchmarkVerifyBundle(b *testing.B) {
	o := makeOffline(b)
	want := digest(o.artefact)
	b.ReportAllocs()
	for b.Loop() {
		bu, err := release.ParseBundle(o.raw)
		if err != nil {
			b.Fatal(err)
		}
		v, err := o.trust.Verify(bu)
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := v.Statement.Find(want); !ok {
			b.Fatal("artefact not found")
		}
	}
}

// BenchmarkVerifySignaturesOnly is the floor of BenchmarkVerifyBundle: the
// checkpoint's four signatures through note.Open and the envelope's.
func BenchmarkVerifySignaturesOnly(b *testing.B) {
	o := makeOffline(b)
	vs := note.VerifierList(append([]note.Verifier{o.logV}, o.witnesses...)...)
	pae := release.PAE(o.bundle.Envelope.PayloadType, o.bundle.Envelope.Payload)
	pub := o.signer.PublicKey()
	cp := []byte(o.bundle.Checkpoint)
	sig := o.bundle.Envelope.Signatures[0].Sig
	b.ReportAllocs()
	for b.Loop() {
		n, err := note.Open(cp, vs)
		if err != nil || len(n.Sigs) != 4 {
			b.Fatal(err)
		}
		if !pub.Verify(pae, sig) {
			b.Fatal("signature")
		}
	}
}
