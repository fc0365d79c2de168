package release

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/comity-project/comity"
)

// Verified is what an offline verification established.
type Verified struct {
	Statement *Statement
	Vendor    string
	Home      comity.Jurisdiction
	KeyID     string
	// Log, Index: where the release is logged; TreeSize and Root the
	// checkpoint it is proved against; Cosigners the witnesses that
	// cosigned that checkpoint.
	Log       string
	Index     uint64
	TreeSize  uint64
	Root      tlog.Hash
	Cosigners []string
	Entry     *LogEntry
}

// Verify checks a bundle with nothing contacted:
//
//  1. the checkpoint is signed by a log the trust file knows and carries at
//     least that log's quorum of cosignatures by its witnesses;
//  2. the inclusion proof leads from the entry to the checkpoint's root;
//  3. the entry records, as released, exactly the bundle's envelope, by a
//     vendor homed in the log's state;
//  4. the envelope's signature verifies under the key the entry names, a
//     key the trust file lists for that vendor, current when the entry was
//     logged and never revoked;
//  5. the statement parses and names the entry's product and version.
//
// Artefact digests are checked by the caller with Verified.Statement.Find.
// Every failure wraps one of the package's Err values.
func (t *Trust) Verify(b *Bundle) (*Verified, error) {
	tl, ok := t.logs[b.Log]
	if !ok {
		return nil, errorf(ErrCheckpoint, "log %s is not in the trust file", b.Log)
	}
	v := &Verified{Log: b.Log, Index: b.Index}
	if err := tl.openCheckpoint([]byte(b.Checkpoint), v); err != nil {
		return nil, err
	}
	if v.TreeSize != b.TreeSize {
		return nil, errorf(ErrProof, "bundle proves against size %d, its checkpoint has size %d", b.TreeSize, v.TreeSize)
	}
	proof := make(tlog.RecordProof, len(b.Inclusion))
	for i, h := range b.Inclusion {
		copy(proof[i][:], h)
	}
	if err := tlog.CheckRecord(proof, int64(v.TreeSize), v.Root, int64(b.Index), tlog.RecordHash(b.Entry)); err != nil {
		return nil, errorf(ErrProof, "entry %d is not in %s at size %d: %v", b.Index, b.Log, v.TreeSize, err)
	}
	e, err := ParseLogEntry(b.Entry)
	if err != nil {
		return nil, err
	}
	v.Entry, v.Vendor, v.Home, v.KeyID = e, e.Vendor, comity.Jurisdiction(e.Home), e.Detail["keyid"]
	switch {
	case !e.IsRelease():
		return nil, errorf(ErrEntry, "entry %d of %s is not a logged release (%s %s %s)", b.Index, b.Log, e.Kind, e.Event(), e.Outcome)
	case v.Home != tl.Jurisdiction:
		return nil, errorf(ErrEntry, "the vendor is homed in %s but the release is logged in %s's log", v.Home, tl.Jurisdiction)
	case !bytes.Equal(b.Envelope.Payload, decodeHex(e.Detail["statement"])):
		return nil, errorf(ErrEntry, "the logged statement is not the envelope's statement")
	}
	key, ok := t.vendor[vendorID{v.Home, v.Vendor}][v.KeyID]
	if !ok {
		return nil, errorf(ErrKey, "key %s is not a key of %s (%s) in the trust file", short(v.KeyID), v.Vendor, v.Home)
	}
	if err := key.rec.validAt(e.At()); err != nil {
		return nil, err
	}
	if _, err := b.Envelope.VerifyBy(map[string]*PublicKey{key.pub.ID: key.pub}); err != nil {
		return nil, err
	}
	if v.Statement, err = ParseStatement(b.Envelope.Payload); err != nil {
		return nil, err
	}
	if v.Statement.Product != e.Detail["product"] || v.Statement.Version != e.Detail["version"] {
		return nil, errorf(ErrEntry, "the entry logs %s@%s, the statement %s", e.Detail["product"], e.Detail["version"], v.Statement.Predicate.PURL)
	}
	return v, nil
}

// openCheckpoint verifies a checkpoint note: the log's signature, the
// quorum of cosignatures, and the body (origin, size, root).
func (tl *trustedLog) openCheckpoint(raw []byte, v *Verified) error {
	n, err := note.Open(raw, tl.verifiers)
	if err != nil {
		return errorf(ErrCheckpoint, "%s: %v", tl.Origin, err)
	}
	signed := false
	for _, s := range n.Sigs {
		if s.Name == tl.log.Name() && s.Hash == tl.log.KeyHash() {
			signed = true
		} else if tl.witnesses[fmt.Sprintf("%s+%08x", s.Name, s.Hash)] {
			v.Cosigners = append(v.Cosigners, s.Name)
		}
	}
	if !signed {
		return errorf(ErrCheckpoint, "not signed by the log %s", tl.Origin)
	}
	if len(v.Cosigners) < tl.Quorum {
		return errorf(ErrCheckpoint, "%d witness cosignatures, the trust file requires %d for %s", len(v.Cosigners), tl.Quorum, tl.Origin)
	}
	lines := strings.SplitN(n.Text, "\n", 4)
	if len(lines) < 4 || lines[0] != tl.Origin {
		return errorf(ErrCheckpoint, "body is not a checkpoint of %s", tl.Origin)
	}
	size, err := strconv.ParseUint(lines[1], 10, 63)
	if err != nil {
		return errorf(ErrCheckpoint, "size %q", lines[1])
	}
	h, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(h) != tlog.HashSize {
		return errorf(ErrCheckpoint, "root hash %q", lines[2])
	}
	v.TreeSize = size
	copy(v.Root[:], h)
	return nil
}

func decodeHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil
	}
	return b
}
