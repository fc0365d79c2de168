package rulebook

import (
	"fmt"
	"iter"
	"slices"

	cedar "github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/ast"
	xast "github.com/cedar-policy/cedar-go/x/exp/ast"

	"github.com/comity-project/comity"
)

// Engine decides requests against the baseline and the state rulebooks.
// An Engine is immutable and safe for concurrent use; With returns a new
// one with a rulebook added or replaced. A request is evaluated against the
// baseline and the rulebook of its data's home only, so the cost of a
// decision does not grow with the number of member states.
type Engine struct {
	baseline *Rulebook
	states   map[comity.Jurisdiction]*stateRules
	bare     *stateRules   // the baseline alone, for homes without a rulebook
	caches   *entityCaches // shared by every version of the engine
}

// stateRules is one home's policies merged with the baseline's, ready to
// evaluate. Cedar reports either the forbids or the permits that matched,
// and a pending decision needs both; so every policy is evaluated as a
// permit (same conditions), and the engine reads the effect from its own
// rules. One pass finds every match.
type stateRules struct {
	rb     *Rulebook // nil for bare
	label  string    // "CN version 3", for results; "" for bare
	window Window
	// sets are the policies that can match requests of each combination
	// of facets; all is every policy, for requests outside them.
	sets     *facetSets
	all      *policySet
	rules    map[cedar.PolicyID]*rule
	contexts cache[cedar.Record] // per home and version, so params never go stale
	// consentWays are the rulebook's permits that consent helps meet, in
	// the rulebook's order (Result.ConsentWays).
	consentWays []Match
	// agencyNamed is the rulebook's ParamAgencyAgreements.
	agencyNamed []string
	// needed says what meeting each kind of obligation takes, for the
	// reasons of a pending decision; nil for bare, whose home varies.
	needed map[string]string
}

// policySet is a cedar.PolicyIterator over policies ordered by id:
// iterating a slice is cheaper than a map, the order is stable, and its
// iterator is made once, so that handing it to Cedar allocates nothing.
type policySet struct {
	entries []policyEntry
	all     iter.Seq2[cedar.PolicyID, *cedar.Policy]
	// id names the set in its home's memo; plan is what it reads (memo.go).
	id   int
	plan memoPlan
}

type policyEntry struct {
	id cedar.PolicyID
	p  *cedar.Policy
}

func newPolicySet(entries []policyEntry) *policySet {
	ps := &policySet{entries: entries}
	ps.all = func(yield func(cedar.PolicyID, *cedar.Policy) bool) {
		for _, e := range ps.entries {
			if !yield(e.id, e.p) {
				return
			}
		}
	}
	return ps
}

// All implements cedar.PolicyIterator.
func (ps *policySet) All() iter.Seq2[cedar.PolicyID, *cedar.Policy] { return ps.all }

// sortedSet returns the policies of m ordered by id.
func sortedSet(m cedar.PolicyMap) *policySet {
	out := make([]policyEntry, 0, len(m))
	for id, p := range m {
		out = append(out, policyEntry{id, p})
	}
	slices.SortFunc(out, func(a, b policyEntry) int { return compareStrings(string(a.id), string(b.id)) })
	return newPolicySet(out)
}

// NewEngine returns an engine with the baseline and the given state
// rulebooks; two rulebooks of one state are refused.
func NewEngine(baseline *Rulebook, states ...*Rulebook) (*Engine, error) {
	if baseline == nil || baseline.Bundle.Kind != KindBaseline {
		return nil, fmt.Errorf("%w: the engine needs the baseline", ErrBundle)
	}
	e := &Engine{baseline: baseline, states: map[comity.Jurisdiction]*stateRules{}, caches: &entityCaches{}}
	e.bare = e.merge(nil)
	for _, rb := range states {
		if rb.Bundle.Kind != KindState {
			return nil, fmt.Errorf("%w: %s is not a state rulebook", ErrBundle, rb.Bundle.Name())
		}
		if _, dup := e.states[rb.Bundle.Jurisdiction]; dup {
			return nil, fmt.Errorf("%w: two rulebooks of %s", ErrBundle, rb.Bundle.Jurisdiction)
		}
		e.states[rb.Bundle.Jurisdiction] = e.merge(rb)
	}
	return e, nil
}

