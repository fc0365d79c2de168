package rulebook

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Problem is one reason a bundle fails lint: the file and line it is at
// (Line 0 when it concerns the whole file or bundle) and why, in words.
type Problem struct {
	File   string `json:"file"`
	Line   int    `json:"line,omitempty"`
	Reason string `json:"reason"`
}

// String renders the problem as file:line: reason, as compilers do.
func (p Problem) String() string {
	switch {
	case p.File == "":
		return p.Reason
	case p.Line == 0:
		return p.File + ": " + p.Reason
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Reason)
}

// Problems is every problem found in a bundle; as an error it wraps
// ErrBundle and reads as the first problem and a count.
type Problems []Problem

// Error implements error.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].String()
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0].String(), len(ps)-1)
}

// Unwrap lets errors.Is(err, ErrBundle) hold for any Problems.
func (ps Problems) Unwrap() error { return ErrBundle }

var parseAt = regexp.MustCompile(`at [^ ]*?:(\d+):(\d+)`)

// parseProblem turns a Cedar parse error into a Problem at its line.
func parseProblem(file string, err error) Problem {
	msg := err.Error()
	line := 0
	if m := parseAt.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = strings.Replace(msg, m[0], "at column "+m[2], 1)
	}
	msg = strings.TrimPrefix(msg, "parser error: ")
	return Problem{File: file, Line: line, Reason: "cedar syntax: " + msg}
}
