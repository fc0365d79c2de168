package rulebook

import (
	"slices"

	cedar "github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/ast"
	"github.com/cedar-policy/cedar-go/types"
	xast "github.com/cedar-policy/cedar-go/x/exp/ast"
)

// reduce returns p as it evaluates for every request with facets f, or
// nil when it is false for all of them; reduced caches the compiled
// reductions of each policy, by the terms they drop, so that facets that
// reduce a policy alike share one.
//
// Cedar evaluates a policy as one conjunction (scope, then each condition)
// from left to right and stops at the first false term. A term that tests
// a facet cannot fail, so:
//   - a term that is true for f is dropped: and-ing with true changes no
//     value and no error;
//   - a term that is false for f, with only terms that cannot fail before
//     it, makes the policy false without error, reported by no one: it is
//     left out altogether.
func (f facets) reduce(p *cedar.Policy, reduced map[reduction]*cedar.Policy) *cedar.Policy {
	a := *(*xast.Policy)(p.AST())
	var dropped []byte // which terms are dropped, in order: the reduction's key
	switch f.principalScope(a.Principal) {
	case no:
		return nil
	case yes:
		a.Principal, dropped = xast.ScopeTypeAll{}, append(dropped, 'p')
	}
	switch f.actionScope(a.Action) {
	case no:
		return nil
	case yes:
		a.Action, dropped = xast.ScopeTypeAll{}, append(dropped, 'a')
	}
	safe := true // every term so far cannot fail
	substituted := false
	var conditions []xast.ConditionType
	for _, c := range a.Conditions {
		terms := []xast.IsNode{c.Body}
		if c.Condition == xast.ConditionWhen {
			terms = flattenAnd(c.Body, nil)
		}
		var kept []xast.IsNode
		for _, t := range terms {
			t, sub := f.substitute(t)
			substituted = substituted || sub
			test := t
			if c.Condition == xast.ConditionUnless {
				test = xast.NodeTypeNot{UnaryNode: xast.UnaryNode{Arg: t}}
			}
			v, tsafe := f.eval(test)
			switch {
			case tsafe && v == no && safe:
				return nil
			case tsafe && v == yes:
				dropped = append(dropped, 'd')
				continue
			}
			safe = safe && tsafe
			kept = append(kept, t)
			dropped = append(dropped, 'k')
		}
		if len(kept) == 0 {
			continue
		}
		body := kept[0]
		for _, t := range kept[1:] {
			body = xast.NodeTypeAnd{BinaryNode: xast.BinaryNode{Left: body, Right: t}}
		}
		conditions = append(conditions, xast.ConditionType{Condition: c.Condition, Body: body})
	}
	if !substituted && !slices.Contains(dropped, 'p') && !slices.Contains(dropped, 'a') && !slices.Contains(dropped, 'd') {
		return p
	}
	k := reduction{p, string(dropped)}
	if q, ok := reduced[k]; ok {
		return q
	}
	a.Conditions = conditions
	q := cedar.NewPolicyFromAST((*ast.Policy)(&a))
	reduced[k] = q
	return q
}

// reduction names a policy with some of its terms dropped.
type reduction struct {
	p       *cedar.Policy
	dropped string
}

// tri is a truth value that may not be known.
type tri int8

const (
	unknown tri = iota
	yes
	no
)

func known(b bool) tri {
	if b {
		return yes
	}
	return no
}

func (t tri) not() tri {
	switch t {
	case yes:
		return no
	case no:
		return yes
	}
	return unknown
}

func (f facets) principalScope(s xast.IsPrincipalScopeNode) tri {
	switch sc := s.(type) {
	case xast.ScopeTypeIs:
		return known(sc.Type == f.principal)
	case xast.ScopeTypeEq:
		if sc.Entity.Type != f.principal {
			return no
		}
	case xast.ScopeTypeIsIn:
		if sc.Type != f.principal {
			return no
		}
	}
	return unknown
}

func (f facets) actionScope(s xast.IsActionScopeNode) tri {
	if eq, ok := s.(xast.ScopeTypeEq); ok {
		return known(eq.Entity == f.action)
	}
	return unknown
}

