package client

import (
	"bytes"
	"context"
	"encoding/json"

	"github.com/comity-project/comity/federation"
)

// PublishManifest hands the node a new signed federation manifest (JSON):
// it takes it only as a successor of the one it runs on, logs the attempt,
// and passes it on to its peers. Operators call it.
func (c *Client) PublishManifest(ctx context.Context, manifest []byte) (*federation.ManifestInfo, error) {
	var info federation.ManifestInfo
	if err := c.do(ctx, "POST", "/v1/federation/manifest", "application/json", bytes.NewReader(manifest), &info); err != nil {
		return nil, err
	}
	return &info, nil
}

// Manifest returns the federation manifest the node runs on.
func (c *Client) Manifest(ctx context.Context) (*federation.Manifest, error) {
	var raw json.RawMessage
	if err := c.do(ctx, "GET", "/v1/federation/manifest", "", nil, &raw); err != nil {
		return nil, err
	}
	return federation.ParseManifest(raw)
}
