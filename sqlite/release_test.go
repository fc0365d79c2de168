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

// TestReleasesCountByKind: the release log counts people per data kind,
// the controller's kinds and the detected ones alike, each person once,
// with those the request would add.
func TestReleasesCountByKind(t *testing.T) {
	ctx := context.Background()
	rs := open(t).Releases()
	req := &comity.AccessRequest{Requester: &comity.Principal{Organisation: "buyer", Jurisdiction: "CN"}}
	recs := []*comity.Record{
		{ID: "US-1", Home: "US", Category: comity.CategorySensitivePersonal, Subjects: []string{"p1", "p2"},
			Kinds: []comity.DataKind{comity.KindHealth}},
		{ID: "US-2", Home: "US", Category: comity.CategorySensitivePersonal, Subjects: []string{"p2", "p3"},
			Classification: &comity.Classification{Kinds: []comity.DataKind{comity.KindHealth, comity.KindGeolocation}}},
		{ID: "US-3", Home: "US", Category: comity.CategoryPersonal, Subjects: []string{"p4"}},
	}
	if err := rs.Released(ctx, req, recs); err != nil {
		t.Fatal(err)
	}
	got, err := rs.DistinctSubjects(ctx, sqlite.VolumeQuery{Requester: "buyer", RequesterIn: "CN", Home: "US",
		Since: time.Now().Add(-time.Hour), AddingKinds: map[comity.DataKind][]string{comity.KindGeolocation: {"p3", "p9"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[comity.DataKind]int{comity.KindHealth: 3, comity.KindGeolocation: 3}
	if len(got.Kinds) != len(want) || got.Kinds[comity.KindHealth] != 3 || got.Kinds[comity.KindGeolocation] != 3 {
		t.Fatalf("kinds = %v, want %v", got.Kinds, want)
	}
	if other, _ := rs.DistinctSubjects(ctx, sqlite.VolumeQuery{Requester: "someone else", Home: "US", Since: time.Now().Add(-time.Hour)}); other.Kinds != nil {
		t.Fatalf("another requester's kinds = %v, want none", other.Kinds)
	}
}
