package witness

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"

	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

// Errors a Client returns for the C2SP tlog-witness status codes; callers
// branch on them with errors.Is and errors.As.
var (
	ErrUnknownLog = errors.New("witness does not know the checkpoint's origin")     // 404
	ErrForbidden  = errors.New("witness could not verify the log's signature")      // 403
	ErrBadRequest = errors.New("witness refused a malformed request")               // 400
	ErrBadProof   = errors.New("witness could not verify the consistency proof")    // 422
	ErrFork       = errors.New("witness holds a different root hash for this size") // 409 without a size
)

// ConflictError is the 409 answer of a witness whose latest cosigned
// checkpoint for the origin has a different size than the request's old
// size. The caller retries with Size as the old size.
type ConflictError struct{ Size uint64 }

func (e *ConflictError) Error() string {
	return fmt.Sprintf("witness has cosigned size %d, not the old size sent", e.Size)
}

// Client talks to one C2SP tlog-witness. A Client is also a component of a
// Tessera witness policy (it has the Satisfied and Endpoints methods of
// tessera.NewWitnessGroup's children), which is how a ledger.Log gathers
// cosignatures before it publishes a checkpoint.
type Client struct {
	// URL is the witness's submission prefix; requests go to URL + "/add-checkpoint".
	URL string
	// Verifier checks the witness's cosignature/v1 signatures.
	Verifier note.Verifier
	// HTTPClient is used for requests; nil means http.DefaultClient. The
	// ledger uses its own Config.HTTPClient for witnessing instead.
	HTTPClient *http.Client
}

// NewClient returns a Client for the witness at url whose public key is
// vkey, a signed-note verifier key (Ed25519, or Ed25519 cosignature/v1).
func NewClient(url, vkey string) (Client, error) {
	v, err := fnote.NewVerifierForCosignatureV1(vkey)
	if err != nil {
		return Client{}, fmt.Errorf("witness key %q: %w", vkey, err)
	}
	return Client{URL: strings.TrimSuffix(url, "/"), Verifier: v}, nil
}

// Satisfied reports whether the signed note cp carries a valid cosignature
// by this witness.
func (c Client) Satisfied(cp []byte) bool {
	n, err := note.Open(cp, note.VerifierList(c.Verifier))
	return err == nil && len(n.Sigs) == 1
}

// Endpoints maps the witness's add-checkpoint URL to its verifier.
func (c Client) Endpoints() map[string]note.Verifier {
	return map[string]note.Verifier{c.addURL(): c.Verifier}
}

func (c Client) addURL() string { return strings.TrimSuffix(c.URL, "/") + "/add-checkpoint" }

// AddCheckpoint submits checkpoint (a signed note) with the size the caller
// believes the witness has cosigned and a consistency proof from that size.
// It returns the checkpoint with the witness's cosignature appended. A size
// mismatch is a *ConflictError carrying the witness's size.
func (c Client) AddCheckpoint(ctx context.Context, oldSize uint64, proof [][]byte, checkpoint []byte) ([]byte, error) {
	var body bytes.Buffer
	fmt.Fprintf(&body, "old %d\n", oldSize)
	for _, p := range proof {
		body.WriteString(base64.StdEncoding.EncodeToString(p) + "\n")
	}
	body.WriteString("\n")
	body.Write(checkpoint)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.addURL(), &body)
	if err != nil {
		return nil, err
	}
	hc := c.HTTPClient
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("add-checkpoint: %w", err)
	}
	defer resp.Body.Close()
	rb, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, fmt.Errorf("add-checkpoint: read response: %w", err)
	}
	switch resp.StatusCode {
	case http.StatusOK:
		signed := append(append([]byte{}, checkpoint...), rb...)
		if _, err := note.Open(signed, note.VerifierList(c.Verifier)); err != nil {
			return nil, fmt.Errorf("add-checkpoint: witness %s returned an invalid cosignature: %w", c.Verifier.Name(), err)
		}
		return signed, nil
	case http.StatusConflict:
		if resp.Header.Get("Content-Type") == sizeContentType {
			n, err := strconv.ParseUint(strings.TrimSpace(string(rb)), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("add-checkpoint: bad size in 409 response %q", rb)
			}
			return nil, &ConflictError{Size: n}
		}
		return nil, ErrFork
	case http.StatusNotFound:
		return nil, ErrUnknownLog
	case http.StatusForbidden:
		return nil, ErrForbidden
	case http.StatusBadRequest:
		return nil, fmt.Errorf("%w: %s", ErrBadRequest, strings.TrimSpace(string(rb)))
	case http.StatusUnprocessableEntity:
		return nil, ErrBadProof
	default:
		return nil, fmt.Errorf("add-checkpoint: unexpected status %s", resp.Status)
	}
}
