package advisory

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// referenceDir finds the real advisories and SBOMs kept beside the
// repository (../shared/reference/advisories from its root, or any parent's
// shared/). They are not copied into the repository.
func referenceDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for d := dir; ; d = filepath.Dir(d) {
		p := filepath.Join(d, "shared", "reference", "advisories")
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			return p
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("shared/reference/advisories not found above " + dir)
	}
	t.Skip("shared/reference/advisories not found above " + dir)
	return ""
}

// load parses the named files; a name starting with "ref:" is under the
// reference directory, any other is under testdata/.
func load(t testing.TB, names ...string) ([]*SBOM, []*Advisory) {
	t.Helper()
	var sboms []*SBOM
	var advs []*Advisory
	for _, n := range names {
		p := filepath.Join("testdata", n)
		if rest, ok := cutPrefix(n, "ref:"); ok {
			p = filepath.Join(referenceDir(t), rest)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", n, err)
		}
		if d.SBOM != nil {
			d.SBOM.Name = filepath.Base(p)
			sboms = append(sboms, d.SBOM)
		}
		advs = append(advs, d.Advisories...)
	}
	return sboms, advs
}

func cutPrefix(s, p string) (string, bool) {
	if len(s) >= len(p) && s[:len(p)] == p {
		return s[len(p):], true
	}
	return s, false
}

func matchAll(t testing.TB, sboms []*SBOM, advs []*Advisory) []Match {
	t.Helper()
	var got []Match
	if err := MatchAll(sboms, advs, func(m Match) error { got = append(got, m); return nil }); err != nil {
		t.Fatal(err)
	}
	return got
}

type want struct {
	sbom, component, advisory, vuln string
	status                          Status
	remediations                    []string
	forced                          bool
}

func compare(t *testing.T, got []Match, wants []want) {
	t.Helper()
	for i := 0; i < len(got) || i < len(wants); i++ {
		switch {
		case i >= len(got):
			t.Errorf("missing %+v", wants[i])
		case i >= len(wants):
			t.Errorf("unexpected %+v", got[i])
		default:
			g, w := got[i], wants[i]
			if g.SBOM != w.sbom || g.Component != w.component || g.Advisory != w.advisory || g.Vulnerability != w.vuln ||
				g.Status != w.status || !slices.Equal(g.Remediations, w.remediations) || g.ForcedUpgrade != w.forced {
				t.Errorf("line %d:\n got  %+v\n want %+v", i, g, w)
			}
		}
	}
}

