package federation

import (
	"bytes"
	"cmp"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// manifestContext separates manifest signatures from every other Ed25519
// signature the same authority key makes (rulebooks, approvals).
const manifestContext = "comity federation manifest v1\n"

// SignedMessage returns the bytes that member authorities sign: a context
// line, then the compact JSON of m without Signatures, with members sorted by
// jurisdiction, nodes by name and authorities by role and key. The order of
// entries in the file therefore does not matter, and neither does
// whitespace, key spelling (base64 or verifier form) or letter case of
// jurisdictions and pins, since ParseManifest normalises them.
func SignedMessage(m *Manifest) ([]byte, error) {
	c := *m
	c.Signatures = nil
	// Clone copies, and a missing list and an empty one sign the same.
	c.Members = append([]Member{}, m.Members...)
	for i := range c.Members {
		mem := &c.Members[i]
		mem.Nodes = append([]Node{}, mem.Nodes...)
		mem.Authorities = append([]Authority{}, mem.Authorities...)
		slices.SortFunc(mem.Nodes, func(a, b Node) int { return strings.Compare(a.Name, b.Name) })
		slices.SortFunc(mem.Authorities, func(a, b Authority) int {
			return cmp.Or(strings.Compare(string(a.Role), string(b.Role)), bytes.Compare(a.PublicKey, b.PublicKey))
		})
	}
	slices.SortFunc(c.Members, func(a, b Member) int { return strings.Compare(string(a.Jurisdiction), string(b.Jurisdiction)) })
	body, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("encode federation manifest: %w", err)
	}
	return append([]byte(manifestContext), body...), nil
}

// Digest returns the hex SHA-256 of m's signed message: a short, stable
// reference to one version of the manifest, for ledger entries and for
// comparing what two nodes hold.
func Digest(m *Manifest) (string, error) {
	msg, err := SignedMessage(m)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(msg)
	return hex.EncodeToString(sum[:]), nil
}

// Sign adds (or replaces) the signature of member j's authority key over m.
// The key must be one of j's authorities in m, and m must be complete: it has
// members, each with an authority, and sane quorums.
func Sign(m *Manifest, j comity.Jurisdiction, key ed25519.PrivateKey) error {
	return SignSuccessor(nil, m, j, key)
}

// SignSuccessor is Sign for a manifest that will replace prev: the key may
// also be one that prev lists for j, which is how an authority whose key
// this manifest rotates endorses the change with its old key (see
// VerifySuccessor). prev may be nil.
func SignSuccessor(prev, m *Manifest, j comity.Jurisdiction, key ed25519.PrivateKey) error {
	if err := m.Check(); err != nil {
		return err
	}
	if len(key) != ed25519.PrivateKeySize {
		return invalid(ErrBadKey, "sign federation manifest: not an Ed25519 private key")
	}
	pub := key.Public().(ed25519.PublicKey)
	var prevKeys []ed25519.PublicKey
	if prev != nil {
		prevKeys = prev.AuthorityKeys(j, "")
	}
	if m.Member(j) == nil && len(prevKeys) == 0 {
		return invalid(ErrUnknownSigner, "sign federation manifest: %s is not a member of federation %s", j, m.Federation)
	}
	if !hasKey(m.AuthorityKeys(j, ""), pub) && !hasKey(prevKeys, pub) {
		return invalid(ErrUnknownSigner, "sign federation manifest: key %s is not an authority key of %s", FormatPublicKey(pub), j)
	}
	msg, err := SignedMessage(m)
	if err != nil {
		return err
	}
	sig := Signature{Jurisdiction: j, PublicKey: PublicKey(pub), Signature: ed25519.Sign(key, msg)}
	m.Signatures = slices.DeleteFunc(m.Signatures, func(s Signature) bool { return pub.Equal(ed25519.PublicKey(s.PublicKey)) })
	m.Signatures = append(m.Signatures, sig)
	slices.SortFunc(m.Signatures, func(a, b Signature) int {
		return cmp.Or(strings.Compare(string(a.Jurisdiction), string(b.Jurisdiction)), bytes.Compare(a.PublicKey, b.PublicKey))
	})
	return nil
}

