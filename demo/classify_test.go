package demo_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
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

// TestStricterCategoryGoverns labels a CN record holding a resident ID as
// merely personal: the gate decides on the detected sensitive category, so
// the small-volume exemption for personal data does not release it, and
// the decision says why.
func TestStricterCategoryGoverns(t *testing.T) {
	f := startWithRulebooks(t, 1)
	ctx := context.Background()
	cn := f.Client("CN", "controller")
	meta, err := cn.CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Category: comity.CategoryPersonal, Subjects: []string{"cn-person-x"},
		Fields: json.RawMessage(`{"name":"王芳","id_number":"11010519491231002X","phone":"+86 139 1234 5678"}`)})
	if err != nil {
		t.Fatal(err)
	}
	if meta.Classification == nil || meta.Classification.Detected != comity.CategorySensitivePersonal || !meta.Classification.Overridden {
		t.Fatalf("classification %+v: want detected sensitive-personal, overridden", meta.Classification)
	}
	control, err := cn.CreateRecord(ctx, comityhttp.RecordInput{Home: "CN", Category: comity.CategoryPersonal, Subjects: []string{"cn-person-y"},
		Fields: json.RawMessage(`{"name":"李娜","phone":"+86 139 8765 4321"}`)})
	if err != nil {
		t.Fatal(err)
	}
	de := f.Client("DE", "requester")
	if rel, err := de.ReadRecord(ctx, control.ID, "customer-service"); err != nil || rel.Decision.Outcome != comity.Allow {
		t.Fatalf("a truly personal record under the exemption: %v", err)
	}
	rel, err := de.ReadRecord(ctx, meta.ID, "customer-service")
	if err == nil {
		t.Fatalf("a resident ID labelled personal was released abroad under %v", rel.Decision.Policies)
	}
	e, ok := err.(*comity.Error)
	if !ok || (e.Code != comity.EDENIED && e.Code != comity.EPENDING) {
		t.Fatalf("read: %v", err)
	}
	var dn *comity.Denial
	if !errors.As(err, &dn) || dn.Decision == nil {
		t.Fatalf("%s without its decision: %#v", e.Code, err)
	}
	d := dn.Decision
	if slices.Contains(d.Policies, "CN/exempt-small-volume") || !slices.ContainsFunc(d.Reasons, func(r string) bool {
		return strings.Contains(r, "labelled personal but its content is sensitive-personal")
	}) {
		t.Fatalf("decision %+v does not show the stricter category governing", d)
	}
}
