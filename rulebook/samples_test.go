package rulebook

import (
	"testing"
)

// sampleEngine loads the embedded baseline and sample rulebooks.
func sampleEngine(t testing.TB) *Engine {
	t.Helper()
	states, err := SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	base, err := SampleBaseline()
	if err != nil {
		t.Fatal(err)
	}
	e, err := Load(&Set{Baseline: base, States: states}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// TestSampleExamples runs every example the samples ship, as
// `comity rulebook test` does.
func TestSampleExamples(t *testing.T) {
	e := sampleEngine(t)
	results := e.RunExamples()
	if len(results) < 30 {
		t.Errorf("only %d examples", len(results))
	}
	for _, r := range results {
		t.Run(r.Bundle+"/"+r.Name, func(t *testing.T) {
			if r.Failure != "" {
				t.Errorf("%s\n%s", r.Failure, Explain(r.Result))
			}
		})
	}
}
