package ledger

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// Entry encoding, version 1.
//
// Each log entry is one JSON object, UTF-8, no insignificant whitespace,
// with the members of wireEntry in the order declared below (as
// encoding/json writes them; empty members are omitted). "v" is 1. Times are
// RFC 3339 in UTC with nanoseconds. Data subjects appear only as
// "subjects": {"nonce": base64, "tags": [base64...]} (see SubjectSecret).
// When the record ids would make the entry larger than maxRecordIDBytes
// they are replaced by "record_count" and "record_ids_sha256", the SHA-256
// of the ids joined by newlines. The bytes written are the canonical form:
// verifiers hash them as they are and never re-encode.
//
// Entry hash: the RFC 6962 leaf hash SHA-256(0x00 || entry bytes), which is
// also the Merkle tree leaf.
const (
	entryVersion     = 1
	maxRecordIDBytes = 32 << 10
	maxEntryBytes    = 1<<16 - 1 // C2SP tlog-tiles
)

type wireEntry struct {
	V           int                 `json:"v"`
	Kind        string              `json:"kind"`
	Time        string              `json:"time"`
	Node        string              `json:"node"`
	Requester   string              `json:"requester,omitempty"`
	RequesterIn string              `json:"requester_jurisdiction,omitempty"`
	Principal   string              `json:"principal,omitempty"`
	Action      string              `json:"action,omitempty"`
	Purpose     string              `json:"purpose,omitempty"`
	LegalBasis  string              `json:"legal_basis,omitempty"`
	Destination string              `json:"destination,omitempty"`
	RecordIDs   []string            `json:"record_ids,omitempty"`
	RecordCount int                 `json:"record_count,omitempty"`
	RecordHash  []byte              `json:"record_ids_sha256,omitempty"`
	Subjects    *wireSubjects       `json:"subjects,omitempty"`
	Categories  []comity.Category   `json:"categories,omitempty"`
	Outcome     string              `json:"outcome,omitempty"`
	Policies    []string            `json:"policies,omitempty"`
	Obligations []comity.Obligation `json:"obligations,omitempty"`
	Approvals   []string            `json:"approvals,omitempty"`
	Detail      map[string]string   `json:"detail,omitempty"`
}

type wireSubjects struct {
	Nonce []byte   `json:"nonce"`
	Tags  [][]byte `json:"tags"`
}

// errEntryTooLarge is returned for entries that exceed the tile format's
// 64 KiB limit even with their record ids hashed.
var errEntryTooLarge = errors.New("entry larger than 65535 bytes")

// EncodeEntry returns the canonical v1 encoding of e with its subjects
// replaced by pseudonyms under subjectKey. It is exported for tools and
// tests; Commit uses it.
func EncodeEntry(e *comity.Entry, subjectKey []byte) ([]byte, error) {
	t := e.Time
	if t.IsZero() {
		t = comity.Now()
	}
	w := wireEntry{
		V: entryVersion, Kind: e.Kind, Time: t.UTC().Format(time.RFC3339Nano), Node: e.Node,
		Requester: e.Requester, RequesterIn: string(e.RequesterIn), Principal: e.Principal, Action: string(e.Action),
		Purpose: e.Purpose, LegalBasis: e.LegalBasis, Destination: string(e.Destination),
		RecordIDs: e.RecordIDs, Subjects: pseudonymise(subjectKey, e.Subjects),
		Categories: e.Categories, Outcome: string(e.Outcome), Policies: e.Policies,
		Obligations: e.Obligations, Approvals: e.Approvals, Detail: e.Detail,
	}
	if n := idBytes(e.RecordIDs); n > maxRecordIDBytes {
		h := sha256.Sum256([]byte(strings.Join(e.RecordIDs, "\n")))
		w.RecordIDs, w.RecordCount, w.RecordHash = nil, len(e.RecordIDs), h[:]
	}
	b, err := json.Marshal(&w)
	if err != nil {
		return nil, fmt.Errorf("encode entry: %w", err)
	}
	if len(b) > maxEntryBytes {
		return nil, errEntryTooLarge
	}
	return b, nil
}

func idBytes(ids []string) int {
	n := 0
	for _, id := range ids {
		n += len(id) + 3
	}
	return n
}

// DecodedEntry is an entry read back from the log, for tools and tests.
type DecodedEntry struct {
	comity.Entry
	SubjectNonce []byte
	SubjectTags  [][]byte
}

// DecodeEntry parses a v1 entry. Unknown versions are an error.
func DecodeEntry(b []byte) (*DecodedEntry, error) {
	var w wireEntry
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("decode entry: %w", err)
	}
	if w.V != entryVersion {
		return nil, fmt.Errorf("decode entry: unknown version %d", w.V)
	}
	t, err := time.Parse(time.RFC3339Nano, w.Time)
	if err != nil {
		return nil, fmt.Errorf("decode entry: time: %w", err)
	}
	d := &DecodedEntry{Entry: comity.Entry{
		Kind: w.Kind, Time: t, Node: w.Node, Requester: w.Requester,
		RequesterIn: comity.Jurisdiction(w.RequesterIn), Principal: w.Principal, Action: comity.Action(w.Action),
		Purpose: w.Purpose, LegalBasis: w.LegalBasis, Destination: comity.Jurisdiction(w.Destination),
		RecordIDs: w.RecordIDs, Categories: w.Categories, Outcome: comity.Outcome(w.Outcome),
		Policies: w.Policies, Obligations: w.Obligations, Approvals: w.Approvals, Detail: w.Detail,
	}}
	if w.Subjects != nil {
		d.SubjectNonce, d.SubjectTags = w.Subjects.Nonce, w.Subjects.Tags
	}
	return d, nil
}

// Touches reports whether the subject holding secret is among the entry's
// subjects.
func (d *DecodedEntry) Touches(secret []byte) bool {
	if d.SubjectNonce == nil {
		return false
	}
	tag := SubjectTag(secret, d.SubjectNonce)
	return slices.ContainsFunc(d.SubjectTags, func(t []byte) bool { return string(t) == string(tag) })
}
