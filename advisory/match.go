package advisory

import (
	"slices"
)

// Match is one line of the matcher's output: the advisory names the
// component's package or product for this vulnerability.
type Match struct {
	SBOM          string   `json:"sbom"`
	Component     string   `json:"component"`
	Advisory      string   `json:"advisory"`
	Vulnerability string   `json:"vulnerability"`
	Status        Status   `json:"status"`
	Remediations  []string `json:"remediations"`
	ForcedUpgrade bool     `json:"forced_upgrade"`
}

// verdict is what one vulnerability says of one component.
type verdict struct {
	status       Status
	remediations []string
	forced       bool
}

// MatchAll matches every component of every SBOM against every advisory and
// calls emit for each match, in SBOM, component, advisory and vulnerability
// order. A component listed twice under the same Ref in one SBOM is
// reported once. It stops at the first error emit returns.
func MatchAll(sboms []*SBOM, advisories []*Advisory, emit func(Match) error) error {
	idx := NewIndex(advisories)
	for _, s := range sboms {
		seen := map[string]bool{}
		for _, c := range s.Components {
			if seen[c.Ref] {
				continue
			}
			seen[c.Ref] = true
			for _, m := range idx.Match(c) {
				m.SBOM = s.Name
				if err := emit(m); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// Index finds the vulnerabilities that name a component without scanning
// every advisory: claims are indexed by identity key.
type Index struct {
	advisories []*Advisory
	byKey      map[string][]ref
}

type ref struct{ adv, vuln int }

// NewIndex indexes advisories for matching. It is safe for concurrent Match
// calls once built.
func NewIndex(advisories []*Advisory) *Index {
	x := &Index{advisories: advisories, byKey: map[string][]ref{}}
	for ai, a := range advisories {
		for vi, v := range a.Vulnerabilities {
			r := ref{ai, vi}
			for _, c := range v.claims {
				x.add(c.id.key, r)
			}
			for _, p := range v.osv {
				x.add(p.id.key, r)
			}
		}
	}
	return x
}

func (x *Index) add(key string, r ref) {
	l := x.byKey[key]
	if len(l) > 0 && l[len(l)-1] == r {
		return
	}
	x.byKey[key] = append(l, r)
}

// Match returns what the indexed advisories say of c, in advisory and
// vulnerability order; SBOM is left empty.
func (x *Index) Match(c Component) []Match {
	ids := c.idents()
	var refs []ref
	for _, id := range ids {
		for _, r := range x.byKey[id.key] {
			if !slices.Contains(refs, r) {
				refs = append(refs, r)
			}
		}
	}
	if len(refs) == 0 {
		return nil
	}
	slices.SortFunc(refs, func(a, b ref) int {
		if a.adv != b.adv {
			return a.adv - b.adv
		}
		return a.vuln - b.vuln
	})
	var out []Match
	for _, r := range refs {
		a := x.advisories[r.adv]
		v := a.Vulnerabilities[r.vuln]
		vd, ok := v.judge(ids)
		if !ok {
			continue
		}
		rem := vd.remediations
		if rem == nil {
			rem = []string{}
		}
		out = append(out, Match{Component: c.Ref, Advisory: a.ID, Vulnerability: v.ID,
			Status: vd.status, Remediations: rem, ForcedUpgrade: vd.forced})
	}
	return out
}

// judge says what v says of a component known by ids; ok is false when v
// does not name it (no identity agrees, or build qualifiers disagree).
func (v *Vulnerability) judge(ids []ident) (verdict, bool) {
	var claims []matched
	var pkgs []osvPackage
	var pid ident
	for _, id := range ids {
		for _, c := range v.claims {
			if c.id.key == id.key && qualifiersAgree(c.id.quals, id.quals) {
				claims = append(claims, matched{c, id})
			}
		}
		for _, p := range v.osv {
			if p.id.key == id.key && qualifiersAgree(p.id.quals, id.quals) {
				pkgs = append(pkgs, p)
				pid = id
			}
		}
	}
	if len(claims) == 0 && len(pkgs) == 0 {
		return verdict{}, false
	}
	var versioned []matched
	for _, m := range claims {
		if m.id.version != "" {
			versioned = append(versioned, m)
		}
	}
	switch {
	case len(versioned) > 0:
		return judgeClaims(versioned), true
	case len(pkgs) > 0 && pid.version != "":
		return judgeOSV(pkgs, pid), true
	}
	// Named, but there is no version to compare: say so, never drop it.
	return verdict{status: StatusUnknown}, true
}

// matched is a claim and the component identity it agreed with.
type matched struct {
	c  claim
	id ident
}

// forced applies the forced-upgrade rule to an affected component: no fix
// offered, or every fix offered has another major version than installed.
func forced(installed string, fixes []string, noFix bool) bool {
	if len(fixes) == 0 {
		return noFix
	}
	m, ok := major(installed)
	if !ok {
		return false
	}
	for _, f := range fixes {
		if fm, ok := major(f); !ok || fm == m {
			return false
		}
	}
	return true
}

func addRemedies(dst []string, src ...string) []string {
	for _, r := range src {
		if !slices.Contains(dst, r) {
			dst = append(dst, r)
		}
	}
	return dst
}
