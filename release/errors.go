package release

import (
	"errors"
	"fmt"
)

// Verification failures, wrapped with the reason: callers branch on them
// with errors.Is; the CLI prints the whole message.
var (
	// ErrMalformed: a bundle, envelope, statement or trust file that does not parse.
	ErrMalformed = errors.New("malformed")
	// ErrNotInRelease: an artefact whose digest is not a subject of the release.
	ErrNotInRelease = errors.New("artefact not in the release")
	// ErrSignature: the envelope carries no valid signature by a known key of the vendor.
	ErrSignature = errors.New("envelope signature")
	// ErrKey: the signing key is unknown, revoked, or was not current when the release was logged.
	ErrKey = errors.New("vendor key")
	// ErrEntry: the log entry does not record this envelope as a release.
	ErrEntry = errors.New("log entry")
	// ErrProof: the inclusion proof does not lead from the entry to the checkpoint.
	ErrProof = errors.New("inclusion proof")
	// ErrCheckpoint: the checkpoint is not signed by a trusted log, or lacks the witness quorum.
	ErrCheckpoint = errors.New("checkpoint")
	// ErrYanked: the vendor yanked the release (reported by online verification).
	ErrYanked = errors.New("release yanked")
)

// errorf wraps kind with a reason.
func errorf(kind error, format string, args ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{kind}, args...)...)
}
