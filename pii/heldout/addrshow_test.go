package heldout_test

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/fresh"
	"github.com/comity-project/comity/pii/heldout/sealed"
	"github.com/comity-project/comity/pii/heldout/unasked"
	"github.com/comity-project/comity/pii/heldout/unclaimed"
	"github.com/comity-project/comity/pii/heldout/unexplored"
	"github.com/comity-project/comity/pii/heldout/unforeseen"
	"github.com/comity-project/comity/pii/heldout/unheard"
	"github.com/comity-project/comity/pii/heldout/unheeded"
	"github.com/comity-project/comity/pii/heldout/unmapped"
	"github.com/comity-project/comity/pii/heldout/unproven"
	"github.com/comity-project/comity/pii/heldout/unread"
	"github.com/comity-project/comity/pii/heldout/unsaid"
	"github.com/comity-project/comity/pii/heldout/unseen"
	"github.com/comity-project/comity/pii/heldout/unshown"
	"github.com/comity-project/comity/pii/heldout/unsought"
	"github.com/comity-project/comity/pii/heldout/unspoken"
	"github.com/comity-project/comity/pii/heldout/unsung"
	"github.com/comity-project/comity/pii/heldout/untold"
	"github.com/comity-project/comity/pii/heldout/unuttered"
	"github.com/comity-project/comity/pii/heldout/unvisited"
	"github.com/comity-project/comity/pii/heldout/unvoiced"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

// TestShowAddressErrors prints every address error of the set named by
// ADDR_SHOW (unmapped, unforeseen, unexplored, unclaimed, unvisited, unproven, unsought, unasked, unshown, unwritten, unheeded, unuttered, unspoken, unvoiced, unsung, unsaid, unheard, unread, untold, fresh, unseen, blind, tuning), classed: MISS (nothing
// overlaps), SHORT/LONG/SHIFT (a finding overlaps but does not match),
// FALSE (a finding overlapping no labelled address). A reading tool, not a
// check.
func TestShowAddressErrors(t *testing.T) {
	set := os.Getenv("ADDR_SHOW")
	if set == "" {
		t.Skip("set ADDR_SHOW=unmapped|unforeseen|unexplored|unclaimed|unvisited|unproven|unsought|unasked|unshown|unwritten|unheeded|unuttered|unspoken|unvoiced|unsung|unsaid|unheard|fresh|unseen|untold|unread|blind|tuning")
	}
	var docs []heldout.Doc
	switch set {
	case "fresh":
		docs = fresh.Generate(1, 1500)
	case "unseen":
		docs = unseen.Generate(1, 1500)
	case "unsung":
		docs = unsung.Generate(1, 1500)
	case "unheeded":
		docs = unheeded.Generate(1, 1500)
	case "unuttered":
		docs = unuttered.Generate(1, 1500)
	case "unspoken":
		docs = unspoken.Generate(1, 1500)
	case "unvoiced":
		docs = unvoiced.Generate(1, 1500)
	case "unsaid":
		docs = unsaid.Generate(1, 1500)
	case "unmapped":
		docs = unmapped.Generate(1, 1500)
	case "unforeseen":
		docs = unforeseen.Generate(1, 1500)
	case "unexplored":
		docs = unexplored.Generate(1, 1500)
	case "unclaimed":
		docs = unclaimed.Generate(1, 1500)
	case "unvisited":
		docs = unvisited.Generate(1, 1500)
	case "unproven":
		docs = unproven.Generate(1, 1500)
	case "unsought":
		docs = unsought.Generate(1, 1500)
	case "unasked":
		docs = unasked.Generate(1, 1500)
	case "unshown":
		docs = unshown.Generate(1, 1500)
	case "unheard":
		docs = unheard.Generate(1, 1500)
	case "unread":
		docs = unread.Generate(1, 1500)
	case "untold":
		docs = untold.Generate(1, 1500)
	case "unwritten":
		docs = unwritten.Generate(1, 1500)
	case "sealed":
		docs = sealed.Generate(1, 1500)
	case "blind":
		docs = heldout.GenerateBlind(1, 1500)
	default:
		docs = heldout.Generate(1, 1500)
	}
	q := func(s string) string { return strings.ReplaceAll(fmt.Sprintf("%q", s), "\\n", "⏎") }
	// SHOW_DOC=n prints the text of document n instead.
	if n, err := strconv.Atoi(os.Getenv("SHOW_DOC")); err == nil && n >= 0 && n < len(docs) {
		fmt.Printf("%s %s\n%s\n", docs[n].Locale, docs[n].Kind, docs[n].Text)
		return
	}
	for di, doc := range docs {
		fs := pii.Default.DetectString(doc.Text)
		for _, s := range doc.Spans {
			if s.Type != pii.PostalAddress {
				continue
			}
			hit, over := false, -1
			for i, f := range fs {
				if f.Type != pii.PostalAddress {
					continue
				}
				if heldout.Matches(s, f.Type, int(f.Start), int(f.End)) {
					hit = true
				} else if int(f.Start) < s.End && int(f.End) > s.Start {
					over = i
				}
			}
			if hit {
				continue
			}
			if over < 0 {
				fmt.Printf("%s MISS d%d %s\n   ctx %s\n", doc.Locale, di, q(doc.Text[s.Start:s.End]), q(near(doc.Text, s.Start, s.End)))
				continue
			}
			f := fs[over]
			kind := "SHIFT"
			if int(f.Start) >= s.Start && int(f.End) <= s.End {
				kind = "SHORT"
			} else if int(f.Start) <= s.Start && int(f.End) >= s.End {
				kind = "LONG"
			}
			fmt.Printf("%s %s d%d gold %s\n   got %s\n   ctx %s\n", doc.Locale, kind, di, q(doc.Text[s.Start:s.End]), q(doc.Text[f.Start:f.End]), q(near(doc.Text, s.Start, s.End)))
		}
		for _, f := range fs {
			if f.Type != pii.PostalAddress {
				continue
			}
			over := false
			for _, s := range doc.Spans {
				over = over || s.Type == pii.PostalAddress && int(f.Start) < s.End && int(f.End) > s.Start
			}
			if !over {
				fmt.Printf("%s FALSE d%d %s\n   ctx %s\n", doc.Locale, di, q(doc.Text[f.Start:f.End]), q(near(doc.Text, int(f.Start), int(f.End))))
			}
		}
	}
}

func near(s string, a, b int) string { return s[max(0, a-40):min(len(s), b+30)] }
