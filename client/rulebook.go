package client

import (
	"bytes"
	"context"

	"github.com/comity-project/comity/rulebook"
)

// PublishRulebook installs a signed state rulebook bundle at the node.
func (c *Client) PublishRulebook(ctx context.Context, bundle []byte) (*rulebook.Info, error) {
	var info rulebook.Info
	if err := c.do(ctx, "POST", "/v1/rulebooks", "application/json", bytes.NewReader(bundle), &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// Rulebooks lists the baseline and the state rulebooks the node decides with.
func (c *Client) Rulebooks(ctx context.Context) ([]*rulebook.Info, error) {
	var out []*rulebook.Info
	err := c.doJSON(ctx, "GET", "/v1/rulebooks", nil, &out)
	return out, err
}

// ChangeBaseline installs a quorum-signed baseline change at the node.
func (c *Client) ChangeBaseline(ctx context.Context, change []byte) (*rulebook.Info, error) {
	var info rulebook.Info
	if err := c.do(ctx, "POST", "/v1/baseline", "application/json", bytes.NewReader(change), &info); err != nil {
		return nil, err
	}
	return &info, nil
}
