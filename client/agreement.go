package client

import (
	"bytes"
	"context"

	"github.com/comity-project/comity/federation"
)

// PublishAgreement gives the node an agreement signed by every party.
func (c *Client) PublishAgreement(ctx context.Context, agreement []byte) (*federation.Agreement, error) {
	var a federation.Agreement
	if err := c.do(ctx, "POST", "/v1/agreements", "application/json", bytes.NewReader(agreement), &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// Agreements lists the agreements between states that the node knows.
func (c *Client) Agreements(ctx context.Context) ([]*federation.Agreement, error) {
	var out []*federation.Agreement
	if err := c.doJSON(ctx, "GET", "/v1/agreements", nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}
