package advisory

import (
	"encoding/json"
	"errors"
)

// liftGroups takes product groups out of a CSAF document before it is
// decoded with gocsaf. gocsaf v3.7.0 types product_tree.product_groups and
// every group_ids as an object ({"product_group_ids": [...]}) where CSAF 2.0
// has an array, so a document that uses groups would not decode. It
// returns the document without them, the groups (group id to product ids),
// and each vulnerability's remediations' group ids by index.
func liftGroups(data []byte) ([]byte, map[string][]string, [][][]string, error) {
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, nil, nil, err
	}
	groups := map[string][]string{}
	changed := false
	if raw, ok := doc["product_tree"]; ok {
		var pt map[string]json.RawMessage
		if err := json.Unmarshal(raw, &pt); err != nil {
			return nil, nil, nil, errors.New("product_tree is not an object")
		}
		if g, ok := pt["product_groups"]; ok {
			var gs []struct {
				GroupID    string   `json:"group_id"`
				ProductIDs []string `json:"product_ids"`
			}
			if err := json.Unmarshal(g, &gs); err != nil {
				return nil, nil, nil, errors.New("product_groups is not a list of groups")
			}
			for _, x := range gs {
				groups[x.GroupID] = append(groups[x.GroupID], x.ProductIDs...)
			}
			delete(pt, "product_groups")
			b, _ := json.Marshal(pt)
			doc["product_tree"] = b
			changed = true
		}
	}
	var remGroups [][][]string
	if raw, ok := doc["vulnerabilities"]; ok {
		var vulns []map[string]json.RawMessage
		if err := json.Unmarshal(raw, &vulns); err != nil {
			return nil, nil, nil, errors.New("vulnerabilities is not a list of objects")
		}
		for _, v := range vulns {
			var perRem [][]string
			for _, field := range []string{"remediations", "threats", "flags"} {
				var items []map[string]json.RawMessage
				if v[field] == nil || json.Unmarshal(v[field], &items) != nil {
					continue
				}
				touched := false
				for _, it := range items {
					var ids []string
					if g, ok := it["group_ids"]; ok {
						_ = json.Unmarshal(g, &ids)
						delete(it, "group_ids")
						touched = true
					}
					if field == "remediations" {
						perRem = append(perRem, ids)
					}
				}
				if touched {
					b, _ := json.Marshal(items)
					v[field] = b
					changed = true
				}
			}
			remGroups = append(remGroups, perRem)
		}
		if changed {
			b, _ := json.Marshal(vulns)
			doc["vulnerabilities"] = b
		}
	}
	if !changed {
		return data, groups, remGroups, nil
	}
	out, err := json.Marshal(doc)
	return out, groups, remGroups, err
}
