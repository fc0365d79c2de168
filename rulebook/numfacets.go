package rulebook

import (
	"slices"

	"github.com/cedar-policy/cedar-go/types"
	xast "github.com/cedar-policy/cedar-go/x/exp/ast"

	"github.com/comity-project/comity"
)

// Numbers are facets too. Rulebooks compare the requester's volume and the
// request's subjects with numbers they name (context.volume.personal <=
// context.params.exempt_purpose_cap_personal); every count between two
// of the numbers a rulebook names compares alike with each of them, so a
// count's facet is where it falls among them: below, at or above each.

// volumeCounts are the attributes of the volume entity that count people,
// in the order of numAttrs; the kinds record's follow them, then
// resource.subjects.
var volumeCounts = [...]string{"total", "personal", "sensitive", "destinationTotal", "destinationPersonal", "destinationSensitive", "newcomers"}

// numAttrs is how many numbers are facets.
var numAttrs = len(volumeCounts) + len(comity.DataKinds) + 1

// numAttr returns the index of the number n reads, after substitution:
// Volume::"request".<count>, Volume::"request".kinds.<kind> or
// resource.subjects. Each is a Long that every request has.
func numAttr(n xast.IsNode) (int, bool) {
	a, ok := n.(xast.NodeTypeAccess)
	if !ok {
		return 0, false
	}
	if isVar(a.Arg, "resource") && a.Value == "subjects" {
		return numAttrs - 1, true
	}
	if isVolume(a.Arg) {
		if i := slices.Index(volumeCounts[:], string(a.Value)); i >= 0 {
			return i, true
		}
		return 0, false
	}
	if in, ok := a.Arg.(xast.NodeTypeAccess); ok && in.Value == "kinds" && isVolume(in.Arg) {
		if i := slices.Index(comity.DataKinds, comity.DataKind(a.Value)); i >= 0 {
			return len(volumeCounts) + i, true
		}
	}
	return 0, false
}

func isVolume(n xast.IsNode) bool {
	v, ok := n.(xast.NodeValue)
	return ok && v.Value == types.Value(volumeUID)
}

// maxNumAttrs bounds numAttrs, so that a request's numbers fit an array.
const maxNumAttrs = 32

// number returns the i-th of numAttrs of a request with cumulative volume
// v and subjects (resource.subjects).
func number(i int, v Counts, subjects int) int64 {
	switch {
	case i < len(volumeCounts):
		return int64([...]int{v.Total, v.Personal, v.Sensitive, v.DestinationTotal, v.DestinationPersonal, v.DestinationSensitive, v.Newcomers}[i])
	case i < numAttrs-1:
		return int64(v.Kinds[comity.DataKinds[i-len(volumeCounts)]])
	}
	return int64(subjects)
}

// numberClass returns where n falls among the sorted numbers named:
// twice how many are below it, plus one if it is one of them.
func numberClass(n int64, named []int64) int {
	i, found := slices.BinarySearch(named, n)
	c := 2 * i
	if found {
		c++
	}
	return c
}

// nameNumber adds to named the number that n compares with a literal,
// if it is such a comparison.
func nameNumber(named [][]int64, l, r xast.IsNode) {
	if _, ok := l.(xast.NodeValue); ok {
		l, r = r, l
	}
	i, ok := numAttr(l)
	if !ok {
		return
	}
	if v, ok := r.(xast.NodeValue); ok {
		if n, ok := v.Value.(types.Long); ok && !slices.Contains(named[i], int64(n)) {
			named[i] = append(named[i], int64(n))
			slices.Sort(named[i])
		}
	}
}

// compare evaluates a comparison of a number facet with a literal that the
// rulebook names: Longs compare without fail.
func (f facets) compare(n xast.IsNode) (tri, bool) {
	var l, r xast.IsNode
	var op func(a, b int64) bool
	switch n := n.(type) {
	case xast.NodeTypeLessThan:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a < b }
	case xast.NodeTypeLessThanOrEqual:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a <= b }
	case xast.NodeTypeGreaterThan:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a > b }
	case xast.NodeTypeGreaterThanOrEqual:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a >= b }
	case xast.NodeTypeEquals:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a == b }
	case xast.NodeTypeNotEquals:
		l, r, op = n.Left, n.Right, func(a, b int64) bool { return a != b }
	default:
		return unknown, false
	}
	if f.nums == nil {
		return unknown, false
	}
	i, ok := numAttr(l)
	lit := r
	if !ok {
		if i, ok = numAttr(r); !ok {
			return unknown, false
		}
		lit = l
		o := op
		op = func(a, b int64) bool { return o(b, a) }
	}
	v, ok := lit.(xast.NodeValue)
	if !ok {
		return unknown, false
	}
	t, ok := v.Value.(types.Long)
	if !ok || !slices.Contains(f.namedNums[i], int64(t)) {
		return unknown, false
	}
	// f.nums is the request that first came with this combination; any
	// other of it falls in the same place among the named numbers.
	return known(op(f.nums[i], int64(t))), true
}

func init() {
	if numAttrs > maxNumAttrs {
		panic("rulebook: more number facets than maxNumAttrs")
	}
}
