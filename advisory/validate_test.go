package advisory

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateCSAF(t *testing.T) {
	dir := referenceDir(t)
	files, _ := filepath.Glob(filepath.Join(dir, "csaf", "*.json"))
	files = append(files, filepath.Join("testdata", "vendor.csaf.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		failures, err := ValidateCSAF(data)
		if err != nil || len(failures) > 0 {
			t.Errorf("%s: %v %q", filepath.Base(f), err, failures)
		}
	}
	data, _ := os.ReadFile(filepath.Join("testdata", "vendor.csaf.json"))
	bad := strings.Replace(string(data), `"known_affected": ["EV-1"]`, `"known_affected": ["EV-1", "EV-9"], "known_not_affected": ["EV-1"]`, 1)
	bad = strings.Replace(bad, `"group_ids": ["GRP-OLD-WIDGETS"]`, `"group_ids": ["GRP-NONE"]`, 1)
	bad = strings.Replace(bad, `"csaf_version": "2.0"`, `"csaf_version": "2.1"`, 1)
	failures, err := ValidateCSAF([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"6.1.1: product id EV-9", "6.1.4: product group id GRP-NONE", "6.1.6: vulnerabilities[0]: product EV-1", "csaf_version"} {
		found := false
		for _, f := range failures {
			found = found || strings.Contains(f, want)
		}
		if !found {
			t.Errorf("no failure %q among %q", want, failures)
		}
	}
}
