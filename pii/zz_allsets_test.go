package pii_test

import (
	"fmt"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
)

func TestZZAllSets(t *testing.T) {
	rules := pii.NewWithNameModel(nil, 0)
	for _, s := range trainingSets {
		docs := s.docs()
		a, b := heldout.Evaluate(rules, docs), heldout.Evaluate(pii.Default, docs)
		for _, loc := range heldout.Locales {
			for _, ty := range heldout.Types {
				x, y := a.Score(loc, ty), b.Score(loc, ty)
				mark := ""
				if x != y {
					mark = " *"
				}
				fmt.Printf("%-10s %s %-15s rules %.3f/%.3f  default %.3f/%.3f%s\n", s.name, loc, ty, x.Precision, x.Recall, y.Precision, y.Recall, mark)
			}
		}
	}
}
