package main

import (
	"strings"

	"github.com/comity-project/comity"
)

// oneLine renders err as one line for the terminal. Domain errors show their
// message; others show their full chain, since the operator is the user.
func oneLine(err error) string {
	msg := err.Error()
	if comity.ErrorCode(err) != comity.EINTERNAL {
		msg = comity.ErrorMessage(err)
	}
	return strings.Join(strings.Fields(msg), " ")
}
