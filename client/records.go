package client

import (
	"context"
	"io"
	"net/url"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// CreateRecord stores a record at its home node (this node forwards it if
// the home is another).
func (c *Client) CreateRecord(ctx context.Context, in comityhttp.RecordInput) (*comity.RecordMeta, error) {
	var m comity.RecordMeta
	return &m, c.doJSON(ctx, "POST", "/v1/records", in, &m)
}

// UpdateRecord replaces a record's content.
func (c *Client) UpdateRecord(ctx context.Context, in comityhttp.RecordInput) (*comity.RecordMeta, error) {
	var m comity.RecordMeta
	return &m, c.doJSON(ctx, "PUT", "/v1/records/"+url.PathEscape(in.ID), in, &m)
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
	return &rel, c.doJSON(ctx, "GET", "/v1/records/"+url.PathEscape(id)+"?"+q.Encode(), nil, &rel)
}

// QueryRecords asks the gate of home (this node when empty) for one page.
func (c *Client) QueryRecords(ctx context.Context, home comity.Jurisdiction, f comity.RecordFilter) (*comity.Release, error) {
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
	return &rel, c.doJSON(ctx, "GET", "/v1/records?"+q.Encode(), nil, &rel)
}

// Access sends a full request to the gate.
func (c *Client) Access(ctx context.Context, in comityhttp.AccessInput) (*comity.Release, error) {
	var rel comity.Release
	return &rel, c.doJSON(ctx, "POST", "/v1/access", in, &rel)
}

// Import sends one batch of NDJSON ("application/x-ndjson") or CSV
// ("text/csv"); the node stores it whole or not at all.
func (c *Client) Import(ctx context.Context, contentType string, body io.Reader) (comity.ImportResult, error) {
	var res comity.ImportResult
	return res, c.do(ctx, "POST", "/v1/import", contentType, body, &res)
}

// CreatePrincipal creates a principal and returns its token (operators only).
func (c *Client) CreatePrincipal(ctx context.Context, in comityhttp.PrincipalInput) (*comityhttp.PrincipalOutput, error) {
	var out comityhttp.PrincipalOutput
	return &out, c.doJSON(ctx, "POST", "/v1/principals", in, &out)
}

// Node returns the node's public description.
func (c *Client) Node(ctx context.Context) (map[string]any, error) {
	var out map[string]any
	return out, c.doJSON(ctx, "GET", "/v1/node", nil, &out)
}
