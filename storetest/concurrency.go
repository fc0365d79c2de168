package storetest

import (
	"context"
	"sync"
	"testing"

	"github.com/comity-project/comity"
)

// testConcurrentWrites covers what the gate relies on when many requests
// write at once (package sqlite batches them in shared transactions, its
// group commit): one caller's failure is its own, and a write that
// returned is visible through every handle.
func testConcurrentWrites(t *testing.T, s, other Stores) {
	ctx := context.Background()
	const n = 64
	var wg sync.WaitGroup
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := s
			if i%2 == 1 {
				st = other
			}
			// Every fourth create repeats the id of the one before it, and
			// every eighth has fields that are not JSON.
			r := NewRecord(i-i%4/3, "acme")
			if i%8 == 5 {
				r = NewRecord(i, "acme")
				r.Fields = []byte("{not json")
			}
			if errs[i] = st.Records.CreateRecord(ctx, r); errs[i] == nil {
				got, err := other.Records.GetRecord(ctx, r.ID)
				if err != nil || got.Version != 1 {
					t.Errorf("a create that returned reads as %+v, %v through another handle", got, err)
				}
			}
		}()
	}
	wg.Wait()
	created := 0
	for i, err := range errs {
		switch {
		case i%8 == 5:
			if comity.ErrorCode(err) != comity.EINVALID {
				t.Errorf("create %d with bad fields: %v, want invalid", i, err)
			}
		case err == nil:
			created++
		case comity.ErrorCode(err) != comity.ECONFLICT:
			t.Errorf("create %d: %v", i, err)
		}
	}
	all, _, err := s.Records.QueryRecords(ctx, comity.RecordFilter{Limit: 1000})
	if err != nil || len(all) != created {
		t.Fatalf("%d records stored, %d creates succeeded (%v)", len(all), created, err)
	}
	// Ids 0..n-1 less the duplicates (i%4==3) and the invalid (i%8==5).
	if want := n - n/4 - n/8; created != want {
		t.Errorf("%d creates succeeded, want %d", created, want)
	}
}

// testPagingWhileWriting pages through records while another handle adds
// and deletes some: no page repeats a record, every record that lived
// throughout is seen once, in id order.
func testPagingWhileWriting(t *testing.T, s, other Stores) {
	ctx := context.Background()
	var rs []*comity.Record
	for i := range 60 {
		rs = append(rs, NewRecord(2*i, "acme")) // even ids; odd ones arrive meanwhile
	}
	if _, err := s.Records.ImportRecords(ctx, rs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	last := ""
	f := comity.RecordFilter{Limit: 7}
	for page := 0; ; page++ {
		got, next, err := s.Records.QueryRecords(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range got {
			if seen[r.ID] || r.ID <= last {
				t.Fatalf("page %d: %s repeated or out of order after %s", page, r.ID, last)
			}
			seen[r.ID], last = true, r.ID
		}
		// Meanwhile: one record behind the cursor and one ahead of it
		// arrive, and one ahead that lived throughout (never: it is even
		// and we delete only odd ones) stays.
		if err := other.Records.CreateRecord(ctx, NewRecord(2*page*7+1, "acme")); err != nil && comity.ErrorCode(err) != comity.ECONFLICT {
			t.Fatal(err)
		}
		if page > 0 {
			if err := other.Records.DeleteRecord(ctx, NewRecord(2*(page-1)*7+1, "acme").ID); err != nil && comity.ErrorCode(err) != comity.ENOTFOUND {
				t.Fatal(err)
			}
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	for _, r := range rs {
		if !seen[r.ID] {
			t.Errorf("%s lived throughout and was never listed", r.ID)
		}
	}
}
