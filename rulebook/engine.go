package rulebook

import (
	"fmt"
	"iter"
	"slices"

	cedar "github.com/cedar-policy/cedar-go"

	"github.com/comity-project/comity"
)

// Engine decides requests against the baseline and the state rulebooks.
// An Engine is immutable and safe for concurrent use; With returns a new
// one with a rulebook added or replaced. A request is evaluated against the
// baseline and the rulebook of its data's home only, so the cost of a
// decision does not grow with the number of member states.
type Engine struct {
	baseline   *Rulebook
	states     map[comity.Jurisdiction]*stateRules
	bare       *stateRules // the baseline alone, for homes without a rulebook
	principals *principalCache
}

// stateRules is one home's policies merged with the baseline's: all of
// them in one set, and the permits again in another, because Cedar reports
// either the forbids or the permits that matched, and a pending decision
// may need both.
type stateRules struct {
	rb       *Rulebook   // nil for bare
	label    string      // "CN version 3", for results; "" for bare
	all      policySlice // forbids and permits
	permits  policySlice
	rules    map[cedar.PolicyID]*rule
	contexts *contextCache // per home and version, so params never go stale
}

// policySlice is a cedar.PolicyIterator over a slice, ordered by id:
// iterating a slice is cheaper than a map, and the order is stable.
type policySlice []policyEntry

type policyEntry struct {
	id cedar.PolicyID
	p  *cedar.Policy
}

// All implements cedar.PolicyIterator.
func (ps policySlice) All() iter.Seq2[cedar.PolicyID, *cedar.Policy] {
	return func(yield func(cedar.PolicyID, *cedar.Policy) bool) {
		for _, e := range ps {
			if !yield(e.id, e.p) {
				return
			}
		}
	}
}

func toSlice(m cedar.PolicyMap) policySlice {
	out := make(policySlice, 0, len(m))
	for id, p := range m {
		out = append(out, policyEntry{id, p})
	}
	slices.SortFunc(out, func(a, b policyEntry) int { return compareStrings(string(a.id), string(b.id)) })
	return out
}

// NewEngine returns an engine with the baseline and the given state
// rulebooks; two rulebooks of one state are refused.
func NewEngine(baseline *Rulebook, states ...*Rulebook) (*Engine, error) {
	if baseline == nil || baseline.Bundle.Kind != KindBaseline {
		return nil, fmt.Errorf("%w: the engine needs the baseline", ErrBundle)
	}
	e := &Engine{baseline: baseline, states: map[comity.Jurisdiction]*stateRules{}, principals: &principalCache{}}
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
	s := &stateRules{rb: rb, rules: map[cedar.PolicyID]*rule{}, contexts: &contextCache{}}
	forbids, permits := cedar.PolicyMap{}, cedar.PolicyMap{}
	if rb != nil {
		s.label = fmt.Sprintf("%s version %d", rb.Bundle.Jurisdiction, rb.Bundle.Version)
	}
	for _, src := range []*Rulebook{e.baseline, rb} {
		if src == nil {
			continue
		}
		for id, p := range src.forbids {
			forbids[id] = p
		}
		for id, p := range src.permits {
			permits[id] = p
		}
		for id, r := range src.rules {
			s.rules[id] = r
		}
	}
	all := cedar.PolicyMap{}
	for _, m := range []cedar.PolicyMap{forbids, permits} {
		for id, p := range m {
			all[id] = p
		}
	}
	s.all, s.permits = toSlice(all), toSlice(permits)
	return s
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
	n := &Engine{baseline: e.baseline, bare: e.bare, principals: e.principals, states: make(map[comity.Jurisdiction]*stateRules, len(e.states)+1)}
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
