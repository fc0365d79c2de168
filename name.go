package comity

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxNameBytes bounds a name that people read: principal ids,
// organisations, node names, purposes, legal bases, case ids.
const MaxNameBytes = 200

// CheckName returns an EINVALID error naming what unless s is a name fit
// to print: at most MaxNameBytes of valid UTF-8, printable characters and
// spaces only (no control, format or bidirectional-override characters,
// which forge lines and reorder text in logs and terminals). Empty names
// pass; callers that need one say so.
func CheckName(what, s string) error {
	if len(s) > MaxNameBytes {
		return Errorf(EINVALID, "%s is %d bytes: at most %d", what, len(s), MaxNameBytes)
	}
	if !utf8.ValidString(s) {
		return Errorf(EINVALID, "%s is not valid UTF-8", what)
	}
	for _, r := range s {
		if !printable(r) {
			return Errorf(EINVALID, "%s holds the character %U, which is not printable", what, r)
		}
	}
	return nil
}

// IsPrintable reports whether s is valid UTF-8 of printable characters and
// spaces only, as CheckName requires, whatever its length.
func IsPrintable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if !printable(r) {
			return false
		}
	}
	return true
}

// printable is unicode.IsPrint plus the space, minus the format characters
// (Cf: bidirectional controls, zero-width joiners) that IsPrint lets
// through as graphic in some versions.
func printable(r rune) bool {
	return (r == ' ' || unicode.IsPrint(r)) && !unicode.Is(unicode.Cf, r)
}

// Printable returns s fit for a terminal or a log line: every character
// that CheckName refuses (and the backslash) is written as a Go escape, so
// text from outside cannot move the cursor, colour the screen or forge a
// line.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if r == '\\' || r == utf8.RuneError || !printable(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteString(`\x`)
			b.WriteString(strconv.FormatUint(uint64(s[i]), 16))
		case r == '\\':
			b.WriteString(`\\`)
		case printable(r):
			b.WriteRune(r)
		default:
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
		}
		i += size
	}
	return b.String()
}
