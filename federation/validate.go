package federation

import (
	"crypto/ed25519"
	"encoding/hex"
	"net/url"
	"strings"
	"unicode"

	"github.com/comity-project/comity"
)

// validate checks every field's form and the uniqueness of members, nodes,
// origins and keys, normalising jurisdictions to upper case and pins to
// lower case. It allows an unfinished manifest (no members yet, quorum
// unset); Check adds the checks a manifest must pass to be signed.
func (m *Manifest) validate() error {
	if err := checkText("federation name", m.Federation, 128, true); err != nil {
		return err
	}
	if m.BaselineQuorum < 0 || m.Witness.Threshold < 0 {
		return invalid(ErrBadManifest, "federation manifest: baseline_quorum and witness.threshold may not be negative")
	}
	members := map[comity.Jurisdiction]bool{}
	names := map[string]string{} // node name or origin -> what uses it
	keys := map[string]string{}  // raw key -> who holds it
	for i := range m.Members {
		mem := &m.Members[i]
		j, err := comity.ParseJurisdiction(string(mem.Jurisdiction))
		if err != nil {
			return invalid(ErrBadManifest, "federation manifest: member %d: %s", i+1, comity.ErrorMessage(err))
		}
		mem.Jurisdiction = j
		if members[j] {
			return invalid(ErrBadManifest, "federation manifest: member %s is listed twice", j)
		}
		members[j] = true
		if err := checkText("member "+string(j)+" name", mem.Name, 200, false); err != nil {
			return err
		}
		for k := range mem.Nodes {
			if err := validateNode(j, &mem.Nodes[k], names, keys); err != nil {
				return err
			}
		}
		for k := range mem.Authorities {
			a := &mem.Authorities[k]
			if a.Role != comity.RoleDPA && a.Role != comity.RoleCentralAuthority {
				return invalid(ErrBadManifest, "federation manifest: member %s: authority role %q: want %q or %q", j, a.Role, comity.RoleDPA, comity.RoleCentralAuthority)
			}
			if err := checkText("member "+string(j)+" authority name", a.Name, 200, false); err != nil {
				return err
			}
			if err := claimKey(keys, a.PublicKey, "authority "+string(a.Role)+" of "+string(j)); err != nil {
				return err
			}
		}
	}
	for i, s := range m.Signatures {
		j, err := comity.ParseJurisdiction(string(s.Jurisdiction))
		if err != nil {
			return invalid(ErrBadManifest, "federation manifest: signature %d: %s", i+1, comity.ErrorMessage(err))
		}
		m.Signatures[i].Jurisdiction = j
		if len(s.PublicKey) != ed25519.PublicKeySize || len(s.Signature) != ed25519.SignatureSize {
			return invalid(ErrBadManifest, "federation manifest: signature %d by %s: want a public_key and a 64-byte signature", i+1, j)
		}
	}
	return nil
}

func validateNode(j comity.Jurisdiction, n *Node, names, keys map[string]string) error {
	if !validKeyName(n.Name) {
		return invalid(ErrBadManifest, "federation manifest: member %s: node name %q: want 1-100 letters, digits and . _ - : /", j, n.Name)
	}
	if other, dup := names[n.Name]; dup {
		return invalid(ErrBadManifest, "federation manifest: node name %q is also used by %s", n.Name, other)
	}
	names[n.Name] = "node " + n.Name
	if n.LogOrigin != "" && n.LogOrigin != n.Name {
		if !validKeyName(n.LogOrigin) {
			return invalid(ErrBadManifest, "federation manifest: node %s: log_origin %q: want 1-100 letters, digits and . _ - : /", n.Name, n.LogOrigin)
		}
		if other, dup := names[n.LogOrigin]; dup {
			return invalid(ErrBadManifest, "federation manifest: node %s: log_origin %q is also used by %s", n.Name, n.LogOrigin, other)
		}
		names[n.LogOrigin] = "the log of node " + n.Name
	}
	u, err := url.Parse(n.URL)
	if err != nil || u.Scheme != "https" || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.Opaque != "" {
		return invalid(ErrBadManifest, "federation manifest: node %s: url %q: want https://host[:port][/path] with no user, query or fragment", n.Name, n.URL)
	}
	if err := claimKey(keys, n.PublicKey, "node "+n.Name); err != nil {
		return err
	}
	if n.TLSSPKISHA256 != "" {
		pin := strings.ToLower(n.TLSSPKISHA256)
		if b, err := hex.DecodeString(pin); err != nil || len(b) != 32 {
			return invalid(ErrBadManifest, "federation manifest: node %s: tls_spki_sha256: want 64 hex digits", n.Name)
		}
		n.TLSSPKISHA256 = pin
		if err := claimKey(keys, []byte("spki:"+pin), "the TLS pin of node "+n.Name); err != nil {
			return err
		}
	}
	return nil
}

