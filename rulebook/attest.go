package rulebook

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Attester signs controllers' attestations with the node's key, after
// checking that the controller holds every record, and logs each one: the
// evidence a rulebook's exemption by purpose asks for (ObligeAttestation).
type Attester struct {
	Node     comity.Jurisdiction
	NodeName string
	Key      ed25519.PrivateKey
	Records  *comity.RecordService
	Ledger   comity.Ledger
	MaxValid time.Duration
	Screen   comity.TextScreen // refuses personal information in the purpose
	Vocab    comity.Vocabulary // the purposes the ledger names as they are
}

// AttestationInput is what a controller attests.
type AttestationInput struct {
	Requester             string              `json:"requester"`              // the receiving organisation
	RequesterJurisdiction comity.Jurisdiction `json:"requester_jurisdiction"` // where it is established
	Purpose               string              `json:"purpose"`                // the purpose attested, as the request will name it
	RecordIDs             []string            `json:"record_ids"`             // the records, all held by the controller at this node
	Action                comity.Action       `json:"action,omitempty"`       // empty: any action
	Destination           comity.Jurisdiction `json:"destination,omitempty"`  // empty: the requester's jurisdiction
	ValidFor              string              `json:"valid_for,omitempty"`    // a Go duration, default 720h, at most 8760h
}

// AttestationOutput is the signed attestation: the token to present in a
// request's approvals, and when it expires.
type AttestationOutput struct {
	ID      string          `json:"id"`
	Token   string          `json:"token"`
	Expires time.Time       `json:"expires"`
	Receipt *comity.Receipt `json:"receipt,omitempty"`
}

// Attest checks and signs what controller by attests, logs it, and returns
// the token (an Approval of kind ObligeAttestation).
func (a *Attester) Attest(ctx context.Context, by *comity.Principal, in AttestationInput) (*AttestationOutput, error) {
	valid := 30 * 24 * time.Hour
	if in.ValidFor != "" {
		d, err := time.ParseDuration(in.ValidFor)
		if err != nil || d <= 0 || d > a.MaxValid {
			return nil, comity.Errorf(comity.EINVALID, "valid_for %q: want a duration up to %s", in.ValidFor, a.MaxValid)
		}
		valid = d
	}
	if strings.TrimSpace(in.Requester) == "" || len(in.Requester) > 256 || strings.TrimSpace(in.Purpose) == "" || len(in.Purpose) > 128 {
		return nil, comity.Errorf(comity.EINVALID, "an attestation names the requester and the purpose (at most 256 and 128 bytes)")
	}
	if err := comity.CheckText(a.Screen, "purpose", in.Purpose); err != nil {
		return nil, err
	}
	if _, err := comity.ParseJurisdiction(string(in.RequesterJurisdiction)); err != nil {
		return nil, err
	}
	if in.Destination != "" {
		if _, err := comity.ParseJurisdiction(string(in.Destination)); err != nil {
			return nil, err
		}
	}
	if err := a.Records.Holds(ctx, by, in.RecordIDs); err != nil {
		return nil, err
	}
	var id [8]byte
	rand.Read(id[:])
	now := comity.Now()
	ap := &Approval{ID: string(a.Node) + "-A-" + hex.EncodeToString(id[:]), Kind: ObligeAttestation,
		Home: a.Node, Requester: in.Requester, RequesterIn: in.RequesterJurisdiction, Action: in.Action,
		Destination: in.Destination, Purpose: in.Purpose, RecordIDs: in.RecordIDs, IssuedAt: now, Expires: now.Add(valid)}
	if err := ap.Sign(a.Key); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	// Logged before the token is handed out: an attestation that is not
	// on the log was never given.
	receipt, err := a.Ledger.Commit(ctx, &comity.Entry{Kind: comity.EntryAttestation, Time: now, Node: a.NodeName,
		Requester: by.Organisation, RequesterIn: by.Jurisdiction, Action: in.Action,
		Purpose:     comity.LoggedWord(a.Vocab, a.Node, "purpose", in.Purpose, nil),
		Destination: in.Destination, RecordIDs: in.RecordIDs, Outcome: comity.Allow,
		Detail: map[string]string{"id": ap.ID, "for": in.Requester, "for_jurisdiction": string(in.RequesterJurisdiction),
			"records": strconv.Itoa(len(in.RecordIDs)), "expires": ap.Expires.Format(time.RFC3339)}})
	if err != nil {
		return nil, err
	}
	return &AttestationOutput{ID: ap.ID, Token: ap.Encode(), Expires: ap.Expires, Receipt: receipt}, nil
}
