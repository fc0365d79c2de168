package advisory

import (
	"slices"
	"testing"
)

func TestFindings(t *testing.T) {
	_, advs := load(t, "ref:csaf/va-24-254-02.json", "ref:csaf/va-24-201-01.json", "ref:osv/GHSA-458h-wv48-fq75.json", "ref:osv/GHSA-35jh-r3h4-6jhm.json")
	var got []Finding
	for _, a := range advs {
		got = append(got, a.Findings()...)
	}
	for _, want := range []Finding{
		{"CVE-2024-45744", "name:topbraid edg 7.1.3", "no fix offered"},
		{"CVE-2023-45195", "name:adminer all versions", "no fix offered"},
		{"CVE-2018-14655", "purl:maven/org.keycloak/keycloak-parent introduced 0, last_affected 3.4.3.Final", "no fix offered"},
	} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %+v among %+v", want, got)
		}
	}
	for _, f := range got {
		if f.Vulnerability == "CVE-2021-23337" {
			t.Errorf("lodash has a fix in its own major: %+v", f)
		}
	}
}