// claimKey records that who holds key, refusing a missing key and a key held
// twice: a key must identify one node or one authority.
func claimKey(keys map[string]string, key []byte, who string) error {
	if len(key) == 0 {
		return invalid(ErrBadManifest, "federation manifest: %s has no public key", who)
	}
	if other, dup := keys[string(key)]; dup {
		return invalid(ErrBadManifest, "federation manifest: %s uses the same key as %s", who, other)
	}
	keys[string(key)] = who
	return nil
}

// Check reports whether m is complete enough to be signed and used: valid
// fields (as ParseManifest requires), members each with an authority key, a
// baseline quorum between 1 and the number of members, and a witness
// threshold that every node's log can meet and that is a majority of each
// log's possible witnesses (see checkQuorum). Sign and Verify call it.
func (m *Manifest) Check() error {
	if err := m.validate(); err != nil {
		return err
	}
	if len(m.Members) == 0 {
		return invalid(ErrBadManifest, "federation manifest %s has no members", m.Federation)
	}
	for _, mem := range m.Members {
		if len(mem.Authorities) == 0 {
			return invalid(ErrBadManifest, "federation manifest: member %s has no authority key to sign with", mem.Jurisdiction)
		}
	}
	if m.BaselineQuorum < 1 || m.BaselineQuorum > len(m.Members) {
		return invalid(ErrBadManifest, "federation manifest: baseline_quorum is %d: want 1 to %d (the number of members)", m.BaselineQuorum, len(m.Members))
	}
	return m.CheckWitnessThreshold()
}

// CheckWitnessThreshold reports whether the witness threshold suits every
// node's log: at most its possible witnesses, and a majority of them (see
// checkQuorum).
func (m *Manifest) CheckWitnessThreshold() error {
	for _, mem := range m.Members {
		for _, n := range mem.Nodes {
			if err := m.checkQuorum(n.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

// checkQuorum refuses a witness threshold k that the log of the node named
// name cannot meet (k > n, its possible witnesses) or that lets two
// quorums of its witnesses be disjoint (2k <= n): two disjoint sets of
// witnesses could then each vouch for a different history of the log, and
// neither would ever see the other's.
func (m *Manifest) checkQuorum(name string) error {
	k, n := m.Witness.Threshold, len(m.Witnesses(name))
	switch {
	case k > n:
		return invalid(ErrBadManifest, "federation manifest: witness.threshold is %d but node %s has only %d possible witnesses (nodes of other members)", k, name, n)
	case n > 0 && 2*k <= n:
		return invalid(ErrBadManifest, "federation manifest: witness.threshold is %d but node %s has %d possible witnesses: two quorums of %d could be disjoint and vouch for two histories; want a majority, at least %d", k, name, n, k, n/2+1)
	}
	return nil
}

// MajorityThreshold is the smallest witness threshold that m's checks
// accept: a majority of the possible witnesses of the node with the most
// (0 for a federation whose logs have no possible witnesses). Check still
// refuses it when some node has too few witnesses to meet it.
func MajorityThreshold(m *Manifest) int {
	k := 0
	for _, mem := range m.Members {
		for _, n := range mem.Nodes {
			if w := len(m.Witnesses(n.Name)); w > 0 {
				k = max(k, w/2+1)
			}
		}
	}
	return k
}

// validKeyName reports whether s may name a node or log: a signed-note key
// name restricted to a portable alphabet.
func validKeyName(s string) bool {
	if len(s) == 0 || len(s) > 100 {
		return false
	}
	for _, r := range s {
		ok := r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("._-:/", r)
		if !ok {
			return false
		}
	}
	return true
}

func checkText(what, s string, max int, required bool) error {
	if required && strings.TrimSpace(s) == "" {
		return invalid(ErrBadManifest, "federation manifest: %s is empty", what)
	}
	if len(s) > max {
		return invalid(ErrBadManifest, "federation manifest: %s is longer than %d bytes", what, max)
	}
	for _, r := range s {
		if r == unicode.ReplacementChar || unicode.IsControl(r) {
			return invalid(ErrBadManifest, "federation manifest: %s contains control or invalid characters", what)
		}
	}
	return nil
}
