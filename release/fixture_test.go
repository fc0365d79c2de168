package release_test

import (
	"encoding/json"
	"testing"

	flog "github.com/transparency-dev/formats/log"
	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/release"
	"github.com/comity-project/comity/witness"
)

// offline is a bundle made without a node: a log of a few entries held in
// memory, its checkpoint signed by the log and cosigned by three witnesses,
// and the trust file for it. Benchmarks and fuzz seeds use it.
type offline struct {
	bundle    *release.Bundle
	raw       []byte
	trust     *release.Trust
	trustRaw  []byte
	artefact  []byte
	signer    *release.Signer
	logV      note.Verifier
	witnesses []note.Verifier
}

func makeOffline(tb testing.TB) *offline {
	tb.Helper()
	const origin = "cn-node"
	skey, vkey, err := note.GenerateKey(nil, origin)
	if err != nil {
		tb.Fatal(err)
	}
	logSigner, _ := note.NewSigner(skey)
	o := &offline{artefact: []byte("\x7fELF tool 1.0.0")}
	o.logV, _ = note.NewVerifier(vkey)
	signers := []note.Signer{logSigner}
	var wkeys []string
	for _, name := range []string{"de-node/witness", "us-node/witness", "fr-node/witness"} {
		ws, wv, err := witness.GenerateKey(name)
		if err != nil {
			tb.Fatal(err)
		}
		s, err := fnote.NewSignerForCosignatureV1(ws)
		if err != nil {
			tb.Fatal(err)
		}
		v, _ := fnote.NewVerifierForCosignatureV1(wv)
		signers, wkeys, o.witnesses = append(signers, s), append(wkeys, wv), append(o.witnesses, v)
	}
	k, _ := release.GenerateKey(false)
	o.signer, _ = release.NewSigner(k)
	st, err := release.NewStatement(release.Predicate{PURL: "pkg:generic/cn-soft/tool@1.0.0"},
		[]release.Subject{{Name: "tool", SHA256: digest(o.artefact)}, {Name: "tool.cdx.json", SHA256: digest([]byte("{}"))}})
	if err != nil {
		tb.Fatal(err)
	}
	env, _ := release.Sign(o.signer, st)

	// The entry as a node writes it.
	registered := comity.Now().Add(-1)
	keyRec := release.KeyRecord{Vendor: "cn-soft", Jurisdiction: "CN", KeyID: o.signer.PublicKey().ID, Alg: release.AlgEd25519,
		PublicKey: o.signer.PublicKey().PEM, State: release.KeyActive, Registered: registered}
	parsed, _ := release.ParseStatement(st)
	by := &comity.Principal{ID: "cn-soft", Organisation: "cn-soft", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleVendor}}
	entry, err := ledger.EncodeEntry(release.ReleaseEntry(origin, by, env, parsed, keyRec.KeyID, nil), make([]byte, 32))
	if err != nil {
		tb.Fatal(err)
	}

	// A tree of 1000 entries with the release at 700.
	const size, index = 1000, 700
	var hashes []tlog.Hash
	for i := int64(0); i < size; i++ {
		data := []byte(`{"v":1,"kind":"decision"}`)
		if i == index {
			data = entry
		}
		hs, err := tlog.StoredHashes(i, data, tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) {
			out := make([]tlog.Hash, len(ix))
			for j, x := range ix {
				out[j] = hashes[x]
			}
			return out, nil
		}))
		if err != nil {
			tb.Fatal(err)
		}
		hashes = append(hashes, hs...)
	}
	hr := tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(ix))
		for j, x := range ix {
			out[j] = hashes[x]
		}
		return out, nil
	})
	root, _ := tlog.TreeHash(size, hr)
	proof, err := tlog.ProveRecord(size, index, hr)
	if err != nil {
		tb.Fatal(err)
	}
	cp := flog.Checkpoint{Origin: origin, Size: size, Hash: root[:]}
	signedCP, err := note.Sign(&note.Note{Text: string(cp.Marshal())}, signers...)
	if err != nil {
		tb.Fatal(err)
	}
	o.bundle = &release.Bundle{MediaType: release.BundleMediaType, Envelope: env, Log: origin, Index: index, Entry: entry,
		TreeSize: size, Checkpoint: string(signedCP)}
	for _, h := range proof {
		o.bundle.Inclusion = append(o.bundle.Inclusion, append([]byte(nil), h[:]...))
	}
	o.raw, _ = o.bundle.Marshal()
	tf := &release.TrustFile{Version: 1, Logs: []release.TrustedLog{{Origin: origin, Jurisdiction: "CN", Key: vkey, Witnesses: wkeys, Quorum: 3}},
		VendorKeys: []release.KeyRecord{keyRec}}
	o.trustRaw, _ = json.Marshal(tf)
	if o.trust, err = release.ParseTrust(o.trustRaw); err != nil {
		tb.Fatal(err)
	}
	return o
}
