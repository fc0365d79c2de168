package judicial

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// State is where a case stands.
type State string

// The states of a case, in the order a case normally passes them.
const (
	Draft     State = "draft"     // written by the requesting state, not yet sent
	Submitted State = "submitted" // sent by the requesting central authority
	Received  State = "received"  // registered by the holding node; its deadline runs
	// UnderReview: the holding central authority examines the request.
	UnderReview State = "under-review"
	// MoreInformation: the holding central authority asked a question; its
	// deadline is paused until the requesting authority answers.
	MoreInformation State = "more-information-requested"
	Granted         State = "granted"  // a production order was issued, in whole or in part
	Refused         State = "refused"  // refused, with grounds
	Executed        State = "executed" // the order was executed once; evidence produced
	Closed          State = "closed"   // finished or withdrawn
)

// States lists every state.
var States = []State{Draft, Submitted, Received, UnderReview, MoreInformation, Granted, Refused, Executed, Closed}

// Urgency selects the deadline that applies to a case.
type Urgency string

// Urgencies.
const (
	Standard  Urgency = "standard"  // 10 days unless the agreement says otherwise
	Emergency Urgency = "emergency" // 8 hours unless the agreement says otherwise
)

// Reciprocity is the legal basis of a request made without a treaty or
// agreement, on the promise of the same help in return.
const Reciprocity = "reciprocity"

// Scope is what a request asks for: named records, the records of named
// data subjects, and a time range. The grant names records in every case.
type Scope struct {
	RecordIDs []string  `json:"record_ids,omitempty"`
	Subjects  []string  `json:"subjects,omitempty"` // data-subject references
	From      time.Time `json:"from,omitzero"`
	To        time.Time `json:"to,omitzero"`
}

// Event is one step in a case's history.
type Event struct {
	State State               `json:"state"`
	At    time.Time           `json:"at"`
	By    string              `json:"by"` // principal id, or node:NAME for a node's own step
	In    comity.Jurisdiction `json:"in"` // the state whose principal or node took the step
	Note  string              `json:"note,omitempty"`
}

// Grant is what the holding state granted.
type Grant struct {
	Partial    bool     `json:"partial"`
	RecordIDs  []string `json:"record_ids"`
	Conditions []string `json:"conditions,omitempty"` // such as use limitation, confidentiality
	// Order is the production order (Order.Encode), signed by the holding
	// state's central authority.
	Order string `json:"order"`
}

// Case is one request for judicial assistance. Both the requesting and the
// holding node keep a copy under the same ID; the holding node's copy is
// authoritative from Received on, and it sends every change to the
// requesting node.
type Case struct {
	ID         string              `json:"id"`                  // REQUESTING-HOLDING-random, assigned at filing
	Reference  string              `json:"reference,omitempty"` // the requesting authority's own reference
	Requesting comity.Jurisdiction `json:"requesting"`
	Holding    comity.Jurisdiction `json:"holding"`
	Agency     string              `json:"agency"`      // the organisation of the agency that needs the data
	Offence    string              `json:"offence"`     // offence category, e.g. fraud, cybercrime
	LegalBasis string              `json:"legal_basis"` // a treaty or agreement id, or "reciprocity"
	Scope      Scope               `json:"scope"`
	Urgency    Urgency             `json:"urgency"`
	Summary    string              `json:"summary,omitempty"` // the facts and why the data is needed

	State State `json:"state"`
	// Due is when the holding state's answer is due (set on receipt);
	// PausedAt is set while more information is awaited.
	Due      time.Time `json:"due,omitzero"`
	PausedAt time.Time `json:"paused_at,omitzero"`
	Alarmed  bool      `json:"alarmed,omitempty"` // an overdue alarm was raised

	Grant    *Grant  `json:"grant,omitempty"`
	Grounds  string  `json:"grounds,omitempty"`  // of a refusal
	Evidence string  `json:"evidence,omitempty"` // SHA-256 of the evidence package, hex
	History  []Event `json:"history,omitempty"`

	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	Version int64     `json:"version"`
}

