package advisory

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkMatchReference is `comity advisory match` over the whole
// reference set (4 real SBOMs, 1,255 components; 21 real advisories):
// reading every document and matching, as the command does per run.
func BenchmarkMatchReference(b *testing.B) {
	dir := referenceDir(b)
	var files [][]byte
	for _, pat := range []string{"sboms/*.json", "osv/*.json", "csaf/*.json"} {
		names, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, n := range names {
			data, err := os.ReadFile(n)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, data)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		var sboms []*SBOM
		var advs []*Advisory
		for _, data := range files {
			d, err := Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if d.SBOM != nil {
				sboms = append(sboms, d.SBOM)
			}
			advs = append(advs, d.Advisories...)
		}
		n := 0
		if err := MatchAll(sboms, advs, func(Match) error { n++; return nil }); err != nil || n != 11 {
			b.Fatalf("%d matches, %v", n, err)
		}
	}
}

// BenchmarkMatchOnly is the matching alone, documents already parsed.
func BenchmarkMatchOnly(b *testing.B) {
	dir := referenceDir(b)
	var sboms []*SBOM
	var advs []*Advisory
	for _, pat := range []string{"sboms/*.json", "osv/*.json", "csaf/*.json"} {
		names, _ := filepath.Glob(filepath.Join(dir, pat))
		for _, n := range names {
			data, _ := os.ReadFile(n)
			d, err := Parse(data)
			if err != nil {
				b.Fatal(err)
			}
			if d.SBOM != nil {
				sboms = append(sboms, d.SBOM)
			}
			advs = append(advs, d.Advisories...)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := MatchAll(sboms, advs, func(Match) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}
