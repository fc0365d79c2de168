package pii

import "context"

// rulesOnly is a Detector without the name model: the tests of the name
// rules (name*_test.go) hold the rules to their cases, each written for
// one rule; what the model adds is measured on the corpora of pii/heldout
// and tested in namemodel_test.go.
var rulesOnly = func() *Detector {
	d, err := New(context.Background(), Config{RulesOnly: true})
	if err != nil {
		panic(err)
	}
	return d
}()
