package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAdvisoryMatch runs the offline matcher end to end on the project's
// fixtures: exact output objects, one per line, with every contract field.
func TestAdvisoryMatch(t *testing.T) {
	td := filepath.Join("..", "..", "advisory", "testdata")
	out, stderr, code := runPII(t, "", "advisory", "match",
		"--sbom", filepath.Join(td, "nested.cdx.xml"), "--sbom", filepath.Join(td, "customer.spdx.json"),
		filepath.Join(td, "mod.openvex.json"), filepath.Join(td, "vendor.csaf.json"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		`{"sbom":"customer.spdx.json","component":"pkg:npm/%40example/widget@1.3.9","advisory":"EXV-2099-001","vulnerability":"CVE-2099-0001","status":"affected","remediations":["vendor_fix","workaround"],"forced_upgrade":false}`,
		`{"sbom":"customer.spdx.json","component":"SPDXRef-gadget","advisory":"EXV-2099-001","vulnerability":"EXV-VULN-2","status":"affected","remediations":["no_fix_planned"],"forced_upgrade":true}`,
		`{"sbom":"customer.spdx.json","component":"SPDXRef-gadget-unversioned","advisory":"EXV-2099-001","vulnerability":"EXV-VULN-2","status":"unknown","remediations":[],"forced_upgrade":false}`,
		`{"sbom":"customer.spdx.json","component":"pkg:golang/github.com/example/mod@v1.2.0","advisory":"https://vendor.example/vex/2099-0005","vulnerability":"CVE-2099-0005","status":"affected","remediations":["vendor_fix"],"forced_upgrade":false}`,
	}
	for _, w := range want {
		found := false
		for _, l := range lines {
			found = found || l == w
		}
		if !found {
			t.Errorf("missing line %s", w)
		}
	}
	for i, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || len(m) != 7 {
			t.Errorf("line %d is not a 7-field object: %s", i, l)
		}
	}
}

func TestAdvisoryMatchRefusesBadInput(t *testing.T) {
	td := filepath.Join("..", "..", "advisory", "testdata")
	bad := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(bad, []byte(`{"document": {"csaf_version": "2.0"}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	for name, args := range map[string][]string{
		"no sbom":          {filepath.Join(td, "vendor.csaf.json")},
		"no advisory":      {"--sbom", filepath.Join(td, "customer.spdx.json")},
		"advisory as sbom": {"--sbom", filepath.Join(td, "vendor.csaf.json"), filepath.Join(td, "vendor.csaf.json")},
		"sbom as advisory": {"--sbom", filepath.Join(td, "customer.spdx.json"), filepath.Join(td, "nested.cdx.xml")},
		"invalid advisory": {"--sbom", filepath.Join(td, "customer.spdx.json"), bad},
		"missing file":     {"--sbom", filepath.Join(td, "customer.spdx.json"), filepath.Join(td, "nope.json")},
	} {
		out, stderr, code := runPII(t, "", append([]string{"advisory", "match"}, args...)...)
		if code == 0 || out != "" || !strings.HasPrefix(stderr, "comity: ") || strings.Count(stderr, "\n") != 1 {
			t.Errorf("%s: exit %d, out %q, stderr %q", name, code, out, stderr)
		}
	}
}
