package advisory

import (
	"fmt"
	"strings"
	"time"

	"github.com/openvex/go-vex/pkg/vex"
)

// parseOpenVEX reads an OpenVEX document. Each statement becomes claims
// about its products and their subcomponents, identified by purl (the
// product's @id or its purl identifier) or CPE.
func parseOpenVEX(data []byte) (*Advisory, error) {
	doc, err := vex.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("OpenVEX: %w", err)
	}
	if doc.ID == "" {
		return nil, fmt.Errorf("OpenVEX: no @id")
	}
	a := &Advisory{Format: FormatOpenVEX, ID: doc.ID, Version: fmt.Sprint(doc.Version)}
	if doc.Timestamp != nil {
		a.Published = doc.Timestamp.UTC().Format(time.RFC3339Nano)
	}
	if doc.LastUpdated != nil {
		a.Updated = doc.LastUpdated.UTC().Format(time.RFC3339Nano)
	}
	// Statements about one vulnerability are grouped by its name; a CVE
	// alias given in any of them names the group.
	cve := map[string]string{}
	for _, st := range doc.Statements {
		if id := vexVulnID(st.Vulnerability); strings.HasPrefix(id, "CVE-") {
			cve[vexName(st.Vulnerability)] = id
		}
	}
	byName := map[string]*Vulnerability{}
	for _, st := range doc.Statements {
		name := vexName(st.Vulnerability)
		if name == "" {
			continue
		}
		vul, ok := byName[name]
		if !ok {
			vul = &Vulnerability{ID: name}
			if c := cve[name]; c != "" {
				vul.ID = c
			}
			byName[name] = vul
			a.Vulnerabilities = append(a.Vulnerabilities, vul)
		}
		status := vexStatus(st.Status)
		// OpenVEX's action statement is free text with no remedy category;
		// a fixed version it names becomes vendor_fix in judgeClaims.
		var rem []string
		for _, p := range st.Products {
			for _, c := range append([]vex.Component{p.Component}, subcomponents(p)...) {
				id, ok := vexIdent(c)
				if !ok {
					continue
				}
				sp := span{kind: anyVersion}
				if id.version != "" {
					sp = span{kind: exactVersion, exact: id.version}
				}
				id.version = ""
				vul.claims = append(vul.claims, claim{id: id, span: sp, status: status, remediations: rem})
			}
		}
	}
	return a, nil
}

func subcomponents(p vex.Product) []vex.Component {
	var out []vex.Component
	for _, s := range p.Subcomponents {
		out = append(out, s.Component)
	}
	return out
}

// vexName is a statement's vulnerability name, else its @id.
func vexName(v vex.Vulnerability) string {
	if v.Name != "" {
		return string(v.Name)
	}
	return v.ID
}

// vexVulnID is the CVE among a statement's vulnerability name and aliases,
// else its name.
func vexVulnID(v vex.Vulnerability) string {
	name := vexName(v)
	if strings.HasPrefix(name, "CVE-") {
		return name
	}
	for _, al := range v.Aliases {
		if strings.HasPrefix(string(al), "CVE-") {
			return string(al)
		}
	}
	return name
}

func vexStatus(s vex.Status) Status {
	switch s {
	case vex.StatusAffected:
		return StatusAffected
	case vex.StatusFixed:
		return StatusFixed
	case vex.StatusNotAffected:
		return StatusNotAffected
	}
	return StatusUnknown // under_investigation
}

func vexIdent(c vex.Component) (ident, bool) {
	for _, s := range []string{c.Identifiers[vex.PURL], c.ID} {
		if id, ok := purlIdent(s); ok {
			return id, true
		}
	}
	for _, s := range []string{c.Identifiers[vex.CPE23], c.Identifiers[vex.CPE22], c.ID} {
		if id, ok := cpeIdent(s); ok {
			return id, true
		}
	}
	return ident{}, false
}
