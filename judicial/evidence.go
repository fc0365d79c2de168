package judicial

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
	"golang.org/x/mod/sumdb/note"
)

// ErrEvidence is wrapped by every reason an evidence package fails
// verification.
var ErrEvidence = errors.New("evidence does not verify")

// Evidence is what executing a production order produces: the records as
// the holding node's gate released them, the gate's decision and receipt,
// and the order and case they answer, signed by the holding node's key (the
// key the federation manifest lists for that node). A court in the
// requesting state checks it offline with VerifyEvidence.
type Evidence struct {
	V          int                 `json:"v"` // 1
	Case       string              `json:"case"`
	Reference  string              `json:"reference,omitempty"`
	Requesting comity.Jurisdiction `json:"requesting"`
	Holding    comity.Jurisdiction `json:"holding"`
	Agency     string              `json:"agency"`
	Offence    string              `json:"offence"`
	LegalBasis string              `json:"legal_basis"`
	Conditions []string            `json:"conditions,omitempty"`
	Order      string              `json:"order"`  // the production order token
	Node       string              `json:"node"`   // the holding node, as named in the manifest
	Origin     string              `json:"origin"` // its log origin, which signs the receipt
	Records    []*comity.Record    `json:"records"`
	Decision   *comity.Decision    `json:"decision"`
	Receipt    *comity.Receipt     `json:"receipt"`
	Issued     time.Time           `json:"issued"`
	Signature  []byte              `json:"signature,omitempty"`
}

const evidenceDomain = "comity evidence v1\n"

// message is what the node signs: a domain string and the SHA-256 of the
// package's JSON without its signature. encoding/json writes struct members
// in declaration order and compacts raw record fields, so a package read
// back from its file re-encodes to the same bytes.
func (e *Evidence) message() ([]byte, error) {
	c := *e
	c.Signature = nil
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("%w: encode: %v", ErrEvidence, err)
	}
	sum := sha256.Sum256(data)
	return append([]byte(evidenceDomain), sum[:]...), nil
}

// Sign signs e with the holding node's key.
func (e *Evidence) Sign(key ed25519.PrivateKey) error {
	e.V = 1
	msg, err := e.message()
	if err != nil {
		return err
	}
	e.Signature = ed25519.Sign(key, msg)
	return nil
}

// Digest is the hex SHA-256 of e's canonical JSON, signature included: the
// requesting node records it in the case.
func (e *Evidence) Digest() string {
	data, _ := json.Marshal(e)
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// ParseEvidence decodes an evidence file, refusing unknown members and
// trailing data. It does not verify it.
func ParseEvidence(data []byte) (*Evidence, error) {
	if len(data) > 256<<20 {
		return nil, fmt.Errorf("%w: file over 256 MiB", ErrEvidence)
	}
	var e Evidence
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return nil, fmt.Errorf("%w: decode: %v", ErrEvidence, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data", ErrEvidence)
	}
	if e.V != 1 {
		return nil, fmt.Errorf("%w: unknown version %d", ErrEvidence, e.V)
	}
	if e.Receipt == nil || e.Decision == nil || e.Node == "" || e.Origin == "" {
		return nil, fmt.Errorf("%w: no receipt, decision or node", ErrEvidence)
	}
	for _, r := range e.Records {
		if r == nil {
			return nil, fmt.Errorf("%w: null record", ErrEvidence)
		}
	}
	return &e, nil
}

// VerifyConfig is what a court needs to check evidence offline, all from
// the federation manifest.
type VerifyConfig struct {
	// NodeKey is the holding node's public key.
	NodeKey ed25519.PublicKey
	// AuthorityKey is the holding state's central-authority key; nil skips
	// the check of the order's signature.
	AuthorityKey ed25519.PublicKey
}

// Verification is what VerifyEvidence established.
type Verification struct {
	Case          string              `json:"case"`
	Holding       comity.Jurisdiction `json:"holding"`
	Node          string              `json:"node"`
	Records       int                 `json:"records"`
	ReceiptIndex  uint64              `json:"receipt_index"`
	OrderVerified bool                `json:"order_verified"`
	Partial       bool                `json:"partial"`
	Conditions    []string            `json:"conditions,omitempty"`
}

// VerifyEvidence checks e's origin and integrity: the holding node's
// signature over the whole package, its log's signature over the receipt,
// the order (and, with an authority key, the central authority's
// signatures on it, as valid when the evidence was issued), and that every
// released record is homed in the holding state and within the granted
// scope.
func VerifyEvidence(e *Evidence, cfg VerifyConfig) (*Verification, error) {
	msg, err := e.message()
	if err != nil {
		return nil, err
	}
	if len(cfg.NodeKey) != ed25519.PublicKeySize || !ed25519.Verify(cfg.NodeKey, msg, e.Signature) {
		return nil, fmt.Errorf("%w: not signed by node %s (altered, or another node's key)", ErrEvidence, e.Node)
	}
	vkey, err := note.NewEd25519VerifierKey(e.Origin, cfg.NodeKey)
	if err != nil {
		return nil, fmt.Errorf("%w: origin %q: %v", ErrEvidence, e.Origin, err)
	}
	if err := ledger.VerifyReceipt(e.Receipt, vkey); err != nil {
		return nil, fmt.Errorf("%w: receipt: %v", ErrEvidence, err)
	}
	o, err := DecodeOrder(e.Order)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	grant, err := o.Grant()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
	}
	v := &Verification{Case: e.Case, Holding: e.Holding, Node: e.Node, Records: len(e.Records),
		ReceiptIndex: e.Receipt.Index, Partial: o.Partial, Conditions: o.Conditions}
	if cfg.AuthorityKey != nil {
		if _, err := o.Verify(cfg.AuthorityKey, e.Issued); err != nil {
			return nil, fmt.Errorf("%w: %v", ErrEvidence, err)
		}
		v.OrderVerified = true
	}
	switch {
	case o.Case != e.Case || grant.Home != e.Holding || grant.Requester != e.Agency || grant.RequesterIn != e.Requesting:
		return nil, fmt.Errorf("%w: the order does not match the case, holding state or agency", ErrEvidence)
	case !slices.Equal(o.Conditions, e.Conditions):
		return nil, fmt.Errorf("%w: the conditions differ from the order's", ErrEvidence)
	case e.Decision.Outcome != comity.Allow:
		return nil, fmt.Errorf("%w: the gate's decision is %s", ErrEvidence, e.Decision.Outcome)
	}
	for _, r := range e.Records {
		if r.Home != e.Holding || !slices.Contains(grant.RecordIDs, r.ID) {
			return nil, fmt.Errorf("%w: record %s is outside the granted scope", ErrEvidence, r.ID)
		}
	}
	return v, nil
}
