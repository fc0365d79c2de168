package advisory

import (
	"bytes"
	"fmt"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// parseCycloneDX reads a CycloneDX BOM (JSON, spec 1.2 to 1.6, or XML): the
// described component, every listed component and their nested
// components at any depth.
func parseCycloneDX(data []byte, xml bool) (*SBOM, error) {
	format := cdx.BOMFileFormatJSON
	if xml {
		format = cdx.BOMFileFormatXML
	}
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(bytes.NewReader(data), format).Decode(&bom); err != nil {
		return nil, fmt.Errorf("CycloneDX: %w", err)
	}
	s := &SBOM{Format: "cyclonedx"}
	var walk func(cs []cdx.Component, depth int) error
	walk = func(cs []cdx.Component, depth int) error {
		if depth > maxDepth {
			return fmt.Errorf("CycloneDX: components nested deeper than %d", maxDepth)
		}
		for _, c := range cs {
			s.Components = append(s.Components, newComponent(c.PackageURL, c.BOMRef, c.Name, c.Version, c.CPE))
			if c.Components != nil {
				if err := walk(*c.Components, depth+1); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if bom.Metadata != nil && bom.Metadata.Component != nil {
		if err := walk([]cdx.Component{*bom.Metadata.Component}, 0); err != nil {
			return nil, err
		}
	}
	if bom.Components != nil {
		if err := walk(*bom.Components, 0); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// maxDepth bounds nesting so a hostile SBOM cannot exhaust the stack.
const maxDepth = 1000
