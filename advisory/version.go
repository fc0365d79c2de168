package advisory

import (
	"strings"

	"github.com/google/osv-scalibr/semantic"
)

// purlEcosystem maps a purl type to the semantic package's ecosystem, whose
// order compares that type's versions. Types absent here compare by the
// lenient generic (semver-like) order.
var purlEcosystem = map[string]string{
	"npm": "npm", "pypi": "PyPI", "maven": "Maven", "golang": "Go", "cargo": "crates.io",
	"gem": "RubyGems", "composer": "Packagist", "hex": "Hex", "pub": "Pub", "nuget": "NuGet",
	"deb": "Debian", "rpm": "Red Hat", "apk": "Alpine", "cran": "CRAN", "hackage": "Hackage",
	"swift": "SwiftURL", "conan": "ConanCenter",
}

// osvEcosystem maps an OSV ecosystem (without its ":release" suffix) to the
// purl type and namespace of its packages.
var osvEcosystem = map[string]struct{ typ, ns string }{
	"npm": {"npm", ""}, "PyPI": {"pypi", ""}, "Maven": {"maven", ""}, "Go": {"golang", ""},
	"crates.io": {"cargo", ""}, "RubyGems": {"gem", ""}, "Packagist": {"composer", ""},
	"Hex": {"hex", ""}, "Pub": {"pub", ""}, "NuGet": {"nuget", ""}, "CRAN": {"cran", ""},
	"Hackage": {"hackage", ""}, "SwiftURL": {"swift", ""}, "ConanCenter": {"conan", ""},
	"Debian": {"deb", "debian"}, "Ubuntu": {"deb", "ubuntu"}, "Alpine": {"apk", "alpine"},
	"Red Hat": {"rpm", "redhat"}, "AlmaLinux": {"rpm", "almalinux"}, "Rocky Linux": {"rpm", "rocky-linux"},
	"SUSE": {"rpm", "suse"}, "openSUSE": {"rpm", "opensuse"}, "Wolfi": {"apk", "wolfi"},
	"Chainguard": {"apk", "chainguard"}, "GitHub Actions": {"githubactions", ""},
}

// versScheme maps a vers: scheme to the semantic ecosystem that orders it.
var versScheme = map[string]string{
	"npm": "npm", "pypi": "PyPI", "maven": "Maven", "golang": "Go", "cargo": "crates.io",
	"gem": "RubyGems", "composer": "Packagist", "hex": "Hex", "pub": "Pub", "nuget": "NuGet",
	"deb": "Debian", "rpm": "Red Hat", "apk": "Alpine", "alpine": "Alpine", "cran": "CRAN",
	"hackage": "Hackage", "swift": "SwiftURL", "conan": "ConanCenter", "semver": "Go",
}

// parseVersion parses v in eco's order; eco "" is the lenient generic order.
func parseVersion(eco, v string) (semantic.Version, error) {
	if eco == "" {
		return semantic.ParseSemverVersion(v), nil
	}
	return semantic.Parse(v, eco)
}

// compareVersions returns -1, 0 or +1 as a is older than, the same as or
// newer than b in eco's order. An error means one of them is not a version
// of that ecosystem, and the caller cannot decide.
func compareVersions(eco, a, b string) (int, error) {
	if a == b {
		return 0, nil
	}
	if eco == "Red Hat" && strings.Contains(a, ":") != strings.Contains(b, ":") {
		// An SBOM often omits an rpm's epoch (no epoch qualifier) where
		// the advisory gives it; comparing 0:V with 1:V would call every
		// build older. Compare without the epoch the one side lacks.
		a, b = stripEpoch(a), stripEpoch(b)
	}
	va, err := parseVersion(eco, a)
	if err != nil {
		return 0, err
	}
	return va.CompareStr(b)
}

// major is the leading integer of a version, after any "v" prefix and any
// "epoch:" prefix; ok is false when there is none.
func major(v string) (int, bool) {
	if i := strings.IndexByte(v, ':'); i >= 0 {
		v = v[i+1:]
	}
	v = strings.TrimPrefix(strings.TrimPrefix(v, "v"), "V")
	n, digits := 0, 0
	for ; digits < len(v) && v[digits] >= '0' && v[digits] <= '9' && digits < 9; digits++ {
		n = n*10 + int(v[digits]-'0')
	}
	return n, digits > 0
}

func stripEpoch(v string) string {
	if i := strings.IndexByte(v, ':'); i >= 0 {
		return v[i+1:]
	}
	return v
}
