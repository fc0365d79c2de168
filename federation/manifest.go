// Package federation holds what a Comity node knows about its federation:
// the signed manifest of member states, their nodes and authorities; the
// local PKI that issues node certificates; mutual TLS between nodes; the
// HTTP clients a node uses to call its peers; a running node's membership
// (Membership: the move to a new manifest) and the agreements between
// states it knows (Agreements).
//
// Trust starts from the manifest. A node accepts a peer only if the peer's
// TLS key is the key (or matches the SPKI pin) of a node listed in the
// manifest it runs on, whichever CA issued the peer's certificate. Manifests
// form a chain (see Chain and VerifySuccessor): a node's first is signed by
// its members' quorum, and it moves only to a successor that the previous
// manifest's quorum signed with the previous manifest's keys.
package federation

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// MaxManifestSize bounds the manifest a node will parse (1 MiB holds a
// federation of every state with several nodes each).
const MaxManifestSize = 1 << 20

// Manifest is a federation's membership document. It is JSON on disk and
// signed by member authorities (see Sign and Verify); the signed bytes are
// its canonical encoding without Signatures (see SignedMessage).
type Manifest struct {
	// Federation names the federation; it is part of what is signed, so a
	// manifest of one federation cannot be replayed in another.
	Federation string `json:"federation"`
	// Serial increases with every published change; a node never moves to a
	// manifest with a lower or equal serial (see VerifySuccessor).
	Serial uint64 `json:"serial"`
	// Members are the member states, one entry per jurisdiction.
	Members []Member `json:"members"`
	// Witness is the federation-wide witnessing policy for node logs.
	Witness WitnessPolicy `json:"witness"`
	// BaselineQuorum is k in "k of n member states must sign a change to the
	// baseline commitments" (n = len(Members)); at least 1.
	BaselineQuorum int `json:"baseline_quorum"`
	// Signatures are the member authorities' signatures over the rest.
	Signatures []Signature `json:"signatures,omitempty"`
}

// Member is one member state.
type Member struct {
	// Jurisdiction is the state's ISO 3166-1 alpha-2 code.
	Jurisdiction comity.Jurisdiction `json:"jurisdiction"`
	// Name is a display name, such as "Federal Republic of Germany".
	Name string `json:"name,omitempty"`
	// Nodes are the Comity nodes that hold records homed in this state. A
	// member may have none yet (it then takes part only through its
	// authorities).
	Nodes []Node `json:"nodes"`
	// Authorities are the state's authority keys. At least one is required:
	// they sign the manifest, rulebooks, approvals and baseline changes.
	Authorities []Authority `json:"authorities"`
}

// Node is one Comity node. Its Name and PublicKey identify it throughout
// the federation.
type Node struct {
	// Name is unique in the federation; it is also the key name of the
	// node's signatures (checkpoints, cosignatures), so it may not contain
	// spaces or '+'.
	Name string `json:"name"`
	// URL is the node's API base URL, https only.
	URL string `json:"url"`
	// PublicKey is the node's Ed25519 key: it signs receipts, checkpoints
	// and cosignatures, and, unless TLSSPKISHA256 is set, it is the key of
	// the node's TLS certificate.
	PublicKey PublicKey `json:"public_key"`
	// TLSSPKISHA256 pins a TLS certificate with another key (for example
	// one issued by an external CA): the lower-case hex SHA-256 of the
	// certificate's SubjectPublicKeyInfo. When set, peers are matched by
	// this pin instead of by PublicKey.
	TLSSPKISHA256 string `json:"tls_spki_sha256,omitempty"`
	// LogOrigin is the origin line of the node's log checkpoints; empty
	// means the node's Name (see Origin).
	LogOrigin string `json:"log_origin,omitempty"`
}

// Origin returns the node's log origin: LogOrigin, or Name if unset.
func (n *Node) Origin() string {
	if n.LogOrigin != "" {
		return n.LogOrigin
	}
	return n.Name
}

// Authority is one authority key of a member state.
type Authority struct {
	// Role is comity.RoleDPA or comity.RoleCentralAuthority.
	Role comity.Role `json:"role"`
	// Name is a display name, such as "Cyberspace Administration of China".
	Name string `json:"name,omitempty"`
	// PublicKey is the authority's Ed25519 key.
	PublicKey PublicKey `json:"public_key"`
}

// WitnessPolicy says how many witnesses must cosign a node's checkpoint
// before the node publishes it. The witnesses of a node's log are the nodes
// of every other member state (see Manifest.Witnesses), so n depends on the
// log. For every log, Threshold (k) may not exceed n and must be more than
// half of it (2k > n), so that any two quorums share a witness: a log
// cannot gather one quorum for one history and another for a fork without
// some witness seeing both (see MajorityThreshold).
type WitnessPolicy struct {
	Threshold int `json:"threshold"`
}

// Signature is one member authority's signature over the manifest.
type Signature struct {
	// Jurisdiction is the member that signed.
	Jurisdiction comity.Jurisdiction `json:"jurisdiction"`
	// PublicKey is the authority key that signed; it must be one of the
	// member's Authorities.
	PublicKey PublicKey `json:"public_key"`
	// Signature is the Ed25519 signature over SignedMessage, base64.
	Signature []byte `json:"signature"`
}

