package comity_test

import (
	"errors"
	"io/fs"
	"testing"

	"github.com/comity-project/comity"
)

// TestErrorCause: the root error carries its cause, so errors.Is and
// errors.As see through it, while callers still read one code and message.
func TestErrorCause(t *testing.T) {
	sentinel := errors.New("bad manifest")
	for _, tc := range []struct {
		name    string
		err     error
		msg     string
		code    string
		cause   error
		errText string
	}{
		{"Errorf %w", comity.Errorf(comity.EINVALID, "agreement: %w", fs.ErrNotExist), "agreement: file does not exist", comity.EINVALID, fs.ErrNotExist, "agreement: file does not exist"},
		{"Errorf two %w", comity.Errorf(comity.EINVALID, "%w: %w", sentinel, fs.ErrNotExist), "bad manifest: file does not exist", comity.EINVALID, fs.ErrNotExist, "bad manifest: file does not exist"},
		{"Errorf %v keeps no cause", comity.Errorf(comity.EINVALID, "agreement: %v", fs.ErrNotExist), "agreement: file does not exist", comity.EINVALID, nil, "agreement: file does not exist"},
		{"E", comity.E("ledger.Commit", comity.EUNAVAILABLE, fs.ErrClosed), "file already closed", comity.EUNAVAILABLE, fs.ErrClosed, "ledger.Commit: file already closed"},
		{"struct", &comity.Error{Code: comity.EINVALID, Message: "m", Err: sentinel}, "m", comity.EINVALID, sentinel, "m"},
		{"With keeps the cause", comity.Errorf(comity.EINVALID, "x: %w", sentinel).With("k", "v"), "x: bad manifest", comity.EINVALID, sentinel, "x: bad manifest"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.cause != nil && !errors.Is(tc.err, tc.cause) {
				t.Errorf("errors.Is(%v, %v) = false", tc.err, tc.cause)
			}
			if tc.cause == nil && errors.Unwrap(tc.err) != nil {
				t.Errorf("cause %v, want none", errors.Unwrap(tc.err))
			}
			if comity.ErrorMessage(tc.err) != tc.msg || comity.ErrorCode(tc.err) != tc.code || tc.err.Error() != tc.errText {
				t.Errorf("message %q code %q text %q; want %q %q %q", comity.ErrorMessage(tc.err), comity.ErrorCode(tc.err), tc.err.Error(), tc.msg, tc.code, tc.errText)
			}
		})
	}
	// The outer code wins over a cause's own.
	inner := comity.Errorf(comity.ENOTFOUND, "no such case")
	outer := comity.Errorf(comity.EINVALID, "bad: %w", inner)
	var e *comity.Error
	if comity.ErrorCode(outer) != comity.EINVALID || !errors.As(outer, &e) || e != outer || !errors.Is(outer, inner) {
		t.Errorf("outer code %s, want invalid, with the inner error in its chain", comity.ErrorCode(outer))
	}
}
