package federation

import (
	"bytes"
	"crypto/ed25519"
	"crypto/x509"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

const (
	testKeyA = "11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="
	testKeyB = "PUAXw+hDiVqStwqnTRt+vJyYLM8uxJaMwM1V8Sr0Zgw="
	testKeyC = "Ezmsf9+b7qFAzb6PaOSsXCdtLQV1i0cK3J7fHwNdGr0="
)

// validManifest is a well-formed unsigned manifest; tests break one field.
func validManifest() string {
	return `{
  "federation": "demo",
  "serial": 1,
  "members": [
    {"jurisdiction": "CN", "name": "China",
     "nodes": [{"name": "cn-1", "url": "https://127.0.0.1:8441", "public_key": "` + testKeyA + `"}],
     "authorities": [{"role": "dpa", "public_key": "` + testKeyB + `"}]}
  ],
  "witness": {"threshold": 0},
  "baseline_quorum": 1
}`
}

func TestParseManifest(t *testing.T) {
	m, err := ParseManifest([]byte(validManifest()))
	if err != nil {
		t.Fatal(err)
	}
	if n, j := m.Node("cn-1"); n == nil || j != "CN" || n.Origin() != "cn-1" {
		t.Errorf("Node(cn-1) = %v, %q", n, j)
	}
	if keys := m.AuthorityKeys("CN", comity.RoleDPA); len(keys) != 1 || FormatPublicKey(keys[0]) != testKeyB {
		t.Errorf("AuthorityKeys = %v", keys)
	}
	// The encoding round-trips.
	data, err := m.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	m2, err := ParseManifest(data)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := SignedMessage(m)
	b, _ := SignedMessage(m2)
	if !bytes.Equal(a, b) {
		t.Errorf("round trip changed the signed message:\n%s\n%s", a, b)
	}
}

func TestParseManifestRefuses(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"unknown field", `"serial": 1,`, `"serial": 1, "extra": true,`, "unknown field"},
		{"unknown jurisdiction", `"CN"`, `"XX"`, "unknown jurisdiction"},
		{"plain http", `https://127.0.0.1:8441`, `http://127.0.0.1:8441`, "want https"},
		{"url with user", `https://127.0.0.1:8441`, `https://u:p@127.0.0.1:8441`, "want https"},
		{"short key", testKeyA, "AAAA", "bad public key"},
		{"no node key", `, "public_key": "` + testKeyA + `"`, ``, "no public key"},
		{"node name with space", `"cn-1"`, `"cn 1"`, "node name"},
		{"bad role", `"dpa"`, `"police"`, "authority role"},
		{"same key twice", testKeyB, testKeyA, "same key"},
		{"bad pin", `"public_key": "` + testKeyA + `"`, `"public_key": "` + testKeyA + `", "tls_spki_sha256": "abc"`, "64 hex"},
		{"empty federation", `"demo"`, `""`, "federation name is empty"},
		{"negative quorum", `"baseline_quorum": 1`, `"baseline_quorum": -1`, "negative"},
		{"trailing data", `"baseline_quorum": 1
}`, `"baseline_quorum": 1
} {}`, "trailing data"},
		{"duplicate member", `"members": [`, `"members": [{"jurisdiction": "cn", "nodes": [], "authorities": []},`, "listed twice"},
		{"string serial", `"serial": 1`, `"serial": "1"`, "serial"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := strings.Replace(validManifest(), tt.old, tt.new, 1)
			if doc == validManifest() {
				t.Fatalf("test did not change the manifest")
			}
			_, err := ParseManifest([]byte(doc))
			if !errors.Is(err, ErrBadManifest) || comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("ParseManifest = %v (code %q), want EINVALID containing %q", err, comity.ErrorCode(err), tt.want)
			}
		})
	}
}

func TestComplete(t *testing.T) {
	tests := []struct {
		name, old, new, want string
	}{
		{"quorum above members", `"baseline_quorum": 1`, `"baseline_quorum": 2`, "baseline_quorum"},
		{"quorum unset", `"baseline_quorum": 1`, `"baseline_quorum": 0`, "baseline_quorum"},
		{"threshold above witnesses", `"threshold": 0`, `"threshold": 1`, "possible witnesses"},
		{"no authority", `{"role": "dpa", "public_key": "` + testKeyB + `"}`, ``, "no authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := ParseManifest([]byte(strings.Replace(validManifest(), tt.old, tt.new, 1)))
			if err != nil {
				t.Fatal(err)
			}
			if err := Verify(m); !errors.Is(err, ErrBadManifest) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Verify = %v, want ErrBadManifest containing %q", err, tt.want)
			}
		})
	}
}

