package rulebook

import (
	"errors"

	"github.com/comity-project/comity"
)

// codedError keeps a sentinel chain (ErrBundle, ErrSignature, ErrApproval)
// and adds the *comity.Error that the API maps to a status: callers can use
// errors.Is on the first and comity.ErrorCode on the second.
type codedError struct {
	err error
	ce  *comity.Error
}

func (e *codedError) Error() string   { return e.err.Error() }
func (e *codedError) Unwrap() []error { return []error{e.err, e.ce} }

// coded gives err a comity error code: EFORBIDDEN for a signature that does
// not verify, EINVALID for a refused bundle or approval. Errors that carry a
// code already, and nil, are returned as they are.
func coded(err error) error {
	if c, ok := err.(committed); ok {
		return c.error // the caller's own error, from its commit
	}
	var ce *comity.Error
	if err == nil || errors.As(err, &ce) {
		return err
	}
	code := ""
	switch {
	case errors.Is(err, ErrSignature):
		code = comity.EFORBIDDEN
	case errors.Is(err, ErrBundle), errors.Is(err, ErrApproval):
		code = comity.EINVALID
	default:
		return err
	}
	return &codedError{err: err, ce: &comity.Error{Code: code, Message: err.Error()}}
}
