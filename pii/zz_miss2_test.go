package pii_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

func TestZZMiss2(t *testing.T) {
	loc := os.Getenv("LOC")
	cat := map[string]int{}
	for _, doc := range unwritten.Generate(1, 0) {
		if doc.Locale != loc {
			continue
		}
		fs := pii.Default.DetectString(doc.Text)
		for _, s := range doc.Spans {
			if s.Type != pii.PersonName {
				continue
			}
			hit, over := false, ""
			for _, f := range fs {
				if heldout.Matches(s, f.Type, int(f.Start), int(f.End)) {
					hit = true
				} else if int(f.Start) < s.End && int(f.End) > s.Start {
					over = fmt.Sprintf("%s:%q", f.Type, doc.Text[f.Start:f.End])
				}
			}
			if hit {
				continue
			}
			g := doc.Text[s.Start:s.End]
			c := "none"
			if over != "" {
				c = "overlap"
			}
			shape := "multi"
			if !strings.Contains(g, " ") {
				shape = "single"
			}
			if strings.ToLower(g) == g {
				shape = "lower"
			}
			known := "unknown"
			for _, w := range strings.FieldsFunc(g, func(r rune) bool { return r == ' ' || r == ',' }) {
				if pii.LexiconName(w) {
					known = "known"
				}
			}
			cat[c+"/"+shape+"/"+known]++
			a, b := max(s.Start-40, 0), min(s.End+30, len(doc.Text))
			fmt.Printf("MISS %-12s %-7s %-6s %-7s %q  ctx %q %s\n", doc.Kind, c, shape, known, g, doc.Text[a:b], over)
		}
	}
	fmt.Println(cat)
}
