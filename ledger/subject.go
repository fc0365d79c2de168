package ledger

import (
	"crypto/rand"
	"crypto/sha256"
	"slices"
)

// Data-subject pseudonyms and record commitments.
//
// The node derives, for each data subject, a secret from its pseudonym key
// (Config.SubjectKey) and the subject's reference: SubjectSecret. It gives
// that secret to the subject (for example with a subject-access answer).
// Each entry carries a fresh random 16-byte nonce and, for each subject it
// touched, the tag HMAC-SHA256(secret, "comity/subject-tag/v1\n" || nonce)
// truncated to 16 bytes, with tags sorted. Holding the secret, a subject
// recomputes the tag for every entry's nonce and finds every entry that
// touched them; without it the tags of one subject in two entries are
// unrelated random strings, so nobody can link entries to each other or to
// the person. The node can, since it holds the key: the ledger protects
// against readers of the log, not against the node that already holds the
// data.
//
// Records are named the same way since entry version 2 (see RecordSecret):
// a record's secret under the same key with its own domain string, a fresh
// nonce per entry and a tag per record. The controller obtains a record's
// secret from its home node and, with it, it or whomever it hands the
// secret to (an auditor, a court) shows which entries concern the record.

const (
	nonceSize = 16
	tagSize   = 16
)

// Domain strings of the pseudonyms: the secret and the tag of a subject and
// of a record never coincide, even for equal references.
const (
	subjectSecretDomain = "comity/subject-secret/v1\n"
	subjectTagDomain    = "comity/subject-tag/v1\n"
	recordSecretDomain  = "comity/record-secret/v1\n"
	recordTagDomain     = "comity/record-tag/v1\n"
)

// SubjectSecret is the pseudonym secret of the data subject ref under the
// node's subject key: HMAC-SHA256(key, "comity/subject-secret/v1\n" || ref).
func SubjectSecret(key []byte, ref string) []byte {
	return mac(key, subjectSecretDomain, []byte(ref))
}

// SubjectTag is the pseudonym of the subject holding secret in the entry
// whose nonce is nonce.
func SubjectTag(secret, nonce []byte) []byte {
	return mac(secret, subjectTagDomain, nonce)[:tagSize]
}

// RecordSecret is the commitment secret of the record id under the node's
// key: HMAC-SHA256(key, "comity/record-secret/v1\n" || id).
func RecordSecret(key []byte, id string) []byte {
	return mac(key, recordSecretDomain, []byte(id))
}

// RecordTag is the commitment to the record whose secret is secret in the
// entry whose records nonce is nonce:
// HMAC-SHA256(secret, "comity/record-tag/v1\n" || nonce)[:16].
func RecordTag(secret, nonce []byte) []byte {
	return mac(secret, recordTagDomain, nonce)[:tagSize]
}

// pseudonymise returns a fresh nonce and the sorted, de-duplicated tags of
// refs (secret and tag as the functions given), or nil when there are none.
func pseudonymise(key []byte, refs []string, secret func([]byte, string) []byte, tag func(secret, nonce []byte) []byte) *wireTags {
	if len(refs) == 0 {
		return nil
	}
	nonce := make([]byte, nonceSize)
	rand.Read(nonce)
	tags := make([][]byte, 0, len(refs))
	for _, r := range refs {
		tags = append(tags, tag(secret(key, r), nonce))
	}
	slices.SortFunc(tags, func(a, b []byte) int { return slices.Compare(a, b) })
	tags = slices.CompactFunc(tags, func(a, b []byte) bool { return slices.Equal(a, b) })
	return &wireTags{Nonce: nonce, Tags: tags}
}

// tagsDigest is the SHA-256 of sorted tags, concatenated: what an entry
// keeps of its record tags when they are too many to list.
func tagsDigest(tags [][]byte) []byte {
	h := sha256.New()
	for _, t := range tags {
		h.Write(t)
	}
	return h.Sum(nil)
}
