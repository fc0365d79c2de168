package demo_test

import (
	"bytes"
	"context"
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
	t.Log(out.String())
}
