package client

import (
	"context"
	"net/url"

	comityhttp "github.com/comity-project/comity/http"
)

// SubjectSecret returns a data subject's log secret (hex) for a controller
// that holds records about them.
func (c *Client) SubjectSecret(ctx context.Context, ref string) (*comityhttp.SubjectSecretOutput, error) {
	var out comityhttp.SubjectSecretOutput
	if err := c.doJSON(ctx, "GET", "/v1/subjects/"+url.PathEscape(ref)+"/secret", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// RecordSecret returns the secret (hex) of a record's commitments in its
// home node's log, for the record's controller.
func (c *Client) RecordSecret(ctx context.Context, id string) (*comityhttp.RecordSecretOutput, error) {
	var out comityhttp.RecordSecretOutput
	if err := c.doJSON(ctx, "GET", "/v1/records/"+url.PathEscape(id)+"/secret", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ProveReceipt asks the node that issued a receipt for its inclusion proof;