// Verify checks that every member state signed m with one of its authority
// keys and that every signature on m is valid and from a member authority.
// Errors are EINVALID and wrap ErrUnknownSigner, ErrBadSignature,
// ErrMissingSignatures or ErrBadManifest.
func Verify(m *Manifest) error {
	return VerifyQuorum(m, len(m.Members))
}

// VerifyOwn checks m on its own terms: complete, every signature valid and
// by a member authority, and at least m.BaselineQuorum members signed it.
// A manifest taken live needs only the previous manifest's quorum (see
// VerifySuccessor), so this is what a verifier holding one manifest, not
// the chain, can check (comity audit, evidence verify). Against forgery it
// is as strong as Verify: a forger signs with every key it puts in.
func VerifyOwn(m *Manifest) error {
	return VerifyQuorum(m, m.BaselineQuorum)
}

// VerifyQuorum is Verify requiring signatures from at least k distinct
// members instead of all of them. Any unknown or invalid signature still
// fails verification.
func VerifyQuorum(m *Manifest, k int) error {
	if err := m.Check(); err != nil {
		return err
	}
	msg, err := SignedMessage(m)
	if err != nil {
		return err
	}
	_, err = m.CheckQuorum(msg, m.Signatures, k)
	return err
}

// CheckQuorum verifies sigs over message against the member authority keys
// in m and requires valid signatures from at least k distinct member states.
// It refuses any signature by a non-member or a key that is not one of the
// member's authorities, and any signature that does not verify. It returns
// the jurisdictions that signed, sorted. Rulebook and baseline changes use
// it with k = m.BaselineQuorum; the message must carry its own context.
func (m *Manifest) CheckQuorum(message []byte, sigs []Signature, k int) ([]comity.Jurisdiction, error) {
	signed := map[comity.Jurisdiction]bool{}
	for _, s := range sigs {
		pub := ed25519.PublicKey(s.PublicKey)
		if m.Member(s.Jurisdiction) == nil {
			return nil, invalid(ErrUnknownSigner, "signature by %q: not a member of federation %s", s.Jurisdiction, m.Federation)
		}
		if !hasKey(m.AuthorityKeys(s.Jurisdiction, ""), pub) {
			return nil, invalid(ErrUnknownSigner, "signature for %s by key %s: not an authority key of %s in federation %s", s.Jurisdiction, s.PublicKey, s.Jurisdiction, m.Federation)
		}
		if len(s.Signature) != ed25519.SignatureSize || !ed25519.Verify(pub, message, s.Signature) {
			return nil, invalid(ErrBadSignature, "signature by %s (key %s) does not verify: the signed content was changed or the signature is forged", s.Jurisdiction, s.PublicKey)
		}
		signed[s.Jurisdiction] = true
	}
	if len(signed) < k {
		var missing []string
		for _, j := range m.Jurisdictions() {
			if !signed[j] {
				missing = append(missing, string(j))
			}
		}
		return nil, invalid(ErrMissingSignatures, "signed by %d of %d member states, %d required; unsigned: %s", len(signed), len(m.Members), k, strings.Join(missing, ", "))
	}
	js := make([]comity.Jurisdiction, 0, len(signed))
	for j := range signed {
		js = append(js, j)
	}
	slices.Sort(js)
	return js, nil
}

