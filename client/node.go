package client

import (
	"context"
	"net/url"

	"github.com/comity-project/comity"

	comityhttp "github.com/comity-project/comity/http"
)

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

// ListPrincipals lists the node's principals, never their tokens
// (operators only).
func (c *Client) ListPrincipals(ctx context.Context) ([]comity.PrincipalEntry, error) {
	var out struct {
		Principals []comity.PrincipalEntry `json:"principals"`
	}
	err := c.doJSON(ctx, "GET", "/v1/principals", nil, &out)
	return out.Principals, err
}

// RegisterOrganisation registers an organisation of the node's state
// (operator).
func (c *Client) RegisterOrganisation(ctx context.Context, in comityhttp.OrganisationInput) (*comityhttp.OrganisationOutput, error) {
	var out comityhttp.OrganisationOutput
	if err := c.doJSON(ctx, "POST", "/v1/organisations", in, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Notices lists the notices sent to the node's data-protection authority
// (dpa, auditor, operator), newest first.
func (c *Client) Notices(ctx context.Context) ([]*comity.Notice, error) {
	var out []*comity.Notice
	if err := c.doJSON(ctx, "GET", "/v1/notices", nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}
