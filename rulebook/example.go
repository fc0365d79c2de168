package rulebook

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Example is a request that a rulebook ships with the outcome its authors
// expect; `comity rulebook test` runs every example.
type Example struct {
	Name        string  `json:"name,omitempty"`
	Description string  `json:"description,omitempty"`
	Request     Request `json:"request"`
	Expect      Expect  `json:"expect"`
}

// Expect is an example's expected decision. Policies lists ids that must be
// among the deciding policies; Obligations, when not nil, is exactly the set
// of kinds of the decision's unmet obligations ("minimise" included).
type Expect struct {
	Outcome     comity.Outcome `json:"outcome"`
	Policies    []string       `json:"policies,omitempty"`
	Obligations []string       `json:"obligations,omitempty"`
}

// ParseExample decodes and checks one example file.
func ParseExample(data []byte) (*Example, error) {
	var ex Example
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ex); err != nil {
		return nil, fmt.Errorf("%w: decode example: %v", ErrBundle, err)
	}
	if err := ex.Request.Validate(); err != nil {
		return nil, fmt.Errorf("%w: example request: %v", ErrBundle, err)
	}
	if !slices.Contains([]comity.Outcome{comity.Allow, comity.Deny, comity.Pending}, ex.Expect.Outcome) {
		return nil, fmt.Errorf("%w: example expects outcome %q: want allow, deny or pending", ErrBundle, ex.Expect.Outcome)
	}
	return &ex, nil
}

// ExampleResult is the outcome of running one example.
type ExampleResult struct {
	Bundle  string  `json:"bundle"`
	Name    string  `json:"name"`
	Result  *Result `json:"result"`
	Failure string  `json:"failure,omitempty"` // empty when the example passed
}

// RunExamples decides every example of the installed rulebooks (and of the
// baseline) and compares each decision with what the example expects.
func (e *Engine) RunExamples() []ExampleResult {
	var out []ExampleResult
	for _, rb := range append([]*Rulebook{e.baseline}, e.Rulebooks()...) {
		for _, ex := range rb.Bundle.Examples {
			r := ex.Request
			res := e.Decide(&r)
			out = append(out, ExampleResult{Bundle: rb.Bundle.Name(), Name: ex.Name, Result: res, Failure: ex.Expect.check(res.Decision)})
		}
	}
	return out
}

// check returns why d does not meet the expectation, or "".
func (x Expect) check(d *comity.Decision) string {
	var why []string
	if d.Outcome != x.Outcome {
		why = append(why, fmt.Sprintf("outcome %s, want %s", d.Outcome, x.Outcome))
	}
	for _, p := range x.Policies {
		if !slices.Contains(d.Policies, p) {
			why = append(why, fmt.Sprintf("policy %s did not decide (deciding: %s)", p, strings.Join(d.Policies, ", ")))
		}
	}
	if x.Obligations != nil {
		got := unmetObligationKinds(d)
		want := slices.Clone(x.Obligations)
		slices.Sort(want)
		want = slices.Compact(want)
		if !slices.Equal(got, want) {
			why = append(why, fmt.Sprintf("obligations [%s], want [%s]", strings.Join(got, ", "), strings.Join(want, ", ")))
		}
	}
	return strings.Join(why, "; ")
}

func unmetObligationKinds(d *comity.Decision) []string {
	var kinds []string
	for _, o := range d.Obligations {
		if !o.Met {
			kinds = append(kinds, o.Kind)
		}
	}
	slices.Sort(kinds)
	return slices.Compact(kinds)
}
