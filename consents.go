package comity

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// ConsentService is how a controller keeps its data subjects' consents at
// their home node. Consents are the controller's own record: only the
// controller writes, withdraws and lists them, at the node that holds them
// (never through another node), and they leave it only as the gate's
// verdicts. Every change is a ledger entry naming the subjects by their
// keyed pseudonyms, so that a person holding their secret sees when their
// consent was recorded and withdrawn.
type ConsentService struct {
	Node     Jurisdiction
	NodeName string
	Store    ConsentStore
	// Records, when set, refuses a consent for a data subject the
	// controller holds no record about at this node: consents are kept
	// where the person's data is, not wherever the controller signs in.
	Records RecordStore
	Ledger  Ledger // nil: changes are not logged (tests of other layers only)
	// Screen refuses recipients and purposes that hold personal
	// information; nil screens nothing.
	Screen TextScreen
	// Vocabulary names the logged purpose as Gate.Vocabulary does.
	Vocabulary Vocabulary
}

// MaxConsentsPerCall bounds one Give: a bulk import sends batches.
const MaxConsentsPerCall = 1000

func (s *ConsentService) authorize(by *Principal) error {
	if !by.Has(RoleController) {
		return Errorf(EFORBIDDEN, "only a controller keeps consents")
	}
	if by.Via != "" {
		return Errorf(EFORBIDDEN, "a controller keeps consents at the node that holds its records, not through another node")
	}
	return nil
}

// Give records consents given to by, the controller: each is checked
// (CheckConsent), given its id and controller, and logged in one entry
// before it is stored, so that no consent counts that the log does not
// show. All are stored or none.
func (s *ConsentService) Give(ctx context.Context, by *Principal, cs []*Consent) ([]*Consent, *Receipt, error) {
	if err := s.authorize(by); err != nil {
		return nil, nil, err
	}
	if len(cs) == 0 || len(cs) > MaxConsentsPerCall {
		return nil, nil, Errorf(EINVALID, "between 1 and %d consents per call", MaxConsentsPerCall)
	}
	now := Now()
	e := &Entry{Kind: EntryConsent, Time: now, Node: s.NodeName, Requester: by.Organisation, RequesterIn: by.Jurisdiction,
		Outcome: Allow, Detail: map[string]string{"given": strconv.Itoa(len(cs))}}
	for i, c := range cs {
		if c == nil {
			return nil, nil, Errorf(EINVALID, "consent %d: empty", i)
		}
		c.ID, c.Controller, c.WithdrawnAt = newConsentID(), by.Organisation, nil
		if c.GivenAt.IsZero() {
			c.GivenAt = now
		}
		c.GivenAt = c.GivenAt.UTC().Truncate(time.Microsecond)
		if err := s.check(c, now); err != nil {
			return nil, nil, Errorf(ErrorCode(err), "consent %d: %s", i, ErrorMessage(err))
		}
		q := QualifiedSubject(by.Organisation, c.Subject)
		if slices.Contains(e.Subjects, q) {
			continue
		}
		if s.Records != nil {
			ok, err := s.Records.Controls(ctx, by.Organisation, c.Subject)
			if err != nil {
				return nil, nil, err
			}
			if !ok {
				return nil, nil, Errorf(EINVALID, "consent %d: %s holds no record about that data subject at this node (%s): consents are kept at the subject's records' home", i, by.Organisation, s.Node)
			}
		}
		e.Subjects = append(e.Subjects, q)
	}
	e.Purpose = s.commonPurpose(cs)
	var receipt *Receipt
	if s.Ledger != nil {
		var err error
		if receipt, err = s.Ledger.Commit(ctx, e); err != nil {
			return nil, nil, fmt.Errorf("log consents: %w", err)
		}
	}
	if err := s.Store.CreateConsents(ctx, cs); err != nil {
		return nil, nil, err
	}
	return cs, receipt, nil
}

