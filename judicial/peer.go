package judicial

import (
	"context"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Receive applies a message from the node of state from: a case filed with
// this state, an answer or withdrawal from the requesting state, or a step
// of the holding state mirrored here. It returns this node's copy.
func (s *Service) Receive(ctx context.Context, from comity.Jurisdiction, m *Message) (*Case, error) {
	if m == nil || m.Case == nil {
		return nil, comity.Errorf(comity.EINVALID, "message carries no case")
	}
	in := m.Case
	if err := in.Validate(); err != nil {
		return nil, err
	}
	if !ValidCaseID(in.ID) || !strings.HasPrefix(in.ID, string(in.Requesting)+"-"+string(in.Holding)+"-") {
		return nil, comity.Errorf(comity.EINVALID, "case id %q does not name %s and %s", in.ID, in.Requesting, in.Holding)
	}
	if len(in.History) == 0 || len(in.History) > 1000 {
		return nil, comity.Errorf(comity.EINVALID, "case %s: history of %d events", in.ID, len(in.History))
	}
	for _, e := range in.History {
		if len(e.Note) > maxText || !oneLine(e.By, maxLine) {
			return nil, comity.Errorf(comity.EINVALID, "case %s: malformed history", in.ID)
		}
	}
	switch {
	case s.cfg.Node == in.Holding && from == in.Requesting && m.Sync:
		c, err := s.cfg.Store.GetCase(ctx, in.ID)
		if err != nil {
			return nil, err
		}
		if c.Requesting != from {
			return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", in.ID)
		}
		return c, nil
	case s.cfg.Node == in.Holding && from == in.Requesting:
		if in.State == Submitted {
			return s.register(ctx, in)
		}
		return s.fromRequesting(ctx, in)
	case s.cfg.Node == in.Requesting && from == in.Holding:
		mine, err := s.cfg.Store.GetCase(ctx, in.ID)
		if err != nil {
			return nil, err
		}
		if in.State == Granted && in.Grant != nil {
			o, err := DecodeOrder(in.Grant.Order)
			if err == nil {
				_, err = o.Verify(s.cfg.AuthorityKey(in.Holding), s.now())
			}
			if err != nil {
				return nil, comity.Errorf(comity.EINVALID, "case %s: the grant does not verify: %v", in.ID, err)
			}
		}
		return s.mirror(ctx, mine, in)
	}
	return nil, comity.Errorf(comity.EFORBIDDEN, "the node of %s may not send case %s between %s and %s to %s", from, in.ID, in.Requesting, in.Holding, s.cfg.Node)
}

// register receives a filed case: the holding node's deadline starts, and a
// case whose legal basis does not bind this state is refused at once.
func (s *Service) register(ctx context.Context, in *Case) (*Case, error) {
	if cur, err := s.cfg.Store.GetCase(ctx, in.ID); err == nil {
		return cur, nil // sent again: the first receipt stands
	} else if comity.ErrorCode(err) != comity.ENOTFOUND {
		return nil, err
	}
	// Of the requesting state's history, only its own steps count.
	history := slices.DeleteFunc(slices.Clone(in.History), func(e Event) bool {
		return (e.State != Draft && e.State != Submitted) || e.In != in.Requesting
	})
	c := &Case{ID: in.ID, Reference: in.Reference, Requesting: in.Requesting, Holding: in.Holding, Agency: in.Agency,
		Offence: in.Offence, LegalBasis: in.LegalBasis, Scope: in.Scope, Urgency: in.Urgency, Summary: in.Summary,
		State: Submitted, History: history, Created: s.now()}
	me := s.self()
	if err := Check(c, Received, me); err != nil {
		return nil, err
	}
	deadlines := s.cfg.Deadlines
	agreed, basisErr := basis(ctx, s.cfg.Agreements, c)
	if agreed.Emergency > 0 {
		deadlines.Emergency = agreed.Emergency
	}
	if agreed.Standard > 0 {
		deadlines.Standard = agreed.Standard
	}
	s.record(c, Received, me, "")
	c.Due = c.Updated.Add(deadlines.For(c.Urgency))
	stored, err := s.commit(ctx, c, s.entry(c, EventReceived, me, "", map[string]string{"due": c.Due.Format("2006-01-02T15:04:05Z07:00")}), nil)
	if comity.ErrorCode(err) == comity.ECONFLICT {
		// Sent twice at once: the first receipt stands.
		if cur, gerr := s.cfg.Store.GetCase(ctx, in.ID); gerr == nil {
			return cur, nil
		}
	}
	if err != nil || basisErr == nil {
		return stored, err
	}
	// Refused on receipt: a second step, logged and stored like any other.
	c = stored
	c.Grounds = basisErr.Error()
	s.record(c, Refused, me, c.Grounds)
	return s.commit(ctx, c, s.entry(c, EventRefused, me, comity.Deny, map[string]string{"grounds": firstLine(c.Grounds)}), nil)
}

// fromRequesting applies the requesting central authority's answer to a
// question, or its withdrawal or closing of the case.
func (s *Service) fromRequesting(ctx context.Context, in *Case) (*Case, error) {
	c, err := s.cfg.Store.GetCase(ctx, in.ID)
	if err != nil {
		return nil, err
	}
	if err := checkPeer(c, in.State, Requesting); err != nil {
		return nil, err
	}
	last := in.History[len(in.History)-1]
	if last.State != in.State || last.In != c.Requesting {
		return nil, comity.Errorf(comity.EINVALID, "case %s: the last step is not the requesting state's move to %s", c.ID, in.State)
	}
	a := Actor{Principal: &comity.Principal{ID: last.By, Jurisdiction: c.Requesting, Roles: []comity.Role{comity.RoleCentralAuthority}}, In: c.Requesting}
	event := EventClosed
	if in.State == UnderReview {
		event = EventInformation
		resume(c, s.now())
	}
	s.record(c, in.State, a, last.Note)
	return s.commit(ctx, c, s.entry(c, event, a, "", nil), nil)
}