// TestReference matches every real advisory against every real SBOM in
// the reference set. The answers, read from the documents: minimist 0.0.8,
// 0.2.1 and 1.2.5 are inside GHSA-xvch's ranges (fixed 0.2.4 and 1.2.6, same
// major: no forced upgrade); semver 5.7.1, 6.3.0 and 7.3.2 each sit in one
// of GHSA-c2qf's three ranges; lodash 4.17.19 is fixed by 4.17.21, but
// lodash 2.4.2's only fix is 4.17.21, a forced upgrade; snakeyaml 1.23's
// only fix is 2.0, a forced upgrade (its purl's type=jar qualifier is not
// given by the advisory, so it does not disagree); proton-bridge's
// golang.org/x/text pseudo-version v0.3.5-0.2020... orders before 0.3.7 and
// 0.3.8. Nothing else is named: lodash.set is not lodash, the maven
// tomcat-jdbc is not Red Hat's rpm tomcat, log4j-over-slf4j is not log4j.
func TestReference(t *testing.T) {
	names := []string{"ref:sboms/cern-lhc-vdm-editor.cdx.json", "ref:sboms/dropwizard-1.3.15.cdx.json",
		"ref:sboms/juice-shop-11.1.2.cdx.json", "ref:sboms/proton-bridge-1.8.0.cdx.json"}
	for _, dir := range []string{"osv", "csaf"} {
		files, _ := filepath.Glob(filepath.Join(referenceDir(t), dir, "*.json"))
		for _, f := range files {
			names = append(names, "ref:"+dir+"/"+filepath.Base(f))
		}
	}
	sboms, advs := load(t, names...)
	compare(t, matchAll(t, sboms, advs), []want{
		{"cern-lhc-vdm-editor.cdx.json", "pkg:npm/minimist@0.0.8", "GHSA-xvch-5gv4-984h", "CVE-2021-44906", "affected", []string{"vendor_fix"}, false},
		{"dropwizard-1.3.15.cdx.json", "pkg:maven/org.yaml/snakeyaml@1.23?type=jar", "GHSA-mjmj-j48q-9wg2", "CVE-2022-1471", "affected", []string{"vendor_fix"}, true},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/minimist@0.2.1", "GHSA-xvch-5gv4-984h", "CVE-2021-44906", "affected", []string{"vendor_fix"}, false},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/minimist@1.2.5", "GHSA-xvch-5gv4-984h", "CVE-2021-44906", "affected", []string{"vendor_fix"}, false},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/semver@5.7.1", "GHSA-c2qf-rxjj-qqgw", "CVE-2022-25883", "affected", []string{"vendor_fix"}, false},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/lodash@4.17.19", "GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "affected", []string{"vendor_fix"}, false},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/lodash@2.4.2", "GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "affected", []string{"vendor_fix"}, true},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/semver@7.3.2", "GHSA-c2qf-rxjj-qqgw", "CVE-2022-25883", "affected", []string{"vendor_fix"}, false},
		{"juice-shop-11.1.2.cdx.json", "pkg:npm/semver@6.3.0", "GHSA-c2qf-rxjj-qqgw", "CVE-2022-25883", "affected", []string{"vendor_fix"}, false},
		{"proton-bridge-1.8.0.cdx.json", "pkg:golang/golang.org/x/text@v0.3.5-0.20201125200606-c27b9fd57aec", "GHSA-69ch-w2m2-3vjp", "CVE-2022-32149", "affected", []string{"vendor_fix"}, false},
		{"proton-bridge-1.8.0.cdx.json", "pkg:golang/golang.org/x/text@v0.3.5-0.20201125200606-c27b9fd57aec", "GHSA-ppp9-7jff-5vj2", "CVE-2021-38561", "affected", []string{"vendor_fix"}, false},
	})
}

