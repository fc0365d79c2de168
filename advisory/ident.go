package advisory

import (
	"strings"

	"github.com/package-url/packageurl-go"
)

// buildQualifiers are the purl qualifiers that identify a build of a
// package rather than the package: when an advisory and a component both
// give one, they must agree (an advisory for the x86_64 rpm does not name
// the aarch64 one).
var buildQualifiers = []string{"arch", "os", "distro", "classifier", "type", "platform"}

// ident is what an advisory or an SBOM says a piece of software is, reduced
// to the keys on which matching is exact.
type ident struct {
	key     string            // "purl:type/namespace/name", "cpe:part:vendor:product" or "name:product name"
	quals   map[string]string // build-identifying purl qualifiers
	version string            // "" when not given
	eco     string            // semantic ecosystem for comparing versions; "" for the lenient generic order
}

// purlIdent parses a package URL. ok is false when s is not one.
func purlIdent(s string) (ident, bool) {
	p, err := packageurl.FromString(strings.TrimSpace(s))
	if err != nil || p.Type == "" || p.Name == "" {
		return ident{}, false
	}
	typ := strings.ToLower(p.Type)
	ns, name := p.Namespace, p.Name
	switch typ {
	case "pypi":
		// PEP 503 normalisation: case, '_' and '.' do not distinguish names.
		name = strings.NewReplacer("_", "-", ".", "-").Replace(strings.ToLower(name))
	case "npm", "composer", "github", "bitbucket", "nuget", "hex", "pub", "golang", "apk", "deb":
		ns, name = strings.ToLower(ns), strings.ToLower(name)
	case "cargo":
		// crates.io treats case, '-' and '_' as the same crate name.
		name = strings.ReplaceAll(strings.ToLower(name), "_", "-")
	}
	id := ident{key: "purl:" + typ + "/" + ns + "/" + name, version: p.Version, eco: purlEcosystem[typ]}
	for _, q := range p.Qualifiers {
		for _, b := range buildQualifiers {
			if q.Key == b && q.Value != "" {
				if id.quals == nil {
					id.quals = map[string]string{}
				}
				id.quals[b] = q.Value
			}
		}
		// An rpm's or deb's epoch orders versions: 1:9.0 is newer than 2:1.0 is not.
		if q.Key == "epoch" && q.Value != "" && p.Version != "" && !strings.Contains(p.Version, ":") {
			id.version = q.Value + ":" + p.Version
		}
	}
	return id, true
}

// qualifiersAgree reports whether every build qualifier given by both a and
// b has the same value.
func qualifiersAgree(a, b map[string]string) bool {
	for k, v := range a {
		if w, ok := b[k]; ok && !strings.EqualFold(v, w) {
			return false
		}
	}
	return true
}

// cpeIdent parses a CPE 2.2 URI (cpe:/a:vendor:product:version) or a CPE
// 2.3 formatted string (cpe:2.3:a:vendor:product:version:...). A version
// of "*", "-" or "" means any version.
func cpeIdent(s string) (ident, bool) {
	s = strings.TrimSpace(s)
	var f []string
	switch {
	case strings.HasPrefix(s, "cpe:2.3:"):
		f = splitCPE23(s[len("cpe:2.3:"):])
	case strings.HasPrefix(s, "cpe:/"):
		f = strings.Split(s[len("cpe:/"):], ":")
	default:
		return ident{}, false
	}
	if len(f) < 3 || f[0] == "" || f[1] == "" || f[2] == "" || f[1] == "*" || f[2] == "*" {
		return ident{}, false
	}
	id := ident{key: "cpe:" + strings.ToLower(f[0]+":"+f[1]+":"+f[2])}
	if len(f) > 3 && f[3] != "*" && f[3] != "-" {
		id.version = strings.ReplaceAll(f[3], `\`, "")
	}
	return id, true
}

// splitCPE23 splits on the colons that a backslash does not escape.
func splitCPE23(s string) []string {
	var out []string
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s):
			b.WriteByte(s[i])
			b.WriteByte(s[i+1])
			i++
		case s[i] == ':':
			out = append(out, b.String())
			b.Reset()
		default:
			b.WriteByte(s[i])
		}
	}
	return append(out, b.String())
}

// nameIdent identifies a product by its plain name, as CSAF product trees
// without a purl or CPE do. Case and runs of spaces do not distinguish.
func nameIdent(name, version string) (ident, bool) {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	if n == "" {
		return ident{}, false
	}
	return ident{key: "name:" + n, version: strings.TrimSpace(version)}, true
}
