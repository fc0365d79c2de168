package advisory

import (
	"bytes"
	"fmt"
	"strings"

	spdxjson "github.com/spdx/tools-golang/json"
)

// parseSPDX reads an SPDX 2.3 (or 2.2) JSON document: every package, with
// its purl and CPE from its external references.
func parseSPDX(data []byte) (*SBOM, error) {
	doc, err := spdxjson.Read(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("SPDX: %w", err)
	}
	s := &SBOM{Format: "spdx"}
	for _, p := range doc.Packages {
		if p == nil {
			continue
		}
		var purl, cpe string
		for _, r := range p.PackageExternalReferences {
			if r == nil {
				continue
			}
			switch t := strings.ToLower(r.RefType); {
			case t == "purl" && purl == "":
				purl = r.Locator
			case (t == "cpe23type" || t == "cpe22type") && cpe == "":
				cpe = r.Locator
			}
		}
		id := string(p.PackageSPDXIdentifier)
		if id != "" && !strings.HasPrefix(id, "SPDXRef-") {
			id = "SPDXRef-" + id
		}
		version := p.PackageVersion
		if strings.EqualFold(version, "NOASSERTION") || strings.EqualFold(version, "NONE") {
			version = ""
		}
		s.Components = append(s.Components, newComponent(purl, id, p.PackageName, version, cpe))
	}
	return s, nil
}
