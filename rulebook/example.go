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
	// Assumes names what the example takes as given about other states'
	// rulebooks; it runs only where that holds. The baseline's examples use
	// it, so that a new member's rulebooks are tested against the baseline
	// examples that apply to them, not against the sample states'.
	Assumes *Assumes `json:"assumes,omitempty"`
}

// Assumes is an example's precondition on the installed rulebooks.
type Assumes struct {
	// Rulebooks are states whose rulebooks must be installed.
	Rulebooks []comity.Jurisdiction `json:"rulebooks,omitempty"`
	// NoRulebook are states that must have none.
	NoRulebook []comity.Jurisdiction `json:"no_rulebook,omitempty"`
}

// unmet returns why a does not hold for e, or "".
func (a *Assumes) unmet(e *Engine) string {
	if a == nil {
		return ""
	}
	var why []string
	for _, j := range a.Rulebooks {
		if e.Rulebook(j) == nil {
			why = append(why, "a rulebook of "+string(j))
		}
	}
	for _, j := range a.NoRulebook {
		if e.Rulebook(j) != nil {
			why = append(why, "no rulebook of "+string(j))
		}
	}
	if len(why) == 0 {
		return ""
	}
	return "assumes " + strings.Join(why, " and ")
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
	// Skipped says why an example did not run: its Assumes do not hold for
	// the rulebooks under test. Result is nil then.
	Skipped string `json:"skipped,omitempty"`
}

// RunExamples decides every example of the installed rulebooks and of the
// baseline, and compares each decision with what the example expects. An
// example whose Assumes do not hold for the installed rulebooks is skipped.
func (e *Engine) RunExamples() []ExampleResult {
	var out []ExampleResult
	for _, rb := range append([]*Rulebook{e.baseline}, e.Rulebooks()...) {
		for _, ex := range rb.Bundle.Examples {
			if why := ex.Assumes.unmet(e); why != "" {
				out = append(out, ExampleResult{Bundle: rb.Bundle.Name(), Name: ex.Name, Skipped: why})
				continue
			}
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
			kinds = append(kinds, string(o.Kind))
		}
	}
	slices.Sort(kinds)
	return slices.Compact(kinds)
}