// PublicKey is an Ed25519 public key that encodes to JSON as base64 and
// decodes any form ParsePublicKey accepts.
type PublicKey ed25519.PublicKey

// MarshalJSON encodes k as a base64 string.
func (k PublicKey) MarshalJSON() ([]byte, error) {
	return json.Marshal(FormatPublicKey(ed25519.PublicKey(k)))
}

// UnmarshalJSON decodes a key string.
func (k *PublicKey) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	pub, err := ParsePublicKey(s)
	if err != nil {
		return err
	}
	*k = PublicKey(pub)
	return nil
}

// String returns k in base64.
func (k PublicKey) String() string { return FormatPublicKey(ed25519.PublicKey(k)) }

// ParseManifest decodes a manifest strictly: unknown fields, trailing data,
// invalid jurisdictions, URLs and keys, and duplicate members, nodes or keys
// are refused with EINVALID errors (ErrBadManifest). It does not check
// signatures; see Verify.
func ParseManifest(data []byte) (*Manifest, error) {
	if len(data) > MaxManifestSize {
		return nil, invalid(ErrBadManifest, "federation manifest is %d bytes, over the %d-byte limit", len(data), MaxManifestSize)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var m Manifest
	if err := dec.Decode(&m); err != nil {
		var ce *comity.Error
		if errors.As(err, &ce) {
			return nil, invalid(ErrBadManifest, "federation manifest: %s", ce.Message)
		}
		return nil, invalid(ErrBadManifest, "federation manifest: %v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, invalid(ErrBadManifest, "federation manifest: trailing data after the JSON object")
	}
	if err := m.validate(); err != nil {
		return nil, err
	}
	return &m, nil
}

// LoadManifest reads and parses the manifest at path (see ParseManifest).
func LoadManifest(path string) (*Manifest, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load federation manifest: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxManifestSize+1))
	if err != nil {
		return nil, fmt.Errorf("load federation manifest: %w", err)
	}
	return ParseManifest(data)
}

// Marshal returns m as indented JSON, the form written to disk.
func (m *Manifest) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal federation manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// WriteManifest writes m to path, replacing any file there atomically and
// durably (durable.WriteFile).
func WriteManifest(path string, m *Manifest) error {
	data, err := m.Marshal()
	if err != nil {
		return err
	}
	if err := durable.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("write federation manifest: %w", err)
	}
	return nil
}

// Member returns the member for jurisdiction j, or nil.
func (m *Manifest) Member(j comity.Jurisdiction) *Member {
	for i := range m.Members {
		if m.Members[i].Jurisdiction == j {
			return &m.Members[i]
		}
	}
	return nil
}

// Node returns the node named name and its member's jurisdiction, or nil.
func (m *Manifest) Node(name string) (*Node, comity.Jurisdiction) {
	for i := range m.Members {
		for k := range m.Members[i].Nodes {
			if m.Members[i].Nodes[k].Name == name {
				return &m.Members[i].Nodes[k], m.Members[i].Jurisdiction
			}
		}
	}
	return nil, ""
}

// Jurisdictions lists the member jurisdictions in manifest order.
func (m *Manifest) Jurisdictions() []comity.Jurisdiction {
	js := make([]comity.Jurisdiction, len(m.Members))
	for i := range m.Members {
		js[i] = m.Members[i].Jurisdiction
	}
	return js
}

// Witnesses returns the nodes that may witness the log of the node named
// name: every node of every other member state. Its length is the n of the
// witness policy for that log.
func (m *Manifest) Witnesses(name string) []Node {
	_, home := m.Node(name)
	var ws []Node
	for _, mem := range m.Members {
		if mem.Jurisdiction != home {
			ws = append(ws, mem.Nodes...)
		}
	}
	return ws
}

// AuthorityKeys returns jurisdiction j's authority keys with role r (any
// role if r is empty).
func (m *Manifest) AuthorityKeys(j comity.Jurisdiction, r comity.Role) []ed25519.PublicKey {
	mem := m.Member(j)
	if mem == nil {
		return nil
	}
	var keys []ed25519.PublicKey
	for _, a := range mem.Authorities {
		if r == "" || a.Role == r {
			keys = append(keys, ed25519.PublicKey(a.PublicKey))
		}
	}
	return keys
}

// Authority returns the member and authority entry whose key is pub, or
// ok=false: use it to learn who signed a rulebook, approval or request.
func (m *Manifest) Authority(pub ed25519.PublicKey) (j comity.Jurisdiction, a Authority, ok bool) {
	for _, mem := range m.Members {
		for _, au := range mem.Authorities {
			if ed25519.PublicKey(au.PublicKey).Equal(pub) {
				return mem.Jurisdiction, au, true
			}
		}
	}
	return "", Authority{}, false
}

// KeysByRole maps each member state to its first authority key with role r,
// skipping members that have none: the shape rulebook signature checks use.
func (m *Manifest) KeysByRole(r comity.Role) map[comity.Jurisdiction]ed25519.PublicKey {
	keys := map[comity.Jurisdiction]ed25519.PublicKey{}
	for _, mem := range m.Members {
		for _, a := range mem.Authorities {
			if a.Role == r {
				keys[mem.Jurisdiction] = ed25519.PublicKey(a.PublicKey)
				break
			}
		}
	}
	return keys
}
