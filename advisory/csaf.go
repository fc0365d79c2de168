package advisory

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strings"

	"github.com/gocsaf/csaf/v3/csaf"
)

// product is what a CSAF product id stands for.
type product struct {
	id   ident
	span span
}

// parseCSAF reads a CSAF 2.0 document.
func parseCSAF(data []byte) (*Advisory, error) {
	data, groups, remGroups, err := liftGroups(data)
	if err != nil {
		return nil, fmt.Errorf("CSAF: %w", err)
	}
	var doc csaf.Advisory
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("CSAF: %w", err)
	}
	d := doc.Document
	if d == nil || d.Tracking == nil || d.Tracking.ID == nil || *d.Tracking.ID == "" {
		return nil, fmt.Errorf("CSAF: no document.tracking.id")
	}
	a := &Advisory{Format: FormatCSAF, ID: string(*d.Tracking.ID)}
	if v := d.Tracking.Version; v != nil {
		a.Version = string(*v)
	}
	if t := d.Tracking.InitialReleaseDate; t != nil {
		a.Published = *t
	}
	if t := d.Tracking.CurrentReleaseDate; t != nil {
		a.Updated = *t
	}
	products := map[csaf.ProductID]product{}
	if pt := doc.ProductTree; pt != nil {
		walkBranches(pt.Branches, branchContext{}, products)
		if pt.FullProductNames != nil {
			for _, fpn := range *pt.FullProductNames {
				addProduct(fpn, branchContext{}, products)
			}
		}
		// A relationship's product is its component: "tomcat as a
		// component of RHEL 8" is matched on tomcat.
		var rels csaf.Relationships
		if pt.RelationShips != nil {
			rels = *pt.RelationShips
		}
		for _, r := range rels {
			if r == nil || r.FullProductName == nil || r.FullProductName.ProductID == nil || r.ProductReference == nil {
				continue
			}
			if p, ok := products[*r.ProductReference]; ok {
				products[*r.FullProductName.ProductID] = p
			}
		}
	}
	for i, v := range doc.Vulnerabilities {
		if v == nil {
			continue
		}
		var rg [][]string
		if i < len(remGroups) {
			rg = remGroups[i]
		}
		a.Vulnerabilities = append(a.Vulnerabilities, csafVulnerability(i, v, products, groups, rg))
	}
	return a, nil
}

func csafVulnerability(i int, v *csaf.Vulnerability, products map[csaf.ProductID]product, groups map[string][]string, remGroups [][]string) *Vulnerability {
	vul := &Vulnerability{ID: fmt.Sprintf("vulnerability-%d", i+1)}
	switch {
	case v.CVE != nil && *v.CVE != "":
		vul.ID = string(*v.CVE)
	case len(v.IDs) > 0 && v.IDs[0] != nil && v.IDs[0].Text != nil:
		vul.ID = *v.IDs[0].Text
	case v.Title != nil && *v.Title != "":
		vul.ID = *v.Title
	}
	for _, th := range v.Threats {
		if th != nil && th.Category != nil && *th.Category == csaf.CSAFThreatCategoryExploitStatus && th.Date != nil {
			if vul.Exploited == "" || *th.Date < vul.Exploited {
				vul.Exploited = *th.Date
			}
		}
	}
	remedies := map[csaf.ProductID][]string{}
	for ri, r := range v.Remediations {
		if r == nil || r.Category == nil {
			continue
		}
		cat := string(*r.Category)
		if r.ProductIds != nil {
			for _, pid := range *r.ProductIds {
				if pid != nil {
					remedies[*pid] = addRemedies(remedies[*pid], cat)
				}
			}
		}
		if ri < len(remGroups) {
			for _, gid := range remGroups[ri] {
				for _, pid := range groups[gid] {
					remedies[csaf.ProductID(pid)] = addRemedies(remedies[csaf.ProductID(pid)], cat)
				}
			}
		}
	}
	ps := v.ProductStatus
	if ps == nil {
		return vul
	}
	for _, l := range []struct {
		ids    *csaf.Products
		status Status
	}{
		{ps.KnownAffected, StatusAffected}, {ps.FirstAffected, StatusAffected}, {ps.LastAffected, StatusAffected},
		{ps.Fixed, StatusFixed}, {ps.FirstFixed, StatusFixed},
		{ps.KnownNotAffected, StatusNotAffected}, {ps.UnderInvestigation, StatusUnknown},
	} {
		if l.ids == nil {
			continue
		}
		for _, pid := range *l.ids {
			if pid == nil {
				continue
			}
			p, ok := products[*pid]
			if !ok {
				continue
			}
			vul.claims = append(vul.claims, claim{id: p.id, span: p.span, status: l.status, remediations: remedies[*pid]})
		}
	}
	return vul
}

// branchContext is what the branches above a product say about it.
type branchContext struct {
	productName string
	version     string // a product_version branch's name
	rangeText   string // a product_version_range branch's name
}

func walkBranches(bs csaf.Branches, ctx branchContext, products map[csaf.ProductID]product) {
	for _, b := range bs {
		if b == nil || b.Category == nil || b.Name == nil {
			continue
		}
		c := ctx
		switch *b.Category {
		case csaf.CSAFBranchCategoryProductName:
			c.productName = *b.Name
		case csaf.CSAFBranchCategoryProductVersion:
			c.version, c.rangeText = *b.Name, ""
		case csaf.CSAFBranchCategoryProductVersionRange:
			c.rangeText, c.version = *b.Name, ""
		}
		if b.Product != nil {
			addProduct(b.Product, c, products)
		}
		walkBranches(b.Branches, c, products)
	}
}

// looksLikeVersion tells a product_version branch that names a version
// ("2.4", "v1.0") from one that names a package (Red Hat's "mediawiki").
var looksLikeVersion = regexp.MustCompile(`^[vV]?[0-9]`)

// addProduct identifies a product by the strongest identifier it has: its
// purl, else its CPE, else its product name. Versions come from the
// identifier itself when it has one, else from the branches above.
func addProduct(fpn *csaf.FullProductName, ctx branchContext, products map[csaf.ProductID]product) {
	if fpn == nil || fpn.ProductID == nil {
		return
	}
	var id ident
	ok := false
	if h := fpn.ProductIdentificationHelper; h != nil {
		if h.PURL != nil {
			id, ok = purlIdent(string(*h.PURL))
		}
		if !ok && h.CPE != nil {
			id, ok = cpeIdent(string(*h.CPE))
		}
	}
	name := ctx.productName
	if !ok {
		if name == "" && fpn.Name != nil {
			// No product_name branch above: the product's own name, less
			// the version a version branch gave it ("Acme Widget 1.0").
			name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(*fpn.Name), ctx.version+ctx.rangeText))
		}
		id, ok = nameIdent(name, "")
	}
	if !ok {
		return
	}
	p := product{id: id, span: span{kind: anyVersion}}
	switch {
	case id.version != "":
		p.span = span{kind: exactVersion, exact: id.version}
	case ctx.rangeText != "":
		p.span = parseRange(ctx.rangeText)
	case ctx.version != "" && looksLikeVersion.MatchString(ctx.version):
		p.span = span{kind: exactVersion, exact: strings.TrimSpace(ctx.version)}
	}
	p.id.version = ""
	products[*fpn.ProductID] = p
}
