package release

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"time"

	"github.com/comity-project/comity"
)

// Ledger entries. Key events are entries of kind KindKey, releases and
// yanks of kind KindRelease, each with Detail["event"]. The vendor is the
// entry's requester (its organisation) and requester_jurisdiction. A
// release entry carries the whole signed statement (Detail "statement" and
// "sig", hex), so the log alone lets anyone re-check every release and the
// key that signed it; refused attempts are logged with outcome deny, a
// reason and the statement's SHA-256, never the statement. Key
// registrations carry the key's DER SubjectPublicKeyInfo ("spki", hex).
//
// Binary values are hex, not base64: the ledger screens every detail value
// for personal information, and random base64 reads as a name now and
// then; the statement's text is screened as text before it is logged (see
// Service.Publish).
const (
	KindKey     comity.EntryKind = "vendor-key"
	KindRelease comity.EntryKind = "release"

	EventKeyRegistered = "registered"
	EventKeyRevoked    = "revoked"
	EventRelease       = "release"
	EventYank          = "yank"
)

// keyEntry is the entry for a registration (replacing old, on rotation)
// or a revocation.
func keyEntry(node string, by *comity.Principal, event string, k *KeyRecord, replaces, reason string) *comity.Entry {
	e := &comity.Entry{Kind: KindKey, Time: comity.Now(), Node: node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow,
		Detail: map[string]string{"event": event, "keyid": k.KeyID}}
	if event == EventKeyRegistered {
		e.Detail["alg"] = k.Alg
		if b, _ := pem.Decode([]byte(k.PublicKey)); b != nil {
			e.Detail["spki"] = hex.EncodeToString(b.Bytes)
		}
	}
	if replaces != "" {
		e.Detail["replaces"] = replaces
	}
	if reason != "" {
		e.Detail["reason"] = reason
	}
	return e
}

// releaseEntry is the entry for a release attempt; failure nil means
// logged as released.
func releaseEntry(node string, by *comity.Principal, env *Envelope, st *Statement, keyID string, failure error) *comity.Entry {
	sum := sha256.Sum256(env.Payload)
	e := &comity.Entry{Kind: KindRelease, Time: comity.Now(), Node: node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow,
		Detail: map[string]string{"event": EventRelease, "statement_sha256": hex.EncodeToString(sum[:])}}
	if st != nil {
		e.Detail["purl"] = st.Predicate.PURL
		e.Detail["product"] = st.Product
		e.Detail["version"] = st.Version
	}
	if keyID != "" {
		e.Detail["keyid"] = keyID
	}
	if failure != nil {
		e.Outcome = comity.Deny
		e.Detail["reason"] = comity.ErrorMessage(failure)
		return e
	}
	e.Detail["statement"] = hex.EncodeToString(env.Payload)
	for _, s := range env.Signatures {
		if s.KeyID == keyID {
			e.Detail["sig"] = hex.EncodeToString(s.Sig)
		}
	}
	return e
}

func yankEntry(node string, by *comity.Principal, product, version, reason string) *comity.Entry {
	return &comity.Entry{Kind: KindRelease, Time: comity.Now(), Node: node, Requester: by.Organisation,
		RequesterIn: by.Jurisdiction, Outcome: comity.Allow,
		Detail: map[string]string{"event": EventYank, "product": product, "version": version, "reason": reason}}
}

// LogEntry is a release-related ledger entry as a verifier reads it from
// its v1 or v2 JSON encoding (documented in package ledger); other members
// are ignored.
type LogEntry struct {
	V          int               `json:"v"`
	Kind       string            `json:"kind"`
	Time       string            `json:"time"`
	Node       string            `json:"node"`
	Vendor     string            `json:"requester"`
	Home       string            `json:"requester_jurisdiction"`
	Outcome    string            `json:"outcome"`
	Detail     map[string]string `json:"detail"`
	parsedTime time.Time
}

// ParseLogEntry decodes a ledger entry.
func ParseLogEntry(b []byte) (*LogEntry, error) {
	var e LogEntry
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, errorf(ErrEntry, "%w", err)
	}
	if e.V != 1 && e.V != 2 { // the members read here are the same in both
		return nil, errorf(ErrEntry, "unknown entry version %d", e.V)
	}
	t, err := time.Parse(time.RFC3339Nano, e.Time)
	if err != nil {
		return nil, errorf(ErrEntry, "time %q", e.Time)
	}
	e.parsedTime = t
	return &e, nil
}

// At is the entry's time.
func (e *LogEntry) At() time.Time { return e.parsedTime }

// Event is Detail["event"].
func (e *LogEntry) Event() string { return e.Detail["event"] }

// IsRelease reports whether e records a release that was logged as made.
func (e *LogEntry) IsRelease() bool {
	return e.Kind == string(KindRelease) && e.Event() == EventRelease && e.Outcome == string(comity.Allow)
}

// Envelope rebuilds the signed envelope a release entry records.
func (e *LogEntry) Envelope() (*Envelope, error) {
	payload, err1 := hex.DecodeString(e.Detail["statement"])
	sig, err2 := hex.DecodeString(e.Detail["sig"])
	if err1 != nil || err2 != nil || len(payload) == 0 || len(sig) == 0 {
		return nil, errorf(ErrEntry, "release entry without its signed statement")
	}
	return &Envelope{PayloadType: PayloadType, Payload: payload,
		Signatures: []Signature{{KeyID: e.Detail["keyid"], Sig: sig}}}, nil
}