// flattenAnd appends the terms of a conjunction in evaluation order.
func flattenAnd(n xast.IsNode, out []xast.IsNode) []xast.IsNode {
	if and, ok := n.(xast.NodeTypeAnd); ok {
		return flattenAnd(and.Right, flattenAnd(and.Left, out))
	}
	return append(out, n)
}

// eval evaluates n as far as the facets tell. safe reports that n cannot
// fail to evaluate (to a boolean); it is false for anything the facets do
// not cover.
func (f facets) eval(n xast.IsNode) (v tri, safe bool) {
	switch n := n.(type) {
	case xast.NodeTypeAccess:
		if isVar(n.Arg, "context") && n.Value == "crossBorder" {
			return known(f.crossBorder), true
		}
	case xast.NodeTypeNot:
		v, safe := f.eval(n.Arg)
		return v.not(), safe
	case xast.NodeTypeLessThan, xast.NodeTypeLessThanOrEqual, xast.NodeTypeGreaterThan, xast.NodeTypeGreaterThanOrEqual:
		if v, ok := f.compare(n); ok {
			return v, true
		}
	case xast.NodeTypeEquals:
		if v, ok := f.compare(n); ok {
			return v, true
		}
		if v, ok := f.equal(n.Left, n.Right); ok {
			return v, true
		}
	case xast.NodeTypeNotEquals:
		if v, ok := f.compare(n); ok {
			return v, true
		}
		if v, ok := f.equal(n.Left, n.Right); ok {
			return v.not(), true
		}
	case xast.NodeTypeIsEmpty:
		if a, ok := n.Arg.(xast.NodeTypeAccess); ok && isVar(a.Arg, "context") {
			switch a.Value {
			case "agreements":
				return known(!f.agreements), true
			case "agencyAgreements":
				return known(!f.agency), true
			case "thirdPartyAgreements":
				return known(!f.thirdParty), true
			}
		}
	case xast.NodeTypeIs:
		if isVar(n.Left, "principal") {
			return known(n.EntityType == f.principal), true
		}
	case xast.NodeTypeContains:
		if set, ok := stringSet(n.Left); ok {
			if v, ok := f.stringIn(set, n.Right); ok {
				return v, true
			}
			if s, ok := f.attribute(n.Right); ok {
				if s == "" {
					return unknown, true
				}
				return known(slices.Contains(set, s)), true
			}
		}
	case xast.NodeTypeContainsAny:
		// resource.kinds.containsAny(<a set the rulebook gives>)
		if a, ok := n.Left.(xast.NodeTypeAccess); ok && isVar(a.Arg, "resource") && a.Value == "kinds" && f.isSet(n.Right) {
			if f.noKinds {
				return no, true
			}
			return unknown, true
		}
	case xast.NodeTypeAnd:
		l, lsafe := f.eval(n.Left)
		r, rsafe := f.eval(n.Right)
		switch {
		case l == no:
			return no, lsafe
		case l == yes:
			return r, lsafe && rsafe
		case r == no:
			return no, lsafe && rsafe
		}
		return unknown, lsafe && rsafe
	case xast.NodeTypeOr:
		l, lsafe := f.eval(n.Left)
		r, rsafe := f.eval(n.Right)
		switch {
		case l == yes:
			return yes, lsafe
		case l == no:
			return r, lsafe && rsafe
		case r == yes:
			return yes, lsafe && rsafe
		}
		return unknown, lsafe && rsafe
	}
	return unknown, false
}

// equal evaluates l == r when one side is a facet and the other a literal,
// or when the facets relate the two sides (context.node or
// principal.jurisdiction against resource.home).
func (f facets) equal(l, r xast.IsNode) (tri, bool) {
	if isAccess(l, "resource", "home") {
		l, r = r, l
	}
	if isAccess(r, "resource", "home") {
		switch {
		case isAccess(l, "context", "node"):
			return known(f.nodeHome), true
		case isAccess(l, "principal", "jurisdiction"):
			return known(f.atHome), true
		}
	}
	if v, ok := f.stringEqual(l, r); ok {
		return v, true
	}
	if _, ok := l.(xast.NodeValue); ok {
		l, r = r, l
	}
	lit, ok := r.(xast.NodeValue)
	if !ok {
		return unknown, false
	}
	if isVar(l, "action") {
		uid, ok := lit.Value.(types.EntityUID)
		return known(ok && uid == f.action), true
	}
	s, ok := f.attribute(l)
	str, isStr := lit.Value.(types.String)
	if !ok || !isStr {
		return unknown, false
	}
	if s == "" {
		return unknown, true
	}
	return known(string(str) == s), true
}

