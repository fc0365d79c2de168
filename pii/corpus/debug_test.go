package corpus

import (
	"fmt"
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
)

// TestDebugMisses prints the false positives and negatives of the type named
// by PII_DEBUG, for working on a detector.
func TestDebugMisses(t *testing.T) {
	name := os.Getenv("PII_DEBUG")
	if name == "" {
		t.Skip("set PII_DEBUG=type")
	}
	typ, err := pii.ParseType(name)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, doc := range Generate(Config{Seed: 1, Docs: 3000}) {
		fs := pii.Default.DetectString(doc.Text)
		for _, s := range doc.Spans {
			if s.Type != typ {
				continue
			}
			hit := false
			for _, f := range fs {
				if f.Type == typ && int(f.Start) == s.Start && int(f.End) == s.End {
					hit = true
				}
			}
			if !hit && n < 40 {
				n++
				fmt.Printf("FN %q in %q\n", doc.Text[s.Start:s.End], doc.Text[max(0, s.Start-40):min(len(doc.Text), s.End+20)])
				for _, f := range fs {
					if int(f.Start) < s.End && s.Start < int(f.End) {
						fmt.Printf("   got %s %q\n", f.Type, doc.Text[f.Start:f.End])
					}
				}
			}
		}
		for _, f := range fs {
			if f.Type != typ {
				continue
			}
			hit := false
			for _, s := range doc.Spans {
				if s.Type == typ && int(f.Start) == s.Start && int(f.End) == s.End {
					hit = true
				}
			}
			if !hit && n < 40 {
				n++
				fmt.Printf("FP %q in %q\n", doc.Text[f.Start:f.End], doc.Text[max(0, int(f.Start)-40):min(len(doc.Text), int(f.End)+20)])
			}
		}
	}
}
