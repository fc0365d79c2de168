package pii_test

import (
	"fmt"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/untold"
)

func TestZZAddr(t *testing.T) {
	rules := pii.NewWithNameModel(nil, 0)
	for _, d := range untold.Generate(1, 1500) {
		for _, s := range d.Spans {
			if s.Type != pii.PostalAddress {
				continue
			}
			hit := func(det *pii.Detector) bool {
				for _, f := range det.DetectString(d.Text) {
					if heldout.Matches(s, f.Type, int(f.Start), int(f.End)) {
						return true
					}
				}
				return false
			}
			if hit(rules) && !hit(pii.Default) {
				var names []string
				for _, f := range pii.Default.DetectString(d.Text) {
					names = append(names, fmt.Sprintf("%s:%q", f.Type, d.Text[f.Start:f.End]))
				}
				fmt.Printf("%q\n  %v\n", d.Text[max(s.Start-40, 0):min(s.End+10, len(d.Text))], names)
			}
		}
	}
}
