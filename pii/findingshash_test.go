package pii_test

import (
	"crypto/sha256"
	"fmt"
	"os"
	"testing"

	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/fresh"
	"github.com/comity-project/comity/pii/heldout/sealed"
	"github.com/comity-project/comity/pii/heldout/unheard"
	"github.com/comity-project/comity/pii/heldout/unheeded"
	"github.com/comity-project/comity/pii/heldout/unread"
	"github.com/comity-project/comity/pii/heldout/unsaid"
	"github.com/comity-project/comity/pii/heldout/unseen"
	"github.com/comity-project/comity/pii/heldout/unspoken"
	"github.com/comity-project/comity/pii/heldout/unsung"
	"github.com/comity-project/comity/pii/heldout/untold"
	"github.com/comity-project/comity/pii/heldout/unuttered"
	"github.com/comity-project/comity/pii/heldout/unvoiced"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

// TestFindingsHash prints a hash of every finding on each corpus, so that a
// change meant only for speed can be shown to find exactly the same things.
// It runs only with COMITY_FINDINGS_HASH=1.
func TestFindingsHash(t *testing.T) {
	if os.Getenv("COMITY_FINDINGS_HASH") == "" {
		t.Skip("set COMITY_FINDINGS_HASH=1")
	}
	sets := []struct {
		name string
		docs []heldout.Doc
	}{
		{"heldout", heldout.Generate(1, 1500)},
		{"blind", heldout.GenerateBlind(1, 1500)},
		{"fresh", fresh.Generate(1, 1500)},
		{"unseen", unseen.Generate(1, 1500)},
		{"sealed", sealed.Generate(1, 1500)},
		{"untold", untold.Generate(1, 1500)},
		{"unread", unread.Generate(1, 1500)},
		{"unheard", unheard.Generate(1, 1500)},
		{"unsaid", unsaid.Generate(1, 1500)},
		{"unsung", unsung.Generate(1, 1500)},
		{"unvoiced", unvoiced.Generate(1, 1500)},
		{"unspoken", unspoken.Generate(1, 1500)},
		{"unuttered", unuttered.Generate(1, 1500)},
		{"unheeded", unheeded.Generate(1, 1500)},
		{"unwritten", unwritten.Generate(1, 1500)},
	}
	hashFs := func(h interface{ Write([]byte) (int, error) }, fs []pii.Finding) int {
		for _, f := range fs {
			fmt.Fprintf(h, "%s|%s|%d|%d|%v|%s\n", f.Type, f.Class, f.Start, f.End, f.Confidence, f.Validation)
		}
		fmt.Fprintln(h, "--")
		return len(fs)
	}
	for _, s := range sets {
		h := sha256.New()
		n := 0
		for _, d := range s.docs {
			n += hashFs(h, pii.Default.DetectString(d.Text))
		}
		fmt.Printf("%-9s docs=%d findings=%d %x\n", s.name, len(s.docs), n, h.Sum(nil)[:12])
	}
	for _, c := range []struct {
		name string
		text []byte
	}{{"records", recordText()}, {"freetext", freeText()}, {"mixed", mixedText()}} {
		h := sha256.New()
		n := hashFs(h, pii.Default.AppendFindings(nil, c.text, 0))
		// Also line by line, as the scanner would see them.
		start := 0
		for i, b := range c.text {
			if b == '\n' {
				n += hashFs(h, pii.Default.DetectString(string(c.text[start:i])))
				start = i + 1
			}
		}
		fmt.Printf("%-9s bytes=%d findings=%d %x\n", c.name, len(c.text), n, h.Sum(nil)[:12])
	}
}
