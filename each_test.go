package comity

import (
	"errors"
	"fmt"
	"sync/atomic"
	"testing"
)

// TestEachRecordReportsTheFirstFailure: whatever order the workers run
// in, the error is the lowest-indexed record's, and every record before it
// was checked.
func TestEachRecordReportsTheFirstFailure(t *testing.T) {
	rs := make([]*Record, 5000)
	for i := range rs {
		rs[i] = &Record{ID: fmt.Sprint(i)}
	}
	for _, bad := range [][]int{nil, {0}, {4999}, {700, 64, 3000}, {63, 64}} {
		failing := map[string]bool{}
		for _, i := range bad {
			failing[rs[i].ID] = true
		}
		seen := make([]atomic.Bool, len(rs))
		i, err := eachRecord(rs, func(r *Record) error {
			var n int
			fmt.Sscan(r.ID, &n)
			seen[n].Store(true)
			if failing[r.ID] {
				return errors.New(r.ID)
			}
			return nil
		})
		want := -1
		for _, b := range bad {
			if want < 0 || b < want {
				want = b
			}
		}
		if i != want || (want >= 0) != (err != nil) || err != nil && err.Error() != fmt.Sprint(want) {
			t.Errorf("failing %v: eachRecord = %d, %v; want %d", bad, i, err, want)
		}
		for j := range max(want, len(rs)*boolRank(want < 0)) {
			if !seen[j].Load() {
				t.Fatalf("failing %v: record %d never checked", bad, j)
			}
		}
	}
}

// TestEachRecordPanicsInTheCaller: a panic in a worker reaches the
// caller's goroutine (where net/http recovers a handler's panic) instead
// of ending the process.
func TestEachRecordPanicsInTheCaller(t *testing.T) {
	rs := make([]*Record, 1000)
	for i := range rs {
		rs[i] = &Record{}
	}
	rs[900].ID = "boom"
	defer func() {
		if p := recover(); p != "boom" {
			t.Fatalf("recovered %v", p)
		}
	}()
	eachRecord(rs, func(r *Record) error {
		if r.ID == "boom" {
			panic("boom")
		}
		return nil
	})
	t.Fatal("no panic")
}
