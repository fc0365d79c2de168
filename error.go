package comity

import (
	"errors"
	"fmt"
)

// Error codes. Each maps to one HTTP status and one problem type in
// http/problem.go; callers branch on them with ErrorCode.
const (
	EINVALID      = "invalid"            // malformed or unacceptable input
	ENOTFOUND     = "not-found"          // no such record, case or object
	ECONFLICT     = "conflict"           // version mismatch or duplicate
	EUNAUTHORIZED = "unauthorized"       // no or bad credentials
	EFORBIDDEN    = "forbidden"          // credentials fine, role may not do this
	ERESIDENCY    = "residency"          // record is homed elsewhere and cannot be forwarded
	EDENIED       = "denied"             // the gate refused a release
	EPENDING      = "pending"            // the gate needs obligations met first
	ETOOLARGE     = "too-large"          // request body over the limit
	EHEADERS      = "headers-too-large"  // request headers over the limit
	EMETHOD       = "method-not-allowed" // the path exists, not with this method
	EUNAVAILABLE  = "unavailable"        // a dependency (peer, log) is unreachable
	ESTALE        = "stale-manifest"     // a peer node runs on an older federation manifest
	EINTERNAL     = "internal"           // a bug or an unexpected failure
)

// Error is a domain error that is safe to show to the caller. Code is one of
// the E* constants; Message is a one-line human reason; Detail carries
// structured fields (such as "home" for ERESIDENCY) that the API returns as
// problem-details extension members. Op names the operation that failed, for
// logs; Err is the cause, which errors.Is and errors.As see through (upspin's
// errors.E is the model). Neither Op nor the cause reaches users: the API
// shows Message, and only "internal error" for EINTERNAL.
type Error struct {
	Op      string
	Code    string
	Message string
	Detail  map[string]any
	Err     error
}

// Error returns the message, after the op when there is one.
func (e *Error) Error() string {
	if e.Op != "" {
		return e.Op + ": " + e.Message
	}
	return e.Message
}

// Unwrap returns the cause, or nil.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message. A %w
// verb in format wraps its operand as the cause, as fmt.Errorf does.
func Errorf(code, format string, args ...any) *Error {
	err := fmt.Errorf(format, args...)
	e := &Error{Code: code, Message: err.Error()}
	switch w := err.(type) {
	case interface{ Unwrap() error }:
		e.Err = w.Unwrap()
	case interface{ Unwrap() []error }:
		e.Err = err // several %w: errors.Is and As search them all
	}
	return e
}

// E returns an *Error for op with code, caused by cause, whose message is the
// cause's own. Call it only with a non-nil cause.
func E(op, code string, cause error) *Error {
	return &Error{Op: op, Code: code, Message: cause.Error(), Err: cause}
}

// With returns a copy of e with the extension member key set to value.
func (e *Error) With(key string, value any) *Error {
	c := *e
	c.Detail = make(map[string]any, len(e.Detail)+1)
	for k, v := range e.Detail {
		c.Detail[k] = v
	}
	c.Detail[key] = value
	return &c
}

// ErrorCode returns the code of the first *Error in err's chain, or
// EINTERNAL for any other non-nil error, or "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// "internal error" for any other error: internal details never reach users.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}

// Denial is the cause of the gate's EDENIED and EPENDING errors (and of a
// refused judicial execution): the decision made, when one was, and the
// receipt of the ledger entry that logged it. The API returns its fields as
// the problem's "decision", "receipt" and "residue" members, and the client
// decodes them back into a *Denial, so errors.As finds the same typed value
// on either side of a call:
//
//	var d *comity.Denial
//	if errors.As(err, &d) { ... d.Decision.Reasons ... }
type Denial struct {
	Decision *Decision // nil for a refusal no policy decided (a judicial execution)
	Receipt  *Receipt  // nil when the node keeps no ledger
	Residue  []Residue // personal information minimisation left readable, if that is why
}

func (d *Denial) Error() string {
	if d.Decision != nil {
		return "gate decision: " + string(d.Decision.Outcome)
	}
	return "refused"
}
