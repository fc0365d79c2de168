package main

import (
	"crypto/x509"
	"errors"
	"strings"
)

// oneLine renders err as one line for the terminal: its whole chain, so
// that the context a command wrapped around a domain error ("after 1200
// records stored: …") is kept, since the operator is the user. A TLS
// certificate from an unknown authority gets the hint that fixes it.
func oneLine(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	var ua x509.UnknownAuthorityError
	if errors.As(err, &ua) || strings.Contains(s, "certificate signed by unknown authority") {
		s += " (trust the node's CA with --ca FILE, such as DIR/ca/ca.pem of comity init)"
	}
	return s
}
