package comity

import (
	"context"
	"time"
)

// Entry is one event written to a node's ledger: a gate decision, or a
// change to rulebooks, agreements or federation membership. Subjects holds
// raw data-subject references in memory only: a Ledger must replace them by
// keyed pseudonyms before anything is written.
type Entry struct {
	Kind        EntryKind    `json:"kind"` // decision, rulebook, agreement, membership, case, ...
	Time        time.Time    `json:"time"`
	Node        string       `json:"node"`
	Requester   string       `json:"requester,omitempty"`
	RequesterIn Jurisdiction `json:"requester_jurisdiction,omitempty"`
	// Principal is the id of the principal who acted (for a forwarded
	// caller, qualified by its node): the organisation alone does not say
	// which of its principals, or an operator's, it was.
	Principal   string            `json:"principal,omitempty"`
	Action      Action            `json:"action,omitempty"`
	Purpose     string            `json:"purpose,omitempty"`
	LegalBasis  string            `json:"legal_basis,omitempty"`
	Destination Jurisdiction      `json:"destination,omitempty"`
	RecordIDs   []string          `json:"record_ids,omitempty"`
	Subjects    []string          `json:"-"`
	Categories  []Category        `json:"categories,omitempty"`
	Outcome     Outcome           `json:"outcome,omitempty"`
	Policies    []string          `json:"policies,omitempty"`
	Obligations []Obligation      `json:"obligations,omitempty"`
	Approvals   []string          `json:"approvals,omitempty"`
	Detail      map[string]string `json:"detail,omitempty"`
}

// QualifiedSubject is how entries name a data subject before the ledger
// pseudonymises it: the controller's own reference, qualified by the
// controller, so that the secret a controller hands to one of its data
// subjects finds the decisions about that controller's records of them and
// nothing about another controller's.
func QualifiedSubject(controller, ref string) string { return controller + "\x00" + ref }

// Receipt is a node's signed promise that an entry is in its log at Index
// and will appear in a published checkpoint within the log's maximum merge
// delay. Signature is the node's Ed25519 signature: over the receipt's own
// canonical encoding when Batch is nil (ledger.ReceiptMessage, receipts
// made before batch signing), otherwise over the root of the batch of
// receipts signed at once (ledger.BatchMessage), which Batch proves the
// receipt part of.
type Receipt struct {
	Origin    string        `json:"origin"`
	Index     uint64        `json:"index"`
	EntryHash []byte        `json:"entry_hash"`
	Time      time.Time     `json:"time"`
	Signature []byte        `json:"signature"`
	Batch     *ReceiptBatch `json:"batch,omitempty"`
}

// ReceiptBatch places a receipt in the batch its node signed with one
// signature: an RFC 6962 Merkle tree of Size leaves, one per receipt of
// the batch (ledger.BatchLeaf: the receipt's index and entry hash), whose
// root is Root. Leaf is this receipt's position in the batch and Path the
// inclusion proof from its leaf to Root.
type ReceiptBatch struct {
	Size uint64   `json:"size"`
	Leaf uint64   `json:"leaf"`
	Root []byte   `json:"root"`
	Path [][]byte `json:"path"`
}

// Ledger is a node's append-only transparency log.
//
// Commit must not return a receipt before the entry is durable: a crash
// after Commit returns must not lose it. Commit is safe for concurrent use
// and may batch entries internally. It returns EUNAVAILABLE when the log
// cannot accept entries (for example under pushback), and then nothing may
// be released. An implementation may log the entry even after ctx is done
// (ledger.Log does: see its Commit), so that a caller that hangs up cannot
// keep an entry off the log; it must then wait for the entry, not return
// early without saying whether it is logged.
type Ledger interface {
	Commit(ctx context.Context, e *Entry) (*Receipt, error)
}
