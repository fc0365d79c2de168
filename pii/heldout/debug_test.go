package heldout

import (
	"fmt"
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
)

// TestShowMisses prints the misses and false findings of one locale and
// type when HELDOUT_SHOW is set ("de/postal_address"): a tool for reading
// the detector's errors, not a check.
func TestShowMisses(t *testing.T) {
	want := os.Getenv("HELDOUT_SHOW")
	if want == "" {
		t.Skip("set HELDOUT_SHOW=locale/type")
	}
	n := 0
	docs := Generate(1, 1500)
	if os.Getenv("HELDOUT_BLIND") != "" {
		docs = GenerateBlind(1, 1500)
	}
	for _, doc := range docs {
		fs := pii.Default.DetectString(doc.Text)
		for _, s := range doc.Spans {
			if doc.Locale+"/"+s.Type.String() != want {
				continue
			}
			hit := false
			for _, f := range fs {
				hit = hit || Matches(s, f.Type, int(f.Start), int(f.End))
			}
			if !hit && n < 40 {
				n++
				fmt.Printf("MISS %q in %q\n", doc.Text[s.Start:s.End], near(doc.Text, s.Start, s.End))
			}
		}
		for _, f := range fs {
			if doc.Locale+"/"+f.Type.String() != want {
				continue
			}
			hit := false
			for _, s := range doc.Spans {
				hit = hit || Matches(s, f.Type, int(f.Start), int(f.End))
			}
			if !hit && n < 80 {
				n++
				fmt.Printf("FALSE %q in %q\n", doc.Text[f.Start:f.End], near(doc.Text, int(f.Start), int(f.End)))
			}
		}
	}
}

func near(s string, a, b int) string { return s[max(0, a-30):min(len(s), b+20)] }