// attribute returns the facet that n reads (resource.home or
// resource.category): its value, "" when not known, and whether n is one.
func (f facets) attribute(n xast.IsNode) (string, bool) {
	a, ok := n.(xast.NodeTypeAccess)
	if !ok || !isVar(a.Arg, "resource") {
		return "", false
	}
	switch a.Value {
	case "home":
		return string(f.home), true
	case "category":
		return string(f.category), true
	}
	return "", false
}

// stringSet returns the strings of a set literal of strings.
func stringSet(n xast.IsNode) ([]string, bool) {
	var out []string
	switch n := n.(type) {
	case xast.NodeTypeSet:
		for _, e := range n.Elements {
			v, ok := e.(xast.NodeValue)
			if !ok {
				return nil, false
			}
			s, ok := v.Value.(types.String)
			if !ok {
				return nil, false
			}
			out = append(out, string(s))
		}
		return out, true
	case xast.NodeValue:
		set, ok := n.Value.(types.Set)
		if !ok {
			return nil, false
		}
		for v := range set.All() {
			s, ok := v.(types.String)
			if !ok {
				return nil, false
			}
			out = append(out, string(s))
		}
		return out, true
	}
	return nil, false
}

// isSet reports whether n is context.params.<name> or
// context.baseline.<name> for a set that the rulebook gives: it evaluates
// without fail.
func (f facets) isSet(n xast.IsNode) bool {
	a, ok := n.(xast.NodeTypeAccess)
	if !ok {
		return false
	}
	in, ok := a.Arg.(xast.NodeTypeAccess)
	if !ok || !isVar(in.Arg, "context") {
		return false
	}
	var rec cedar.Value
	switch in.Value {
	case "params":
		rec = f.params
	case "baseline":
		rec = f.baseline
	}
	r, ok := rec.(cedar.Record)
	if !ok {
		return false
	}
	v, ok := r.Get(a.Value)
	if !ok {
		return false
	}
	_, ok = v.(types.Set)
	return ok
}

func isVar(n xast.IsNode, name string) bool {
	v, ok := n.(xast.NodeTypeVariable)
	return ok && string(v.Name) == name
}

// isAccess reports whether n reads attribute attr of variable v.
func isAccess(n xast.IsNode, v, attr string) bool {
	a, ok := n.(xast.NodeTypeAccess)
	return ok && string(a.Value) == attr && isVar(a.Arg, v)
}

// constant returns the value of what n reads when the rulebook (or the
// entity model) fixes it: context.rulebook, context.volume, and each parameter context.params.<name> and
// context.baseline.<name> that exists. Reading one of them cannot fail, so
// its value in its place changes no result and no error.
func (f facets) constant(n xast.IsNode) (cedar.Value, bool) {
	a, ok := n.(xast.NodeTypeAccess)
	if !ok {
		return nil, false
	}
	if isVar(a.Arg, "context") {
		switch a.Value {
		case "rulebook":
			return f.rulebook, f.rulebook != nil
		case "volume":
			return volumeUID, true // the volume entity, whatever its counts
		}
	}
	in, ok := a.Arg.(xast.NodeTypeAccess)
	if !ok || !isVar(in.Arg, "context") {
		return nil, false
	}
	var rec cedar.Value
	switch in.Value {
	case "params":
		rec = f.params
	case "baseline":
		rec = f.baseline
	}
	r, ok := rec.(cedar.Record)
	if !ok {
		return nil, false
	}
	return r.Get(a.Value)
}

