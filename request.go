package comity

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
)

// checkRequest refuses, before anything is decided or logged, a request
// with an unknown action or with personal information in its words: the
// purpose and legal basis (which the ledger may log), and the references to
// consent, approvals and agreements (which transfer cases keep).
func (g *Gate) checkRequest(req *AccessRequest) error {
	if _, err := ParseAction(string(req.Action)); err != nil || req.Action == "" {
		return Errorf(EINVALID, "unknown action %q: want read, transfer, store-abroad, disclose-to-law-enforcement or bulk-export", req.Action)
	}
	if err := CheckText(g.Screen, "purpose", req.Purpose); err != nil {
		return err
	}
	if err := CheckText(g.Screen, "legal_basis", req.LegalBasis); err != nil {
		return err
	}
	for i, ref := range req.Consent {
		if err := CheckText(g.Screen, fmt.Sprintf("consent.%d", i), ref); err != nil {
			return err
		}
	}
	for i, ref := range req.Agreements {
		if err := CheckText(g.Screen, fmt.Sprintf("agreements.%d", i), ref); err != nil {
			return err
		}
	}
	return nil
}

// logged is the word an entry names for a request's purpose or legal
// basis: the word itself when the law (LegalBases, Purposes), the home's
// rulebook or the request's own agreements declare it, PurposeOther when
// not, never the requester's free text.
func (g *Gate) logged(member, value string, agreements []string) string {
	return LoggedWord(g.Vocabulary, g.Node, member, value, agreements)
}

// LoggedWord is the word an entry of home's ledger names for a purpose or
// legal basis, as Gate.logged says; every service that logs one uses it.
func LoggedWord(v Vocabulary, home Jurisdiction, member, value string, agreements []string) string {
	if value == "" || v == nil {
		return value
	}
	known := LegalBases
	if member == "purpose" {
		known = Purposes
	}
	if slices.Contains(known, value) || slices.Contains(agreements, value) || v.Declared(home, member, value) {
		return value
	}
	return PurposeOther
}

// approvalDigests names the approval tokens of a request in its entry by
// their SHA-256 ("sha256:<hex>"): a token lists the records it covers, and
// whoever holds it can still find the entry that used it.
func approvalDigests(tokens []string) []string {
	if len(tokens) == 0 {
		return nil
	}
	out := make([]string, len(tokens))
	for i, t := range tokens {
		sum := sha256.Sum256([]byte(t))
		out[i] = "sha256:" + hex.EncodeToString(sum[:])
	}
	return out
}