// commonPurpose is the purpose the entry names: the one every consent
// shares, as the log names purposes, else none.
func (s *ConsentService) commonPurpose(cs []*Consent) string {
	for _, c := range cs[1:] {
		if c.Purpose != cs[0].Purpose {
			return ""
		}
	}
	return LoggedWord(s.Vocabulary, s.Node, "purpose", cs[0].Purpose, nil)
}

// check is CheckConsent with the service's screen.
func (s *ConsentService) check(c *Consent, now time.Time) error {
	if err := CheckConsent(c, now); err != nil {
		return err
	}
	if c.Recipient != ConsentAnyRecipient {
		if err := CheckText(s.Screen, "recipient", c.Recipient); err != nil {
			return err
		}
	}
	return CheckText(s.Screen, "purpose", c.Purpose)
}

// Withdraw records that the data subject withdrew consent id, kept by by.
// It takes effect for every decision after it returns; it is stored before
// it is logged, so that a log that cannot be written never holds a
// withdrawal back (the error then says the entry is missing).
func (s *ConsentService) Withdraw(ctx context.Context, by *Principal, id string) (*Consent, *Receipt, error) {
	if err := s.authorize(by); err != nil {
		return nil, nil, err
	}
	if id == "" || len(id) > 64 {
		return nil, nil, Errorf(EINVALID, "a consent id of 1 to 64 bytes")
	}
	now := Now()
	c, err := s.Store.WithdrawConsent(ctx, by.Organisation, id, now)
	if err != nil {
		return nil, nil, err
	}
	var receipt *Receipt
	if s.Ledger != nil {
		e := &Entry{Kind: EntryConsentWithdrawn, Time: now, Node: s.NodeName, Requester: by.Organisation, RequesterIn: by.Jurisdiction,
			Purpose: LoggedWord(s.Vocabulary, s.Node, "purpose", c.Purpose, nil), Destination: c.Destination, Outcome: Allow,
			Subjects: []string{QualifiedSubject(by.Organisation, c.Subject)}}
		if receipt, err = s.Ledger.Commit(ctx, e); err != nil {
			return c, nil, fmt.Errorf("consent %s is withdrawn, but logging the withdrawal failed: %w", id, err)
		}
	}
	return c, receipt, nil
}

// List returns by's consents (of subject, when not empty) after the id
// after, at most limit.
func (s *ConsentService) List(ctx context.Context, by *Principal, subject, after string, limit int) ([]*Consent, error) {
	if err := s.authorize(by); err != nil {
		return nil, err
	}
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	return s.Store.ListConsents(ctx, by.Organisation, subject, after, limit)
}

// CheckConsent returns an EINVALID error when c is not a consent a
// controller may record at now: every member present and well formed,
// given no later than now.
func CheckConsent(c *Consent, now time.Time) error {
	switch {
	case c.Subject == "" || len(c.Subject) > 256:
		return Errorf(EINVALID, "subject: a reference of 1 to 256 bytes")
	case !slices.Contains(ConsentKinds, c.Kind):
		return Errorf(EINVALID, "kind %q: want one of consent, informed, separate, explicit", c.Kind)
	case c.Purpose == "" || len(c.Purpose) > 64:
		return Errorf(EINVALID, "purpose: 1 to 64 bytes")
	case c.Recipient == "":
		return Errorf(EINVALID, "recipient: an organisation, entity:<id> or *")
	case !c.Destination.Valid():
		return Errorf(EINVALID, "destination %q: want an ISO 3166-1 alpha-2 code", c.Destination)
	case !noticeRe.MatchString(c.Notice):
		return Errorf(EINVALID, "notice: the SHA-256 of the information given, as sha256:<64 hex digits>")
	case c.GivenAt.After(now.Add(time.Minute)):
		return Errorf(EINVALID, "given_at is in the future")
	case !IsPrintable(c.Subject):
		return Errorf(EINVALID, "subject: printable characters only")
	}
	if err := CheckName("purpose", c.Purpose); err != nil {
		return err
	}
	return CheckName("recipient", c.Recipient)
}
