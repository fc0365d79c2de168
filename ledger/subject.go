package ledger

import (
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"slices"
)

// Data-subject pseudonyms.
//
// The node derives, for each data subject, a secret from its SubjectKey
// and the subject's reference: SubjectSecret. It gives that secret to the
// subject (for example with a subject-access answer). Each entry carries a
// fresh random 16-byte nonce and, for each subject it touched, the tag
// HMAC-SHA256(secret, "comity/subject-tag/v1\n" || nonce) truncated to 16
// bytes, with tags sorted. Holding the secret, a subject recomputes the tag
// for every entry's nonce and finds every entry that touched them; without
// it the tags of one subject in two entries are unrelated random strings,
// so nobody can link entries to each other or to the person. The node can,
// since it holds SubjectKey: the ledger protects against readers of the
// log, not against the node that already holds the data.

const (
	nonceSize = 16
	tagSize   = 16
)

// SubjectSecret is the pseudonym secret of the data subject ref under the
// node's subject key: HMAC-SHA256(key, "comity/subject-secret/v1\n" || ref).
func SubjectSecret(key []byte, ref string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte("comity/subject-secret/v1\n"))
	m.Write([]byte(ref))
	return m.Sum(nil)
}

// SubjectTag is the pseudonym of the subject holding secret in the entry
// whose nonce is nonce.
func SubjectTag(secret, nonce []byte) []byte {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte("comity/subject-tag/v1\n"))
	m.Write(nonce)
	return m.Sum(nil)[:tagSize]
}

// pseudonymise returns a fresh nonce and the sorted, de-duplicated tags of
// refs, or nil when there are no subjects.
func pseudonymise(key []byte, refs []string) *wireSubjects {
	if len(refs) == 0 {
		return nil
	}
	nonce := make([]byte, nonceSize)
	rand.Read(nonce)
	tags := make([][]byte, 0, len(refs))
	for _, r := range refs {
		tags = append(tags, SubjectTag(SubjectSecret(key, r), nonce))
	}
	slices.SortFunc(tags, func(a, b []byte) int { return slices.Compare(a, b) })
	tags = slices.CompactFunc(tags, func(a, b []byte) bool { return slices.Equal(a, b) })
	return &wireSubjects{Nonce: nonce, Tags: tags}
}
