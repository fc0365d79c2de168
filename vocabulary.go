package comity

// The words the gate, the ledger and the rulebooks share. Each is spelled
// once, here: a literal elsewhere is a word that can drift.

// ObligationKind names what an obligation asks for (Obligation.Kind).
// Every kind but minimise and notify is met by evidence: an authority's
// approval or record, or the data subjects' consent.
type ObligationKind string

const (
	ObligationApproval      ObligationKind = "approval"      // the home authority approves this transfer
	ObligationAssessment    ObligationKind = "assessment"    // a security assessment passed by the home authority
	ObligationContract      ObligationKind = "contract"      // a standard contract filed with the home authority
	ObligationCertification ObligationKind = "certification" // a personal-information protection certification
	ObligationConsent       ObligationKind = "consent"       // the data subjects' (separate) consent
	// ObligationJudicialAssistance is a request granted by the home
	// central authority.
	ObligationJudicialAssistance ObligationKind = "judicial-assistance"
	// ObligationAttestation is the records' controller's attestation,
	// signed by the home node, that the transfer is necessary.
	ObligationAttestation ObligationKind = "attestation"
	// ObligationBCR is binding corporate rules approved by the competent
	// supervisory authority (GDPR Arts. 46(2)(b), 47).
	ObligationBCR ObligationKind = "binding-corporate-rules"
	// ObligationCodeOfConduct is an approved code of conduct with the
	// recipient's binding commitments (GDPR Arts. 40, 46(2)(e)).
	ObligationCodeOfConduct ObligationKind = "code-of-conduct"
	// ObligationMinimise is met by the gate's Minimiser: the fields named
	// are minimised before release.
	ObligationMinimise ObligationKind = "minimise"
	// ObligationNotify is met by the gate's Notifier: the home authority is
	// told of the release at once.
	ObligationNotify ObligationKind = "notify"
)

// EntryKind names what a ledger entry records (Entry.Kind). Packages that
// log their own events declare their kinds next to them (judicial.EntryKind,
// release.KindRelease, advisory.EntryReport, ...), with this type.
type EntryKind string

const (
	EntryDecision         EntryKind = "decision"          // the gate decided a request
	EntryCase             EntryKind = "case"              // a transfer case was opened or decided
	EntryConsent          EntryKind = "consent"           // a controller recorded consents
	EntryConsentWithdrawn EntryKind = "consent-withdrawn" // a data subject withdrew a consent
	EntryOrganisation     EntryKind = "organisation"      // an organisation was registered
	EntryPrincipal        EntryKind = "principal"         // a principal was issued or revoked
	EntryRulebook         EntryKind = "rulebook"          // a state rulebook was installed
	EntryBaseline         EntryKind = "baseline"          // the shared baseline changed
	EntryAgreement        EntryKind = "agreement"         // an agreement between states was registered
	EntryMembership       EntryKind = "membership"        // the federation manifest changed
	EntryNotice           EntryKind = "notice"            // the home authority was told of a release
	EntryAttestation      EntryKind = "attestation"       // a controller attested a transfer's necessity
	EntrySubjectAccess    EntryKind = "subject-access"    // a data subject read their own history
	EntryRecordAccess     EntryKind = "record-access"     // an authority read a record's history
)

// Actions, one per thing a requester may want to do with records.
const (
	ActionRead                 Action = "read"
	ActionTransfer             Action = "transfer"
	ActionStoreAbroad          Action = "store-abroad"
	ActionDiscloseToLawEnforce Action = "disclose-to-law-enforcement"
	ActionBulkExport           Action = "bulk-export"
)

// Actions lists every action, in the order above.
var Actions = []Action{ActionRead, ActionTransfer, ActionStoreAbroad, ActionDiscloseToLawEnforce, ActionBulkExport}

// ParseAction returns the action s names; the empty string is a read.
func ParseAction(s string) (Action, error) {
	if s == "" {
		return ActionRead, nil
	}
	for _, a := range Actions {
		if string(a) == s {
			return a, nil
		}
	}
	return "", Errorf(EINVALID, "unknown action %q: want read, transfer, store-abroad, disclose-to-law-enforcement or bulk-export", s)
}
