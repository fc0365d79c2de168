package demo_test

import (
	"context"
	"encoding/json"
	"testing"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

func TestClassificationOnIngest(t *testing.T) {
	f := startWithRulebooks(t, 1)
	ctx := context.Background()
	c := f.Client("DE", "controller")
	for _, tc := range []struct {
		name       string
		category   comity.Category
		fields     string
		want       comity.Category
		detected   comity.Category
		overridden bool
	}{
		{"no category: the classifier decides", "", `{"name":"Jonas Becker","phone":"+49 30 901820","email":"jonas.becker@example.de"}`,
			comity.CategoryPersonal, comity.CategoryPersonal, false},
		{"health data is sensitive", "", `{"patient":"Jonas Becker","diagnosis":"asthma","health":"asthma"}`,
			comity.CategorySensitivePersonal, comity.CategorySensitivePersonal, false},
		{"the controller overrides, and it is recorded", comity.CategoryGeneral, `{"contact":"+49 30 901820 or jonas.becker@example.de"}`,
			comity.CategoryGeneral, comity.CategoryPersonal, true},
		{"nothing personal", "", `{"sku":"A-100","stock":12}`, comity.CategoryGeneral, comity.CategoryGeneral, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			meta, err := c.CreateRecord(ctx, comityhttp.RecordInput{Home: "DE", Category: tc.category,
				Subjects: []string{"de-person-jonas"}, Fields: json.RawMessage(tc.fields)})
			if err != nil {
				t.Fatal(err)
			}
			cl := meta.Classification
			if meta.Category != tc.want || cl == nil || cl.Detected != tc.detected || cl.Overridden != tc.overridden {
				t.Fatalf("category %s, classification %+v", meta.Category, cl)
			}
			if tc.detected != comity.CategoryGeneral && len(cl.Fields) == 0 {
				t.Fatal("no sensitive field paths recorded")
			}
		})
	}
	// Personal information about no one is refused at its home, also when
	// the write is forwarded.
	if _, err := f.Client("US", "controller").CreateRecord(ctx, comityhttp.RecordInput{Home: "DE",
		Fields: json.RawMessage(`{"email":"anna.schmidt@example.de"}`)}); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("personal record without subjects: %v", err)
	}
	// Classification happens at the home node, also for forwarded writes.
	meta, err := f.Client("US", "controller").CreateRecord(ctx, comityhttp.RecordInput{Home: "DE",
		Subjects: []string{"de-person-anna"}, Fields: json.RawMessage(`{"email":"anna.schmidt@example.de"}`)})
	if err != nil || meta.Category != comity.CategoryPersonal {
		t.Fatalf("forwarded write: %+v %v", meta, err)
	}
}
