package judicial

import (
	"context"
	"fmt"
	"strconv"

	"github.com/comity-project/comity"
)

// Events written to the ledger, as Entry.Detail["event"] of entries of kind
// EntryKind. The requesting node logs filed and evidence-received; the holding
// node logs the rest. Report counts received, granted and refused.
const (
	EventFiled            = "filed"
	EventReceived         = "received"
	EventReview           = "under-review"
	EventMoreInformation  = "more-information-requested"
	EventInformation      = "information-supplied"
	EventGranted          = "granted"
	EventRefused          = "refused"
	EventExecuted         = "executed"
	EventExecutionRefused = "execution-refused"
	EventEvidenceReceived = "evidence-received"
	EventOverdue          = "overdue"
	EventClosed           = "closed"
)

// EntryKind is the ledger entry kind of every judicial-assistance event
// (transfer cases use "case").
const EntryKind comity.EntryKind = "judicial-assistance"

// entry returns the ledger entry for event on c by actor. Data-subject
// references go to Entry.Subjects, which the ledger pseudonymises; the case
// summary and notes never reach the log.
func (s *Service) entry(c *Case, event string, a Actor, outcome comity.Outcome, detail map[string]string) *comity.Entry {
	e := &comity.Entry{
		Kind: EntryKind, Time: s.now(), Node: s.cfg.NodeName,
		Requester: c.Agency, RequesterIn: c.Requesting,
		Action: comity.ActionDiscloseToLawEnforce, Purpose: Purpose, LegalBasis: c.LegalBasis,
		Destination: c.Requesting, Outcome: outcome,
		Detail: map[string]string{
			"event": event, "case": c.ID, "requesting": string(c.Requesting), "holding": string(c.Holding),
			"offence": c.Offence, "urgency": string(c.Urgency), "by": a.ID(), "state": string(c.State),
		},
	}
	switch event {
	case EventReceived, EventFiled:
		e.RecordIDs = c.Scope.RecordIDs
		e.Subjects = c.Scope.Subjects
	case EventGranted:
		if c.Grant != nil {
			e.RecordIDs = c.Grant.RecordIDs
			e.Detail["partial"] = strconv.FormatBool(c.Grant.Partial)
			for i, cond := range c.Grant.Conditions {
				e.Detail[fmt.Sprintf("condition.%d", i)] = cond
			}
		}
	}
	if c.Reference != "" {
		e.Detail["reference"] = c.Reference
	}
	for k, v := range detail {
		e.Detail[k] = v
	}
	return e
}

// log commits an event; nothing that depends on it happens if it fails.
func (s *Service) log(ctx context.Context, c *Case, event string, a Actor, outcome comity.Outcome, detail map[string]string) (*comity.Receipt, error) {
	if s.cfg.Ledger == nil {
		return nil, nil
	}
	r, err := s.cfg.Ledger.Commit(ctx, s.entry(c, event, a, outcome, detail))
	if err != nil {
		return nil, fmt.Errorf("log %s of case %s: %w", event, c.ID, err)
	}
	return r, nil
}

// screen refuses a filing whose words would put personal information on
// the logs of both states: everything entry logs as text, and the scope's
// record ids (kept in both states' cases).
func (s *Service) screen(c *Case) error {
	for _, f := range []struct{ field, text string }{
		{"reference", c.Reference}, {"agency", c.Agency}, {"offence", c.Offence}, {"legal_basis", c.LegalBasis},
	} {
		if err := comity.CheckText(s.cfg.Screen, f.field, f.text); err != nil {
			return err
		}
	}
	for i, id := range c.Scope.RecordIDs {
		if err := comity.CheckText(s.cfg.Screen, fmt.Sprintf("scope record id %d", i+1), id); err != nil {
			return err
		}
	}
	return nil
}
