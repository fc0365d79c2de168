package release

import (
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"time"

	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/witness"
)

// MaxTrustSize bounds a trust file.
const MaxTrustSize = 4 << 20

// TrustFile is what a verifier trusts, as JSON: the logs (with their
// witnesses and quorum) and the vendors' keys with their history. Logs come
// from the signed federation Manifest (every member's authority signed it;
// it is verified on load) and from Logs, for logs outside a federation.
// Vendor keys are exported by the vendor's home node from its log.
type TrustFile struct {
	Version    int             `json:"version"`
	Exported   time.Time       `json:"exported,omitzero"`
	Manifest   json.RawMessage `json:"manifest,omitempty"`
	Logs       []TrustedLog    `json:"logs,omitempty"`
	VendorKeys []KeyRecord     `json:"vendor_keys"`
}

// TrustedLog is one log a verifier accepts checkpoints from.
type TrustedLog struct {
	Origin       string              `json:"origin"`
	Jurisdiction comity.Jurisdiction `json:"jurisdiction"`
	// Key is the log's signed-note verifier key.
	Key string `json:"key"`
	// URL is the log's tlog-tiles prefix, for online checks.
	URL string `json:"url,omitempty"`
	// Witnesses are cosignature/v1 verifier keys; Quorum of them must
	// cosign a checkpoint.
	Witnesses []string `json:"witnesses,omitempty"`
	Quorum    int      `json:"quorum"`
}

// Trust is a loaded trust file: verifiers built once, for many bundles.
type Trust struct {
	logs   map[string]*trustedLog
	vendor map[vendorID]map[string]*vendorKey
	File   *TrustFile
}

type trustedLog struct {
	TrustedLog
	verifiers note.Verifiers
	log       note.Verifier
	witnesses map[string]bool // "name+hash"
}

type vendorID struct {
	home comity.Jurisdiction
	name string
}

type vendorKey struct {
	pub *PublicKey
	rec KeyRecord
}

// witnessName must match the name under which a node cosigns (package
// node): its witness key is its node key under this name.
func witnessName(node string) string { return node + "/witness" }

// ParseTrust decodes and loads a trust file: the manifest's signatures are
// verified, every key is parsed.
func ParseTrust(b []byte) (*Trust, error) {
	if len(b) > MaxTrustSize {
		return nil, errorf(ErrMalformed, "trust file is %d bytes, over %d", len(b), MaxTrustSize)
	}
	var f TrustFile
	if err := strictJSON(b, &f); err != nil {
		return nil, errorf(ErrMalformed, "trust file: %w", err)
	}
	return NewTrust(&f)
}

// NewTrust loads f (see ParseTrust).
func NewTrust(f *TrustFile) (*Trust, error) {
	if f.Version != 1 {
		return nil, errorf(ErrMalformed, "trust file version %d, want 1", f.Version)
	}
	t := &Trust{logs: map[string]*trustedLog{}, vendor: map[vendorID]map[string]*vendorKey{}, File: f}
	logs := f.Logs
	if len(f.Manifest) > 0 {
		m, err := federation.ParseManifest(f.Manifest)
		if err != nil {
			return nil, errorf(ErrMalformed, "trust file: %v", comity.ErrorMessage(err))
		}
		if err := federation.Verify(m); err != nil {
			return nil, errorf(ErrMalformed, "trust file: manifest: %v", comity.ErrorMessage(err))
		}
		ml, err := ManifestLogs(m)
		if err != nil {
			return nil, err
		}
		logs = append(ml, logs...)
	}
	for _, l := range logs {
		if err := t.addLog(l); err != nil {
			return nil, err
		}
	}
	for _, k := range f.VendorKeys {
		pub, err := ParsePublicKey([]byte(k.PublicKey))
		if err != nil {
			return nil, errorf(ErrMalformed, "trust file: key of %s: %v", k.Vendor, comity.ErrorMessage(err))
		}
		if pub.ID != k.KeyID {
			return nil, errorf(ErrMalformed, "trust file: key of %s has ID %s, not %s", k.Vendor, pub.ID, k.KeyID)
		}
		id := vendorID{k.Jurisdiction, k.Vendor}
		if t.vendor[id] == nil {
			t.vendor[id] = map[string]*vendorKey{}
		}
		t.vendor[id][k.KeyID] = &vendorKey{pub: pub, rec: k}
	}
	return t, nil
}

