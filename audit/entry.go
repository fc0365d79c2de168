package audit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"fmt"
)

// Entry is a log entry as an auditor reads it: the v1 JSON encoding that
// Comity nodes write (documented in package ledger), decoded here on its
// own so that the verifier shares no code with the writer. Unknown members
// are ignored.
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
	RecordIDs   []string          `json:"record_ids,omitempty"`
	RecordCount int               `json:"record_count,omitempty"`
	Subjects    *Subjects         `json:"subjects,omitempty"`
	Categories  []string          `json:"categories,omitempty"`
	Outcome     string            `json:"outcome,omitempty"`
	Policies    []string          `json:"policies,omitempty"`
	Obligations []json.RawMessage `json:"obligations,omitempty"`
	Approvals   []string          `json:"approvals,omitempty"`
	Detail      map[string]string `json:"detail,omitempty"`
}

// Subjects holds an entry's data-subject pseudonyms: a per-entry nonce and
// one tag per subject.
type Subjects struct {
	Nonce []byte   `json:"nonce"`
	Tags  [][]byte `json:"tags"`
}

func decodeEntry(index uint64, b []byte) (*Entry, error) {
	e := &Entry{Index: index}
	if err := json.Unmarshal(b, e); err != nil {
		return nil, fmt.Errorf("entry %d: %v", index, err)
	}
	if e.V != 1 {
		return nil, fmt.Errorf("entry %d: unknown encoding version %d", index, e.V)
	}
	return e, nil
}

// Touches reports whether the data subject holding secret (the secret the
// node gave them) is among e's subjects: the tag
// HMAC-SHA256(secret, "comity/subject-tag/v1\n" || nonce)[:16] is listed.
func (e *Entry) Touches(secret []byte) bool {
	if e.Subjects == nil || len(e.Subjects.Tags) == 0 {
		return false
	}
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("comity/subject-tag/v1\n"))
	m.Write(e.Subjects.Nonce)
	tag := m.Sum(nil)[:16]
	for _, t := range e.Subjects.Tags {
		if hmac.Equal(t, tag) {
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
