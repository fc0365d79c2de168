package judicial

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Step is a central authority's move of a case to another state.
type Step struct {
	To State `json:"to"`
	// Note is the question (more-information-requested), the answer
	// (under-review after a question), the grounds (refused) or the reason
	// (closed).
	Note string `json:"note,omitempty"`
	// Order is, with to=granted, the production order signed by this
	// state's central authority (Order.Encode).
	Order string `json:"order,omitempty"`
}

// Transition moves case id as by asks, at by's own node, and tells the
// other state's node. A step refused on its merits (by the state machine,
// for a missing note, a production order that does not verify or does not
// fit the case, or because another step moved the case first) is logged as
// a refused attempt.
func (s *Service) Transition(ctx context.Context, by *comity.Principal, id string, st *Step) (*Case, error) {
	if !slices.Contains(States, st.To) {
		return nil, comity.Errorf(comity.EINVALID, "unknown state %q", st.To)
	}
	if len(st.Note) > maxText {
		return nil, comity.Errorf(comity.EINVALID, "note over %d bytes", maxText)
	}
	c, err := s.Get(ctx, by, id)
	if err != nil {
		return nil, err
	}
	a, err := s.actor(by)
	if err != nil {
		return nil, err
	}
	before := c.Clone()
	out, err := s.transition(ctx, c, a, st)
	if err != nil {
		return nil, s.refused(ctx, before, a, st.To, err)
	}
	return out, nil
}

func (s *Service) transition(ctx context.Context, c *Case, a Actor, st *Step) (*Case, error) {
	if err := Check(c, st.To, a); err != nil {
		return nil, err
	}
	needNote := map[State]string{MoreInformation: "a question", Refused: "the grounds"}
	if c.State == MoreInformation && st.To == UnderReview {
		needNote[UnderReview] = "the information asked for"
	}
	if what, ok := needNote[st.To]; ok && strings.TrimSpace(st.Note) == "" {
		return nil, comity.Errorf(comity.EINVALID, "moving case %s to %s needs %s as note", c.ID, st.To, what)
	}
	switch {
	case st.To == Submitted:
		return s.submit(ctx, c, a)
	case st.To == Granted:
		return s.grant(ctx, c, a, st.Order)
	case a.In == c.Requesting && c.State != Draft:
		// Answer or withdraw: the holding node's copy moves first.
		return s.tell(ctx, c, st.To, a, st.Note)
	}
	switch st.To {
	case MoreInformation:
		pause(c, s.now())
	case Refused:
		c.Grounds = st.Note
	}
	detail := map[string]string{}
	outcome := comity.Outcome("")
	if st.To == Refused {
		outcome, detail["grounds"] = comity.Deny, firstLine(st.Note)
	}
	s.record(c, st.To, a, st.Note)
	c, err := s.commit(ctx, c, s.entry(c, eventOf(st.To), a, outcome, detail), nil)
	if err != nil {
		return nil, err
	}
	if a.In == c.Holding {
		s.push(ctx, c)
	}
	return c, nil
}

func eventOf(st State) string {
	switch st {
	case UnderReview:
		return EventReview
	case MoreInformation:
		return EventMoreInformation
	case Refused:
		return EventRefused
	case Closed:
		return EventClosed
	}
	return string(st)
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	if len(s) > maxLine {
		s = s[:maxLine]
	}
	return s
}

// submit files the case with the holding state: logged here as filed, then
// sent; the holding node's copy (received, or refused on receipt) comes
// back and becomes this node's copy.
func (s *Service) submit(ctx context.Context, c *Case, a Actor) (*Case, error) {
	if c.State == Draft {
		s.record(c, Submitted, a, "")
		var err error
		if c, err = s.commit(ctx, c, s.entry(c, EventFiled, a, "", nil), nil); err != nil {
			return nil, err
		}
	}
	if s.cfg.Transport == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: case %s cannot reach %s", c.ID, c.Holding)
	}
	theirs, err := s.cfg.Transport.Send(ctx, c.Holding, &Message{Case: c})
	if err != nil {
		return nil, fmt.Errorf("send case %s to %s (it stays submitted; submit again to resend): %w", c.ID, c.Holding, err)
	}
	return s.mirror(ctx, c, theirs)
}

// tell sends a requesting-side step to the holding node and mirrors its
// answer; the step counts once the holding node has it.
func (s *Service) tell(ctx context.Context, c *Case, to State, a Actor, note string) (*Case, error) {
	if s.cfg.Transport == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: %s cannot be told", c.Holding)
	}
	sent := c.Clone()
	s.record(sent, to, a, note)
	theirs, err := s.cfg.Transport.Send(ctx, c.Holding, &Message{Case: sent})
	if err != nil {
		return nil, fmt.Errorf("tell %s: %w", c.Holding, err)
	}
	if to != Closed {
		return s.mirror(ctx, c, theirs)
	}
	// The holding node closed the case; this node logs that it did, and
	// keeps the holding node's copy (which its push may have stored
	// meanwhile).
	if err := merge(c, theirs); err != nil {
		return nil, err
	}
	return s.commitRetry(ctx, c.ID, func(cur *Case) (*Case, *comity.Entry) {
		merge(cur, theirs)
		return cur, s.entry(sent, EventClosed, a, "", nil)
	})
}

// merge replaces the requesting node's copy by the holding node's,
// keeping what only the requesting node knows (the evidence digest).
func merge(mine, theirs *Case) error {
	if theirs == nil || theirs.ID != mine.ID {
		return comity.Errorf(comity.EUNAVAILABLE, "the node of %s answered with another case", mine.Holding)
	}
	mine.State, mine.Due, mine.PausedAt, mine.Alarmed = theirs.State, theirs.Due, theirs.PausedAt, theirs.Alarmed
	mine.Grant, mine.Grounds, mine.History, mine.Updated = theirs.Grant, theirs.Grounds, theirs.History, theirs.Updated
	if mine.Evidence == "" {
		mine.Evidence = theirs.Evidence
	}
	return nil
}

// mirror stores the holding node's copy of a case at the requesting node.
func (s *Service) mirror(ctx context.Context, mine, theirs *Case) (*Case, error) {
	if err := merge(mine, theirs); err != nil {
		return nil, err
	}
	if err := s.cfg.Store.UpdateCase(ctx, mine); err != nil {
		return nil, err
	}
	return mine, nil
}

// push tells the requesting node about a holding-side step. A failure is
// logged, not returned: the step stands, and the requesting copy catches up
// with the next message.
func (s *Service) push(ctx context.Context, c *Case) {
	if s.cfg.Transport == nil {
		return
	}
	if _, err := s.cfg.Transport.Send(ctx, c.Requesting, &Message{Case: c}); err != nil {
		s.cfg.Logger.WarnContext(ctx, "judicial: could not tell the requesting node", "case", c.ID, "to", c.Requesting, "state", c.State, "err", err)
	}
}
