package rulebook

import (
	"github.com/cedar-policy/cedar-go/types"
	xast "github.com/cedar-policy/cedar-go/x/exp/ast"
)

// stringAttrs are the strings of a request that rulebooks compare with
// strings they name (context.legalBasis == "consent",
// context.params.eea.contains(principal.jurisdiction)). A requester
// chooses them, so they cannot index the reduced policy sets as they are;
// but every string a rulebook never names compares alike, so each is a
// facet with one value per string named and one for all others.
var stringAttrs = [...]struct{ variable, attr string }{
	{"context", "legalBasis"},
	{"context", "purpose"},
	{"context", "specialCondition"},
	{"context", "destination"},
	{"principal", "jurisdiction"},
}

// strings returns r's stringAttrs, as its context and principal hold them.
func (r *Request) strings() [len(stringAttrs)]string {
	return [...]string{r.LegalBasis, r.Purpose, r.SpecialCondition, string(r.Destination), string(r.Requester.Jurisdiction)}
}

// stringAttr returns the index in stringAttrs of what n reads.
func stringAttr(n xast.IsNode) (int, bool) {
	for i, a := range stringAttrs {
		if isAccess(n, a.variable, a.attr) {
			return i, true
		}
	}
	return 0, false
}

// namedStrings collects, for each of stringAttrs, the strings that the
// policies of set compare it with: equal or not equal to a literal, or
// contained in a set of strings that the rulebook gives; and for each of
// numAttrs, the numbers they compare it with.
func (f facets) namedStrings(set *policySet) ([len(stringAttrs)]map[string]int, [][]int64) {
	var named [len(stringAttrs)]map[string]int
	nums := make([][]int64, numAttrs)
	add := func(i int, s string) {
		if named[i] == nil {
			named[i] = map[string]int{}
		}
		if _, ok := named[i][s]; !ok {
			named[i][s] = len(named[i])
		}
	}
	for _, pe := range set.entries {
		for _, c := range pe.p.AST().Conditions {
			body, _ := f.substitute(c.Body)
			xast.Inspect(xast.NewNode(body), func(n xast.IsNode) bool {
				var l, r xast.IsNode
				switch n := n.(type) {
				case xast.NodeTypeLessThan:
					nameNumber(nums, n.Left, n.Right)
				case xast.NodeTypeLessThanOrEqual:
					nameNumber(nums, n.Left, n.Right)
				case xast.NodeTypeGreaterThan:
					nameNumber(nums, n.Left, n.Right)
				case xast.NodeTypeGreaterThanOrEqual:
					nameNumber(nums, n.Left, n.Right)
				case xast.NodeTypeEquals:
					nameNumber(nums, n.Left, n.Right)
					l, r = n.Left, n.Right
				case xast.NodeTypeNotEquals:
					nameNumber(nums, n.Left, n.Right)
					l, r = n.Left, n.Right
				case xast.NodeTypeContains:
					if i, ok := stringAttr(n.Right); ok {
						if ss, ok := stringSet(n.Left); ok {
							for _, s := range ss {
								add(i, s)
							}
						}
					}
					return true
				default:
					return true
				}
				if _, ok := l.(xast.NodeValue); ok {
					l, r = r, l
				}
				if i, ok := stringAttr(l); ok {
					if v, ok := r.(xast.NodeValue); ok {
						if s, ok := v.Value.(types.String); ok {
							add(i, string(s))
						}
					}
				}
				return true
			})
		}
	}
	return named, nums
}

// stringEqual evaluates l == r when one side is one of stringAttrs and the
// other a string literal.
func (f facets) stringEqual(l, r xast.IsNode) (tri, bool) {
	if _, ok := l.(xast.NodeValue); ok {
		l, r = r, l
	}
	i, ok := stringAttr(l)
	if !ok || f.named == nil {
		return unknown, false
	}
	v, ok := r.(xast.NodeValue)
	if !ok {
		return unknown, false
	}
	s, ok := v.Value.(types.String)
	if !ok {
		return unknown, false
	}
	return f.isString(i, string(s)), true
}

// isString tells whether the i-th of stringAttrs is s.
func (f facets) isString(i int, s string) tri {
	if !f.other[i] {
		return known(f.strs[i] == s)
	}
	if _, named := f.named[i][s]; named {
		return no // the request's string is none of those named
	}
	return unknown
}

// stringIn evaluates set.contains(n) when n is one of stringAttrs.
func (f facets) stringIn(set []string, n xast.IsNode) (tri, bool) {
	i, ok := stringAttr(n)
	if !ok || f.named == nil {
		return unknown, false
	}
	v := no
	for _, s := range set {
		switch f.isString(i, s) {
		case yes:
			return yes, true
		case unknown:
			v = unknown
		}
	}
	return v, true
}
