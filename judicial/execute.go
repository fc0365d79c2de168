package judicial

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/comity-project/comity"
)

// Execute releases what case id's production order grants to the agency
// by. At the holding node it checks the order, claims it (once, for ever),
// reads through the gate and returns signed evidence; every refusal is
// logged and releases nothing. At the requesting node it forwards the
// execution to the holding node, checks the evidence it gets back against
// the holding node's key from the manifest and logs its receipt.
func (s *Service) Execute(ctx context.Context, by *comity.Principal, id string, in *ExecuteInput) (*Evidence, error) {
	if by == nil || !by.Has(comity.RoleAgency) {
		return nil, comity.Errorf(comity.EFORBIDDEN, "only an agency executes a production order")
	}
	if !ValidCaseID(id) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	}
	if len(in.RecordIDs) > maxScope {
		return nil, comity.Errorf(comity.EINVALID, "over %d records", maxScope)
	}
	c, err := s.cfg.Store.GetCase(ctx, id)
	switch {
	case err == nil && c.Requesting == s.cfg.Node && by.Via == "":
		return s.forwardExecution(ctx, by, c, in)
	case err == nil || comity.ErrorCode(err) == comity.ENOTFOUND:
		return s.executeHere(ctx, by, id, c, in)
	}
	return nil, err
}

// refusal logs a refused execution and returns the EDENIED error for it.
func (s *Service) refusal(ctx context.Context, by *comity.Principal, id string, c *Case, reason string) error {
	if c == nil {
		c = &Case{ID: id, Requesting: by.Jurisdiction, Holding: s.cfg.Node, Agency: by.Organisation}
	}
	e := s.entry(c, EventExecutionRefused, Actor{Principal: by, In: by.Jurisdiction}, comity.Deny, map[string]string{"reason": firstLine(reason)})
	e.Requester, e.RequesterIn = by.Organisation, by.Jurisdiction
	var receipt *comity.Receipt
	if s.cfg.Ledger != nil {
		var err error
		if receipt, err = s.cfg.Ledger.Commit(ctx, e); err != nil {
			return fmt.Errorf("log refused execution: %w", err)
		}
	}
	refused := comity.Errorf(comity.EDENIED, "production order refused: %s", reason).With("case", id)
	refused.Err = &comity.Denial{Receipt: receipt}
	return refused
}

func (s *Service) executeHere(ctx context.Context, by *comity.Principal, id string, c *Case, in *ExecuteInput) (*Evidence, error) {
	refuse := func(format string, args ...any) (*Evidence, error) {
		return nil, s.refusal(ctx, by, id, c, fmt.Sprintf(format, args...))
	}
	if c == nil || c.Holding != s.cfg.Node {
		return refuse("%s holds no case %s: a production order is executed at the node of the state that granted it", s.cfg.Node, id)
	}
	switch {
	case c.State == Executed || (c.State == Closed && c.Evidence != ""):
		return refuse("the order for case %s was executed already; an order is executed once", id)
	case c.State != Granted || c.Grant == nil:
		return refuse("case %s is %s, not granted", id, c.State)
	case in.Order == "":
		return refuse("no production order presented")
	}
	o, err := DecodeOrder(in.Order)
	if err != nil {
		return refuse("%v", err)
	}
	now := s.now()
	g, err := o.Verify(s.cfg.AuthorityKey(s.cfg.Node), now)
	if err != nil {
		return refuse("%v", err)
	}
	switch {
	case o.Case != id:
		return refuse("the order is for case %s, not %s", o.Case, id)
	case c.Grant.Order != o.Encode():
		return refuse("this is not the order issued for case %s", id)
	case g.Requester != by.Organisation || g.RequesterIn != by.Jurisdiction:
		return refuse("the order is issued to %s (%s), not to %s (%s)", g.Requester, g.RequesterIn, by.Organisation, by.Jurisdiction)
	}
	records := in.RecordIDs
	if len(records) == 0 {
		records = g.RecordIDs
	}
	for _, r := range records {
		if !slices.Contains(g.RecordIDs, r) {
			return refuse("%d of the records asked for are outside the granted scope", countOutside(records, g.RecordIDs))
		}
	}
	if err := s.cfg.Store.ClaimOrder(ctx, id, o.Digest(), now); err != nil {
		if comity.ErrorCode(err) == comity.ECONFLICT {
			return refuse("the order for case %s was executed already; an order is executed once", id)
		}
		if comity.ErrorCode(err) == comity.ENOTFOUND {
			return refuse("this node issued no such order for case %s", id)
		}
		return nil, err
	}
	var agreements []string
	if c.LegalBasis != Reciprocity {
		agreements = []string{c.LegalBasis}
	}
	rel, err := s.cfg.Gate.Read(executing(ctx, id), &comity.AccessRequest{
		Requester: by, Action: comity.ActionDiscloseToLawEnforce, RecordIDs: records,
		Purpose: Purpose, LegalBasis: c.LegalBasis, Destination: c.Requesting,
		Approvals: []string{o.Approval}, Agreements: agreements,
	})
	if err != nil {
		// The gate logged its decision; nothing left, so the order stands.
		if uerr := s.cfg.Store.UnclaimOrder(ctx, id, o.Digest()); uerr != nil {
			err = errors.Join(err, uerr)
		}
		return nil, err
	}
	ev := &Evidence{Case: c.ID, Reference: c.Reference, Requesting: c.Requesting, Holding: c.Holding,
		Agency: c.Agency, Offence: c.Offence, LegalBasis: c.LegalBasis, Conditions: o.Conditions,
		Order: o.Encode(), Node: s.cfg.NodeName, Origin: s.cfg.Origin,
		Records: rel.Records, Decision: rel.Decision, Receipt: rel.Receipt, Issued: now}
	if err := ev.Sign(s.cfg.Key); err != nil {
		return nil, err
	}
	// The records have left; the case must say so even if a central
	// authority moved it meanwhile (closing it, say).
	digest, note := ev.Digest(), fmt.Sprintf("%d records released to %s", len(rel.Records), by.Organisation)
	detail := map[string]string{"evidence": digest}
	if rel.Receipt != nil {
		detail["decision_index"] = fmt.Sprint(rel.Receipt.Index)
	}
	c, err = s.commitRetry(ctx, id, func(cur *Case) (*Case, *comity.Entry) {
		was := cur.State
		s.record(cur, Executed, s.self(), note)
		if was != Granted {
			cur.State = was
		}
		cur.Evidence = digest
		e := s.entry(cur, EventExecuted, s.self(), comity.Allow, detail)
		e.RecordIDs = records
		return cur, e
	})
	if err != nil {
		return nil, err
	}
	s.push(ctx, c)
	return ev, nil
}

