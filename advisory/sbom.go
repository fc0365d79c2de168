package advisory

// SBOM is a parsed software bill of materials: every component at any depth
// of nesting, in document order.
type SBOM struct {
	// Name is what matches call the SBOM (the file's base name for the CLI).
	Name string
	// Format is "cyclonedx" or "spdx".
	Format     string
	Components []Component
}

// Component is one piece of software an SBOM lists.
type Component struct {
	// Ref is how matches name the component: its purl as written, or its
	// bom-ref / SPDXID when it has no purl.
	Ref     string
	Name    string
	Version string
	PURL    string
	CPE     string
}

// idents are the identities the component can be matched on.
func (c Component) idents() []ident {
	var out []ident
	if id, ok := purlIdent(c.PURL); ok {
		if id.version == "" {
			id.version = c.Version
		}
		out = append(out, id)
	}
	if id, ok := cpeIdent(c.CPE); ok {
		if c.Version != "" {
			id.version = c.Version
		}
		out = append(out, id)
	}
	if id, ok := nameIdent(c.Name, c.Version); ok {
		out = append(out, id)
	}
	return out
}

// Keys are the identity keys the component can be matched on, as a store
// indexes them: "purl:type/namespace/name", "cpe:part:vendor:product",
// "name:product name".
func (c Component) Keys() []string {
	var out []string
	for _, id := range c.idents() {
		out = append(out, id.key)
	}
	return out
}

// newComponent fills Ref by the contract: purl, else the SBOM's own ref,
// else the name.
func newComponent(purl, ref, name, version, cpe string) Component {
	c := Component{Name: name, Version: version, PURL: purl, CPE: cpe, Ref: purl}
	if c.Ref == "" {
		c.Ref = ref
	}
	if c.Ref == "" {
		c.Ref = name
	}
	return c
}
