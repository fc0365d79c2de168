package pii

import (
	"encoding/json"
	"strings"

	"github.com/comity-project/comity"
)

// maxResidue bounds what Verify reports: one is enough to refuse a release.
const maxResidue = 20

// Verify reads fields as they are about to be released — values, numbers,
// object keys and JSON inside strings, as Minimise does — and reports every
// finding of a kind the minimise obligations cover: a kind an obligation's
// pattern announces, every kind under "*", and the kind announced by the
// name of a value an obligation names whole. It reports field paths and
// kinds, never values. No minimise obligation means nothing to verify.
func (m *Minimiser) Verify(fields json.RawMessage, obligations []comity.Obligation) ([]comity.Residue, error) {
	p, err := m.plan(obligations)
	if err != nil || p == nil {
		return nil, err
	}
	if !json.Valid(fields) {
		return nil, comity.Errorf(comity.EINVALID, "verify: fields are not valid JSON")
	}
	var out []comity.Residue
	if err := p.verify(fields, nil, 0, &out); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "verify: %w", err)
	}
	return out, nil
}

func (p *plan) verify(fields json.RawMessage, path []string, nested int, out *[]comity.Residue) error {
	w := walk{
		leaf: func(path []string, leaf json.RawMessage) (json.RawMessage, error) {
			text, ok := leafText(leaf)
			if !ok || len(*out) >= maxResidue {
				return nil, nil
			}
			if inner := strings.TrimSpace(text); leaf[0] == '"' && nested < maxNested && len(inner) > 1 &&
				(inner[0] == '{' || inner[0] == '[') && json.Valid([]byte(inner)) {
				return nil, p.verify(json.RawMessage(inner), path, nested+1, out)
			}
			p.residue(path, text, false, out)
			return nil, nil
		},
		key: func(path []string) (string, error) {
			if k := path[len(path)-1]; len(k) >= 6 && len(*out) < maxResidue {
				p.residue(path, k, true, out)
			}
			return "", nil
		},
	}
	_, err := w.rewrite(fields, path)
	return err
}

// residue adds the findings in text (a value at path, or the key that ends
// path) that an obligation covers.
func (p *plan) residue(path []string, text string, key bool, out *[]comity.Residue) {
	var named string // the family of a value named whole
	if !key {
		if _, ok := p.whole(path); ok {
			named = family(hintFor(path[len(path)-1]))
		}
	}
	for _, f := range p.m.d.DetectString(text) {
		if _, ok := p.forFinding(f.Type); !ok && (named == "" || family(f.Type.String()) != named) {
			continue
		}
		r := comity.Residue{Path: p.safePath(path, key), Kind: f.Type.String()}
		if len(*out) < maxResidue && !containsResidue(*out, r) {
			*out = append(*out, r)
		}
	}
}

// safePath is path with every key that holds personal information shown
// as "<key>", so that a report never carries a value.
func (p *plan) safePath(path []string, key bool) string {
	parts := make([]string, len(path))
	for i, k := range path {
		parts[i] = k
		if key && i == len(path)-1 || len(p.m.d.DetectString(k)) > 0 {
			parts[i] = "<key>"
		}
	}
	return joinPath(parts)
}

func containsResidue(rs []comity.Residue, r comity.Residue) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}
