package advisory

import (
	"encoding/json"
	"fmt"
	"sort"

	"github.com/gocsaf/csaf/v3/csaf"
	"github.com/package-url/packageurl-go"
)

// ValidateCSAF checks a CSAF 2.0 document against the CSAF JSON schema
// (embedded in gocsaf, so nothing is fetched) and these of the
// specification's mandatory tests (section 6.1): 6.1.1 missing definition
// of a product id, 6.1.2 multiple definition of a product id, 6.1.4 missing
// definition of a product group id, 6.1.5 multiple definition of a product
// group id, 6.1.6 contradicting product status, 6.1.13 invalid purl. It
// returns every failure, one line each; none means valid.
func ValidateCSAF(data []byte) ([]string, error) {
	var doc any
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("CSAF: %w", err)
	}
	failures, err := csaf.ValidateCSAF(doc)
	if err != nil {
		return nil, fmt.Errorf("CSAF schema: %w", err)
	}
	m, _ := doc.(map[string]any)
	return append(failures, mandatoryTests(m)...), nil
}

func mandatoryTests(doc map[string]any) []string {
	var out []string
	defined := map[string]int{}
	groups := map[string]int{}
	var refs []string
	var groupRefs []string
	pt, _ := doc["product_tree"].(map[string]any)
	var walk func(bs []any)
	define := func(fpn any) {
		p, _ := fpn.(map[string]any)
		if id, ok := p["product_id"].(string); ok {
			defined[id]++
		}
		if h, ok := p["product_identification_helper"].(map[string]any); ok {
			if purl, ok := h["purl"].(string); ok {
				if _, err := packageurl.FromString(purl); err != nil {
					out = append(out, fmt.Sprintf("6.1.13: invalid purl %q: %v", purl, err))
				}
			}
		}
	}
	walk = func(bs []any) {
		for _, b := range bs {
			bm, _ := b.(map[string]any)
			if p, ok := bm["product"]; ok {
				define(p)
			}
			sub, _ := bm["branches"].([]any)
			walk(sub)
		}
	}
	if pt != nil {
		bs, _ := pt["branches"].([]any)
		walk(bs)
		fpns, _ := pt["full_product_names"].([]any)
		for _, f := range fpns {
			define(f)
		}
		rels, _ := pt["relationships"].([]any)
		for _, r := range rels {
			rm, _ := r.(map[string]any)
			define(rm["full_product_name"])
			refs = append(refs, strs(rm["product_reference"])...)
			refs = append(refs, strs(rm["relates_to_product_reference"])...)
		}
		gs, _ := pt["product_groups"].([]any)
		for _, g := range gs {
			gm, _ := g.(map[string]any)
			if id, ok := gm["group_id"].(string); ok {
				groups[id]++
			}
			refs = append(refs, strs(gm["product_ids"])...)
		}
	}
	vulns, _ := doc["vulnerabilities"].([]any)
	for vi, v := range vulns {
		vm, _ := v.(map[string]any)
		statusOf := map[string]string{}
		if ps, ok := vm["product_status"].(map[string]any); ok {
			for list, group := range map[string]string{
				"first_affected": "affected", "known_affected": "affected", "last_affected": "affected",
				"known_not_affected": "not affected", "first_fixed": "fixed", "fixed": "fixed",
				"under_investigation": "under investigation", "recommended": "",
			} {
				for _, id := range strs(ps[list]) {
					refs = append(refs, id)
					if group == "" {
						continue
					}
					if g, seen := statusOf[id]; seen && g != group {
						out = append(out, fmt.Sprintf("6.1.6: vulnerabilities[%d]: product %s is both %s and %s", vi, id, g, group))
					}
					statusOf[id] = group
				}
			}
		}
		for _, field := range []string{"remediations", "threats", "scores", "flags"} {
			items, _ := vm[field].([]any)
			for _, it := range items {
				im, _ := it.(map[string]any)
				refs = append(refs, strs(im["product_ids"])...)
				refs = append(refs, strs(im["products"])...)
				groupRefs = append(groupRefs, strs(im["group_ids"])...)
			}
		}
	}
	for _, id := range sortedKeys(defined) {
		if defined[id] > 1 {
			out = append(out, fmt.Sprintf("6.1.2: product id %s is defined %d times", id, defined[id]))
		}
	}
	for _, id := range sortedKeys(groups) {
		if groups[id] > 1 {
			out = append(out, fmt.Sprintf("6.1.5: product group id %s is defined %d times", id, groups[id]))
		}
	}
	missing := map[string]bool{}
	for _, id := range refs {
		if defined[id] == 0 && !missing[id] {
			missing[id] = true
			out = append(out, fmt.Sprintf("6.1.1: product id %s is used but not defined", id))
		}
	}
	for _, id := range groupRefs {
		if groups[id] == 0 && !missing["group "+id] {
			missing["group "+id] = true
			out = append(out, fmt.Sprintf("6.1.4: product group id %s is used but not defined", id))
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i][:5] < out[j][:5] })
	return out
}

// strs reads a JSON string or list of strings.
func strs(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