// substitute returns n with every constant it reads (see constant)
// replaced by its value, and whether any was. Cedar folds what becomes
// constant when it compiles the policy, and a decision no longer looks the
// parameters up in the context's records.
func (f facets) substitute(n xast.IsNode) (xast.IsNode, bool) {
	if v, ok := f.constant(n); ok {
		return xast.NodeValue{Value: v}, true
	}
	changed := false
	sub := func(n xast.IsNode) xast.IsNode {
		out, ok := f.substitute(n)
		changed = changed || ok
		return out
	}
	bin := func(b xast.BinaryNode) xast.BinaryNode {
		return xast.BinaryNode{Left: sub(b.Left), Right: sub(b.Right)}
	}
	un := func(u xast.UnaryNode) xast.UnaryNode { return xast.UnaryNode{Arg: sub(u.Arg)} }
	var out xast.IsNode
	switch n := n.(type) {
	case xast.NodeTypeAnd:
		out = xast.NodeTypeAnd{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeOr:
		out = xast.NodeTypeOr{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeIfThenElse:
		out = xast.NodeTypeIfThenElse{If: sub(n.If), Then: sub(n.Then), Else: sub(n.Else)}
	case xast.NodeTypeEquals:
		out = xast.NodeTypeEquals{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeNotEquals:
		out = xast.NodeTypeNotEquals{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeLessThan:
		out = xast.NodeTypeLessThan{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeLessThanOrEqual:
		out = xast.NodeTypeLessThanOrEqual{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeGreaterThan:
		out = xast.NodeTypeGreaterThan{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeGreaterThanOrEqual:
		out = xast.NodeTypeGreaterThanOrEqual{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeAdd:
		out = xast.NodeTypeAdd{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeSub:
		out = xast.NodeTypeSub{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeMult:
		out = xast.NodeTypeMult{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeIn:
		out = xast.NodeTypeIn{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeContains:
		out = xast.NodeTypeContains{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeContainsAll:
		out = xast.NodeTypeContainsAll{BinaryNode: bin(n.BinaryNode)}
	case xast.NodeTypeContainsAny:
		b := bin(n.BinaryNode)
		// a.containsAny(<a set the rulebook gives>) iterates over the
		// rulebook's set and hashes each member; the other way round it
		// iterates over a, usually the request's few data kinds. Both
		// sides are evaluated before they are compared and a literal
		// set cannot fail, so the value and any error stay the same.
		if v, ok := b.Right.(xast.NodeValue); ok {
			if _, isSet := v.Value.(types.Set); isSet {
				if _, ok := b.Left.(xast.NodeValue); !ok {
					b.Left, b.Right = b.Right, b.Left
				}
			}
		}
		out = xast.NodeTypeContainsAny{BinaryNode: b}
	case xast.NodeTypeNot:
		out = xast.NodeTypeNot{UnaryNode: un(n.UnaryNode)}
	case xast.NodeTypeNegate:
		out = xast.NodeTypeNegate{UnaryNode: un(n.UnaryNode)}
	case xast.NodeTypeIsEmpty:
		out = xast.NodeTypeIsEmpty{UnaryNode: un(n.UnaryNode)}
	case xast.NodeTypeAccess:
		out = xast.NodeTypeAccess{StrOpNode: xast.StrOpNode{Arg: sub(n.Arg), Value: n.Value}}
	case xast.NodeTypeHas:
		out = xast.NodeTypeHas{StrOpNode: xast.StrOpNode{Arg: sub(n.Arg), Value: n.Value}}
	case xast.NodeTypeLike:
		out = xast.NodeTypeLike{Arg: sub(n.Arg), Value: n.Value}
	case xast.NodeTypeIs:
		out = xast.NodeTypeIs{Left: sub(n.Left), EntityType: n.EntityType}
	case xast.NodeTypeSet:
		els := make([]xast.IsNode, len(n.Elements))
		for i, e := range n.Elements {
			els[i] = sub(e)
		}
		out = xast.NodeTypeSet{Elements: els}
	case xast.NodeTypeRecord:
		els := make([]xast.RecordElementNode, len(n.Elements))
		for i, e := range n.Elements {
			els[i] = xast.RecordElementNode{Key: e.Key, Value: sub(e.Value)}
		}
		out = xast.NodeTypeRecord{Elements: els}
	case xast.NodeTypeExtensionCall:
		args := make([]xast.IsNode, len(n.Args))
		for i, a := range n.Args {
			args[i] = sub(a)
		}
		out = xast.NodeTypeExtensionCall{Name: n.Name, Args: args}
	}
	if !changed {
		// Anything else (is-in, tags, values, variables) is left whole.
		return n, false
	}
	return out, true
}
