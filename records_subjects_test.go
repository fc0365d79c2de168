package comity_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/sqlite"
)

// TestPersonalRecordsNameSubjects: personal information about no one would
// be released and counted as nobody by every volume limit, so it is refused
// at ingest; one stored before is counted as one person per record.
func TestPersonalRecordsNameSubjects(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cl, err := pii.NewClassifier(ctx, pii.ClassifierConfig{Jurisdiction: "CN"})
	if err != nil {
		t.Fatal(err)
	}
	svc := &comity.RecordService{Node: "CN", Store: db.Records(), Classifier: cl}
	by := &comity.Principal{ID: "c", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}
	rec := func(id, cat, fields string, subjects ...string) *comity.Record {
		return &comity.Record{ID: id, Home: "CN", Controller: "acme", Category: comity.Category(cat), Subjects: subjects, Fields: json.RawMessage(fields)}
	}
	const person = `{"phone":"13812345678"}`
	for _, tc := range []struct {
		name string
		r    *comity.Record
		ok   bool
	}{
		{"personal without subjects", rec("CN-1", "personal", `{"a":1}`), false},
		{"sensitive without subjects", rec("CN-2", "sensitive-personal", `{"a":1}`), false},
		{"classified personal without subjects", rec("CN-3", "", person), false},
		{"personal with a subject", rec("CN-4", "personal", person, "p-4"), true},
		{"general without subjects", rec("CN-5", "general", `{"a":1}`), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.Create(ctx, by, tc.r)
			if tc.ok != (err == nil) || err != nil && comity.ErrorCode(err) != comity.EINVALID {
				t.Fatalf("Create: %v", err)
			}
			if _, err := svc.Import(ctx, by, []*comity.Record{rec(tc.r.ID+"i", string(tc.r.Category), string(tc.r.Fields), tc.r.Subjects...)}); tc.ok != (err == nil) {
				t.Fatalf("Import: %v", err)
			}
		})
	}
	t.Run("update cannot drop the subjects", func(t *testing.T) {
		if _, err := svc.Update(ctx, by, rec("CN-4", "personal", person)); comity.ErrorCode(err) != comity.EINVALID {
			t.Fatalf("Update: %v", err)
		}
	})
	t.Run("one stored before is one person", func(t *testing.T) {
		old := rec("CN-9", "personal", person)
		if got := old.CountedSubjects(); len(got) != 1 || slices.Contains(got, "") {
			t.Fatalf("CountedSubjects = %q", got)
		}
		if a, b := old.CountedSubjects(), rec("CN-8", "personal", person).CountedSubjects(); a[0] == b[0] {
			t.Fatal("two records without subjects count as one person")
		}
	})
}

// A controller may add data kinds to those its node's classifier detects,
// never remove one: the stored record carries both.
func TestRecordKindsMergeDetected(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cl, err := pii.NewClassifier(ctx, pii.ClassifierConfig{Jurisdiction: "CN"})
	if err != nil {
		t.Fatal(err)
	}
	svc := &comity.RecordService{Node: "CN", Store: db.Records(), Classifier: cl}
	by := &comity.Principal{ID: "c", Organisation: "acme", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}
	r := &comity.Record{ID: "CN-k1", Home: "CN", Controller: "acme", Category: comity.CategorySensitivePersonal,
		Subjects: []string{"p"}, Kinds: []comity.DataKind{comity.KindFinancial}, Fields: json.RawMessage(`{"diagnosis":"asthma"}`)}
	if _, err := svc.Create(ctx, by, r); err != nil {
		t.Fatal(err)
	}
	got, err := db.Records().GetRecord(ctx, r.ID)
	if err != nil {
		t.Fatal(err)
	}
	want := []comity.DataKind{comity.KindHealth, comity.KindFinancial}
	if !slices.Equal(got.Kinds, want) || got.Classification == nil || !slices.Equal(got.Classification.Kinds, []comity.DataKind{comity.KindHealth}) {
		t.Fatalf("stored kinds %v, detected %+v; want %v with health detected", got.Kinds, got.Classification, want)
	}
	got.Kinds = nil // a later label cannot drop the detected kind from what the gate decides on
	if !slices.Contains(got.GoverningKinds(), comity.KindHealth) {
		t.Fatalf("governing kinds lost the detected one: %v", got.GoverningKinds())
	}
	r.Kinds = []comity.DataKind{"astrology"}
	r.ID = "CN-k2"
	if _, err := svc.Create(ctx, by, r); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("a kind outside the vocabulary: %v, want invalid", err)
	}
}
