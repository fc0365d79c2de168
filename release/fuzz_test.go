package release_test

import (
	"testing"

	"github.com/comity-project/comity/release"
)

func FuzzParseEnvelope(f *testing.F) {
	o := makeOffline(f)
	raw, _ := o.bundle.Envelope.Marshal()
	f.Add(raw)
	f.Add([]byte(`{"payloadType":"application/vnd.in-toto+json","payload":"e30=","signatures":[{"keyid":"a","sig":"AA=="}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := release.ParseEnvelope(b)
		if err != nil {
			return
		}
		if e.PayloadType != release.PayloadType || len(e.Signatures) == 0 {
			t.Fatalf("accepted %+v", e)
		}
		// Whatever parses must not verify under a key that did not sign it
		// unless the bytes are the original's signature.
		if _, err := release.ParseStatement(e.Payload); err == nil {
			_, _ = e.VerifyBy(map[string]*release.PublicKey{o.signer.PublicKey().ID: o.signer.PublicKey()})
		}
	})
}

// FuzzVerifyBundle parses and verifies mutated bundles: nothing panics,
// and a bundle verifies only if it proves the original release.
func FuzzVerifyBundle(f *testing.F) {
	o := makeOffline(f)
	f.Add(o.raw)
	f.Add([]byte(`{"mediaType":"application/vnd.comity.release-bundle.v1+json"}`))
	want := digest(o.artefact)
	f.Fuzz(func(t *testing.T, b []byte) {
		bu, err := release.ParseBundle(b)
		if err != nil {
			return
		}
		v, err := o.trust.Verify(bu)
		if err != nil {
			return
		}
		if _, ok := v.Statement.Find(want); !ok || v.Index != o.bundle.Index || v.Vendor != "cn-soft" {
			t.Fatalf("a mutated bundle verified as %+v", v)
		}
	})
}

func FuzzParseStatement(f *testing.F) {
	o := makeOffline(f)
	f.Add(o.bundle.Envelope.Payload)
	f.Fuzz(func(t *testing.T, b []byte) {
		st, err := release.ParseStatement(b)
		if err != nil {
			return
		}
		if st.Version == "" || len(st.Subjects) == 0 {
			t.Fatalf("accepted %+v", st)
		}
	})
}

func FuzzParseTrust(f *testing.F) {
	o := makeOffline(f)
	f.Add(o.trustRaw)
	f.Fuzz(func(t *testing.T, b []byte) { release.ParseTrust(b) })
}

func FuzzSplitPURL(f *testing.F) {
	for _, s := range []string{"pkg:generic/cn-soft/tool@1.0.0", "pkg:oci/img@sha256%3Aab?tag=1", "pkg:npm/@a/b@1#x", "pkg:a@", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, v, err := release.SplitPURL(s)
		if err != nil {
			return
		}
		if v == "" || len(p) < len("pkg:a/b") {
			t.Fatalf("%q split into %q %q", s, p, v)
		}
		if p2, v2, err := release.SplitPURL(p + "@" + v); err != nil || p2 != p || v2 != v {
			t.Fatalf("%q: re-split %q %q %v", s, p2, v2, err)
		}
	})
}

func FuzzParsePublicKey(f *testing.F) {
	o := makeOffline(f)
	f.Add([]byte(o.signer.PublicKey().PEM))
	f.Fuzz(func(t *testing.T, b []byte) { release.ParsePublicKey(b) })
}

// FuzzMonitorCheck feeds log entries (outside input: anyone's log) to a
// monitor: nothing panics, and only release and key entries of the
// watched vendor raise alarms.
func FuzzMonitorCheck(f *testing.F) {
	o := makeOffline(f)
	f.Add(o.bundle.Entry)
	f.Add([]byte(`{"v":1,"kind":"vendor-key","time":"2026-01-01T00:00:00Z","requester":"cn-soft","requester_jurisdiction":"CN","outcome":"allow","detail":{"event":"registered","keyid":"ab"}}`))
	m := &release.Monitor{Trust: o.trust, Log: "cn-node", Home: "CN", Vendor: "cn-soft", Feed: map[string]release.Announcement{}}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, a := range m.Check(7, b) {
			e, err := release.ParseLogEntry(b)
			if err != nil || e.Vendor != "cn-soft" || (e.Kind != string(release.KindRelease) && e.Kind != string(release.KindKey)) {
				t.Fatalf("alarm %+v for entry %q", a, b)
			}
		}
	})
}
