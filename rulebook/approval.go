package rulebook

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Approval is evidence signed by the home state's authority: approval of a
// transfer case, a passed security assessment, a filed standard contract,
// a certification, or a granted judicial-assistance request. It binds the
// requester, optionally the action and destination, the records it covers,
// and an expiry; the gate releases exactly that scope until it expires.
type Approval struct {
	ID   string `json:"id"`   // the case or filing id at the home node
	Kind string `json:"kind"` // approval, assessment, contract, certification, judicial-assistance
	// Home is the approving state: only its authority's key verifies.
	Home        comity.Jurisdiction `json:"home"`
	Requester   string              `json:"requester"`              // the requester's organisation
	RequesterIn comity.Jurisdiction `json:"requester_jurisdiction"` // where it is established
	Action      comity.Action       `json:"action,omitempty"`       // empty: any action
	Destination comity.Jurisdiction `json:"destination,omitempty"`  // empty: the requester's jurisdiction
	Purpose     string              `json:"purpose,omitempty"`      // empty: any purpose; an attestation names one
	// RecordIDs is the approved scope. Approvals and judicial-assistance
	// grants must name records; a contract, certification or assessment may
	// leave it empty to cover the requester's transfers of data homed in Home.
	RecordIDs []string  `json:"record_ids,omitempty"`
	IssuedAt  time.Time `json:"issued_at"`
	Expires   time.Time `json:"expires"`
	Signature []byte    `json:"signature,omitempty"`
}

// ErrApproval is wrapped by every reason an approval does not count:
// malformed, wrongly signed, expired, not yet valid, or out of scope.
var ErrApproval = errors.New("approval refused")

const approvalDomain = "comity approval v1\n"

func (a *Approval) message() []byte {
	c := *a
	c.Signature = nil
	data, _ := json.Marshal(&c) // a struct of strings and times always marshals
	sum := sha256.Sum256(data)
	return append([]byte(approvalDomain), sum[:]...)
}

// Sign signs a with the home authority's key.
func (a *Approval) Sign(key ed25519.PrivateKey) error {
	if err := a.check(); err != nil {
		return err
	}
	if len(key) != ed25519.PrivateKeySize {
		return fmt.Errorf("%w: private key of %d bytes", ErrSignature, len(key))
	}
	a.Signature = ed25519.Sign(key, a.message())
	return nil
}

func (a *Approval) check() error {
	switch {
	case a.ID == "" || len(a.ID) > 128:
		return fmt.Errorf("%w: id is empty or over 128 bytes", ErrApproval)
	case !slices.Contains(EvidenceKinds, a.Kind) || a.Kind == ObligeConsent:
		return fmt.Errorf("%w: kind %q", ErrApproval, a.Kind)
	case !a.Home.Valid() || !a.RequesterIn.Valid() || (a.Destination != "" && !a.Destination.Valid()):
		return fmt.Errorf("%w: unknown jurisdiction", ErrApproval)
	case a.Requester == "":
		return fmt.Errorf("%w: no requester", ErrApproval)
	case a.Kind == ObligeAttestation && a.Purpose == "":
		return fmt.Errorf("%w: an attestation names the purpose it attests", ErrApproval)
	case (a.Kind == ObligeApproval || a.Kind == ObligeJudicialAssistance || a.Kind == ObligeAttestation) && len(a.RecordIDs) == 0:
		return fmt.Errorf("%w: an %s must name the records it covers", ErrApproval, a.Kind)
	case len(a.RecordIDs) > 100000:
		return fmt.Errorf("%w: scope of %d records", ErrApproval, len(a.RecordIDs))
	case !a.Expires.After(a.IssuedAt):
		return fmt.Errorf("%w: expires before it is issued", ErrApproval)
	}
	return nil
}

// Verify checks the signature against the home authority's key and that
// the approval is valid at now.
func (a *Approval) Verify(key ed25519.PublicKey, now time.Time) error {
	if err := a.check(); err != nil {
		return err
	}
	if len(key) != ed25519.PublicKeySize || !ed25519.Verify(key, a.message(), a.Signature) {
		return fmt.Errorf("%w: %s %s is not signed by the authority of %s", ErrApproval, a.Kind, a.ID, a.Home)
	}
	if now.Before(a.IssuedAt) {
		return fmt.Errorf("%w: %s %s is not valid before %s", ErrApproval, a.Kind, a.ID, a.IssuedAt.Format(time.RFC3339))
	}
	if !now.Before(a.Expires) {
		return fmt.Errorf("%w: %s %s expired at %s", ErrApproval, a.Kind, a.ID, a.Expires.Format(time.RFC3339))
	}
	return nil
}

