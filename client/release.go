package client

import (
	"bytes"
	"context"
	"net/url"
	"time"

	"github.com/comity-project/comity/release"
)

// RegisterVendorKey registers the public key of s at the vendor's home
// node, with s's proof of possession; with replaces, the key rotates out
// that one.
func (c *Client) RegisterVendorKey(ctx context.Context, s *release.Signer, replaces string) (*release.KeyRecord, error) {
	proof, err := s.ProveKey()
	if err != nil {
		return nil, err
	}
	var out release.KeyRecord
	err = c.doJSON(ctx, "POST", "/v1/vendor/keys", map[string]any{"public_key": s.PublicKey().PEM, "proof": proof, "replaces": replaces}, &out)
	return &out, err
}

// RevokeVendorKey revokes a vendor key, with a reason.
func (c *Client) RevokeVendorKey(ctx context.Context, keyID, reason string) (*release.KeyRecord, error) {
	var out release.KeyRecord
	err := c.doJSON(ctx, "POST", "/v1/vendor/keys/"+url.PathEscape(keyID)+"/revoke", map[string]string{"reason": reason}, &out)
	return &out, err
}

// PublishRelease logs a signed release envelope (JSON). The answer holds
// the bundle, or only the receipt when the checkpoint is not yet published.
func (c *Client) PublishRelease(ctx context.Context, envelope []byte) (*release.Published, error) {
	var out release.Published
	if err := c.do(ctx, "POST", "/v1/releases", "application/json", bytes.NewReader(envelope), &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ReleaseBundle fetches the bundle of a logged release (purl with
// version), waiting up to wait at the node for its checkpoint.
func (c *Client) ReleaseBundle(ctx context.Context, purl string, wait time.Duration) (*release.Published, error) {
	var out release.Published
	q := url.Values{"purl": {purl}, "wait": {wait.String()}}
	err := c.doJSON(ctx, "GET", "/v1/releases/bundle?"+q.Encode(), nil, &out)
	return &out, err
}

// YankRelease withdraws a release, with a reason.
func (c *Client) YankRelease(ctx context.Context, purl, reason string) (*release.Record, error) {
	var out release.Record
	err := c.doJSON(ctx, "POST", "/v1/releases/yank", map[string]string{"purl": purl, "reason": reason}, &out)
	return &out, err
}

// DeclareSupport declares a new end of a release's support period (an
// RFC 3339 date or date-time).
func (c *Client) DeclareSupport(ctx context.Context, purl, until string) (*release.Record, error) {
	var out release.Record
	err := c.doJSON(ctx, "POST", "/v1/releases/support", map[string]string{"purl": purl, "support_until": until}, &out)
	return &out, err
}

// Releases lists a product's logged releases (every product if empty).
func (c *Client) Releases(ctx context.Context, product string) ([]*release.Record, error) {
	var out []*release.Record
	err := c.doJSON(ctx, "GET", "/v1/releases?"+url.Values{"product": {product}}.Encode(), nil, &out)
	return out, err
}

// ReleaseTrust exports the node's trust file for offline verification.
func (c *Client) ReleaseTrust(ctx context.Context) (*release.TrustFile, error) {
	var out release.TrustFile
	err := c.doJSON(ctx, "GET", "/v1/releases/trust", nil, &out)
	return &out, err
}
