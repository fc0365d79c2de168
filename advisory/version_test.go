package advisory

import "testing"

// TestCompareVersions checks that versions order by their ecosystem's own
// rules, where a plain string or semver comparison would get them wrong.
func TestCompareVersions(t *testing.T) {
	for _, tc := range []struct {
		eco, a, b string
		want      int
	}{
		{"npm", "1.10.0", "1.4.2", 1},
		{"npm", "1.0.0-rc.1", "1.0.0", -1},
		{"PyPI", "2.0.0rc1", "2.0.0", -1},
		{"PyPI", "1.0.post1", "1.0", 1},
		{"PyPI", "1.0", "1.0.0", 0},
		{"Maven", "1.0-SNAPSHOT", "1.0", -1},
		{"Maven", "4.0.0.Beta1", "4.0.0.Final", -1},
		{"Maven", "1.0.RELEASE", "1.0", 0},
		{"Go", "v0.3.5-0.20201125200606-c27b9fd57aec", "0.3.5", -1},
		{"Go", "v0.3.5-0.20201125200606-c27b9fd57aec", "v0.3.4", 1},
		{"Debian", "1:1.0-1", "2.0-1", 1},
		{"Debian", "3.0.11-1~deb12u1", "3.0.11-1", -1},
		{"Red Hat", "1:9.0.62-5.el8", "1:9.0.87-1.el8_10.1", -1},
		{"Red Hat", "2:1.0-1", "1:9.0-1", 1},
		{"Red Hat", "9.0.87-1.el8_10.1", "1:9.0.87-1.el8_10.1", 0}, // the SBOM left the epoch out
		{"Red Hat", "9.0.62-5.el8", "1:9.0.87-1.el8_10.1", -1},
		{"RubyGems", "1.0.0.pre", "1.0.0", -1},
		{"Packagist", "4.3alpha1", "4.3beta2", -1},
		{"Hex", "0.7.2", "0.7.10", -1},
		{"Pub", "1.0.0-dev.28", "1.0.0-dev.29", -1},
		{"crates.io", "0.0.0-0", "0.14.10", -1},
		{"", "4.8.10", "4.8.9", 1},
	} {
		got, err := compareVersions(tc.eco, tc.a, tc.b)
		if err != nil || got != tc.want {
			t.Errorf("%s: compare(%q, %q) = %d, %v; want %d", tc.eco, tc.a, tc.b, got, err, tc.want)
		}
	}
}

func TestParseRange(t *testing.T) {
	for _, tc := range []struct {
		text, eco, v string
		in, ok       bool
	}{
		{"vers:generic/>=2.9|<=4.1", "", "3.0", true, true},
		{"vers:generic/>=2.9|<=4.1", "", "4.2", false, true},
		{"vers:generic/<=4.1|>=2.9", "", "2.8", false, true}, // unsorted constraints
		{"vers:npm/>=1.0.0|<1.4.2", "npm", "1.10.0", false, true},
		{"vers:npm/>=1.0.0|<1.4.2|>=2.0.0|<2.1.0", "npm", "2.0.5", true, true},
		{"vers:npm/>=1.0.0|<1.4.2|>=2.0.0|<2.1.0", "npm", "1.5.0", false, true},
		{"vers:pypi/<2.0|!=1.5", "PyPI", "1.5", false, true},
		{"vers:pypi/<2.0|!=1.5", "PyPI", "1.6", true, true},
		{"vers:maven/1.0|2.0", "Maven", "2.0", true, true},
		{"vers:deb/*", "Debian", "1.0-1", true, true},
		{"vers:rpm/>1:1.0-1", "Red Hat", "0:2.0-1", false, true}, // epoch 0 < 1
		{"all versions", "", "9", true, true},
		{"0 < 8.0.1", "", "7.1.3", true, true},
		{"0 < 8.0.1", "", "8.0.1", false, true},
		{"1.0 < x <= 2.0", "", "1.0", false, true},
		{"1.0 < x <= 2.0", "", "2.0", true, true},
		{"<=4.8.2", "", "4.8.2", true, true},
		{">=1.0, <2.0", "", "1.9", true, true},
		{"versions before the summer release", "", "1.0", false, false},
		{"vers:pypi/<not a version!", "PyPI", "1.0", false, false},
	} {
		in, ok := parseRange(tc.text).contains(tc.eco, tc.v)
		if in != tc.in || ok != tc.ok {
			t.Errorf("%q contains %q = %v, %v; want %v, %v", tc.text, tc.v, in, ok, tc.in, tc.ok)
		}
	}
}

