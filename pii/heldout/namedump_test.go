package heldout_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/fresh"
	"github.com/comity-project/comity/pii/heldout/sealed"
	"github.com/comity-project/comity/pii/heldout/unasked"
	"github.com/comity-project/comity/pii/heldout/unbidden"
	"github.com/comity-project/comity/pii/heldout/unclaimed"
	"github.com/comity-project/comity/pii/heldout/unexplored"
	"github.com/comity-project/comity/pii/heldout/unforeseen"
	"github.com/comity-project/comity/pii/heldout/unheard"
	"github.com/comity-project/comity/pii/heldout/unheeded"
	"github.com/comity-project/comity/pii/heldout/unlisted"
	"github.com/comity-project/comity/pii/heldout/unmapped"
	"github.com/comity-project/comity/pii/heldout/unmarked"
	"github.com/comity-project/comity/pii/heldout/unopened"
	"github.com/comity-project/comity/pii/heldout/unproven"
	"github.com/comity-project/comity/pii/heldout/unread"
	"github.com/comity-project/comity/pii/heldout/unsaid"
	"github.com/comity-project/comity/pii/heldout/unseen"
	"github.com/comity-project/comity/pii/heldout/unshown"
	"github.com/comity-project/comity/pii/heldout/unsigned"
	"github.com/comity-project/comity/pii/heldout/unsought"
	"github.com/comity-project/comity/pii/heldout/unspoken"
	"github.com/comity-project/comity/pii/heldout/unsung"
	"github.com/comity-project/comity/pii/heldout/untold"
	"github.com/comity-project/comity/pii/heldout/unuttered"
	"github.com/comity-project/comity/pii/heldout/unvisited"
	"github.com/comity-project/comity/pii/heldout/unvoiced"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

// TestDumpNameErrors writes every name miss and false name of the twenty-three
// read sets to the directory in NAMEDUMP (only the set NAMEDUMP_SET names,
// if set): a reading tool, not a check.
func TestDumpNameErrors(t *testing.T) {
	dir := os.Getenv("NAMEDUMP")
	if dir == "" {
		t.Skip("set NAMEDUMP=dir")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	sets := map[string][]heldout.Doc{
		"sealed":     sealed.Generate(1, 1500),
		"fresh":      fresh.Generate(1, 1500),
		"unseen":     unseen.Generate(1, 1500),
		"blind":      heldout.GenerateBlind(1, 1500),
		"tuning":     heldout.Generate(1, 1500),
		"untold":     untold.Generate(1, 1500),
		"unread":     unread.Generate(1, 1500),
		"unheard":    unheard.Generate(1, 1500),
		"unsaid":     unsaid.Generate(1, 1500),
		"unsung":     unsung.Generate(1, 1500),
		"unvoiced":   unvoiced.Generate(1, 1500),
		"unspoken":   unspoken.Generate(1, 1500),
		"unuttered":  unuttered.Generate(1, 1500),
		"unheeded":   unheeded.Generate(1, 1500),
		"unwritten":  unwritten.Generate(1, 1500),
		"unopened":   unopened.Generate(1, 1500),
		"unmarked":   unmarked.Generate(1, 1500),
		"unbidden":   unbidden.Generate(1, 1500),
		"unsigned":   unsigned.Generate(1, 1500),
		"unlisted":   unlisted.Generate(1, 1500),
		"unshown":    unshown.Generate(1, 1500),
		"unasked":    unasked.Generate(1, 1500),
		"unsought":   unsought.Generate(1, 1500),
		"unproven":   unproven.Generate(1, 1500),
		"unvisited":  unvisited.Generate(1, 1500),
		"unclaimed":  unclaimed.Generate(1, 1500),
		"unexplored": unexplored.Generate(1, 1500),
		"unmapped":   unmapped.Generate(1, 1500),
		"unforeseen": unforeseen.Generate(1, 1500),
	}
	for name, docs := range sets {
		if only := os.Getenv("NAMEDUMP_SET"); only != "" && name != only {
			continue // NAMEDUMP_SET=unforeseen dumps one set
		}
		var b strings.Builder
		for _, doc := range docs {
			fs := pii.Default.DetectString(doc.Text)
			for _, s := range doc.Spans {
				if s.Type != pii.PersonName {
					continue
				}
				hit := false
				part := ""
				for _, f := range fs {
					hit = hit || heldout.Matches(s, f.Type, int(f.Start), int(f.End))
					if f.Type == pii.PersonName && int(f.Start) < s.End && int(f.End) > s.Start {
						part = doc.Text[f.Start:f.End]
					}
				}
				if !hit {
					fmt.Fprintf(&b, "%s MISS %q part=%q in %q\n", doc.Locale, doc.Text[s.Start:s.End], part, ctx(doc.Text, s.Start, s.End))
				}
			}
			for _, f := range fs {
				if f.Type != pii.PersonName {
					continue
				}
				hit := false
				for _, s := range doc.Spans {
					hit = hit || heldout.Matches(s, f.Type, int(f.Start), int(f.End))
				}
				if !hit {
					fmt.Fprintf(&b, "%s FALSE %q by %s in %q\n", doc.Locale, doc.Text[f.Start:f.End], f.Validation, ctx(doc.Text, int(f.Start), int(f.End)))
				}
			}
		}
		if err := os.WriteFile(dir+"/"+name+".txt", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ctx(s string, a, b int) string { return s[max(0, a-50):min(len(s), b+30)] }
