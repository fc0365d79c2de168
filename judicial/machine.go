package judicial

import (
	"fmt"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Side is which party to a case takes a step.
type Side string

// Sides.
const (
	Requesting Side = "requesting" // the requesting state
	Holding    Side = "holding"    // the holding state
)

// Actor is who takes a step: a principal of one state, or a node acting on
// its own (Node set, Principal nil) when it registers a received case or
// records an execution.
type Actor struct {
	Principal *comity.Principal
	Node      string              // node name, for a node's own steps
	In        comity.Jurisdiction // the state of the principal or node
}

// ID is how the actor appears in a case's history.
func (a Actor) ID() string {
	if a.Principal != nil {
		return a.Principal.ID
	}
	return "node:" + a.Node
}

// step is one allowed transition: from any of From to To, by whom.
type step struct {
	From []State
	To   State
	Side Side
	// Roles may take the step; nil means the side's node itself.
	Roles []comity.Role
}

var (
	ca        = []comity.Role{comity.RoleCentralAuthority}
	caOrAgent = []comity.Role{comity.RoleCentralAuthority, comity.RoleAgency}
	pending   = []State{Submitted, Received, UnderReview, MoreInformation}
)

// machine lists every transition of a case and who may make it: the one
// place where the workflow's authorisation lives.
var machine = []step{
	{From: []State{""}, To: Draft, Side: Requesting, Roles: caOrAgent},             // write a draft
	{From: []State{Draft}, To: Submitted, Side: Requesting, Roles: ca},             // file it
	{From: []State{Submitted}, To: Submitted, Side: Requesting, Roles: ca},         // send it again
	{From: []State{Submitted}, To: Received, Side: Holding},                        // the holding node registers it
	{From: []State{Received}, To: UnderReview, Side: Holding, Roles: ca},           // start the review
	{From: []State{UnderReview}, To: MoreInformation, Side: Holding, Roles: ca},    // ask a question
	{From: []State{MoreInformation}, To: UnderReview, Side: Requesting, Roles: ca}, // answer it
	{From: []State{UnderReview}, To: Granted, Side: Holding, Roles: ca},            // grant, whole or partial
	{From: []State{Received, UnderReview, MoreInformation}, To: Refused, Side: Holding, Roles: ca},
	{From: []State{Received}, To: Refused, Side: Holding}, // no legal basis binds the holding state
	{From: []State{Granted}, To: Executed, Side: Holding}, // the holding node executed the order
	{From: []State{Executed, Refused, Granted}, To: Closed, Side: Holding, Roles: ca},
	// The requesting side closes a finished case, or withdraws a pending one.
	{From: append([]State{Draft, Executed, Refused, Granted}, pending...), To: Closed, Side: Requesting, Roles: ca},
}

// Next lists the states c may move to.
func Next(c *Case) []State {
	var out []State
	for _, s := range machine {
		if slices.Contains(s.From, c.State) && !slices.Contains(out, s.To) {
			out = append(out, s.To)
		}
	}
	return out
}

// Check reports whether a may move c to state to: ECONFLICT when the case
// is not in a state that allows it, EFORBIDDEN when a is not the party (or
// role) that makes that step.
func Check(c *Case, to State, a Actor) error {
	var found bool
	for _, s := range machine {
		if s.To != to || !slices.Contains(s.From, c.State) {
			continue
		}
		found = true
		if s.allows(c, a) {
			return nil
		}
	}
	if !found {
		return comity.Errorf(comity.ECONFLICT, "case %s is %s and cannot become %s", c.ID, orNew(c.State), to).
			With("state", c.State).With("next", Next(c))
	}
	return comity.Errorf(comity.EFORBIDDEN, "%s may not make case %s %s: %s", a.ID(), c.ID, to, who(c, to))
}

func (s step) allows(c *Case, a Actor) bool {
	state := c.Requesting
	if s.Side == Holding {
		state = c.Holding
	}
	if a.In != state {
		return false
	}
	if s.Roles == nil {
		return a.Principal == nil && a.Node != ""
	}
	if a.Principal == nil || a.Principal.Jurisdiction != state || !a.Principal.HasAny(s.Roles...) {
		return false
	}
	// An agency writes drafts only for itself.
	if !a.Principal.Has(comity.RoleCentralAuthority) && a.Principal.Organisation != c.Agency {
		return false
	}
	return true
}

// who says in words who makes the step to state to.
func who(c *Case, to State) string {
	var out []string
	for _, s := range machine {
		if s.To != to || !slices.Contains(s.From, c.State) {
			continue
		}
		state := c.Requesting
		if s.Side == Holding {
			state = c.Holding
		}
		if s.Roles == nil {
			out = append(out, fmt.Sprintf("the node of %s", state))
		} else {
			out = append(out, fmt.Sprintf("the %s of %s", s.Roles[0], state))
		}
	}
	return strings.Join(out, " or ")
}

func orNew(s State) string {
	if s == "" {
		return "new"
	}
	return string(s)
}

// checkPeer reports whether a node of side may tell this node that c moved
// to state to by a principal's step (a central authority's decision taken
// at that node).
func checkPeer(c *Case, to State, side Side) error {
	for _, s := range machine {
		if s.To == to && s.Side == side && s.Roles != nil && slices.Contains(s.From, c.State) {
			return nil
		}
	}
	return comity.Errorf(comity.ECONFLICT, "case %s is %s here and cannot become %s on the word of the %s state", c.ID, orNew(c.State), to, side).
		With("state", c.State)
}
