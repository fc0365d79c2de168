package client

import (
	"context"
	"net/url"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

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

// Attest asks the node that holds the caller's records to attest, signed
// and logged, that transferring them to a requester is necessary for a
// purpose; the token goes among a request's approvals.
func (c *Client) Attest(ctx context.Context, in rulebook.AttestationInput) (*rulebook.AttestationOutput, error) {
	var out rulebook.AttestationOutput
	if err := c.doJSON(ctx, "POST", "/v1/attestations", in, &out); err != nil {
		return nil, err
	}
	return &out, nil
}
