package rulebook

import "testing"

// The shipped samples exercise every policy and every threshold boundary
// (figure − 1, figure, figure + 1) with their examples.
func TestSampleCoverage(t *testing.T) {
	e := sampleEngine(t)
	for _, c := range e.Coverage(e.RunExamples()) {
		if c.Boundaries == 0 && c.Bundle != "baseline" {
			t.Errorf("%s: no threshold found: the comparison pattern no longer matches the policies", c.Bundle)
		}
		for _, id := range c.Unexercised {
			t.Errorf("%s: no example exercises %s", c.Bundle, id)
		}
		for _, b := range c.Uncovered {
			t.Errorf("%s: %s", c.Bundle, b)
		}
	}
}
