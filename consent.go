package comity

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"regexp"
	"slices"
	"time"
)

// Consent is a data subject's consent as the records' controller keeps it
// at their home node (PIPL Arts. 14, 39; GDPR Arts. 7, 49(1)(a); APPI Art.
// 28): what the person was told and agreed to, when, and whether they have
// since withdrawn it. Consents never leave the home node; the gate reads
// them, and only a consent on file here meets a rulebook's consent
// obligation — a requester's word is never evidence.
type Consent struct {
	ID         string `json:"id"`
	Controller string `json:"controller"`
	// Subject is the controller's reference of the data subject, as in
	// Record.Subjects.
	Subject string      `json:"subject"`
	Kind    ConsentKind `json:"kind"`
	// Purpose is the purpose consented to, compared with a request's
	// purpose exactly.
	Purpose string `json:"purpose"`
	// Recipient is the organisation consented to, by name (compared by
	// OrganisationKey) or as "entity:<id>" for a registered organisation;
	// or "*", every recipient established in Destination (the class of
	// recipients a notice may name instead of each of them).
	Recipient   string       `json:"recipient"`
	Destination Jurisdiction `json:"destination"`
	// Notice is the SHA-256 of the information the person was given
	// ("sha256:<hex>"), which the controller keeps to prove it.
	Notice      string     `json:"notice"`
	GivenAt     time.Time  `json:"given_at"`
	WithdrawnAt *time.Time `json:"withdrawn_at,omitempty"`
}

// ConsentKind is the form consent took, as rulebooks name what they accept.
type ConsentKind string

const (
	// ConsentOrdinary is consent given for a purpose (GDPR Art. 6(1)(a),
	// PIPL Art. 13(1)).
	ConsentOrdinary ConsentKind = "consent"
	// ConsentInformed is consent after being told of the foreign country,
	// its protection and the recipient's measures (APPI Art. 28(2)).
	ConsentInformed ConsentKind = "informed"
	// ConsentSeparate is consent asked for on its own, not bundled with
	// other terms (PIPL Arts. 29, 39: sensitive data, exports).
	ConsentSeparate ConsentKind = "separate"
	// ConsentExplicit is an express statement after being told of the risks
	// (GDPR Arts. 9(2)(a), 49(1)(a)).
	ConsentExplicit ConsentKind = "explicit"
)

// ConsentKinds lists every kind of consent.
var ConsentKinds = []ConsentKind{ConsentOrdinary, ConsentInformed, ConsentSeparate, ConsentExplicit}

// Live reports whether c stands at t: given at or before t and not
// withdrawn at or before t.
func (c *Consent) Live(t time.Time) bool {
	return !c.GivenAt.After(t) && (c.WithdrawnAt == nil || c.WithdrawnAt.After(t))
}

// Covers reports whether c, live at t, is consent to release its subject's
// data to requester for purpose into destination, in a kind that accepted
// lists (nil: any kind).
func (c *Consent) Covers(requester *Principal, purpose string, destination Jurisdiction, accepted []ConsentKind, t time.Time) bool {
	if !c.Live(t) || c.Purpose != purpose || c.Destination != destination || requester == nil {
		return false
	}
	if accepted != nil && !slices.Contains(accepted, c.Kind) {
		return false
	}
	switch {
	case c.Recipient == ConsentAnyRecipient:
		return requester.Jurisdiction == destination
	case len(c.Recipient) > len("entity:") && c.Recipient[:len("entity:")] == "entity:":
		return requester.Entity != "" && c.Recipient == "entity:"+requester.Entity
	default:
		return OrganisationKey(c.Recipient) == OrganisationKey(requester.Organisation)
	}
}

// ConsentAnyRecipient as Consent.Recipient consents to every recipient
// established in the consent's destination.
const ConsentAnyRecipient = "*"

// ConsentStore keeps the consents of one node. Writes are durable once
// they return.
type ConsentStore interface {
	// CreateConsents stores every consent or none; ECONFLICT if an id is
	// taken.
	CreateConsents(ctx context.Context, cs []*Consent) error
	// GetConsent returns one consent, ENOTFOUND if there is none.
	GetConsent(ctx context.Context, id string) (*Consent, error)
	// WithdrawConsent records the withdrawal of controller's consent id at
	// at and returns it; ENOTFOUND if controller keeps no such consent,
	// ECONFLICT if it was withdrawn already. A withdrawal is never undone.
	WithdrawConsent(ctx context.Context, controller, id string, at time.Time) (*Consent, error)
	// ListConsents returns controller's consents (of subject, when not
	// empty) in id order after the id after, at most limit (1 to 1000).
	ListConsents(ctx context.Context, controller, subject, after string, limit int) ([]*Consent, error)
	// SubjectConsents returns every consent, withdrawn or not, that
	// controller keeps for any of subjects.
	SubjectConsents(ctx context.Context, controller string, subjects []string) ([]*Consent, error)
}

var noticeRe = regexp.MustCompile(`^sha256:[0-9a-f]{64}$`)

// newConsentID returns a fresh random consent id.
func newConsentID() string {
	var b [12]byte
	rand.Read(b[:])
	return "consent-" + hex.EncodeToString(b[:])
}