// VerifySuccessor checks that next may replace prev, the rule of a chain of
// manifests (as TUF rotates its root): a node holds the manifest it accepted
// last and moves only to one that the members it already trusts endorsed.
//   - next is complete (Check), for the same federation, with a higher serial;
//   - every signature on next verifies, by an authority key that prev or next
//     lists for the signing member (an old key of a rotated authority counts
//     for prev; any other signature is refused);
//   - at least prev.BaselineQuorum members of prev signed with keys prev lists:
//     signatures by keys prev does not know (new members, new keys) do not
//     count towards it, so no one can take a federation over by replacing
//     keys and signing with them;
//   - every member with an authority key that prev did not list (a joining
//     state, a rotated key) signed with one of those new keys, proving that
//     it holds them.
//
// Errors are EINVALID and wrap ErrBadManifest (federation, serial),
// ErrUnknownSigner, ErrBadSignature or ErrMissingSignatures.
func VerifySuccessor(prev, next *Manifest) error {
	if err := next.Check(); err != nil {
		return err
	}
	if next.Federation != prev.Federation {
		return invalid(ErrBadManifest, "new manifest is for federation %q, not %q", next.Federation, prev.Federation)
	}
	if next.Serial <= prev.Serial {
		return invalid(ErrBadManifest, "new manifest has serial %d, not above the current %d: a node never goes back or sideways", next.Serial, prev.Serial)
	}
	msg, err := SignedMessage(next)
	if err != nil {
		return err
	}
	var known []Signature // signatures that prev can check
	for _, s := range next.Signatures {
		pub := ed25519.PublicKey(s.PublicKey)
		inPrev := hasKey(prev.AuthorityKeys(s.Jurisdiction, ""), pub)
		if !inPrev && !hasKey(next.AuthorityKeys(s.Jurisdiction, ""), pub) {
			return invalid(ErrUnknownSigner, "signature for %s by key %s: not an authority key of %s in serial %d or %d", s.Jurisdiction, s.PublicKey, s.Jurisdiction, prev.Serial, next.Serial)
		}
		if len(s.Signature) != ed25519.SignatureSize || !ed25519.Verify(pub, msg, s.Signature) {
			return invalid(ErrBadSignature, "signature by %s (key %s) does not verify: the signed content was changed or the signature is forged", s.Jurisdiction, s.PublicKey)
		}
		if inPrev {
			known = append(known, s)
		}
	}
	if _, err := prev.CheckQuorum(msg, known, prev.BaselineQuorum); err != nil {
		return invalid(ErrMissingSignatures, "serial %d is not endorsed by the members of serial %d (only their keys in serial %d count): %s",
			next.Serial, prev.Serial, prev.Serial, comity.ErrorMessage(err))
	}
	for _, mem := range next.Members {
		var fresh []ed25519.PublicKey // keys prev does not list for this member
		for _, k := range next.AuthorityKeys(mem.Jurisdiction, "") {
			if !hasKey(prev.AuthorityKeys(mem.Jurisdiction, ""), k) {
				fresh = append(fresh, k)
			}
		}
		if len(fresh) == 0 {
			continue
		}
		signed := slices.ContainsFunc(next.Signatures, func(s Signature) bool {
			return s.Jurisdiction == mem.Jurisdiction && hasKey(fresh, ed25519.PublicKey(s.PublicKey))
		})
		if !signed {
			what := "its new authority key"
			if prev.Member(mem.Jurisdiction) == nil {
				what = "the joining state's own authority key"
			}
			return invalid(ErrMissingSignatures, "new manifest is not signed by %s for %s: a key must sign the manifest that introduces it", what, mem.Jurisdiction)
		}
	}
	return nil
}

// Signers lists the jurisdictions with a signature on m, sorted, without
// checking them: for reports and ledger entries of a verified manifest.
func Signers(m *Manifest) []comity.Jurisdiction {
	var js []comity.Jurisdiction
	for _, s := range m.Signatures {
		if !slices.Contains(js, s.Jurisdiction) {
			js = append(js, s.Jurisdiction)
		}
	}
	slices.Sort(js)
	return js
}

func hasKey(keys []ed25519.PublicKey, pub ed25519.PublicKey) bool {
	return slices.ContainsFunc(keys, func(k ed25519.PublicKey) bool { return k.Equal(pub) })
}

// Endorsers returns the member states whose signatures on next were made
// with a key that prev lists: those that count towards prev's quorum in
// VerifySuccessor (whose verdict it does not replace), in signature order.
func Endorsers(prev, next *Manifest) []comity.Jurisdiction {
	var out []comity.Jurisdiction
	for _, s := range next.Signatures {
		if hasKey(prev.AuthorityKeys(s.Jurisdiction, ""), ed25519.PublicKey(s.PublicKey)) && !slices.Contains(out, s.Jurisdiction) {
			out = append(out, s.Jurisdiction)
		}
	}
	return out
}
