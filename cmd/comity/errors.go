package main

import "strings"

// oneLine renders err as one line for the terminal: its whole chain, so
// that the context a command wrapped around a domain error ("after 1200
// records stored: …") is kept, since the operator is the user.
func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
