package advisory

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
)

// commitDomain separates notification commitments from any other use of
// the same hash.
const commitDomain = "comity/notification/v1"

// Commit returns the keyed hash that a notification entry puts on the log:
// HMAC-SHA256 keyed by a fresh random nonce over the customer, the SBOM,
// the component, the advisory and the vulnerability, each prefixed by its
// length. Without the nonce the hash says nothing about them (a guess of
// who runs what cannot be tested against the log); with it, anyone can
// check that this notice is the one logged.
func Commit(nonce []byte, owner, sbom, component, advisory, vulnerability string) []byte {
	mac := hmac.New(sha256.New, nonce)
	var n [4]byte
	for _, f := range []string{commitDomain, owner, sbom, component, advisory, vulnerability} {
		binary.BigEndian.PutUint32(n[:], uint32(len(f)))
		mac.Write(n[:])
		mac.Write([]byte(f))
	}
	return mac.Sum(nil)
}

// Opens reports whether n's nonce and fields open its commitment.
func (n *Notification) Opens() bool {
	return hmac.Equal(n.Commitment, Commit(n.Nonce, n.Owner, n.SBOM, n.Component, n.Advisory, n.Vulnerability))
}
