package audit

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Checkpoint is a verified C2SP tlog-checkpoint.
type Checkpoint struct {
	Origin string
	Size   uint64
	Root   tlog.Hash
	// Cosigners names the witnesses whose cosignatures verified.
	Cosigners []string
	// Note is the signed note as fetched.
	Note []byte
}

// openCheckpoint verifies the note's signature by the log's key, counts
// valid witness cosignatures, and parses the checkpoint body.
func openCheckpoint(raw []byte, log note.Verifier, witnesses []note.Verifier, quorum int) (*Checkpoint, error) {
	n, err := note.Open(raw, note.VerifierList(append([]note.Verifier{log}, witnesses...)...))
	if err != nil {
		return nil, fmt.Errorf("%w: checkpoint signature: %v", ErrInconsistent, err)
	}
	var signedByLog bool
	cp := &Checkpoint{Note: raw}
	for _, s := range n.Sigs {
		if s.Name == log.Name() && s.Hash == log.KeyHash() {
			signedByLog = true
		} else {
			cp.Cosigners = append(cp.Cosigners, s.Name)
		}
	}
	if !signedByLog {
		return nil, fmt.Errorf("%w: checkpoint is not signed by the log's key %s", ErrInconsistent, log.Name())
	}
	if len(cp.Cosigners) < quorum {
		return nil, fmt.Errorf("%w: checkpoint has %d witness cosignatures, policy needs %d", ErrInconsistent, len(cp.Cosigners), quorum)
	}
	lines := strings.SplitN(n.Text, "\n", 4)
	if len(lines) < 4 {
		return nil, fmt.Errorf("%w: checkpoint body has fewer than three lines", ErrInconsistent)
	}
	cp.Origin = lines[0]
	if cp.Origin != log.Name() {
		return nil, fmt.Errorf("%w: checkpoint origin %q is not the key's name %q", ErrInconsistent, cp.Origin, log.Name())
	}
	if cp.Size, err = strconv.ParseUint(lines[1], 10, 64); err != nil || cp.Size >= 1<<63 {
		return nil, fmt.Errorf("%w: checkpoint size %q", ErrInconsistent, lines[1])
	}
	h, err := base64.StdEncoding.DecodeString(lines[2])
	if err != nil || len(h) != tlog.HashSize {
		return nil, fmt.Errorf("%w: checkpoint root hash %q", ErrInconsistent, lines[2])
	}
	copy(cp.Root[:], h)
	return cp, nil
}

var errNoVerifier = errors.New("audit: a log verifier is required")
