package client

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// importServer answers POST /v1/import, counting the lines of each batch,
// and calls hold (if not nil) with the batch's number before answering;
// it fails the test if two batches are ever in flight at once.
func importServer(t *testing.T, hold func(n int) error) (*Client, *[]int) {
	var (
		inFlight atomic.Int32
		batches  []int
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if inFlight.Add(1) != 1 {
			t.Error("two batches in flight at once")
		}
		defer inFlight.Add(-1)
		lines := 0
		for sc := bufio.NewScanner(r.Body); sc.Scan(); lines++ {
		}
		batches = append(batches, lines)
		if hold != nil {
			if err := hold(len(batches)); err != nil {
				p := comityhttp.ProblemFor(err, "req")
				w.Header().Set("Content-Type", "application/problem+json")
				w.WriteHeader(p.Status)
				json.NewEncoder(w).Encode(p)
				return
			}
		}
		json.NewEncoder(w).Encode(comity.ImportResult{Created: lines})
	}))
	t.Cleanup(srv.Close)
	return &Client{BaseURL: srv.URL}, &batches
}

func records(n int, read func(i int) error) func(yield func(*comity.Record) error) error {
	return func(yield func(*comity.Record) error) error {
		for i := range n {
			if err := read(i); err != nil {
				return err
			}
			if err := yield(&comity.Record{ID: fmt.Sprintf("CN-%d", i), Category: comity.CategoryGeneral, Fields: json.RawMessage(`{}`)}); err != nil {
				return err
			}
		}
		return nil
	}
}

// TestImportRecordsReadsAhead: while the node stores one batch, the next
// is read and encoded; batches still go one at a time and in order.
func TestImportRecordsReadsAhead(t *testing.T) {
	const batch = 10
	secondRead := make(chan struct{})
	c, batches := importServer(t, func(n int) error {
		if n == 1 {
			select {
			case <-secondRead:
			case <-time.After(5 * time.Second):
				t.Error("the second batch was not read while the first was in flight")
			}
		}
		return nil
	})
	var stored []int
	res, err := c.ImportRecords(context.Background(), records(25, func(i int) error {
		if i == 2*batch-1 {
			close(secondRead)
		}
		return nil
	}), ImportOptions{Batch: batch, Stored: func(n int) { stored = append(stored, n) }})
	if err != nil || res.Created != 25 {
		t.Fatalf("ImportRecords = %+v, %v", res, err)
	}
	if fmt.Sprint(*batches) != "[10 10 5]" || fmt.Sprint(stored) != "[10 20 25]" {
		t.Errorf("batches %v, stored %v", *batches, stored)
	}
}

// TestImportRecordsStopsAtTheFailedBatch: when a batch fails, nothing
// after it is sent, and the error counts what the batches before it
// stored — also when a line read ahead was bad too.
func TestImportRecordsStopsAtTheFailedBatch(t *testing.T) {
	for _, badLine := range []bool{false, true} {
		c, batches := importServer(t, func(n int) error {
			if n == 2 {
				time.Sleep(50 * time.Millisecond) // the bad line is read meanwhile
				return comity.Errorf(comity.EUNAVAILABLE, "disk full")
			}
			return nil
		})
		res, err := c.ImportRecords(context.Background(), records(100, func(i int) error {
			if badLine && i == 25 {
				return errors.New("line 26: bad")
			}
			return nil
		}), ImportOptions{Batch: 10})
		if err == nil || !strings.Contains(err.Error(), "after 10 records stored") || comity.ErrorCode(err) != comity.EUNAVAILABLE || res.Created != 10 {
			t.Errorf("bad line %v: ImportRecords = %+v, %v", badLine, res, err)
		}
		if fmt.Sprint(*batches) != "[10 10]" {
			t.Errorf("bad line %v: batches %v", badLine, *batches)
		}
	}
}
