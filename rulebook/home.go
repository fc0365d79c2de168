package rulebook

import (
	"fmt"

	cedar "github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/x/exp/ast"
)

// checkHome enforces that a state's policy governs only data homed in that
// state: it must say so in a top-level `when { resource.home == "XX" && … }`
// conjunct, and may compare resource.home with no other value. The engine
// applies a rulebook only to records homed in its state anyway; this check
// makes a bundle that reaches further fail at load, visibly, instead of
// silently doing nothing.
func checkHome(p *ast.Policy, own string) []string {
	var problems []string
	scoped := false
	for _, c := range p.Conditions {
		if c.Condition == ast.ConditionWhen {
			for _, n := range conjuncts(c.Body) {
				if lit, ok := homeComparison(n, false); ok && lit == own {
					scoped = true
				}
			}
		}
		ast.Inspect(ast.NewNode(c.Body), func(n ast.IsNode) bool {
			if lit, ok := homeComparison(n, true); ok {
				if lit != own {
					problems = append(problems, fmt.Sprintf("compares resource.home with %s: the rulebook of %s governs only data homed in %s", lit, own, own))
				}
				return false
			}
			if isHome(n) {
				problems = append(problems, fmt.Sprintf("uses resource.home other than as resource.home == %q", own))
				return false
			}
			return true
		})
	}
	if !scoped {
		problems = append(problems, fmt.Sprintf("does not limit itself to data homed in %s: add `when { resource.home == %q && … }`", own, own))
	}
	return problems
}

// conjuncts splits a && b && c into its parts.
func conjuncts(n ast.IsNode) []ast.IsNode {
	if and, ok := n.(ast.NodeTypeAnd); ok {
		return append(conjuncts(and.Left), conjuncts(and.Right)...)
	}
	return []ast.IsNode{n}
}

// homeComparison reports whether n is resource.home == literal (or, when
// notEquals is true, also !=) and returns the literal as written: a string's
// value, or "a computed value" for anything else.
func homeComparison(n ast.IsNode, notEquals bool) (string, bool) {
	var l, r ast.IsNode
	switch c := n.(type) {
	case ast.NodeTypeEquals:
		l, r = c.Left, c.Right
	case ast.NodeTypeNotEquals:
		if !notEquals {
			return "", false
		}
		l, r = c.Left, c.Right
	default:
		return "", false
	}
	if isHome(r) {
		l, r = r, l
	}
	if !isHome(l) {
		return "", false
	}
	if v, ok := r.(ast.NodeValue); ok {
		if s, ok := v.Value.(cedar.String); ok {
			return string(s), true
		}
	}
	return "a computed value", true
}

func isHome(n ast.IsNode) bool {
	a, ok := n.(ast.NodeTypeAccess)
	if !ok || a.Value != "home" {
		return false
	}
	v, ok := a.Arg.(ast.NodeTypeVariable)
	return ok && v.Name == "resource"
}
