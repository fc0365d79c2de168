package client

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
)

// CreateRecord stores a record at its home node (this node forwards it if
// the home is another).
func (c *Client) CreateRecord(ctx context.Context, in comityhttp.RecordInput) (*comity.RecordMeta, error) {
	var m comity.RecordMeta
	if err := c.doJSON(ctx, "POST", "/v1/records", in, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// UpdateRecord replaces a record's content.
func (c *Client) UpdateRecord(ctx context.Context, in comityhttp.RecordInput) (*comity.RecordMeta, error) {
	var m comity.RecordMeta
	if err := c.doJSON(ctx, "PUT", "/v1/records/"+url.PathEscape(in.ID), in, &m); err != nil {
		return nil, err
	}
	return &m, nil
}

// DeleteRecord tombstones a record.
func (c *Client) DeleteRecord(ctx context.Context, id string) error {
	return c.doJSON(ctx, "DELETE", "/v1/records/"+url.PathEscape(id), nil, nil)
}

// ReadRecord asks the gate of the record's home for one record.
func (c *Client) ReadRecord(ctx context.Context, id, purpose string) (*comity.Release, error) {
	q := url.Values{}
	if purpose != "" {
		q.Set("purpose", purpose)
	}
	var rel comity.Release
	if err := c.doJSON(ctx, "GET", "/v1/records/"+url.PathEscape(id)+"?"+q.Encode(), nil, &rel); err != nil {
		return nil, err
	}
	return &rel, nil
}

// ListRecords asks the gate of home (this node when empty) for one page.
func (c *Client) ListRecords(ctx context.Context, home comity.Jurisdiction, f comity.RecordFilter) (*comity.Release, error) {
	q := url.Values{}
	set := func(k, v string) {
		if v != "" {
			q.Set(k, v)
		}
	}
	set("home", string(home))
	set("controller", f.Controller)
	set("category", string(f.Category))
	set("subject", f.Subject)
	set("cursor", f.Cursor)
	if !f.UpdatedSince.IsZero() {
		q.Set("updated_since", f.UpdatedSince.Format(time.RFC3339))
	}
	if f.Limit > 0 {
		q.Set("limit", strconv.Itoa(f.Limit))
	}
	var rel comity.Release
	if err := c.doJSON(ctx, "GET", "/v1/records?"+q.Encode(), nil, &rel); err != nil {
		return nil, err
	}
	return &rel, nil
}

// Access sends a full request to the gate.
func (c *Client) Access(ctx context.Context, in comityhttp.AccessInput) (*comity.Release, error) {
	var rel comity.Release
	if err := c.doJSON(ctx, "POST", "/v1/access", in, &rel); err != nil {
		return nil, err
	}
	return &rel, nil
}

// Import sends one batch of NDJSON ("application/x-ndjson") or CSV
// ("text/csv"). A batch with an invalid line stores nothing; a valid batch
// is stored one transaction per home, and an error's "stored" detail says
// what each home stored before one failed.
func (c *Client) Import(ctx context.Context, contentType string, body io.Reader) (comity.ImportResult, error) {
	var res comity.ImportResult
	err := c.do(ctx, "POST", "/v1/import", contentType, body, &res)
	return res, err
}

// EUNAVAILABLE while the entry awaits a published checkpoint.
func (c *Client) ProveReceipt(ctx context.Context, r *comity.Receipt) (*ledger.Proof, error) {
	var p ledger.Proof
	if err := c.doJSON(ctx, "POST", "/v1/receipts/proof", r, &p); err != nil {
		return nil, err
	}
	return &p, nil
}

// ImportOptions tune ImportRecords.
type ImportOptions struct {
	// Batch is how many records go in one request (one transaction per
	// home at the node); less than 1 means 5000.
	Batch int
	// Read, when not nil, is told of each record read.
	Read func()
	// Stored, when not nil, is told after each batch how many records are
	// stored so far.
	Stored func(total int)
}

// ImportRecords sends the records each yields to POST /v1/import in
// batches, as NDJSON: each yields the records one by one (comity.ReadNDJSON,
// comity.ReadCSV) and stops at the first error. A batch is stored whole or
// not at all; on an error the import stops, saying how many records the
// batches before it stored, and running it again stores nothing twice.
//
// One batch is in flight at a time, in order; while the node stores it,
// the next is read and encoded.
func (c *Client) ImportRecords(ctx context.Context, each func(yield func(*comity.Record) error) error, opts ImportOptions) (comity.ImportResult, error) {
	if opts.Batch < 1 {
		opts.Batch = 5000
	}
	type outcome struct {
		res comity.ImportResult
		err error
	}
	var (
		total   comity.ImportResult
		buf     = new(bytes.Buffer)
		spare   = new(bytes.Buffer) // the body of the batch in flight
		enc     = json.NewEncoder(buf)
		n       int
		pending chan outcome // the batch in flight's; nil when none is
	)
	// wait waits for the batch in flight, if any, and counts what it stored.
	wait := func() error {
		if pending == nil {
			return nil
		}
		o := <-pending
		pending = nil
		if o.err != nil {
			return fmt.Errorf("after %d records stored: %w", total.Created+total.Updated+total.Unchanged, o.err)
		}
		total.Created += o.res.Created
		total.Updated += o.res.Updated
		total.Unchanged += o.res.Unchanged
		if opts.Stored != nil {
			opts.Stored(total.Created + total.Updated + total.Unchanged)
		}
		return nil
	}
	flush := func() error {
		if err := wait(); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		done := make(chan outcome, 1)
		pending = done
		go func(body []byte) {
			res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(body))
			done <- outcome{res, err}
		}(buf.Bytes())
		buf, spare = spare, buf
		buf.Reset()
		enc = json.NewEncoder(buf)
		n = 0
		return nil
	}
	err := each(func(r *comity.Record) error {
		if opts.Read != nil {
			opts.Read()
		}
		enc.Encode(comityhttp.RecordInput{ID: r.ID, Home: r.Home, Controller: r.Controller, Category: r.Category,
			Subjects: r.Subjects, Fields: r.Fields})
		if n++; n >= opts.Batch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	// The batch in flight failing comes before a later line's error: it
	// is what reading in step with the node would have stopped at.
	if werr := wait(); werr != nil {
		err = werr
	}
	return total, err
}