// TestReferenceCSAF matches the real CSAF documents against an appliance
// SBOM written for them. The answers, read from the documents:
//   - 2022-EVD-UC-07/08: ABC 2.4 is known_affected; JKL 4.6 is inside the
//     affected vers:generic/>=4.5|<=5.0 and its only fix, 5.1, is another
//     major; JKL 3.0 is inside the not-affected >=1.0|<=4.4; JKL 5.1 is
//     fixed for CVE-2021-44228 but known_affected for CVE-2021-45105, whose
//     fix (CSAFPID-0011) is the same major. For CVE-2021-45105 JKL 4.6 is in
//     no listed range and the document bounds what is affected, so unknown.
//     ABC without a version is unknown, never dropped. Nesting is followed.
//   - VA-24-201-01: Adminer "all versions" has none_available: forced;
//     AdminerEvo 4.8.2 has a vendor fix; 4.8.4 is fixed, and for
//     CVE-2023-45197 newer than the fixed 4.8.3.
//   - VA-24-254-02: TopBraid EDG 7.1.3 has none_available for CVE-2024-45744
//     and, inside "0 < 8.0.1", only the fix 8.0.1 for CVE-2024-45745: both
//     forced. 8.0.1 is fixed; for CVE-2024-45744 it is not named: unknown.
//   - BSI-2022-0001, matched by CPE: 1.0.0-dev2 is known_affected; 1.0.0-beta
//     (CPE version *) is older than the first fixed 1.0.0-rc2; 1.0.0 newer.
//   - RHSA-2024:3666: tomcat 1:9.0.62 noarch is older than the fixed
//     1:9.0.87-1.el8_10.1 noarch; tomcat-lib at that build is fixed; the
//     aarch64 tomcat disagrees on arch with every product: not named.
//   - CVE-2024-34500: mediawiki arch=src, any version (the purl has none),
//     no_fix_planned: forced; mediawiki arch=noarch is not named.
func TestReferenceCSAF(t *testing.T) {
	var names []string
	files, _ := filepath.Glob(filepath.Join(referenceDir(t), "csaf", "*.json"))
	for _, f := range files {
		names = append(names, "ref:csaf/"+filepath.Base(f))
	}
	sboms, advs := load(t, append([]string{"appliance.cdx.json"}, names...)...)
	compare(t, matchAll(t, sboms, advs), []want{
		{"appliance.cdx.json", "abc-2.4", "2022-EVD-UC-07-001", "CVE-2021-44228", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "abc-2.4", "2022-EVD-UC-08-001", "CVE-2021-44228", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "abc-2.4", "2022-EVD-UC-08-001", "CVE-2021-45105", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "abc-noversion", "2022-EVD-UC-07-001", "CVE-2021-44228", "unknown", []string{}, false},
		{"appliance.cdx.json", "abc-noversion", "2022-EVD-UC-08-001", "CVE-2021-44228", "unknown", []string{}, false},
		{"appliance.cdx.json", "abc-noversion", "2022-EVD-UC-08-001", "CVE-2021-45105", "unknown", []string{}, false},
		{"appliance.cdx.json", "jkl", "2022-EVD-UC-07-001", "CVE-2021-44228", "affected", []string{"vendor_fix"}, true},
		{"appliance.cdx.json", "jkl", "2022-EVD-UC-08-001", "CVE-2021-44228", "affected", []string{"vendor_fix"}, true},
		{"appliance.cdx.json", "jkl", "2022-EVD-UC-08-001", "CVE-2021-45105", "unknown", []string{}, false},
		{"appliance.cdx.json", "jkl-plugin", "2022-EVD-UC-07-001", "CVE-2021-44228", "not_affected", []string{}, false},
		{"appliance.cdx.json", "jkl-plugin", "2022-EVD-UC-08-001", "CVE-2021-44228", "not_affected", []string{}, false},
		{"appliance.cdx.json", "jkl-plugin", "2022-EVD-UC-08-001", "CVE-2021-45105", "not_affected", []string{}, false},
		{"appliance.cdx.json", "jkl-deep", "2022-EVD-UC-07-001", "CVE-2021-44228", "fixed", []string{}, false},
		{"appliance.cdx.json", "jkl-deep", "2022-EVD-UC-08-001", "CVE-2021-44228", "fixed", []string{}, false},
		{"appliance.cdx.json", "jkl-deep", "2022-EVD-UC-08-001", "CVE-2021-45105", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "adminer", "VA-24-201-01", "CVE-2023-45195", "affected", []string{"none_available"}, true},
		{"appliance.cdx.json", "adminer", "VA-24-201-01", "CVE-2023-45196", "affected", []string{"none_available"}, true},
		{"appliance.cdx.json", "adminer", "VA-24-201-01", "CVE-2023-45197", "affected", []string{"none_available"}, true},
		{"appliance.cdx.json", "adminerevo-old", "VA-24-201-01", "CVE-2023-45195", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "adminerevo-old", "VA-24-201-01", "CVE-2023-45196", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "adminerevo-old", "VA-24-201-01", "CVE-2023-45197", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "adminerevo-new", "VA-24-201-01", "CVE-2023-45195", "fixed", []string{}, false},
		{"appliance.cdx.json", "adminerevo-new", "VA-24-201-01", "CVE-2023-45196", "fixed", []string{}, false},
		{"appliance.cdx.json", "adminerevo-new", "VA-24-201-01", "CVE-2023-45197", "fixed", []string{}, false},
		{"appliance.cdx.json", "edg-7", "VA-24-254-02", "CVE-2024-45744", "affected", []string{"none_available"}, true},
		{"appliance.cdx.json", "edg-7", "VA-24-254-02", "CVE-2024-45745", "affected", []string{"vendor_fix"}, true},
		{"appliance.cdx.json", "edg-8", "VA-24-254-02", "CVE-2024-45744", "unknown", []string{}, false},
		{"appliance.cdx.json", "edg-8", "VA-24-254-02", "CVE-2024-45745", "fixed", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "conv-dev2", "BSI-2022-0001", "CVE-2022-27193", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "conv-beta", "BSI-2022-0001", "CVE-2022-27193", "affected", []string{"vendor_fix"}, false},
		{"appliance.cdx.json", "conv-1", "BSI-2022-0001", "CVE-2022-27193", "fixed", []string{}, false},
		{"appliance.cdx.json", "pkg:rpm/redhat/tomcat@9.0.62-5.el8?arch=noarch&epoch=1", "RHSA-2024:3666", "CVE-2024-23672", "affected", []string{"vendor_fix", "workaround"}, false},
		{"appliance.cdx.json", "pkg:rpm/redhat/tomcat@9.0.62-5.el8?arch=noarch&epoch=1", "RHSA-2024:3666", "CVE-2024-24549", "affected", []string{"vendor_fix", "workaround"}, false},
		{"appliance.cdx.json", "pkg:rpm/redhat/tomcat-lib@9.0.87-1.el8_10.1?arch=noarch&epoch=1", "RHSA-2024:3666", "CVE-2024-23672", "fixed", []string{"vendor_fix", "workaround"}, false},
		{"appliance.cdx.json", "pkg:rpm/redhat/tomcat-lib@9.0.87-1.el8_10.1?arch=noarch&epoch=1", "RHSA-2024:3666", "CVE-2024-24549", "fixed", []string{"vendor_fix", "workaround"}, false},
		{"appliance.cdx.json", "pkg:rpm/redhat/mediawiki@1.40.0-1.el7?arch=src", "CVE-2024-34500", "CVE-2024-34500", "affected", []string{"no_fix_planned"}, true},
	})
}

