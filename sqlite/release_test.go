package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/sqlite"
)

// TestReleasesCountOneOrganisation: the same organisation asking under its
// name written three ways, and through a second node, is one requester
// with one allowance; records without subjects count as people, not as
// no one.
func TestReleasesCountOneOrganisation(t *testing.T) {
	ctx := context.Background()
	rs := open(t).Releases()
	rec := func(id string, subjects ...string) *comity.Record {
		return &comity.Record{ID: id, Home: "CN", Category: comity.CategoryPersonal, Subjects: subjects}
	}
	asks := []struct {
		org string
		via comity.Jurisdiction
		r   *comity.Record
	}{
		{"mm-a", "DE", rec("CN-1", "p1")},
		{"mm-a ", "DE", rec("CN-2", "p2")},
		{"MM-A", "US", rec("CN-3", "p3")},
		{"ＭＭ－Ａ", "US", rec("CN-4")}, // full-width, and no subjects
		{"mm-b", "DE", rec("CN-5", "p5")},
	}
	for _, a := range asks {
		req := &comity.AccessRequest{Requester: &comity.Principal{Organisation: a.org, Jurisdiction: a.via}}
		if err := rs.Released(ctx, req, []*comity.Record{a.r}); err != nil {
			t.Fatal(err)
		}
	}
	got, err := rs.DistinctSubjects(ctx, sqlite.VolumeQuery{Requester: "Mm-A", RequesterIn: "DE", Home: "CN", Since: time.Now().Add(-time.Hour)})
	if err != nil {
		t.Fatal(err)
	}
	if got.Personal != 4 {
		t.Fatalf("mm-a received %d people, want 4 (three names, two nodes, one record without subjects)", got.Personal)
	}
}