func TestIdents(t *testing.T) {
	for _, tc := range []struct{ a, b string }{
		{"pkg:npm/%40Fastify/Passport@1.0", "pkg:npm/@fastify/passport"},
		{"pkg:pypi/Example_Pkg@1", "pkg:pypi/example.pkg"},
		{"pkg:cargo/Serde_JSON@1.0", "pkg:cargo/serde-json"},
		{"pkg:maven/org.yaml/snakeyaml@1.23?type=jar", "pkg:maven/org.yaml/snakeyaml"},
		{"cpe:/a:CSAF-Tools:cvrf-csaf-converter:1.0", "cpe:2.3:a:csaf-tools:cvrf-csaf-converter:*:*:*:*:*:*:*:*"},
	} {
		x, okx := purlIdent(tc.a)
		if !okx {
			x, okx = cpeIdent(tc.a)
		}
		y, oky := purlIdent(tc.b)
		if !oky {
			y, oky = cpeIdent(tc.b)
		}
		if !okx || !oky || x.key != y.key {
			t.Errorf("%q and %q: keys %q and %q, want equal", tc.a, tc.b, x.key, y.key)
		}
	}
	for _, tc := range []struct{ a, b string }{
		{"pkg:npm/lodash", "pkg:npm/lodash.set"},
		{"pkg:npm/lodash", "pkg:github/lodash/lodash"},
		{"pkg:maven/org.apache.tomcat/tomcat", "pkg:rpm/redhat/tomcat"},
		{"pkg:golang/golang.org/x/text", "pkg:golang/golang.org/x/net"},
	} {
		x, _ := purlIdent(tc.a)
		y, _ := purlIdent(tc.b)
		if x.key == y.key {
			t.Errorf("%q and %q share key %q", tc.a, tc.b, x.key)
		}
	}
	a, _ := purlIdent("pkg:rpm/redhat/tomcat@9.0?arch=noarch&epoch=1")
	b, _ := purlIdent("pkg:rpm/redhat/tomcat@9.0?arch=x86_64")
	c, _ := purlIdent("pkg:rpm/redhat/tomcat@9.0")
	if qualifiersAgree(a.quals, b.quals) || !qualifiersAgree(a.quals, c.quals) || a.version != "1:9.0" {
		t.Errorf("arch qualifiers: %v %v %v, version %q", a.quals, b.quals, c.quals, a.version)
	}
}

func TestForced(t *testing.T) {
	for _, tc := range []struct {
		installed string
		fixes     []string
		noFix     bool
		want      bool
	}{
		{"1.23", []string{"2.0"}, false, true},
		{"6.3.0", []string{"6.3.1", "7.5.2"}, false, false},
		{"v1.2.0", []string{"v2.0.0", "v3.1.0"}, false, true},
		{"1:9.0.62", []string{"1:9.0.87"}, false, false},
		{"7.1.3", nil, true, true},
		{"7.1.3", nil, false, false},
		{"beta", []string{"2.0"}, false, false},
	} {
		if got := forced(tc.installed, tc.fixes, tc.noFix); got != tc.want {
			t.Errorf("forced(%q, %v, %v) = %v", tc.installed, tc.fixes, tc.noFix, got)
		}
	}
}
