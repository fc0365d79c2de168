package audit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"fmt"

	"github.com/comity-project/comity"
)

// Entry is a log entry as an auditor reads it: the v1 or v2 JSON encoding
// that Comity nodes write (documented in package ledger), decoded here on
// its own so that the verifier shares no code with the writer. Unknown
// members are ignored.
//
// Version 2 names records only by keyed commitments (Records); version 1,
// written by earlier nodes, lists their ids (RecordIDs) or, when large,
// their count and a digest.
type Entry struct {
	Index       uint64            `json:"-"`
	V           int               `json:"v"`
	Kind        string            `json:"kind"`
	Time        string            `json:"time"`
	Node        string            `json:"node"`
	Requester   string            `json:"requester,omitempty"`
	RequesterIn string            `json:"requester_jurisdiction,omitempty"`
	Principal   string            `json:"principal,omitempty"`
	Action      string            `json:"action,omitempty"`
	Purpose     string            `json:"purpose,omitempty"`
	LegalBasis  string            `json:"legal_basis,omitempty"`
	Destination string            `json:"destination,omitempty"`
	RecordIDs   []string          `json:"record_ids,omitempty"`   // v1
	RecordCount int               `json:"record_count,omitempty"` // v1
	Records     *Tags             `json:"records,omitempty"`      // v2
	Subjects    *Tags             `json:"subjects,omitempty"`
	Categories  []string          `json:"categories,omitempty"`
	Outcome     string            `json:"outcome,omitempty"`
	Policies    []string          `json:"policies,omitempty"`
	Obligations []json.RawMessage `json:"obligations,omitempty"`
	Approvals   []string          `json:"approvals,omitempty"`
	Detail      map[string]string `json:"detail,omitempty"`
}

// Tags holds an entry's data-subject pseudonyms or record commitments: a
// per-entry nonce and one tag each, or for records too many to list their
// count and the SHA-256 of the sorted tags concatenated.
type Tags struct {
	Nonce  []byte   `json:"nonce"`
	Tags   [][]byte `json:"tags,omitempty"`
	Count  int      `json:"count,omitempty"`
	Digest []byte   `json:"tags_sha256,omitempty"`
}

func decodeEntry(index uint64, b []byte) (*Entry, error) {
	e := &Entry{Index: index}
	if err := json.Unmarshal(b, e); err != nil {
		return nil, fmt.Errorf("entry %d: %v", index, err)
	}
	switch {
	case e.V != 1 && e.V != 2:
		return nil, fmt.Errorf("entry %d: unknown encoding version %d", index, e.V)
	case e.V == 2 && (e.RecordIDs != nil || e.RecordCount != 0):
		return nil, fmt.Errorf("entry %d: version 2 lists record ids", index)
	}
	return e, nil
}

// RecordsCount returns how many records e concerns.
func (e *Entry) RecordsCount() int {
	switch {
	case e.Records != nil && e.Records.Count > 0:
		return e.Records.Count
	case e.Records != nil:
		return len(e.Records.Tags)
	case e.RecordCount > 0:
		return e.RecordCount
	}
	return len(e.RecordIDs)
}

// Touches reports whether the data subject holding secret (the secret the
// node gave them) is among e's subjects: the tag
// HMAC-SHA256(secret, "comity/subject-tag/v1\n" || nonce)[:16] is listed.
func (e *Entry) Touches(secret []byte) bool {
	return e.Subjects.has(secret, "comity/subject-tag/v1\n")
}

// Concerns reports whether the record whose secret is secret (which its
// home node gives the record's controller) is among e's records: the tag
// HMAC-SHA256(secret, "comity/record-tag/v1\n" || nonce)[:16] is listed.
// Entries about too many records to list never match (their digest needs
// every id); version 1 entries named ids in the clear and never match.
func (e *Entry) Concerns(secret []byte) bool {
	return e.Records.has(secret, "comity/record-tag/v1\n")
}

func (t *Tags) has(secret []byte, domain string) bool {
	if t == nil || len(t.Tags) == 0 {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(domain))
	m.Write(t.Nonce)
	tag := m.Sum(nil)[:16]
	for _, x := range t.Tags {
		if hmac.Equal(x, tag) {
			return true
		}
	}
	return false
}

// FindSubject returns the entries that touched the data subject holding
// secret, in log order.
func FindSubject(entries []*Entry, secret []byte) []*Entry {
	var out []*Entry
	for _, e := range entries {
		if e.Touches(secret) {
			out = append(out, e)
		}
	}
	return out
}

// UnderConsent reports whether e is a release made under the data
// subjects' consent: an allowed decision whose consent obligation the
// home node found met by the consents its controllers keep. With
// Touches, a data subject finds every release made under their consent.
func (e *Entry) UnderConsent() bool {
	if e.Kind != string(comity.EntryDecision) || e.Outcome != string(comity.Allow) {
		return false
	}
	for _, raw := range e.Obligations {
		var o struct {
			Kind string `json:"kind"`
			Met  bool   `json:"met"`
		}
		if json.Unmarshal(raw, &o) == nil && o.Kind == string(comity.ObligationConsent) && o.Met {
			return true
		}
	}
	return false
}
