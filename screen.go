package comity

import "strings"

// TextScreen finds personal information in text that is about to become
// public or permanent: record ids, and the free text that ledger entries
// carry. A transparency log is append-only and public, so nothing personal
// may enter it; what a screen finds is refused, never logged.
//
// Implementations (pii.Screen) are safe for concurrent use and report
// kinds only ("phone", "cn_resident_id"), never the text they found.
type TextScreen interface {
	// Find returns the sorted kinds of personal information in text, none
	// when there is none. Text is read as prose and as identifiers, whose
	// pieces between separators ("CN-LinXiaohong-13912345678") are read as
	// words too: the free text of entries is often an identifier.
	Find(text string) []string
}

// CheckText returns an EINVALID error naming field and the kinds found when
// s finds personal information in text, and nil otherwise or when s is nil.
// The error never repeats the text.
func CheckText(s TextScreen, field, text string) error {
	if s == nil || text == "" {
		return nil
	}
	return piiError(field, s.Find(text))
}

func piiError(field string, kinds []string) error {
	if len(kinds) == 0 {
		return nil
	}
	return Errorf(EINVALID, "%s contains personal information (%s): it would be kept or published; use an opaque value",
		field, strings.Join(kinds, ", ")).With("field", field).With("pii", kinds)
}

// PurposeOther is what a ledger entry says for a purpose, or a legal
// basis, that the rulebooks do not declare: the requester's own words are
// never logged.
const PurposeOther = "other"

// Vocabulary is what the rulebooks declare about the words of requests:
// the purposes ("purpose") and legal bases ("legal_basis") that a ledger
// entry may name as they are. Declared is safe for concurrent use.
type Vocabulary interface {
	Declared(home Jurisdiction, member, value string) bool
}

// LegalBases are the legal bases that the law itself enumerates and every
// node logs as they are: GDPR Art. 6(1) and its Art. 49(1) derogations,
// PIPL Art. 13, and reciprocity between central authorities.
var LegalBases = []string{
	"consent", "contract", "legal-obligation", "vital-interests", "public-task", "legitimate-interests",
	"explicit-consent", "contract-necessity", "public-interest", "legal-claims", "public-register",
	"statutory-duty", "public-health-emergency", "news-reporting", "public-information", "employment",
	"reciprocity",
}

// Purposes are the purposes every node logs as they are, whatever its
// rulebook declares: those the federation itself names.
var Purposes = []string{"law-enforcement"}
