package rulebook

import (
	"errors"

	"github.com/comity-project/comity"
)

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
	// The sentinel chain stays the cause: errors.Is still finds it.
	return &comity.Error{Code: code, Message: err.Error(), Err: err}
}
