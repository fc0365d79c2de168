package demo_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/comity-project/comity/demo"
)

func TestWalkthrough(t *testing.T) {
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 50})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	var out bytes.Buffer
	if err := demo.Walkthrough(ctx, f, &out); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	// The demo shows one release under consent (issue 24).
	if !strings.Contains(out.String(), "allow: 1 record released under consent") {
		t.Errorf("the walkthrough shows no release under consent:\n%s", out.String())
	}
	t.Log(out.String())
}