// TestOwnFixtures covers what the reference set does not: SPDX 2.3 and
// CycloneDX XML inputs, a CSAF vers:npm range with purls and product
// groups, rpm epochs and arch, plain product names with vers:generic, OSV
// for PyPI (name normalisation, last_affected) and Debian, OpenVEX with
// subcomponents, a Go pseudo-version, and a withdrawn OSV record (which
// names nothing).
func TestOwnFixtures(t *testing.T) {
	sboms, advs := load(t, "customer.spdx.json", "nested.cdx.xml", "vendor.csaf.json", "example-pkg.osv.json",
		"openssl-debian.osv.json", "mod.openvex.json", "ref:osv/GHSA-35jh-r3h4-6jhm.json", "withdrawn.osv.json")
	compare(t, matchAll(t, sboms, advs), []want{
		{"customer.spdx.json", "pkg:npm/%40example/widget@1.3.9", "EXV-2099-001", "CVE-2099-0001", "affected", []string{"vendor_fix", "workaround"}, false},
		{"customer.spdx.json", "pkg:npm/%40example/widget@1.3.9", "EXV-2099-001", "EXV-VULN-2", "unknown", []string{}, false},
		{"customer.spdx.json", "pkg:npm/%40example/widget@1.10.0", "EXV-2099-001", "CVE-2099-0001", "fixed", []string{}, false},
		{"customer.spdx.json", "pkg:npm/%40example/widget@1.10.0", "EXV-2099-001", "EXV-VULN-2", "unknown", []string{}, false},
		{"customer.spdx.json", "pkg:npm/%40example/widget@0.9.0", "EXV-2099-001", "CVE-2099-0001", "unknown", []string{}, false},
		{"customer.spdx.json", "pkg:npm/%40example/widget@0.9.0", "EXV-2099-001", "EXV-VULN-2", "unknown", []string{}, false},
		{"customer.spdx.json", "pkg:rpm/example/agent@3.0-1?arch=x86_64&epoch=1", "EXV-2099-001", "CVE-2099-0001", "affected", []string{"vendor_fix"}, true},
		{"customer.spdx.json", "pkg:rpm/example/agent@1.6-1?epoch=2", "EXV-2099-001", "CVE-2099-0001", "fixed", []string{}, false},
		{"customer.spdx.json", "SPDXRef-gadget", "EXV-2099-001", "EXV-VULN-2", "affected", []string{"no_fix_planned"}, true},
		{"customer.spdx.json", "SPDXRef-gadget-unversioned", "EXV-2099-001", "EXV-VULN-2", "unknown", []string{}, false},
		{"customer.spdx.json", "pkg:pypi/Example_Pkg@1.9", "PYSEC-2099-1", "CVE-2099-0003", "affected", []string{"vendor_fix"}, true},
		{"customer.spdx.json", "pkg:pypi/example.pkg@2.0.0", "PYSEC-2099-1", "CVE-2099-0003", "fixed", []string{}, false},
		{"customer.spdx.json", "pkg:pypi/example-pkg@3.1.4", "PYSEC-2099-1", "CVE-2099-0003", "affected", []string{"none_available"}, true},
		{"customer.spdx.json", "pkg:deb/debian/openssl@3.0.9-1?arch=amd64&distro=debian-12", "DSA-9999-1", "CVE-2099-0004", "affected", []string{"vendor_fix"}, false},
		{"customer.spdx.json", "pkg:deb/debian/openssl@3.0.11-1~deb12u2?arch=amd64&distro=debian-12", "DSA-9999-1", "CVE-2099-0004", "fixed", []string{}, false},
		{"customer.spdx.json", "pkg:golang/github.com/example/mod@v1.2.0", "https://vendor.example/vex/2099-0005", "CVE-2099-0005", "affected", []string{"vendor_fix"}, false},
		{"customer.spdx.json", "pkg:golang/github.com/example/mod@v1.1.0", "https://vendor.example/vex/2099-0005", "CVE-2099-0005", "not_affected", []string{}, false},
		{"customer.spdx.json", "pkg:golang/github.com/example/mod@v1.3.1-0.20990101000000-abcdefabcdef", "https://vendor.example/vex/2099-0005", "CVE-2099-0005", "fixed", []string{}, false},
		{"nested.cdx.xml", "pkg:npm/lodash@4.17.20", "GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "affected", []string{"vendor_fix"}, false},
		{"nested.cdx.xml", "pkg:npm/lodash-es", "GHSA-35jh-r3h4-6jhm", "CVE-2021-23337", "unknown", []string{}, false},
	})
}

// TestCSAFProductWithoutProductName: a version branch straight under the
// vendor names its product by the product's full name less the version.
func TestCSAFProductWithoutProductName(t *testing.T) {
	doc := `{"document": {"category": "csaf_base", "csaf_version": "2.0", "title": "t", "lang": "en",
	  "publisher": {"category": "vendor", "name": "Acme", "namespace": "https://acme.example"},
	  "tracking": {"id": "ACME-1", "status": "final", "version": "1", "initial_release_date": "2026-01-01T00:00:00Z",
	    "current_release_date": "2026-01-01T00:00:00Z", "revision_history": [{"date": "2026-01-01T00:00:00Z", "number": "1", "summary": "s"}]}},
	  "product_tree": {"branches": [{"category": "vendor", "name": "Acme", "branches": [
	    {"category": "product_version", "name": "1.0", "product": {"name": "Acme Widget 1.0", "product_id": "P1"}}]}]},
	  "vulnerabilities": [{"cve": "CVE-2026-0001", "product_status": {"known_affected": ["P1"]}}]}`
	bom := `{"bomFormat": "CycloneDX", "specVersion": "1.4", "version": 1, "components": [
	  {"type": "application", "bom-ref": "w1", "name": "acme widget", "version": "1.0"},
	  {"type": "application", "bom-ref": "w2", "name": "Acme Widget", "version": "1.1"},
	  {"type": "application", "bom-ref": "g", "name": "Acme Gadget", "version": "1.0"}]}`
	a, err := Parse([]byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	s, err := Parse([]byte(bom))
	if err != nil {
		t.Fatal(err)
	}
	s.SBOM.Name = "bom.json"
	compare(t, matchAll(t, []*SBOM{s.SBOM}, a.Advisories), []want{
		{"bom.json", "w1", "ACME-1", "CVE-2026-0001", StatusAffected, nil, false},
		{"bom.json", "w2", "ACME-1", "CVE-2026-0001", StatusUnknown, nil, false},
	})
}