// forwardExecution runs at the requesting node for one of its agencies.
func (s *Service) forwardExecution(ctx context.Context, by *comity.Principal, c *Case, in *ExecuteInput) (*Evidence, error) {
	if !visible(c, by) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", c.ID)
	}
	if s.cfg.Transport == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: %s cannot be reached", c.Holding)
	}
	fwd := *in
	if fwd.Order == "" && c.Grant != nil {
		fwd.Order = c.Grant.Order
	}
	ev, err := s.cfg.Transport.Execute(ctx, c.Holding, by, c.ID, &fwd)
	if err != nil {
		return nil, err
	}
	if err := s.acceptEvidence(ev, c); err != nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "the node of %s returned evidence that does not verify: %v", c.Holding, err)
	}
	// The holding node's push may have updated the copy meanwhile; the
	// evidence digest is what matters here.
	digest, holding := ev.Digest(), c.Holding
	note := fmt.Sprintf("%d records released to %s", len(ev.Records), by.Organisation)
	detail := map[string]string{"evidence": digest, "records": fmt.Sprint(len(ev.Records)), "holding_node": ev.Node}
	if _, err := s.commitRetry(ctx, c.ID, func(cur *Case) (*Case, *comity.Entry) {
		cur.Evidence = digest
		if cur.State == Granted {
			s.record(cur, Executed, Actor{Node: ev.Node, In: holding}, note)
		}
		return cur, s.entry(cur, EventEvidenceReceived, Actor{Principal: by, In: by.Jurisdiction}, comity.Allow, detail)
	}); err != nil {
		return nil, err
	}
	return ev, nil
}

// acceptEvidence checks evidence from the holding node of c.
func (s *Service) acceptEvidence(ev *Evidence, c *Case) error {
	if ev.Case != c.ID || ev.Holding != c.Holding {
		return fmt.Errorf("it answers case %s of %s", ev.Case, ev.Holding)
	}
	if s.cfg.NodeKey == nil {
		return errors.New("this node knows no member keys")
	}
	key, state, _, ok := s.cfg.NodeKey(ev.Node)
	if !ok || state != c.Holding {
		return fmt.Errorf("node %s is not a node of %s", ev.Node, c.Holding)
	}
	_, err := VerifyEvidence(ev, VerifyConfig{NodeKey: key, AuthorityKey: s.cfg.AuthorityKey(c.Holding)})
	return err
}

// countOutside counts the records that are not in scope: a refusal is
// logged, and names no record id.
func countOutside(records, scope []string) int {
	n := 0
	for _, r := range records {
		if !slices.Contains(scope, r) {
			n++
		}
	}
	return n
}
