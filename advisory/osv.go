package advisory

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/osv-scalibr/semantic"
	"github.com/ossf/osv-schema/bindings/go/osvschema"
	"google.golang.org/protobuf/encoding/protojson"
)

// parseOSV reads one OSV record.
func parseOSV(data []byte) (*Advisory, error) {
	var v osvschema.Vulnerability
	if err := (protojson.UnmarshalOptions{DiscardUnknown: true}).Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("OSV: %w", err)
	}
	if v.GetId() == "" {
		return nil, fmt.Errorf("OSV: no id")
	}
	a := &Advisory{Format: FormatOSV, ID: v.GetId()}
	if t := v.GetModified(); t != nil {
		a.Version = t.AsTime().UTC().Format(time.RFC3339Nano)
		a.Updated = a.Version
	}
	if t := v.GetPublished(); t != nil {
		a.Published = t.AsTime().UTC().Format(time.RFC3339Nano)
	}
	vul := &Vulnerability{ID: osvVulnID(v.GetId(), v.GetAliases())}
	a.Vulnerabilities = []*Vulnerability{vul}
	if v.GetWithdrawn() != nil {
		// A withdrawn record names nothing any more.
		return a, nil
	}
	for _, af := range v.GetAffected() {
		id, ok := osvPackageIdent(af.GetPackage())
		if !ok {
			continue
		}
		p := osvPackage{id: id, versions: af.GetVersions()}
		for _, r := range af.GetRanges() {
			or := osvRange{eco: id.eco}
			switch r.GetType() {
			case osvschema.Range_SEMVER:
				or.eco = ""
			case osvschema.Range_GIT:
				or.git = true
			}
			for _, e := range r.GetEvents() {
				switch {
				case e.GetIntroduced() != "":
					or.events = append(or.events, osvEvent{"introduced", e.GetIntroduced()})
				case e.GetFixed() != "":
					or.events = append(or.events, osvEvent{"fixed", e.GetFixed()})
				case e.GetLastAffected() != "":
					or.events = append(or.events, osvEvent{"last_affected", e.GetLastAffected()})
				case e.GetLimit() != "":
					or.events = append(or.events, osvEvent{"limit", e.GetLimit()})
				}
			}
			p.ranges = append(p.ranges, or)
		}
		vul.osv = append(vul.osv, p)
	}
	return a, nil
}

// osvVulnID is the CVE among an OSV record's id and aliases, else its id.
func osvVulnID(id string, aliases []string) string {
	if strings.HasPrefix(id, "CVE-") {
		return id
	}
	for _, al := range aliases {
		if strings.HasPrefix(al, "CVE-") {
			return al
		}
	}
	return id
}

// osvPackageIdent is the identity of an OSV package: its purl when given,
// else its ecosystem and name mapped to the purl type's conventions.
func osvPackageIdent(p *osvschema.Package) (ident, bool) {
	if p == nil {
		return ident{}, false
	}
	eco, _, _ := strings.Cut(p.GetEcosystem(), ":")
	var id ident
	var ok bool
	if p.GetPurl() != "" {
		id, ok = purlIdent(p.GetPurl())
	} else if m, known := osvEcosystem[eco]; known && p.GetName() != "" {
		ns, name := m.ns, p.GetName()
		switch m.typ {
		case "maven":
			ns, name, _ = strings.Cut(name, ":")
		case "npm", "golang", "composer", "swift":
			if i := strings.LastIndexByte(name, '/'); i >= 0 {
				ns, name = name[:i], name[i+1:]
			}
		}
		purl := "pkg:" + m.typ + "/"
		if ns != "" {
			purl += escapePath(ns) + "/"
		}
		id, ok = purlIdent(purl + escapePath(name))
	}
	if !ok {
		return ident{}, false
	}
	id.version = ""
	if e, known := semanticEcosystem(eco); known {
		id.eco = e
	}
	return id, true
}

// semanticEcosystem reports whether the semantic package orders eco itself.
func semanticEcosystem(eco string) (string, bool) {
	switch eco {
	case "", "GIT":
		return "", false
	}
	if _, err := parseVersion(eco, "1"); errors.Is(err, semantic.ErrUnsupportedEcosystem) {
		return "", false
	}
	return eco, true
}

// escapePath percent-encodes what would break a purl's path segments.
func escapePath(s string) string {
	return strings.NewReplacer("%", "%25", "@", "%40", "?", "%3F", "#", "%23").Replace(s)
}