// ManifestLogs returns the logs of every node in a federation manifest,
// each witnessed by the nodes the manifest names for it.
func ManifestLogs(m *federation.Manifest) ([]TrustedLog, error) {
	var out []TrustedLog
	for _, mem := range m.Members {
		for _, n := range mem.Nodes {
			vkey, err := note.NewEd25519VerifierKey(n.Origin(), ed25519.PublicKey(n.PublicKey))
			if err != nil {
				return nil, err
			}
			l := TrustedLog{Origin: n.Origin(), Jurisdiction: mem.Jurisdiction, Key: vkey, URL: n.URL + "/log",
				Quorum: m.Witness.Threshold}
			for _, w := range m.Witnesses(n.Name) {
				wk, err := witness.VerifierKey(witnessName(w.Name), ed25519.PublicKey(w.PublicKey))
				if err != nil {
					return nil, err
				}
				l.Witnesses = append(l.Witnesses, wk)
			}
			out = append(out, l)
		}
	}
	return out, nil
}

func (t *Trust) addLog(l TrustedLog) error {
	if _, dup := t.logs[l.Origin]; dup {
		return errorf(ErrMalformed, "trust file names log %s twice", l.Origin)
	}
	lv, err := note.NewVerifier(l.Key)
	if err != nil || lv.Name() != l.Origin {
		return errorf(ErrMalformed, "trust file: log %s: bad key", l.Origin)
	}
	tl := &trustedLog{TrustedLog: l, log: lv, witnesses: map[string]bool{}}
	vs := []note.Verifier{lv}
	for _, wk := range l.Witnesses {
		wv, err := fnote.NewVerifierForCosignatureV1(wk)
		if err != nil {
			return errorf(ErrMalformed, "trust file: log %s: witness key: %v", l.Origin, err)
		}
		vs = append(vs, wv)
		tl.witnesses[fmt.Sprintf("%s+%08x", wv.Name(), wv.KeyHash())] = true
	}
	if l.Quorum < 0 || l.Quorum > len(l.Witnesses) {
		return errorf(ErrMalformed, "trust file: log %s: quorum %d of %d witnesses", l.Origin, l.Quorum, len(l.Witnesses))
	}
	tl.verifiers = note.VerifierList(vs...)
	t.logs[l.Origin] = tl
	return nil
}

// Log returns the trusted log with the given origin.
func (t *Trust) Log(origin string) (TrustedLog, bool) {
	l, ok := t.logs[origin]
	if !ok {
		return TrustedLog{}, false
	}
	return l.TrustedLog, true
}

// VendorKeys returns the keys the trust file lists for a vendor, by ID.
func (t *Trust) VendorKeys(home comity.Jurisdiction, vendor string) map[string]*PublicKey {
	out := map[string]*PublicKey{}
	for id, k := range t.vendor[vendorID{home, vendor}] {
		out[id] = k.pub
	}
	return out
}

// KeyRecord returns what the trust file says about a vendor's key.
func (t *Trust) KeyRecord(home comity.Jurisdiction, vendor, keyID string) (KeyRecord, bool) {
	k, ok := t.vendor[vendorID{home, vendor}][keyID]
	if !ok {
		return KeyRecord{}, false
	}
	return k.rec, true
}

// Logs returns the trusted logs of a state.
func (t *Trust) Logs(home comity.Jurisdiction) []TrustedLog {
	var out []TrustedLog
	for _, l := range t.logs {
		if l.Jurisdiction == home {
			out = append(out, l.TrustedLog)
		}
	}
	return out
}
