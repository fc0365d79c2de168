package advisory

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseDetects(t *testing.T) {
	for name, want := range map[string]string{
		"vendor.csaf.json": "csaf", "example-pkg.osv.json": "osv", "openssl-debian.osv.json": "osv",
		"mod.openvex.json": "openvex", "customer.spdx.json": "spdx", "nested.cdx.xml": "cyclonedx",
		"appliance.cdx.json": "cyclonedx",
	} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := ""
		if d.SBOM != nil {
			got = d.SBOM.Format
		} else {
			got = string(d.Advisories[0].Format)
		}
		if got != want {
			t.Errorf("%s detected as %q, want %q", name, got, want)
		}
	}
}

func TestParseRefuses(t *testing.T) {
	for name, doc := range map[string]string{
		"empty":             ``,
		"not json":          `hello`,
		"plain object":      `{"name": "x"}`,
		"xml not cyclonedx": `<html></html>`,
		"csaf without id":   `{"document": {"csaf_version": "2.0", "tracking": {}}}`,
		"csaf bad category": `{"document": {"csaf_version": "2.0", "tracking": {"id": "X"}}, "product_tree": {"branches": [{"category": "nonsense", "name": "x"}]}}`,
		"osv without id":    `{"modified": "2024-01-01T00:00:00Z", "affected": []}`,
		"osv bad time":      `{"id": "X", "modified": "yesterday"}`,
		"openvex no id":     `{"@context": "https://openvex.dev/ns/v0.2.0", "statements": []}`,
		"cyclonedx broken":  `{"bomFormat": "CycloneDX", "components": 7}`,
		"spdx broken":       `{"spdxVersion": "SPDX-2.3", "packages": "x"}`,
		"osv list broken":   `[{"id": "X", "modified": 3}]`,
	} {
		d, err := Parse([]byte(doc))
		if err == nil {
			t.Errorf("%s: parsed as %+v, want an error", name, d)
		}
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error spans lines: %q", name, err)
		}
	}
	if _, err := Parse([]byte(`{"x": 1}`)); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("unknown JSON: %v, want ErrUnknownFormat", err)
	}
}

// FuzzParse feeds arbitrary bytes to the format detection and every parser,
// then matches whatever parsed against the fixtures, so neither a hostile
// document nor a hostile version string can crash the matcher.
func FuzzParse(f *testing.F) {
	var sboms []*SBOM
	var advs []*Advisory
	for _, name := range []string{"vendor.csaf.json", "example-pkg.osv.json", "openssl-debian.osv.json",
		"mod.openvex.json", "customer.spdx.json", "nested.cdx.xml", "appliance.cdx.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
		d, err := Parse(data)
		if err != nil {
			f.Fatal(err)
		}
		if d.SBOM != nil {
			sboms = append(sboms, d.SBOM)
		}
		advs = append(advs, d.Advisories...)
	}
	f.Add([]byte(`[{"id":"X","affected":[{"package":{"ecosystem":"npm","name":"a"},"versions":["1"],"ranges":[{"type":"SEMVER","events":[{"introduced":"0"},{"limit":"2"}]}]}]}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		ValidateCSAF(data) // the node validates what vendors publish before parsing it
		d, err := Parse(data)
		if err != nil {
			return
		}
		noop := func(Match) error { return nil }
		if d.SBOM != nil {
			_ = MatchAll([]*SBOM{d.SBOM}, advs, noop)
		}
		_ = MatchAll(sboms, d.Advisories, noop)
	})
}

// FuzzRange feeds arbitrary range texts and versions to the range reader
// and the containment check for a few ecosystems.
func FuzzRange(f *testing.F) {
	f.Add("vers:generic/>=2.9|<=4.1", "3.0")
	f.Add("0 < 8.0.1", "7.1.3")
	f.Add("vers:rpm/>1:1.0-1|<=2:0", "1:1.5-1")
	f.Add("vers:pypi/!=1.0|*", "1.0rc1")
	f.Fuzz(func(t *testing.T, text, v string) {
		s := parseRange(text)
		for _, eco := range []string{"", "npm", "PyPI", "Maven", "Debian", "Red Hat", "Go"} {
			s.contains(eco, v)
		}
	})
}

// FuzzIdent feeds arbitrary strings to the purl and CPE readers.
func FuzzIdent(f *testing.F) {
	f.Add("pkg:rpm/redhat/tomcat@9.0.87-1.el8_10.1?arch=noarch&epoch=1")
	f.Add("cpe:2.3:a:csaf-tools:cvrf-csaf-converter:1.0.0\\:rc1:*:*:*:*:*:*:*")
	f.Add("cpe:/a:redhat:enterprise_linux:8::appstream")
	f.Fuzz(func(t *testing.T, s string) {
		purlIdent(s)
		cpeIdent(s)
		major(s)
	})
}
