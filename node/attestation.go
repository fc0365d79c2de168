package node

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

// attestations signs controllers' attestations with the node's key, after
// checking that the controller holds every record, and logs each one: the
// evidence a rulebook's exemption by purpose asks for (rulebook.ObligeAttestation).
type attestations struct {
	node     comity.Jurisdiction
	name     string
	key      ed25519.PrivateKey
	records  *comity.RecordService
	log      comity.Ledger
	maxValid time.Duration
	screen   comity.TextScreen // refuses personal information in the purpose
	vocab    comity.Vocabulary // the purposes the ledger names as they are
}

var _ comityhttp.Attestations = (*attestations)(nil)

// Attest implements comityhttp.Attestations.
func (a *attestations) Attest(ctx context.Context, by *comity.Principal, in comityhttp.AttestationInput) (*comityhttp.AttestationOutput, error) {
	valid := 30 * 24 * time.Hour
	if in.ValidFor != "" {
		d, err := time.ParseDuration(in.ValidFor)
		if err != nil || d <= 0 || d > a.maxValid {
			return nil, comity.Errorf(comity.EINVALID, "valid_for %q: want a duration up to %s", in.ValidFor, a.maxValid)
		}
		valid = d
	}
	if strings.TrimSpace(in.Requester) == "" || len(in.Requester) > 256 || strings.TrimSpace(in.Purpose) == "" || len(in.Purpose) > 128 {
		return nil, comity.Errorf(comity.EINVALID, "an attestation names the requester and the purpose (at most 256 and 128 bytes)")
	}
	if err := comity.CheckText(a.screen, "purpose", in.Purpose); err != nil {
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
	if err := a.records.Holds(ctx, by, in.RecordIDs); err != nil {
		return nil, err
	}
	var id [8]byte
	rand.Read(id[:])
	now := comity.Now()
	ap := &rulebook.Approval{ID: string(a.node) + "-A-" + hex.EncodeToString(id[:]), Kind: rulebook.ObligeAttestation,
		Home: a.node, Requester: in.Requester, RequesterIn: in.RequesterJurisdiction, Action: in.Action,
		Destination: in.Destination, Purpose: in.Purpose, RecordIDs: in.RecordIDs, IssuedAt: now, Expires: now.Add(valid)}
	if err := ap.Sign(a.key); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	// Logged before the token is handed out: an attestation that is not
	// on the log was never given.
	receipt, err := a.log.Commit(ctx, &comity.Entry{Kind: comity.EntryAttestation, Time: now, Node: a.name,
		Requester: by.Organisation, RequesterIn: by.Jurisdiction, Action: in.Action,
		Purpose:     comity.LoggedWord(a.vocab, a.node, "purpose", in.Purpose, nil),
		Destination: in.Destination, RecordIDs: in.RecordIDs, Outcome: comity.Allow,
		Detail: map[string]string{"id": ap.ID, "for": in.Requester, "for_jurisdiction": string(in.RequesterJurisdiction),
			"records": strconv.Itoa(len(in.RecordIDs)), "expires": ap.Expires.Format(time.RFC3339)}})
	if err != nil {
		return nil, err
	}
	return &comityhttp.AttestationOutput{ID: ap.ID, Token: ap.Encode(), Expires: ap.Expires, Receipt: receipt}, nil
}
