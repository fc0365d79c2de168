package release

import (
	"strings"

	"github.com/comity-project/comity"
)

// maxPURL bounds a package URL.
const maxPURL = 1024

// SplitPURL checks that purl is a package URL with a version
// ("pkg:type/namespace/name@version", optional ?qualifiers and #subpath) and
// returns the product (the purl without version, qualifiers or subpath) and
// the version. Release entries are keyed by (product, version): a product's
// version may be logged once.
func SplitPURL(purl string) (product, version string, err error) {
	if len(purl) > maxPURL {
		return "", "", comity.Errorf(comity.EINVALID, "purl longer than %d bytes", maxPURL)
	}
	rest, ok := strings.CutPrefix(purl, "pkg:")
	if !ok {
		return "", "", comity.Errorf(comity.EINVALID, "purl %q does not start with pkg:", purl)
	}
	if i := strings.IndexAny(rest, "?#"); i >= 0 {
		rest = rest[:i]
	}
	at := strings.LastIndexByte(rest, '@')
	if at < 0 || at == len(rest)-1 {
		return "", "", comity.Errorf(comity.EINVALID, "purl %q has no version", purl)
	}
	name, version := rest[:at], rest[at+1:]
	typ, path, ok := strings.Cut(name, "/")
	if !ok || typ == "" || path == "" || strings.HasSuffix(path, "/") {
		return "", "", comity.Errorf(comity.EINVALID, "purl %q has no type and name", purl)
	}
	for _, c := range typ {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '+' || c == '-') {
			return "", "", comity.Errorf(comity.EINVALID, "purl %q: type %q is not lower-case letters, digits, '.', '+', '-'", purl, typ)
		}
	}
	for _, s := range []string{name, version} {
		for _, c := range s {
			if c <= ' ' || c == 0x7f {
				return "", "", comity.Errorf(comity.EINVALID, "purl %q holds spaces or control characters", purl)
			}
		}
	}
	return "pkg:" + name, version, nil
}
