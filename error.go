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
// problem-details extension members.
type Error struct {
	Code    string
	Message string
	Detail  map[string]any
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
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