func TestManifestFile(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	path := filepath.Join(t.TempDir(), "federation.json")
	if err := WriteManifest(path, f.m); err != nil {
		t.Fatal(err)
	}
	m, err := LoadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Verify(m); err != nil {
		t.Fatalf("manifest read back: %v", err)
	}
	if _, err := LoadManifest(filepath.Join(t.TempDir(), "missing.json")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

func TestManifestLookups(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	ws := f.m.Witnesses("cn-1")
	if len(ws) != 2 || ws[0].Name == "cn-1" || ws[1].Name == "cn-1" {
		t.Errorf("Witnesses(cn-1) = %v", ws)
	}
	j, a, ok := f.m.Authority(f.auth["DE"].Public().(ed25519.PublicKey))
	if !ok || j != "DE" || a.Role != comity.RoleDPA {
		t.Errorf("Authority = %q %v %v", j, a, ok)
	}
}

// FuzzParseManifest checks that the parser never panics and that whatever
// it accepts re-encodes to a manifest with the same signed message.
func FuzzParseManifest(f *testing.F) {
	f.Add([]byte(validManifest()))
	f.Add([]byte(strings.Replace(validManifest(), `"public_key": "`+testKeyA+`"`, `"public_key": "`+testKeyC+`", "tls_spki_sha256": "`+strings.Repeat("Ab", 32)+`", "log_origin": "cn.example/log"`, 1)))
	f.Add([]byte(`{"federation":"x","serial":0,"members":[],"witness":{"threshold":0},"baseline_quorum":0,"signatures":[{"jurisdiction":"de","public_key":"` + testKeyA + `","signature":"` + strings.Repeat("A", 86) + `=="}]}`))
	f.Add([]byte(`{"members":[{"jurisdiction":"cn"},{"jurisdiction":"CN"}]}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			if comity.ErrorCode(err) != comity.EINVALID {
				t.Fatalf("error code %q for %v", comity.ErrorCode(err), err)
			}
			return
		}
		a, err := SignedMessage(m)
		if err != nil {
			t.Fatal(err)
		}
		out, err := m.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		m2, err := ParseManifest(out)
		if err != nil {
			t.Fatalf("re-parse of accepted manifest: %v\n%s", err, out)
		}
		b, _ := SignedMessage(m2)
		if !bytes.Equal(a, b) {
			t.Fatalf("signed message changed on round trip:\n%s\n%s", a, b)
		}
		_ = Verify(m2) // must not panic
		// Nor the successor check, in either direction: what a node does
		// with a manifest handed to it live.
		if prev, err := ParseManifest([]byte(validManifest())); err == nil {
			if err := VerifySuccessor(prev, m2); err == nil && m2.Serial <= prev.Serial {
				t.Fatalf("serial %d accepted after %d", m2.Serial, prev.Serial)
			}
			_ = VerifySuccessor(m2, prev)
		}
	})
}

func TestLoadCertPool(t *testing.T) {
	dir := t.TempDir()
	ca, err := CreateCA(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := CreateCA(dir, ""); err == nil {
		t.Error("CreateCA replaced an existing CA")
	}
	loaded, err := LoadCA(dir)
	if err != nil || !loaded.Certificate.Equal(ca.Certificate) {
		t.Fatalf("LoadCA: %v", err)
	}
	certPath := filepath.Join(dir, CACertFile)
	for _, paths := range [][]string{{certPath}, {SystemRoots, certPath}} {
		pool, err := LoadCertPool(paths...)
		if err != nil {
			t.Fatalf("%v: %v", paths, err)
		}
		leaf := issue(t, ca, "cn-1", "CN", mustKey(t)).Leaf
		if _, err := leaf.Verify(x509.VerifyOptions{Roots: pool}); err != nil {
			t.Errorf("%v: %v", paths, err)
		}
	}
	if _, err := LoadCertPool(filepath.Join(dir, CAKeyFile)); err == nil {
		t.Error("a key file was accepted as a CA certificate")
	}
}

// TestWitnessQuorumsOverlap: a witness threshold is accepted only when any
// two quorums of a log's witnesses share a witness (2k > n) and k <= n.
func TestWitnessQuorumsOverlap(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US", "FR", "BR") // each log has 4 possible witnesses
	if k := MajorityThreshold(f.m); k != 3 {
		t.Fatalf("MajorityThreshold = %d, want 3 of 4", k)
	}
	for k, ok := range map[int]bool{0: false, 1: false, 2: false, 3: true, 4: true, 5: false} {
		t.Run(fmt.Sprint(k), func(t *testing.T) {
			m := *f.m
			m.Witness.Threshold = k
			err := m.Check()
			if ok && err != nil {
				t.Fatalf("threshold %d of 4 refused: %v", k, err)
			}
			if !ok && !errors.Is(err, ErrBadManifest) {
				t.Fatalf("threshold %d of 4 accepted (err %v)", k, err)
			}
			if !ok && k > 0 && k < 3 && !strings.Contains(err.Error(), "disjoint") {
				t.Fatalf("err = %v", err)
			}
		})
	}
	t.Run("a signed manifest with 2k <= n does not verify", func(t *testing.T) {
		f.m.Witness.Threshold = 2
		f.m.Signatures = nil
		if err := Sign(f.m, "CN", f.auth["CN"]); !errors.Is(err, ErrBadManifest) {
			t.Fatalf("Sign = %v", err)
		}
	})
}
