package ledger

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// Entry encoding, version 2.
//
// Each log entry is one JSON object, UTF-8, no insignificant whitespace,
// with the members of wireEntry in the order declared below (as
// encoding/json writes them; empty members are omitted). "v" is 2. Times are
// RFC 3339 in UTC with nanoseconds. Nothing in an entry names a person or a
// record in the clear:
//
//   - Data subjects appear only as "subjects": {"nonce": base64, "tags":
//     [base64...]} (see SubjectSecret).
//   - Records appear only as "records": {"nonce": base64, "tags":
//     [base64...]}, keyed commitments to their ids (see RecordSecret). When
//     the tags would make the entry larger than maxRecordTagBytes they are
//     replaced by "count" and "tags_sha256", the SHA-256 of the sorted tags
//     concatenated: whoever knows every id of the entry (and their secrets)
//     can still check it.
//   - Free-text members (purpose, legal basis, detail values…) are screened
//     for personal information before anything is written (Config.Screen);
//     an entry in which the screen finds anything is refused.
//
// Version 1, written before, differs only in the records: "record_ids"
// (the ids in the clear) or, when large, "record_count" and
// "record_ids_sha256" (the SHA-256 of the ids joined by newlines). Version 1
// entries stay in the logs, verify as before and decode with DecodeEntry.
//
// The bytes written are the canonical form: verifiers hash them as they are
// and never re-encode. Entry hash: the RFC 6962 leaf hash
// SHA-256(0x00 || entry bytes), which is also the Merkle tree leaf.
const (
	entryVersion      = 2
	maxRecordTagBytes = 32 << 10
	maxEntryBytes     = 1<<16 - 1 // C2SP tlog-tiles
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
	RecordIDs   []string            `json:"record_ids,omitempty"`        // v1
	RecordCount int                 `json:"record_count,omitempty"`      // v1
	RecordHash  []byte              `json:"record_ids_sha256,omitempty"` // v1
	Records     *wireTags           `json:"records,omitempty"`           // v2
	Subjects    *wireTags           `json:"subjects,omitempty"`
	Categories  []comity.Category   `json:"categories,omitempty"`
	Outcome     string              `json:"outcome,omitempty"`
	Policies    []string            `json:"policies,omitempty"`
	Obligations []comity.Obligation `json:"obligations,omitempty"`
	Approvals   []string            `json:"approvals,omitempty"`
	Detail      map[string]string   `json:"detail,omitempty"`
}

// wireTags are pseudonyms of subjects or commitments to records: a nonce
// and the tags, or (records only) their count and digest.
type wireTags struct {
	Nonce  []byte   `json:"nonce"`
	Tags   [][]byte `json:"tags,omitempty"`
	Count  int      `json:"count,omitempty"`
	Digest []byte   `json:"tags_sha256,omitempty"`
}

// errEntryTooLarge is returned for entries that exceed the tile format's
// 64 KiB limit even with their record tags hashed.
var errEntryTooLarge = errors.New("entry larger than 65535 bytes")

// EncodeEntry returns the canonical v2 encoding of e with its subjects and
// records replaced by pseudonyms and commitments under key (the node's
// pseudonym key, Config.SubjectKey). It does not screen free text (Commit
// does). It is exported for tools and tests; Commit uses it.
func EncodeEntry(e *comity.Entry, key []byte) ([]byte, error) {
	t := e.Time
	if t.IsZero() {
		t = comity.Now()
	}
	w := wireEntry{
		V: entryVersion, Kind: string(e.Kind), Time: t.UTC().Format(time.RFC3339Nano), Node: e.Node,
		Requester: e.Requester, RequesterIn: string(e.RequesterIn), Principal: e.Principal, Action: string(e.Action),
		Purpose: e.Purpose, LegalBasis: e.LegalBasis, Destination: string(e.Destination),
		Records:    pseudonymise(key, e.RecordIDs, RecordSecret, RecordTag),
		Subjects:   pseudonymise(key, e.Subjects, SubjectSecret, SubjectTag),
		Categories: e.Categories, Outcome: string(e.Outcome), Policies: e.Policies,
		Obligations: e.Obligations, Approvals: e.Approvals, Detail: e.Detail,
	}
	if r := w.Records; r != nil && len(r.Tags)*(4*tagSize/3+4) > maxRecordTagBytes {
		r.Count, r.Digest, r.Tags = len(r.Tags), tagsDigest(r.Tags), nil
	}
	b := appendWire(make([]byte, 0, 640), &w)
	if len(b) > maxEntryBytes {
		return nil, errEntryTooLarge
	}
	return b, nil
}

// DecodedEntry is an entry read back from the log, for tools and tests.
// Entry.RecordIDs is set for version 1 entries only; version 2 entries
// carry record commitments instead.
type DecodedEntry struct {
	comity.Entry
	Version      int
	SubjectNonce []byte
	SubjectTags  [][]byte
	RecordNonce  []byte
	RecordTags   [][]byte
	// RecordCount and RecordDigest replace RecordTags in entries about
	// too many records to list (v2), or RecordIDs (v1, where the digest is
	// that of the ids).
	RecordCount  int
	RecordDigest []byte
}

// DecodeEntry parses a v1 or v2 entry. Unknown versions are an error.
func DecodeEntry(b []byte) (*DecodedEntry, error) {
	var w wireEntry
	if err := json.Unmarshal(b, &w); err != nil {
		return nil, fmt.Errorf("decode entry: %w", err)
	}
	switch {
	case w.V != 1 && w.V != 2:
		return nil, fmt.Errorf("decode entry: unknown version %d", w.V)
	case w.V == 1 && w.Records != nil:
		return nil, errors.New("decode entry: version 1 has no record commitments")
	case w.V == 2 && (w.RecordIDs != nil || w.RecordCount != 0 || w.RecordHash != nil):
		return nil, errors.New("decode entry: version 2 names no record ids")
	}
	t, err := time.Parse(time.RFC3339Nano, w.Time)
	if err != nil {
		return nil, fmt.Errorf("decode entry: time: %w", err)
	}
	d := &DecodedEntry{Version: w.V, Entry: comity.Entry{
		Kind: comity.EntryKind(w.Kind), Time: t, Node: w.Node, Requester: w.Requester,
		RequesterIn: comity.Jurisdiction(w.RequesterIn), Principal: w.Principal, Action: comity.Action(w.Action),
		Purpose: w.Purpose, LegalBasis: w.LegalBasis, Destination: comity.Jurisdiction(w.Destination),
		RecordIDs: w.RecordIDs, Categories: w.Categories, Outcome: comity.Outcome(w.Outcome),
		Policies: w.Policies, Obligations: w.Obligations, Approvals: w.Approvals, Detail: w.Detail,
	}}
	d.RecordCount, d.RecordDigest = w.RecordCount, w.RecordHash
	if w.Subjects != nil {
		d.SubjectNonce, d.SubjectTags = w.Subjects.Nonce, w.Subjects.Tags
	}
	if r := w.Records; r != nil {
		d.RecordNonce, d.RecordTags, d.RecordCount, d.RecordDigest = r.Nonce, r.Tags, r.Count, r.Digest
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

// Concerns reports whether the record whose secret is secret (see
// RecordSecret) is among a v2 entry's listed records.
func (d *DecodedEntry) Concerns(secret []byte) bool {
	if d.RecordNonce == nil {
		return false
	}
	tag := RecordTag(secret, d.RecordNonce)
	return slices.ContainsFunc(d.RecordTags, func(t []byte) bool { return string(t) == string(tag) })
}