func (e *Engine) merge(rb *Rulebook) *stateRules {
	s := &stateRules{rb: rb, rules: map[cedar.PolicyID]*rule{}}
	s.window, _ = ParseWindow("")
	all := cedar.PolicyMap{}
	if rb != nil {
		s.label = fmt.Sprintf("%s version %d", rb.Bundle.Jurisdiction, rb.Bundle.Version)
		s.window = rb.Window
	}
	for _, src := range []*Rulebook{e.baseline, rb} {
		if src == nil {
			continue
		}
		for _, m := range []cedar.PolicyMap{src.forbids, src.permits} {
			for id, p := range m {
				all[id] = asPermit(p)
			}
		}
		for id, r := range src.rules {
			s.rules[id] = r
		}
	}
	s.all = sortedSet(all)
	var home comity.Jurisdiction
	params := emptyRecord
	if rb != nil {
		home, params = rb.Bundle.Jurisdiction, rb.params
	}
	s.sets = newFacetSets(s.all, home, str(string(home)), params, e.baseline.params)
	if rb != nil {
		var ways []*rule
		for _, ru := range rb.rules {
			if !ru.forbid && slices.Contains(ru.oblige, ObligeConsent) {
				ways = append(ways, ru)
			}
		}
		slices.SortFunc(ways, func(a, b *rule) int { return a.order - b.order })
		for _, ru := range ways {
			s.consentWays = append(s.consentWays, ru.match(false))
		}
		s.agencyNamed = rb.Bundle.Params.Strings(ParamAgencyAgreements)
		home := rb.Bundle.Jurisdiction
		s.needed = map[string]string{}
		for _, kind := range EvidenceKinds {
			s.needed[kind] = "needed: " + obligationWords(s.obligation(kind, home))
		}
	}
	return s
}

// asPermit returns p, or for a forbid the permit with the same scope and
// conditions.
func asPermit(p *cedar.Policy) *cedar.Policy {
	if p.Effect() == cedar.Permit {
		return p
	}
	a := *(*xast.Policy)(p.AST())
	a.Effect = xast.EffectPermit
	return cedar.NewPolicyFromAST((*ast.Policy)(&a))
}

// With returns a copy of e with rb installed: a state rulebook replaces
// that state's (its version must be higher), the baseline replaces the
// baseline (its version must be higher) and every state's merge is redone.
func (e *Engine) With(rb *Rulebook) (*Engine, error) {
	if rb.Bundle.Kind == KindBaseline {
		if rb.Bundle.Version <= e.baseline.Bundle.Version {
			return nil, comity.Errorf(comity.ECONFLICT, "baseline version %d is not newer than the installed %d", rb.Bundle.Version, e.baseline.Bundle.Version)
		}
		return NewEngine(rb, e.Rulebooks()...)
	}
	if old := e.Rulebook(rb.Bundle.Jurisdiction); old != nil && rb.Bundle.Version <= old.Bundle.Version {
		return nil, comity.Errorf(comity.ECONFLICT, "rulebook %s version %d is not newer than the installed %d", rb.Bundle.Jurisdiction, rb.Bundle.Version, old.Bundle.Version)
	}
	n := &Engine{baseline: e.baseline, bare: e.bare, caches: e.caches, states: make(map[comity.Jurisdiction]*stateRules, len(e.states)+1)}
	for j, s := range e.states {
		n.states[j] = s
	}
	n.states[rb.Bundle.Jurisdiction] = n.merge(rb)
	return n, nil
}

// Baseline returns the installed baseline.
func (e *Engine) Baseline() *Rulebook { return e.baseline }

// Rulebook returns the installed rulebook of j, or nil.
func (e *Engine) Rulebook(j comity.Jurisdiction) *Rulebook {
	if s := e.states[j]; s != nil {
		return s.rb
	}
	return nil
}

// Rulebooks returns the installed state rulebooks ordered by jurisdiction.
func (e *Engine) Rulebooks() []*Rulebook {
	out := make([]*Rulebook, 0, len(e.states))
	for _, s := range e.states {
		out = append(out, s.rb)
	}
	slices.SortFunc(out, func(a, b *Rulebook) int {
		return compareStrings(string(a.Bundle.Jurisdiction), string(b.Bundle.Jurisdiction))
	})
	return out
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Window returns the volume window of j's rulebook (365 days if none).
func (e *Engine) Window(j comity.Jurisdiction) Window {
	if rb := e.Rulebook(j); rb != nil {
		return rb.Window
	}
	w, _ := ParseWindow("")
	return w
}

// param returns the integer parameter name of j's rulebook, or 0.
func (e *Engine) param(j comity.Jurisdiction, name string) int64 {
	if rb := e.Rulebook(j); rb != nil {
		return rb.Bundle.Params.Int(name, 0)
	}
	return 0
}
