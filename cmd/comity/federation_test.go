package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/comity-project/comity/federation"
)

// comity runs the command line and returns its exit code and output.
func comityRun(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	code, out, errOut := comityRun(t, args...)
	if code != 0 {
		t.Fatalf("comity %s: exit %d: %s", strings.Join(args, " "), code, errOut)
	}
	return out
}

func TestFederationCommands(t *testing.T) {
	dir := t.TempDir()
	p := func(name string) string { return filepath.Join(dir, name) }
	manifest := p("federation.json")

	// Keys for each state's authority and node.
	for _, k := range []string{"cn-dpa", "de-dpa", "us-ca", "cn-1", "de-1", "us-1"} {
		out := mustRun(t, "federation", "key", "new", "--out", p(k+".key"))
		if _, err := federation.ParsePublicKey(out); err != nil {
			t.Fatalf("key new printed %q: %v", out, err)
		}
	}
	if code, _, errOut := comityRun(t, "federation", "key", "new", "--out", p("cn-1.key")); code == 0 || !strings.Contains(errOut, "exists") {
		t.Fatalf("key new over an existing key: exit %d %q", code, errOut)
	}
	if out := mustRun(t, "federation", "key", "public", "--key", p("cn-1.key"), "--name", "cn-1"); !strings.HasPrefix(out, "cn-1+") {
		t.Errorf("verifier form: %q", out)
	}

	// A CA, an Ed25519 node certificate and an ECDSA one to pin.
	mustRun(t, "federation", "ca", "--out", p("ca"))
	out := mustRun(t, "federation", "cert", "--ca", p("ca"), "--name", "cn-1", "--jurisdiction", "cn",
		"--key", p("cn-1.key"), "--host", "127.0.0.1", "--host", "localhost", "--out", p("certs"))
	if !strings.Contains(out, "public_key:") {
		t.Errorf("cert output: %q", out)
	}
	if _, err := federation.LoadNodeCertificate(p("certs/cn-1.pem"), p("cn-1.key")); err != nil {
		t.Fatalf("node certificate does not load with the node key: %v", err)
	}
	mustRun(t, "federation", "cert", "--ca", p("ca"), "--name", "us-1", "--jurisdiction", "US", "--ecdsa",
		"--host", "localhost", "--out", p("certs"))
	if _, err := federation.LoadNodeCertificate(p("certs/us-1.pem"), p("certs/us-1.key")); err != nil {
		t.Fatalf("ECDSA certificate: %v", err)
	}

	// A joining node's CSR, signed by a member's CA: the key stays home.
	mustRun(t, "federation", "key", "new", "--out", p("jp-node.key"))
	mustRun(t, "federation", "csr", "--key", p("jp-node.key"), "--name", "jp-node", "--jurisdiction", "JP", "--host", "127.0.0.1", "--out", p("jp-node.csr"))
	out = mustRun(t, "federation", "cert", "--ca", p("ca"), "--csr", p("jp-node.csr"), "--out", p("certs"))
	if !strings.Contains(out, "for jp-node in JP") {
		t.Errorf("cert --csr output: %q", out)
	}
	if _, err := federation.LoadNodeCertificate(p("certs/jp-node.pem"), p("jp-node.key")); err != nil {
		t.Fatalf("certificate from a CSR: %v", err)
	}
	if code, _, errOut := comityRun(t, "federation", "cert", "--ca", p("ca"), "--csr", p("jp-node.key"), "--out", p("certs")); code == 0 || !strings.Contains(errOut, "CERTIFICATE REQUEST") {
		t.Fatalf("a key file as a CSR: exit %d %q", code, errOut)
	}

	// The manifest.
	mustRun(t, "federation", "manifest", "new", "--out", manifest, "--federation", "demo")
	mustRun(t, "federation", "manifest", "add-member", "--manifest", manifest, "--jurisdiction", "CN", "--name", "China", "--dpa-key", p("cn-dpa.key"))
	mustRun(t, "federation", "manifest", "add-member", "--manifest", manifest, "--jurisdiction", "DE", "--dpa-key", p("de-dpa.key"))
	mustRun(t, "federation", "manifest", "add-member", "--manifest", manifest, "--jurisdiction", "US", "--central-authority-key", p("us-ca.key"))
	mustRun(t, "federation", "manifest", "add-node", "--manifest", manifest, "--jurisdiction", "CN", "--name", "cn-1", "--url", "https://127.0.0.1:8441", "--key", p("cn-1.key"))
	mustRun(t, "federation", "manifest", "add-node", "--manifest", manifest, "--jurisdiction", "DE", "--name", "de-1", "--url", "https://127.0.0.1:8442", "--key", p("de-1.key"))
	mustRun(t, "federation", "manifest", "add-node", "--manifest", manifest, "--jurisdiction", "US", "--name", "us-1", "--url", "https://localhost:8443", "--key", p("us-1.key"), "--cert", p("certs/us-1.pem"))

	// The witness threshold followed the nodes: 2 of each log's 2 witnesses;
	// 1 of 2 would let two disjoint quorums vouch for two histories.
	if m, err := federation.LoadManifest(manifest); err != nil || m.Witness.Threshold != 2 {
		t.Fatalf("witness threshold after three nodes: %v %v", m, err)
	}
	if code, _, errOut := comityRun(t, "federation", "manifest", "set", "--manifest", manifest, "--witness-threshold", "1"); code == 0 || !strings.Contains(errOut, "disjoint") {
		t.Fatalf("threshold 1 of 2 accepted: exit %d %q", code, errOut)
	}
	if code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", manifest); code == 0 || !strings.Contains(errOut, "signed by 0 of 3") {
		t.Fatalf("unsigned manifest verified: exit %d %q", code, errOut)
	}
	if code, _, errOut := comityRun(t, "federation", "manifest", "sign", "--manifest", manifest, "--jurisdiction", "CN", "--key", p("de-dpa.key")); code == 0 || !strings.Contains(errOut, "not an authority key of CN") {
		t.Fatalf("CN signed with DE's key: exit %d %q", code, errOut)
	}
	for _, s := range [][2]string{{"CN", "cn-dpa"}, {"DE", "de-dpa"}, {"US", "us-ca"}} {
		mustRun(t, "federation", "manifest", "sign", "--manifest", manifest, "--jurisdiction", s[0], "--key", p(s[1]+".key"))
	}
	out = mustRun(t, "federation", "manifest", "verify", "--manifest", manifest)
	if !strings.Contains(out, "signatures: CN, DE, US") || !strings.Contains(out, "OK") || !strings.Contains(out, "tls pin") {
		t.Errorf("verify output:\n%s", out)
	}
	m, err := federation.LoadManifest(manifest)
	if err != nil || federation.Verify(m) != nil {
		t.Fatalf("the library does not accept the CLI's manifest: %v", err)
	}
	signed, _ := os.ReadFile(manifest)

	t.Run("tampered", func(t *testing.T) {
		bad := p("tampered.json")
		os.WriteFile(bad, bytes.Replace(signed, []byte("127.0.0.1:8442"), []byte("203.0.113.9:8442"), 1), 0o644)
		code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", bad)
		if code == 0 || !strings.Contains(errOut, "does not verify") {
			t.Fatalf("tampered manifest: exit %d %q", code, errOut)
		}
	})
	t.Run("edit after signing", func(t *testing.T) {
		next := p("next.json")
		os.WriteFile(next, signed, 0o644)
		code, _, errOut := comityRun(t, "federation", "manifest", "add-node", "--manifest", next, "--jurisdiction", "DE", "--name", "de-2", "--url", "https://127.0.0.1:8444", "--key", p("us-ca.key"))
		if code == 0 || !strings.Contains(errOut, "same key") {
			t.Fatalf("node with an authority's key: exit %d %q", code, errOut)
		}
		mustRun(t, "federation", "key", "new", "--out", p("de-2.key"))
		mustRun(t, "federation", "manifest", "add-node", "--manifest", next, "--jurisdiction", "DE", "--name", "de-2", "--url", "https://127.0.0.1:8444", "--key", p("de-2.key"))
		m, err := federation.LoadManifest(next)
		if err != nil || m.Serial != 2 || len(m.Signatures) != 0 {
			t.Fatalf("after edit: serial %d, %d signatures, %v", m.Serial, len(m.Signatures), err)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", next, "--jurisdiction", "CN", "--key", p("cn-dpa.key"))
		if code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", next, "--previous", manifest); code == 0 || !strings.Contains(errOut, "signed by 1 of 3") {
			t.Fatalf("successor verified with one of a quorum of two: exit %d %q", code, errOut)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", next, "--jurisdiction", "DE", "--key", p("de-dpa.key"))
		out := mustRun(t, "federation", "manifest", "verify", "--manifest", next, "--previous", manifest)
		if !strings.Contains(out, "endorsed by CN, DE of serial 1's 3 members (quorum 2)") {
			t.Errorf("verify --previous output:\n%s", out)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", next, "--jurisdiction", "US", "--key", p("us-ca.key"))
		mustRun(t, "federation", "manifest", "verify", "--manifest", next, "--previous", manifest)
		if code, _, _ := comityRun(t, "federation", "manifest", "verify", "--manifest", manifest, "--previous", next); code == 0 {
			t.Fatal("rollback to a lower serial verified")
		}
		// A state joins: its own signature counts for nothing towards the
		// quorum of the manifest the nodes run on.
		joined := p("joined.json")
		nextData, _ := os.ReadFile(next)
		os.WriteFile(joined, nextData, 0o644)
		mustRun(t, "federation", "key", "new", "--out", p("jp-dpa.key"))
		mustRun(t, "federation", "key", "new", "--out", p("jp-1.key"))
		mustRun(t, "federation", "manifest", "add-member", "--manifest", joined, "--jurisdiction", "JP", "--dpa-key", p("jp-dpa.key"))
		mustRun(t, "federation", "manifest", "add-node", "--manifest", joined, "--jurisdiction", "JP", "--name", "jp-1", "--url", "https://127.0.0.1:8445", "--key", p("jp-1.key"))
		mustRun(t, "federation", "manifest", "sign", "--manifest", joined, "--jurisdiction", "JP", "--key", p("jp-dpa.key"))
		if code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", joined, "--previous", next); code == 0 || !strings.Contains(errOut, "signed by 0 of 3") {
			t.Fatalf("the joiner alone: exit %d %q", code, errOut)
		}
		if code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", joined, "--quorum", "1"); code == 0 || !strings.Contains(errOut, "unknown flag") {
			t.Fatalf("--quorum: exit %d %q", code, errOut)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", joined, "--jurisdiction", "US", "--key", p("us-ca.key"))
		mustRun(t, "federation", "manifest", "sign", "--manifest", joined, "--jurisdiction", "DE", "--key", p("de-dpa.key"))
		mustRun(t, "federation", "manifest", "verify", "--manifest", joined, "--previous", next)
		// DE rotates its key: the old one (from the previous manifest) and
		// the new one both sign.
		rotated := p("rotated.json")
		joinedData, _ := os.ReadFile(joined)
		os.WriteFile(rotated, joinedData, 0o644)
		mustRun(t, "federation", "key", "new", "--out", p("de-dpa2.key"))
		editDE := func() {
			m, _ := federation.LoadManifest(rotated)
			pub, _ := federation.LoadPublicKey(p("de-dpa2.key"))
			m.Member("DE").Authorities[0].PublicKey = federation.PublicKey(pub)
			m.Signatures, m.Serial = nil, m.Serial+1
			federation.WriteManifest(rotated, m)
		}
		editDE()
		if code, _, errOut := comityRun(t, "federation", "manifest", "sign", "--manifest", rotated, "--jurisdiction", "DE", "--key", p("de-dpa.key")); code == 0 || !strings.Contains(errOut, "not an authority key") {
			t.Fatalf("old key without --previous: exit %d %q", code, errOut)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", rotated, "--jurisdiction", "DE", "--key", p("de-dpa.key"), "--previous", joined)
		mustRun(t, "federation", "manifest", "sign", "--manifest", rotated, "--jurisdiction", "CN", "--key", p("cn-dpa.key"))
		if code, _, errOut := comityRun(t, "federation", "manifest", "verify", "--manifest", rotated, "--previous", joined); code == 0 || !strings.Contains(errOut, "new authority key for DE") {
			t.Fatalf("rotation without the new key's signature: exit %d %q", code, errOut)
		}
		mustRun(t, "federation", "manifest", "sign", "--manifest", rotated, "--jurisdiction", "DE", "--key", p("de-dpa2.key"))
		mustRun(t, "federation", "manifest", "verify", "--manifest", rotated, "--previous", joined)

		mustRun(t, "federation", "manifest", "remove", "--manifest", next, "--node", "de-2")
		mustRun(t, "federation", "manifest", "remove", "--manifest", next, "--jurisdiction", "US")
		mustRun(t, "federation", "manifest", "set", "--manifest", next, "--baseline-quorum", "1")
		m, err = federation.LoadManifest(next)
		if err != nil || len(m.Members) != 2 || m.BaselineQuorum != 1 || m.Serial != 3 {
			t.Fatalf("after remove and set: %d members, quorum %d, serial %d, %v", len(m.Members), m.BaselineQuorum, m.Serial, err)
		}
		if n, _ := m.Node("de-2"); n != nil {
			t.Fatal("de-2 not removed")
		}
	})
	t.Run("bad input", func(t *testing.T) {
		tests := []struct {
			name string
			args []string
			want string
		}{
			{"unknown jurisdiction", []string{"manifest", "add-member", "--manifest", manifest, "--jurisdiction", "XX", "--dpa-key", p("cn-dpa.key")}, "unknown jurisdiction"},
			{"member twice", []string{"manifest", "add-member", "--manifest", manifest, "--jurisdiction", "cn", "--dpa-key", p("cn-1.key")}, "already a member"},
			{"node of a non-member", []string{"manifest", "add-node", "--manifest", manifest, "--jurisdiction", "FR", "--name", "fr-1", "--url", "https://x", "--key", p("cn-1.key")}, "not a member"},
			{"http url", []string{"manifest", "add-node", "--manifest", manifest, "--jurisdiction", "CN", "--name", "cn-9", "--url", "http://x", "--key", p("de-2.key")}, "want https"},
			{"bad key", []string{"manifest", "add-member", "--manifest", manifest, "--jurisdiction", "FR", "--dpa-key", "nonsense"}, "bad public key"},
			{"manifest exists", []string{"manifest", "new", "--out", manifest, "--federation", "x"}, "exists"},
			{"cert without CA", []string{"cert", "--ca", p("nope"), "--name", "x", "--jurisdiction", "CN", "--host", "h", "--out", p("c")}, "load CA"},
			{"missing flag", []string{"ca"}, "required flag"},
			{"quorum above members", []string{"manifest", "set", "--manifest", manifest, "--baseline-quorum", "4"}, "baseline_quorum"},
			{"remove a stranger", []string{"manifest", "remove", "--manifest", manifest, "--node", "zz-1"}, "no node"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				code, _, errOut := comityRun(t, append([]string{"federation"}, tt.args...)...)
				if code == 0 || !strings.Contains(errOut, tt.want) {
					t.Fatalf("exit %d, stderr %q; want failure containing %q", code, errOut, tt.want)
				}
			})
		}
		after, _ := os.ReadFile(manifest)
		if !bytes.Equal(after, signed) {
			t.Error("a refused command changed the manifest")
		}
	})
}

// TestAuthorityKeyNotInNodeDir: key new refuses to put a key inside a
// node's data directory unless it is a node key.
func TestAuthorityKeyNotInNodeDir(t *testing.T) {
	dir := t.TempDir()
	nodeDir := filepath.Join(dir, "cn")
	mustRun(t, "init", "--dir", nodeDir, "--jurisdiction", "CN", "--name", "cn-1")
	if code, _, errOut := comityRun(t, "federation", "key", "new", "--out", filepath.Join(nodeDir, "dpa.key")); code == 0 || !strings.Contains(errOut, "data directory of a node") {
		t.Errorf("authority key in a node directory: exit %d %s", code, errOut)
	}
	mustRun(t, "federation", "key", "new", "--node", "--out", filepath.Join(nodeDir, "spare-node.key"))
	mustRun(t, "federation", "key", "new", "--out", filepath.Join(dir, "authorities", "cn-dpa.key"))
}
