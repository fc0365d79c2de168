package pii

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	s := os.Getenv("ZZ")
	if s == "" {
		t.Skip()
	}
	for _, f := range Default.DetectString(s) {
		fmt.Printf("%s %q %s\n", f.Type, s[f.Start:f.End], f.Validation)
	}
}
