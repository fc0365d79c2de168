package pii

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZProbe(t *testing.T) {
	f := os.Getenv("ZZP")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	for _, s := range strings.Split(string(data), "\n%%\n") {
		var got []string
		for _, f := range Default.DetectString(s) {
			if f.Type == PostalAddress {
				got = append(got, fmt.Sprintf("%q", s[f.Start:f.End]))
			}
		}
		fmt.Printf("%q\n   => %s\n", s, strings.Join(got, " | "))
	}
}
