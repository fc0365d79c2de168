package client

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
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
// ("text/csv"); the node stores it whole or not at all.
func (c *Client) Import(ctx context.Context, contentType string, body io.Reader) (comity.ImportResult, error) {
	var res comity.ImportResult
	err := c.do(ctx, "POST", "/v1/import", contentType, body, &res)
	return res, err
}

// CreatePrincipal creates a principal and returns its token (operators only).
func (c *Client) CreatePrincipal(ctx context.Context, in comityhttp.PrincipalInput) (*comityhttp.PrincipalOutput, error) {
	var out comityhttp.PrincipalOutput
	if err := c.doJSON(ctx, "POST", "/v1/principals", in, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Node returns the node's public description.
func (c *Client) Node(ctx context.Context) (map[string]any, error) {
	var out map[string]any
	err := c.doJSON(ctx, "GET", "/v1/node", nil, &out)
	return out, err
}

// RevokePrincipal revokes a principal's token (operators only).
func (c *Client) RevokePrincipal(ctx context.Context, id string) error {
	return c.doJSON(ctx, "DELETE", "/v1/principals/"+url.PathEscape(id), nil, nil)
}

// Transfer returns a transfer case; a case held by another node is fetched
// from it through this node.
func (c *Client) Transfer(ctx context.Context, id string) (*comity.Transfer, error) {
	var t comity.Transfer
	if err := c.doJSON(ctx, "GET", "/v1/transfers/"+url.PathEscape(id), nil, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// Transfers lists this node's transfer cases in state ("" for all).
func (c *Client) Transfers(ctx context.Context, state comity.TransferState) ([]*comity.Transfer, error) {
	var out []*comity.Transfer
	err := c.doJSON(ctx, "GET", "/v1/transfers?state="+url.QueryEscape(string(state)), nil, &out)
	return out, err
}

// DecideTransfer approves (with an approval token) or refuses (with grounds
// and signature) a pending case.
func (c *Client) DecideTransfer(ctx context.Context, id string, d comityhttp.TransferDecision) (*comity.Transfer, error) {
	verb := "approve"
	if d.Approval == "" {
		verb = "refuse"
	}
	var t comity.Transfer
	if err := c.doJSON(ctx, "POST", "/v1/transfers/"+url.PathEscape(id)+"/"+verb, d, &t); err != nil {
		return nil, err
	}
	return &t, nil
}

// PublishRulebook installs a signed state rulebook bundle at the node.
func (c *Client) PublishRulebook(ctx context.Context, bundle []byte) (*comityhttp.RulebookInfo, error) {
	var info comityhttp.RulebookInfo
	if err := c.do(ctx, "POST", "/v1/rulebooks", "application/json", bytes.NewReader(bundle), &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// Rulebooks lists the baseline and the state rulebooks the node decides with.
func (c *Client) Rulebooks(ctx context.Context) ([]*comityhttp.RulebookInfo, error) {
	var out []*comityhttp.RulebookInfo
	err := c.doJSON(ctx, "GET", "/v1/rulebooks", nil, &out)
	return out, err
}

// PublishAgreement gives the node an agreement signed by every party.
func (c *Client) PublishAgreement(ctx context.Context, agreement []byte) (*federation.Agreement, error) {
	var a federation.Agreement
	if err := c.do(ctx, "POST", "/v1/agreements", "application/json", bytes.NewReader(agreement), &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// SubjectSecret returns a data subject's log secret (hex) for a controller
// that holds records about them.
func (c *Client) SubjectSecret(ctx context.Context, ref string) (*comityhttp.SubjectSecretOutput, error) {
	var out comityhttp.SubjectSecretOutput
	if err := c.doJSON(ctx, "GET", "/v1/subjects/"+url.PathEscape(ref)+"/secret", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ChangeBaseline installs a quorum-signed baseline change at the node.
func (c *Client) ChangeBaseline(ctx context.Context, change []byte) (*comityhttp.RulebookInfo, error) {
	var info comityhttp.RulebookInfo
	if err := c.do(ctx, "POST", "/v1/baseline", "application/json", bytes.NewReader(change), &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// ProveReceipt asks the node that issued a receipt for its inclusion proof;
// EUNAVAILABLE while the entry awaits a published checkpoint.
func (c *Client) ProveReceipt(ctx context.Context, r *comity.Receipt) (*ledger.Proof, error) {
	var p ledger.Proof
	if err := c.doJSON(ctx, "POST", "/v1/receipts/proof", r, &p); err != nil {
		return nil, err
	}
	return &p, nil
}
