package ledger

import (
	"crypto/hmac"
	"crypto/sha256"
)

// mac is HMAC-SHA256(key, domain || msg) (RFC 2104). Pseudonyms take four
// per decision; crypto/hmac allocates two digests and its pads each time,
// a fifth of a commit's garbage, so keys up to a block and short messages
// are hashed here in stack buffers. Anything longer goes to crypto/hmac.
func mac(key []byte, domain string, msg []byte) []byte {
	const block = sha256.BlockSize
	var inner [block + 256]byte
	n := len(domain) + len(msg)
	if len(key) > block || n > len(inner)-block {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(domain))
		m.Write(msg)
		return m.Sum(nil)
	}
	for i := range block {
		var k byte
		if i < len(key) {
			k = key[i]
		}
		inner[i] = k ^ 0x36
	}
	copy(inner[block+copy(inner[block:], domain):], msg)
	ih := sha256.Sum256(inner[:block+n])
	var outer [block + sha256.Size]byte
	for i := range block {
		var k byte
		if i < len(key) {
			k = key[i]
		}
		outer[i] = k ^ 0x5c
	}
	copy(outer[block:], ih[:])
	out := sha256.Sum256(outer[:])
	return out[:]
}
