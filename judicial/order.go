package judicial

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// ErrOrder is wrapped by every reason a production order does not count:
// malformed, altered, signed by the wrong authority, expired, out of scope
// or already executed.
var ErrOrder = errors.New("production order refused")

// Order is a production order: the holding state's grant, signed by its
// central authority. Approval is a rulebook.Approval token of kind
// judicial-assistance for the named agency, the disclose action and exactly
// the granted records, which the holding node's gate verifies like any
// other approval; the order adds the case, the conditions attached to the
// grant and whether it is partial, under a second signature by the same
// key, so that conditions cannot be stripped from a grant.
type Order struct {
	Case       string   `json:"case"`
	Approval   string   `json:"approval"`
	Partial    bool     `json:"partial"`
	Conditions []string `json:"conditions,omitempty"`
	Signature  []byte   `json:"signature,omitempty"`
}

// NewOrder returns the unsigned order that grants records of case c to its
// agency until expires.
func NewOrder(c *Case, records []string, partial bool, conditions []string, issued, expires time.Time) (*Order, *rulebook.Approval) {
	a := &rulebook.Approval{
		ID: c.ID, Kind: rulebook.ObligeJudicialAssistance, Home: c.Holding,
		Requester: c.Agency, RequesterIn: c.Requesting,
		Action: comity.ActionDiscloseToLawEnforce, Destination: c.Requesting,
		RecordIDs: slices.Clone(records), IssuedAt: issued.UTC(), Expires: expires.UTC(),
	}
	return &Order{Case: c.ID, Partial: partial, Conditions: slices.Clone(conditions)}, a
}

const orderDomain = "comity production order v1\n"

func (o *Order) message() []byte {
	c := *o
	c.Signature = nil
	data, _ := json.Marshal(&c)
	sum := sha256.Sum256(data)
	return append([]byte(orderDomain), sum[:]...)
}

// Sign signs the approval a and the order with the holding central
// authority's key, setting o.Approval.
func (o *Order) Sign(a *rulebook.Approval, key ed25519.PrivateKey) error {
	if err := a.Sign(key); err != nil {
		return err
	}
	o.Approval = a.Encode()
	o.Signature = ed25519.Sign(key, o.message())
	return nil
}

// Grant returns the approval inside o, checked for form but not verified.
func (o *Order) Grant() (*rulebook.Approval, error) {
	a, err := rulebook.DecodeApproval(o.Approval)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOrder, err)
	}
	switch {
	case a.ID != o.Case:
		return nil, fmt.Errorf("%w: the grant is for case %s, the order for %s", ErrOrder, a.ID, o.Case)
	case a.Kind != rulebook.ObligeJudicialAssistance:
		return nil, fmt.Errorf("%w: the grant is a %s, not a judicial-assistance grant", ErrOrder, a.Kind)
	case a.Action != comity.ActionDiscloseToLawEnforce:
		return nil, fmt.Errorf("%w: the grant covers %q, not disclosure to law enforcement", ErrOrder, a.Action)
	}
	return a, nil
}

// Verify checks both signatures against key, the holding state's central
// authority key, and that the grant is valid at now. It returns the grant.
func (o *Order) Verify(key ed25519.PublicKey, now time.Time) (*rulebook.Approval, error) {
	a, err := o.Grant()
	if err != nil {
		return nil, err
	}
	if len(key) != ed25519.PublicKeySize || !ed25519.Verify(key, o.message(), o.Signature) {
		return nil, fmt.Errorf("%w: order for case %s is not signed by the central authority of %s", ErrOrder, o.Case, a.Home)
	}
	if err := a.Verify(key, now); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrOrder, err)
	}
	return a, nil
}

// Encode returns o as a token: the base64url of its JSON.
func (o *Order) Encode() string {
	data, _ := json.Marshal(o)
	return base64.RawURLEncoding.EncodeToString(data)
}

// Digest is the hex SHA-256 of o's token; the holding node keeps it to
// recognise the order it issued.
func (o *Order) Digest() string {
	sum := sha256.Sum256([]byte(o.Encode()))
	return hex.EncodeToString(sum[:])
}

// DecodeOrder parses a token made by Encode. It checks form, not
// signatures.
func DecodeOrder(token string) (*Order, error) {
	if len(token) > 8<<20 {
		return nil, fmt.Errorf("%w: token over 8 MiB", ErrOrder)
	}
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimSpace(token))
	if err != nil {
		return nil, fmt.Errorf("%w: token is not base64url", ErrOrder)
	}
	var o Order
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&o); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrOrder, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrOrder)
	}
	if !ValidCaseID(o.Case) {
		return nil, fmt.Errorf("%w: malformed case id %q", ErrOrder, o.Case)
	}
	if len(o.Conditions) > 64 {
		return nil, fmt.Errorf("%w: over 64 conditions", ErrOrder)
	}
	for _, c := range o.Conditions {
		if c == "" || !oneLine(c, maxLine) {
			return nil, fmt.Errorf("%w: a condition is empty or not one line", ErrOrder)
		}
	}
	if _, err := o.Grant(); err != nil {
		return nil, err
	}
	return &o, nil
}
