package client

import (
	"bytes"
	"context"
	"net/url"

	"github.com/comity-project/comity/advisory"
)

// PublishAdvisory publishes a vendor's advisory document (CSAF, OSV or
// OpenVEX) at its home node.
func (c *Client) PublishAdvisory(ctx context.Context, doc []byte) (*advisory.PublishResult, error) {
	var r advisory.PublishResult
	if err := c.do(ctx, "POST", "/v1/advisories", "application/json", bytes.NewReader(doc), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Advisories lists the advisory revisions published at the node.
func (c *Client) Advisories(ctx context.Context) ([]*advisory.Publication, error) {
	var out []*advisory.Publication
	return out, c.doJSON(ctx, "GET", "/v1/advisories", nil, &out)
}

// RegisterSBOM registers the caller's SBOM (CycloneDX or SPDX) under name.
func (c *Client) RegisterSBOM(ctx context.Context, name string, doc []byte) (*advisory.SBOMResult, error) {
	ctype := "application/json"
	if bytes.HasPrefix(bytes.TrimSpace(doc), []byte("<")) {
		ctype = "application/xml"
	}
	var r advisory.SBOMResult
	if err := c.do(ctx, "POST", "/v1/sboms?name="+url.QueryEscape(name), ctype, bytes.NewReader(doc), &r); err != nil {
		return nil, err
	}
	return &r, nil
}

// Notifications lists the caller's notifications with their openings.
func (c *Client) Notifications(ctx context.Context) ([]*advisory.Notification, error) {
	var out []*advisory.Notification
	return out, c.doJSON(ctx, "GET", "/v1/notifications", nil, &out)
}

// SetWebhook sets the caller's notification webhook and returns its new
// HMAC secret (hex).
func (c *Client) SetWebhook(ctx context.Context, webhook string) (string, error) {
	var out struct{ Secret string }
	err := c.doJSON(ctx, "PUT", "/v1/notifications/webhook", map[string]string{"url": webhook}, &out)
	return out.Secret, err
}

// AdvisoryDocument returns a published advisory revision's document byte
// for byte (the latest when version is empty).
func (c *Client) AdvisoryDocument(ctx context.Context, id, version string) ([]byte, error) {
	var doc []byte
	path := "/v1/advisories/" + url.PathEscape(id)
	if version != "" {
		path += "?version=" + url.QueryEscape(version)
	}
	return doc, c.do(ctx, "GET", path, "", nil, &doc)
}

// FileReport files the calling vendor's report of one stage of a
// vulnerability to its home state's authority.
func (c *Client) FileReport(ctx context.Context, advisoryID, vulnerability, stage string) (*advisory.Report, error) {
	var r advisory.Report
	in := map[string]string{"advisory": advisoryID, "vulnerability": vulnerability, "stage": stage}
	return &r, c.doJSON(ctx, "POST", "/v1/vulnerability-reports", in, &r)
}

// ReportDuties lists the reports vendors owe their home authority for the
// advisories published at the node; vendor "" lists every vendor's.
func (c *Client) ReportDuties(ctx context.Context, vendor string) ([]*advisory.Obligation, error) {
	var out []*advisory.Obligation
	path := "/v1/vulnerability-reports"
	if vendor != "" {
		path += "?vendor=" + url.QueryEscape(vendor)
	}
	return out, c.doJSON(ctx, "GET", path, nil, &out)
}
