package rulebook

import (
	"slices"

	"github.com/comity-project/comity"
)

// Vocabulary parameters: the closed lists of words that ledger entries may
// name as they are. A state's rulebook (and the baseline, for every state)
// declares the purposes and legal bases its law knows as the string lists
// "purposes" and "legal_bases"; the gate logs any other as "other", so the
// requester's own words never reach the public log.
const (
	ParamPurposes   = "purposes"
	ParamLegalBases = "legal_bases"
)

// Declared implements comity.Vocabulary: whether the rulebook of home or
// the baseline declares value for member ("purpose" or "legal_basis").
func (e *Engine) Declared(home comity.Jurisdiction, member, value string) bool {
	param := ParamPurposes
	switch member {
	case "purpose":
	case "legal_basis":
		param = ParamLegalBases
	default:
		return false
	}
	for _, rb := range []*Rulebook{e.Rulebook(home), e.Baseline()} {
		if rb != nil && slices.Contains(rb.Bundle.Params.Strings(param), value) {
			return true
		}
	}
	return false
}
