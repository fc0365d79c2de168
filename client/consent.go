package client

import (
	"context"
	"net/url"
	"strconv"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// GiveConsents records consents the caller, a controller, obtained from
// its data subjects: 1 to 1000, stored all or none.
func (c *Client) GiveConsents(ctx context.Context, cs []comityhttp.ConsentInput) (*comityhttp.ConsentsOutput, error) {
	var out comityhttp.ConsentsOutput
	if err := c.doJSON(ctx, "POST", "/v1/consents", comityhttp.ConsentsInput{Consents: cs}, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// WithdrawConsent records the withdrawal of the caller's consent id.
func (c *Client) WithdrawConsent(ctx context.Context, id string) (*comityhttp.WithdrawalOutput, error) {
	var out comityhttp.WithdrawalOutput
	if err := c.doJSON(ctx, "POST", "/v1/consents/"+url.PathEscape(id)+"/withdraw", nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Consents lists the caller's consents (of subject, when not empty) in id
// order after the id after, at most limit.
func (c *Client) Consents(ctx context.Context, subject, after string, limit int) ([]*comity.Consent, error) {
	q := url.Values{}
	if subject != "" {
		q.Set("subject", subject)
	}
	if after != "" {
		q.Set("after", after)
	}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	var out []*comity.Consent
	if err := c.doJSON(ctx, "GET", "/v1/consents?"+q.Encode(), nil, &out); err != nil {
		return nil, err
	}
	return out, nil
}
