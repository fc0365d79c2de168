// Package client is the Go client of a Comity node's API, used by the CLI,
// the demo, the tests and by nodes forwarding to their peers.
package client

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// Client calls one node. Token authenticates an organisation or authority;
// a peer node instead uses an HTTP client that presents its certificate,
// and OnBehalf to name the principal it forwards for.
type Client struct {
	BaseURL  string
	Token    string
	HTTP     *http.Client
	OnBehalf *comity.Principal
}

// do sends a request and decodes a JSON answer into out (unless nil). A
// problem-details answer becomes a *comity.Error with the problem's code,
// detail and extension members; a transport failure is EUNAVAILABLE.
func (c *Client) do(ctx context.Context, method, path, contentType string, body io.Reader, out any) error {
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(c.BaseURL, "/")+path, body)
	if err != nil {
		return fmt.Errorf("new request: %w", err)
	}
	if c.Token != "" {
		req.Header.Set("Authorization", "Bearer "+c.Token)
	}
	if c.OnBehalf != nil {
		req.Header.Set(comityhttp.OnBehalfHeader, comityhttp.EncodeOnBehalf(c.OnBehalf))
	}
	if id := comityhttp.RequestID(ctx); id != "" {
		req.Header.Set(comityhttp.RequestIDHeader, id)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	req.Header.Set("Accept", "application/json")
	hc := c.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return comity.Errorf(comity.EUNAVAILABLE, "%s %s: %v", method, c.BaseURL, rootCause(err))
	}
	defer resp.Body.Close()
	// A pending decision is 202 Accepted with problem details: the status
	// alone does not tell an answer from a problem.
	if resp.StatusCode >= 300 || strings.HasPrefix(resp.Header.Get("Content-Type"), "application/problem+json") {
		return problem(resp)
	}
	if out == nil {
		io.Copy(io.Discard, resp.Body)
		return nil
	}
	if raw, ok := out.(*[]byte); ok { // a document passed on byte for byte
		*raw, err = io.ReadAll(resp.Body)
		return err
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return comity.Errorf(comity.EUNAVAILABLE, "%s %s: malformed answer: %v", method, path, err)
	}
	return nil
}

func (c *Client) doJSON(ctx context.Context, method, path string, in, out any) error {
	var body io.Reader
	ctype := ""
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body, ctype = bytes.NewReader(b), "application/json"
	}
	return c.do(ctx, method, path, ctype, body, out)
}

// problem turns an RFC 9457 answer into a *comity.Error. The decision,
// receipt and residue of a denial or pending decision come back as the same
// *comity.Denial the gate made, as the error's cause; the other extension
// members stay in Detail.
func problem(resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	var p map[string]any
	if err := json.Unmarshal(b, &p); err != nil {
		return comity.Errorf(comity.EUNAVAILABLE, "HTTP %d without problem details", resp.StatusCode)
	}
	typ, _ := p["type"].(string)
	detail, _ := p["detail"].(string)
	e := &comity.Error{Code: strings.TrimPrefix(typ, comityhttp.ProblemTypeBase), Message: detail}
	if e.Code == typ || e.Code == "" {
		e.Code = comity.EINTERNAL
	}
	_, hasDecision := p["decision"]
	_, hasReceipt := p["receipt"]
	_, hasResidue := p["residue"]
	denial := (e.Code == comity.EDENIED || e.Code == comity.EPENDING) && (hasDecision || hasReceipt || hasResidue)
	if denial {
		var d comity.Denial
		var members struct {
			Decision *comity.Decision `json:"decision"`
			Receipt  *comity.Receipt  `json:"receipt"`
			Residue  []comity.Residue `json:"residue"`
		}
		if err := json.Unmarshal(b, &members); err == nil {
			d = comity.Denial{Decision: members.Decision, Receipt: members.Receipt, Residue: members.Residue}
		}
		e.Err = &d
	}
	for k, v := range p {
		switch k {
		case "type", "title", "status", "detail", "instance":
		case "decision", "receipt", "residue":
			if !denial {
				e = e.With(k, v)
			}
		default:
			e = e.With(k, v)
		}
	}
	return e
}

func rootCause(err error) error {
	for {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err
			continue
		}
		return err
	}
}
