// Package opabench compares the rulebook engine (Cedar) with OPA (Rego,
// prepared queries) evaluating equivalent rules: the baseline and the CN
// sample rulebook (rules.rego). It is a separate module so that OPA stays
// out of the comity binary and the main go.mod.
//
//	cd rulebook/opabench && go test -bench . -benchtime 2s
package opabench