var (
	tokenRe = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,47}$`)
	basisRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$`)
	caseRe  = regexp.MustCompile(`^[A-Z]{2}-[A-Z]{2}-[A-Za-z0-9]{4,32}$`)
)

// Limits on what a case may hold, so that a peer cannot fill a node.
const (
	maxScope = 10000
	maxText  = 4096
	maxLine  = 256
)

// oneLine reports whether s is at most max bytes of printable text: no
// line breaks, control or bidirectional-override characters.
func oneLine(s string, max int) bool { return len(s) <= max && comity.IsPrintable(s) }

// ValidCaseID reports whether id has the form of a case id.
func ValidCaseID(id string) bool { return caseRe.MatchString(id) }

// Validate checks the request part of c: what a filing must say.
func (c *Case) Validate() error {
	bad := func(format string, args ...any) error {
		return comity.Errorf(comity.EINVALID, "case: "+format, args...)
	}
	switch {
	case !c.Requesting.Valid():
		return bad("requesting state %q is not a jurisdiction", c.Requesting)
	case !c.Holding.Valid():
		return bad("holding state %q is not a jurisdiction", c.Holding)
	case c.Requesting == c.Holding:
		return bad("requesting and holding state are both %s: judicial assistance is between states", c.Holding)
	case c.Agency == "" || !oneLine(c.Agency, maxLine):
		return bad("agency is empty or not one line of at most %d bytes", maxLine)
	case !tokenRe.MatchString(c.Offence):
		return bad("offence category %q: want lower-case words joined by hyphens, such as fraud or cybercrime", c.Offence)
	case !basisRe.MatchString(c.LegalBasis):
		return bad("legal basis %q: want a treaty or agreement id, or %q", c.LegalBasis, Reciprocity)
	case c.Urgency != Standard && c.Urgency != Emergency:
		return bad("urgency %q: want standard or emergency", c.Urgency)
	case !oneLine(c.Reference, maxLine):
		return bad("reference is not one line of at most %d bytes", maxLine)
	case len(c.Summary) > maxText:
		return bad("summary over %d bytes", maxText)
	case c.ID != "" && !ValidCaseID(c.ID):
		return bad("malformed id %q", c.ID)
	}
	s := c.Scope
	if len(s.RecordIDs)+len(s.Subjects) == 0 {
		return bad("scope names no records and no data subjects")
	}
	if len(s.RecordIDs) > maxScope || len(s.Subjects) > maxScope {
		return bad("scope over %d records or subjects", maxScope)
	}
	for _, id := range s.RecordIDs {
		home, err := comity.HomeOf(id)
		if err != nil {
			return err
		}
		if home != c.Holding {
			// The third-state rule at the first step: a request to one state
			// never names data homed in another.
			return bad("record %s is homed in %s, not in %s: ask %s's central authority", id, home, c.Holding, home)
		}
	}
	for _, sub := range s.Subjects {
		if sub == "" || !oneLine(sub, maxLine) {
			return bad("data-subject reference is empty or not one line")
		}
	}
	if !s.From.IsZero() && !s.To.IsZero() && s.To.Before(s.From) {
		return bad("time range ends before it starts")
	}
	return nil
}

// Final reports whether no further step is possible.
func (c *Case) Final() bool { return c.State == Closed }

// Clone returns a deep copy of c.
func (c *Case) Clone() *Case {
	b, _ := json.Marshal(c)
	var d Case
	json.Unmarshal(b, &d)
	return &d
}

// ParseCase decodes a case from JSON as sent by a caller or a peer, refusing
// unknown members and trailing data, and validates its request part.
func ParseCase(data []byte) (*Case, error) {
	if len(data) > 8<<20 {
		return nil, comity.Errorf(comity.ETOOLARGE, "case over 8 MiB")
	}
	var c Case
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "case: %w", err)
	}
	if dec.More() {
		return nil, comity.Errorf(comity.EINVALID, "case: trailing data after the JSON object")
	}
	if c.State != "" && !slices.Contains(States, c.State) {
		return nil, comity.Errorf(comity.EINVALID, "case: unknown state %q", c.State)
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}
