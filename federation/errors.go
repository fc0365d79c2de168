package federation

import (
	"errors"
	"fmt"

	"github.com/comity-project/comity"
)

// Sentinel errors, for errors.Is. Every error this package returns to a
// caller also carries a *comity.Error with a stable code (see each sentinel)
// and a message that names what was wrong, for comity.ErrorCode and
// comity.ErrorMessage.
var (
	// ErrBadManifest (EINVALID): the manifest is malformed or inconsistent.
	ErrBadManifest = errors.New("bad federation manifest")
	// ErrBadKey (EINVALID): a public or private key could not be used.
	ErrBadKey = errors.New("bad key")
	// ErrUnknownSigner (EINVALID): a manifest signature names a jurisdiction
	// that is not a member, or a key that is not one of its authorities'.
	ErrUnknownSigner = errors.New("unknown manifest signer")
	// ErrBadSignature (EINVALID): a manifest signature does not verify.
	ErrBadSignature = errors.New("bad manifest signature")
	// ErrMissingSignatures (EINVALID): fewer members signed than required.
	ErrMissingSignatures = errors.New("manifest lacks required signatures")
	// ErrRollback (EINVALID): a manifest would take a node back to, or
	// sideways from, a serial it has accepted: a rolled-back or forged
	// manifest.
	ErrRollback = errors.New("manifest rollback")
	// ErrNoClientCertificate (EUNAUTHORIZED): the TLS client presented no
	// certificate. Callers that also accept API tokens fall back to them.
	ErrNoClientCertificate = errors.New("no client certificate")
	// ErrUntrustedCertificate (EUNAUTHORIZED): the peer's certificate does
	// not chain to a trusted federation CA, or has expired.
	ErrUntrustedCertificate = errors.New("untrusted certificate")
	// ErrUnknownPeer (EUNAUTHORIZED): the peer's certificate is trusted but
	// its key belongs to no node in the manifest.
	ErrUnknownPeer = errors.New("peer not in federation manifest")
	// ErrNoNode (EUNAVAILABLE): the manifest lists no node for the
	// jurisdiction or name asked for.
	ErrNoNode = errors.New("no such node in federation manifest")
)

// newError returns the domain error shown to the caller, caused by the
// sentinel, so that errors.Is finds the sentinel and errors.As the
// *comity.Error.
func newError(sentinel error, code, format string, args ...any) *comity.Error {
	return &comity.Error{Code: code, Message: fmt.Sprintf(format, args...), Err: sentinel}
}

func invalid(sentinel error, format string, args ...any) *comity.Error {
	return newError(sentinel, comity.EINVALID, format, args...)
}
