package client

import (
	"context"
	"net/url"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
)

// JudicialTransport implements judicial.Transport over the federation: it
// calls the other state's node with this node's client certificate.
type JudicialTransport struct{ Peers *federation.Peers }

var _ judicial.Transport = (*JudicialTransport)(nil)

func (t *JudicialTransport) client(to comity.Jurisdiction, by *comity.Principal) (*Client, error) {
	hc, base, err := t.Peers.Client(to)
	if err != nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "no node of %s in the federation", to)
	}
	return &Client{BaseURL: base, HTTP: hc, OnBehalf: by}, nil
}

// Send implements judicial.Transport.
func (t *JudicialTransport) Send(ctx context.Context, to comity.Jurisdiction, m *judicial.Message) (*judicial.Case, error) {
	c, err := t.client(to, nil)
	if err != nil {
		return nil, err
	}
	var out judicial.Case
	if err := c.doJSON(ctx, "POST", "/v1/judicial/messages", m, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Execute implements judicial.Transport: the agency's call, forwarded on
// its behalf.
func (t *JudicialTransport) Execute(ctx context.Context, holding comity.Jurisdiction, agency *comity.Principal, id string, in *judicial.ExecuteInput) (*judicial.Evidence, error) {
	c, err := t.client(holding, agency)
	if err != nil {
		return nil, err
	}
	return c.ExecuteOrder(ctx, id, in)
}

// FileCase writes a draft request for judicial assistance.
func (c *Client) FileCase(ctx context.Context, in comityhttp.CaseInput) (*judicial.Case, error) {
	var out judicial.Case
	if err := c.doJSON(ctx, "POST", "/v1/judicial/cases", in, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Case returns one case.
func (c *Client) Case(ctx context.Context, id string) (*judicial.Case, error) {
	var out judicial.Case
	if err := c.doJSON(ctx, "GET", "/v1/judicial/cases/"+url.PathEscape(id), nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Cases lists the cases the caller may see, in state when not empty.
func (c *Client) Cases(ctx context.Context, state judicial.State) ([]*judicial.Case, error) {
	path := "/v1/judicial/cases"
	if state != "" {
		path += "?state=" + url.QueryEscape(string(state))
	}
	var out struct {
		Cases []*judicial.Case `json:"cases"`
	}
	err := c.doJSON(ctx, "GET", path, nil, &out)
	return out.Cases, err
}

// MoveCase takes a step in a case (a central authority at its own node).
func (c *Client) MoveCase(ctx context.Context, id string, st judicial.Step) (*judicial.Case, error) {
	var out judicial.Case
	if err := c.doJSON(ctx, "POST", "/v1/judicial/cases/"+url.PathEscape(id)+"/transitions", st, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// ExecuteOrder executes a case's production order (an agency) and returns
// the evidence.
func (c *Client) ExecuteOrder(ctx context.Context, id string, in *judicial.ExecuteInput) (*judicial.Evidence, error) {
	var out judicial.Evidence
	if err := c.doJSON(ctx, "POST", "/v1/judicial/cases/"+url.PathEscape(id)+"/execute", in, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// OverdueCases returns the cases whose answer is overdue.
func (c *Client) OverdueCases(ctx context.Context) ([]*judicial.Case, error) {
	var out struct {
		Cases []*judicial.Case `json:"cases"`
	}
	err := c.doJSON(ctx, "GET", "/v1/judicial/overdue", nil, &out)
	return out.Cases, err
}
