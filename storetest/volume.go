package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// volumeLimit is the most people a requester may receive in testVolume.
const volumeLimit = 20

// limitPolicy allows a cross-border read while the requester's cumulative
// distinct subjects, this request's included, stay within volumeLimit: the
// shape of a rulebook's mass-collection rule.
type limitPolicy struct{ volume rulebook.Volume }

func (p limitPolicy) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	adding := map[comity.Category][]string{}
	for _, r := range records {
		adding[r.Category] = append(adding[r.Category], r.Subjects...)
	}
	c, err := p.volume.DistinctSubjects(ctx, rulebook.VolumeQuery{Requester: req.Requester.Organisation,
		RequesterIn: req.Requester.Jurisdiction, Home: node, Since: time.Now().Add(-time.Hour), Adding: adding})
	if err != nil {
		return nil, err
	}
	if c.Total > volumeLimit {
		return &comity.Decision{Outcome: comity.Deny, Reasons: []string{fmt.Sprintf("%d people exceed the limit", c.Total)}}, nil
	}
	return &comity.Decision{Outcome: comity.Allow}, nil
}

// testVolume runs parallel one-record slices by one foreign requester
// through two gates on two handles of one database, as two processes of a
// node behind a load balancer would: the slices together must stop at the
// limit exactly, which needs the requester lock to hold across handles.
func testVolume(t *testing.T, s, other Stores) {
	ctx := context.Background()
	const n = 2 * volumeLimit
	var rs []*comity.Record
	for i := range n {
		rs = append(rs, NewRecord(i, "acme"))
	}
	if _, err := s.Records.ImportRecords(ctx, rs); err != nil {
		t.Fatal(err)
	}
	gate := func(st Stores) *comity.Gate {
		return &comity.Gate{Node: "CN", NodeName: "cn-node", Records: st.Records, Policy: limitPolicy{st.Volume},
			Releases: st.Releases, Locker: st.Locker}
	}
	gates := []*comity.Gate{gate(s), gate(other)}
	requester := &comity.Principal{ID: "spy", Organisation: "spyco", Jurisdiction: "US", Roles: []comity.Role{comity.RoleController}}
	var (
		wg              sync.WaitGroup
		mu              sync.Mutex
		allowed, denied int
	)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, err := gates[i%2].Read(ctx, &comity.AccessRequest{Requester: requester, RecordIDs: []string{rs[i].ID}})
			mu.Lock()
			defer mu.Unlock()
			switch comity.ErrorCode(err) {
			case "":
				allowed++
			case comity.EDENIED:
				denied++
			default:
				t.Errorf("read %s: %v", rs[i].ID, err)
			}
		}()
	}
	wg.Wait()
	if allowed != volumeLimit || denied != n-volumeLimit {
		t.Fatalf("%d slices allowed, %d denied; want exactly %d allowed", allowed, denied, volumeLimit)
	}
	for _, st := range []Stores{s, other} {
		c, err := st.Volume.DistinctSubjects(ctx, rulebook.VolumeQuery{Requester: "spyco", RequesterIn: "US", Home: "CN",
			Since: time.Now().Add(-time.Hour)})
		if err != nil || c.Total != volumeLimit || c.Personal != volumeLimit || c.Sensitive != 0 {
			t.Fatalf("counted %+v, %v; want %d personal", c, err, volumeLimit)
		}
	}

	t.Run("many requesters at once", func(t *testing.T) {
		// More requesters deciding at once than a small connection pool
		// has connections: lock holders must not starve the counting and
		// writing they go on to do.
		ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
		defer cancel()
		var wg sync.WaitGroup
		for i := range 64 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				p := &comity.Principal{ID: "r", Organisation: fmt.Sprintf("org-%d", i), Jurisdiction: "DE"}
				if _, err := gates[i%2].Read(ctx, &comity.AccessRequest{Requester: p, RecordIDs: []string{rs[i%n].ID}}); err != nil {
					t.Errorf("read by %s: %v", p.Organisation, err)
				}
			}()
		}
		wg.Wait()
	})

	t.Run("counts", func(t *testing.T) {
		// A person received twice, in two categories, and one named twice
		// in one request, are each one person.
		req := &comity.AccessRequest{Requester: &comity.Principal{Organisation: "other", Jurisdiction: "DE"}}
		a, b := NewRecord(1000, "acme"), NewRecord(1001, "acme")
		b.Subjects = []string{"subject-1000", "subject-1000"}
		b.Category = comity.CategorySensitivePersonal
		for _, batch := range [][]*comity.Record{{a}, {a, b}} {
			if err := s.Releases.Released(ctx, req, batch); err != nil {
				t.Fatal(err)
			}
		}
		q := rulebook.VolumeQuery{Requester: "other", RequesterIn: "DE", Home: "CN", Since: time.Now().Add(-time.Hour),
			Adding: map[comity.Category][]string{comity.CategoryGeneral: {"subject-7"}, comity.CategoryPersonal: {"subject-1000"}}}
		c, err := other.Volume.DistinctSubjects(ctx, q)
		if want := (rulebook.Counts{Total: 2, Personal: 1, Sensitive: 1}); err != nil || c != want {
			t.Errorf("counted %+v, %v; want %+v", c, err, want)
		}
		q.Since = time.Now().Add(time.Hour)
		if c, _ := other.Volume.DistinctSubjects(ctx, q); c != (rulebook.Counts{Total: 2, Personal: 1}) {
			t.Errorf("outside the window: %+v, want only the request's own", c)
		}
		// An organisation is counted as one whichever state it asks from
		// (comity.CountedAs), and the people sent to a destination are
		// counted over every requester: the 40 people the "many
		// requesters" sent to DE, and this one.
		q.RequesterIn = "FR"
		q.Since, q.Adding, q.Destination = time.Time{}, nil, "DE"
		c, err = other.Volume.DistinctSubjects(ctx, q)
		if want := (rulebook.Counts{Total: 1, Personal: 1, Sensitive: 1, DestinationTotal: n + 1, DestinationPersonal: n + 1, DestinationSensitive: 1}); err != nil || c != want {
			t.Errorf("counted %+v, %v; want %+v", c, err, want)
		}
	})
}
