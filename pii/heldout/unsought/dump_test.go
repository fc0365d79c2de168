package unsought

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	for i, d := range Generate(DefaultSeed, 0) {
		if d.Locale != os.Getenv("DUMP") {
			continue
		}
		fmt.Printf("=== %d %s\n%s\n", i, d.Kind, d.Text)
		for _, s := range d.Spans {
			fmt.Printf("  [%d] %q\n", s.Type, d.Text[s.Start:s.End])
		}
	}
}
