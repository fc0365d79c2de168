package comity

import (
	"context"
	"encoding/json"
	"time"
)

// Action is what a requester wants to do with records.
type Action string

// AccessRequest is what a caller asks the gate for. Requester is the
// authenticated principal; Destination is where the data would go (the
// requester's jurisdiction when empty).
type AccessRequest struct {
	Requester  *Principal   `json:"requester"`
	Action     Action       `json:"action"`
	RecordIDs  []string     `json:"record_ids,omitempty"`
	Filter     RecordFilter `json:"filter,omitzero"`
	Purpose    string       `json:"purpose,omitempty"`
	LegalBasis string       `json:"legal_basis,omitempty"`
	// SpecialCondition is the condition for processing special categories
	// of data the request relies on besides its legal basis (GDPR Art.
	// 9(2): explicit-consent, employment-law, vital-interests,
	// health-care, ...), as the home's rulebook names them.
	SpecialCondition string       `json:"special_condition,omitempty"`
	Destination      Jurisdiction `json:"destination,omitempty"`
	// Consent names consents kept at the home node (Consent.ID): pointers
	// the gate verifies, never evidence in themselves. When given, only the
	// consents named may cover the request; when not, the gate looks up
	// the records' subjects' consents itself. A policy sees here only the
	// consents the gate verified.
	Consent []string `json:"consent,omitempty"`
	// Approvals and Agreements are references to evidence that the policy
	// may check: approved transfer cases, signed agreements between states.
	Approvals  []string `json:"approvals,omitempty"`
	Agreements []string `json:"agreements,omitempty"`
	// Webhook is an https URL that receives the transfer case when a
	// pending request is decided by the home state's authority.
	Webhook string `json:"webhook,omitempty"`
}

// Validate checks what a request says in words, which ledger entries,
// audits and explanations print: purpose, legal basis and agreement ids are
// names fit to print (CheckName), and the evidence lists are bounded.
//
// The action must be one of Actions, or empty (a read).
func (r *AccessRequest) Validate() error {
	if r.Action != "" {
		if _, err := ParseAction(string(r.Action)); err != nil {
			return err
		}
	}
	if err := CheckName("purpose", r.Purpose); err != nil {
		return err
	}
	if err := CheckName("legal basis", r.LegalBasis); err != nil {
		return err
	}
	if err := CheckName("special condition", r.SpecialCondition); err != nil {
		return err
	}
	if len(r.Consent) > 100 || len(r.Approvals) > 100 || len(r.Agreements) > 100 {
		return Errorf(EINVALID, "at most 100 consent, approval and agreement references each")
	}
	for _, id := range r.Agreements {
		if err := CheckName("agreement id", id); err != nil {
			return err
		}
	}
	for _, ref := range r.Consent {
		if err := CheckName("consent reference", ref); err != nil {
			return err
		}
	}
	return nil
}

// Outcome is a gate decision's verdict.
type Outcome string

const (
	Allow   Outcome = "allow"
	Deny    Outcome = "deny"
	Pending Outcome = "pending" // allowed once the obligations are met
)

// Obligation is a condition attached to a decision: an approval by the home
// state's authority, a contract or assessment on file, the data subject's
// consent, or a minimisation the gate applies to the fields it releases.
type Obligation struct {
	Kind      ObligationKind `json:"kind"`                // approval, assessment, contract, consent, minimise, ...
	Authority Jurisdiction   `json:"authority,omitempty"` // who must approve
	Fields    []string       `json:"fields,omitempty"`    // fields to minimise
	Method    string         `json:"method,omitempty"`    // redact, mask, pseudonymise, generalise
	Param     string         `json:"param,omitempty"`     // e.g. "4" to keep the last four characters
	// Accepts, on a consent obligation, lists the kinds of consent that
	// meet it, as the home's rulebook says; empty: any kind.
	Accepts []ConsentKind `json:"accepts,omitempty"`
	Met     bool          `json:"met,omitempty"`
}

// Decision is the gate's answer to one request, with the policies that
// decided it and an explanation in plain words.
type Decision struct {
	Outcome     Outcome      `json:"outcome"`
	Obligations []Obligation `json:"obligations,omitempty"`
	Policies    []string     `json:"policies,omitempty"`
	Reasons     []string     `json:"reasons,omitempty"`
}

// Policy decides whether a request may have the given records. Records carry
// their fields, which a policy must not copy anywhere. Implementations are
// safe for concurrent use; an error means no decision could be made, and the
// gate then releases nothing.
type Policy interface {
	Decide(ctx context.Context, node Jurisdiction, req *AccessRequest, records []*Record) (*Decision, error)
}

// Minimiser applies the minimise obligations of a decision to one record's
// fields and returns the fields to release. Verify reads fields as they are
// about to be released and reports the personal information of the kinds
// the obligations minimise that is still readable; the gate releases
// nothing while there is any. Both are safe for concurrent use.
type Minimiser interface {
	Minimise(fields json.RawMessage, obligations []Obligation) (json.RawMessage, error)
	Verify(fields json.RawMessage, obligations []Obligation) ([]Residue, error)
}

// Notice tells a state's data-protection authority at once of a release
// that its rulebook says it must know of (an emergency exemption): who
// received how many records of its state, for what purpose, under which
// policies, and the receipt of the decision. It names no data subject.
type Notice struct {
	Authority   Jurisdiction `json:"authority"`
	Time        time.Time    `json:"time"`
	Node        string       `json:"node"`
	Requester   string       `json:"requester"`
	RequesterIn Jurisdiction `json:"requester_jurisdiction"`
	Destination Jurisdiction `json:"destination"`
	Purpose     string       `json:"purpose,omitempty"`
	Policies    []string     `json:"policies"`
	Records     int          `json:"records"`
	Receipt     *Receipt     `json:"receipt,omitempty"`
}

// Notifier tells authorities of releases. Notify returns once the notice is
// durable (on the ledger); delivery to the authority (webhook, console)
// follows. An error means the gate releases nothing.
type Notifier interface {
	Notify(ctx context.Context, n *Notice) error
}

// Residue is personal information still readable in fields after
// minimisation: where (a field path, with any key that itself holds
// personal information shown as "<key>") and of what kind, never the value.
type Residue struct {
	Record string `json:"record,omitempty"`
	Path   string `json:"path"`
	Kind   string `json:"kind"`
}