// Covers checks that the approval's scope covers the request: same
// requester, action and destination, and every record within the scope.
// Presenting it for anything else (a replay by another requester, more
// records) is refused.
func (a *Approval) Covers(r *Request) error {
	home := r.Home()
	switch {
	case a.Home != home:
		return fmt.Errorf("%w: %s %s was issued by %s, not by %s where the data is homed", ErrApproval, a.Kind, a.ID, a.Home, home)
	case comity.OrganisationKey(a.Requester) != comity.OrganisationKey(r.Requester.Organisation) || a.RequesterIn != r.Requester.Jurisdiction:
		return fmt.Errorf("%w: %s %s was issued to %s (%s), not to %s (%s)", ErrApproval, a.Kind, a.ID, a.Requester, a.RequesterIn, r.Requester.Organisation, r.Requester.Jurisdiction)
	case a.Action != "" && a.Action != r.Action:
		return fmt.Errorf("%w: %s %s covers %s, not %s", ErrApproval, a.Kind, a.ID, a.Action, r.Action)
	case a.Purpose != "" && a.Purpose != r.Purpose:
		return fmt.Errorf("%w: %s %s covers the purpose %s, not %s", ErrApproval, a.Kind, a.ID, a.Purpose, r.Purpose)
	}
	dest := a.Destination
	if dest == "" {
		dest = a.RequesterIn
	}
	if dest != r.Destination {
		return fmt.Errorf("%w: %s %s covers transfers to %s, not to %s", ErrApproval, a.Kind, a.ID, dest, r.Destination)
	}
	if len(a.RecordIDs) == 0 {
		return nil
	}
	if r.Dataset != nil {
		return fmt.Errorf("%w: %s %s covers named records, not a dataset", ErrApproval, a.Kind, a.ID)
	}
	for _, rec := range r.Records {
		if !slices.Contains(a.RecordIDs, rec.ID) {
			return fmt.Errorf("%w: %s %s does not cover record %s", ErrApproval, a.Kind, a.ID, rec.ID)
		}
	}
	return nil
}

// Encode returns the approval as a token for AccessRequest.Approvals: the
// base64url of its JSON.
func (a *Approval) Encode() string {
	data, _ := json.Marshal(a)
	return base64.RawURLEncoding.EncodeToString(data)
}

// DecodeApproval parses a token made by Encode. It does not verify it.
func DecodeApproval(token string) (*Approval, error) {
	if len(token) > 4<<20 {
		return nil, fmt.Errorf("%w: token over 4 MiB", ErrApproval)
	}
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimSpace(token))
	if err != nil {
		return nil, fmt.Errorf("%w: token is not base64url: %v", ErrApproval, err)
	}
	var a Approval
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return nil, fmt.Errorf("%w: decode token: %v", ErrApproval, err)
	}
	if err := a.check(); err != nil {
		return nil, err
	}
	return &a, nil
}

// verifyApprovals checks every token of r against the key of the home
// authority responsible for its kind (the central authority for
// judicial-assistance grants, the home node for attestations, the
// data-protection authority for the rest)
// and returns the kinds of evidence they establish. Any token that fails is
// an error: a stale or misdirected approval is refused, visibly, rather
// than ignored.
func verifyApprovals(r *Request, dpa, central, nodes Keys, now time.Time) ([]string, error) {
	var kinds []string
	for _, token := range r.Approvals {
		a, err := DecodeApproval(token)
		if err != nil {
			return nil, err
		}
		if err := a.Covers(r); err != nil {
			return nil, err
		}
		keys := dpa
		switch {
		case a.Kind == ObligeJudicialAssistance && central != nil:
			keys = central
		case a.Kind == ObligeAttestation:
			// Signed by the home node, which checked that the controller
			// attesting holds every record in scope; never by an authority.
			keys = nodes
		}
		if err := a.Verify(keys[r.Home()], now); err != nil {
			return nil, err
		}
		if !slices.Contains(kinds, a.Kind) {
			kinds = append(kinds, a.Kind)
		}
	}
	return kinds, nil
}
