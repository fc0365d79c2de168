package release

import (
	"encoding/json"
)

// BundleMediaType identifies the bundle format, version 1.
const BundleMediaType = "application/vnd.comity.release-bundle.v1+json"

// MaxBundleSize bounds a bundle a verifier will parse.
const MaxBundleSize = 256 << 10

// Bundle is what a vendor ships beside a release and a user checks offline:
// the signed envelope, the log entry that records it, its RFC 6962
// inclusion proof, and the log's checkpoint (a signed note carrying the
// witnesses' cosignatures) that the proof leads to.
type Bundle struct {
	MediaType string    `json:"mediaType"`
	Envelope  *Envelope `json:"envelope"`
	// Log is the log's origin (its checkpoints' first line).
	Log   string `json:"log"`
	Index uint64 `json:"index"`
	// Entry is the log entry's bytes, as hashed into the tree.
	Entry      []byte   `json:"entry"`
	TreeSize   uint64   `json:"tree_size"`
	Inclusion  [][]byte `json:"inclusion"`
	Checkpoint string   `json:"checkpoint"`
}

// ParseBundle decodes a bundle strictly (no unknown members, no trailing
// data, at most MaxBundleSize bytes) and checks its shape. It verifies
// nothing; see Verifier.
func ParseBundle(b []byte) (*Bundle, error) {
	if len(b) > MaxBundleSize {
		return nil, errorf(ErrMalformed, "bundle is %d bytes, over %d", len(b), MaxBundleSize)
	}
	var bu Bundle
	if err := strictJSON(b, &bu); err != nil {
		return nil, errorf(ErrMalformed, "bundle: %w", err)
	}
	if bu.MediaType != BundleMediaType {
		return nil, errorf(ErrMalformed, "bundle media type %q, want %s", bu.MediaType, BundleMediaType)
	}
	if bu.Envelope == nil {
		return nil, errorf(ErrMalformed, "bundle has no envelope")
	}
	// The envelope passes the same checks as one parsed on its own.
	if err := bu.Envelope.check(); err != nil {
		return nil, err
	}
	switch {
	case bu.Log == "" || len(bu.Entry) == 0 || bu.Checkpoint == "":
		return nil, errorf(ErrMalformed, "bundle lacks its log, entry or checkpoint")
	case bu.Index >= bu.TreeSize:
		return nil, errorf(ErrMalformed, "bundle index %d is outside its tree of size %d", bu.Index, bu.TreeSize)
	case len(bu.Inclusion) > 64:
		return nil, errorf(ErrMalformed, "bundle inclusion proof has %d hashes", len(bu.Inclusion))
	}
	for _, h := range bu.Inclusion {
		if len(h) != 32 {
			return nil, errorf(ErrMalformed, "bundle inclusion proof hash of %d bytes", len(h))
		}
	}
	return &bu, nil
}

// Marshal encodes the bundle as indented JSON, the form written to files.
func (b *Bundle) Marshal() ([]byte, error) {
	out, err := json.MarshalIndent(b, "", "  ")
	return append(out, '\n'), err
}
