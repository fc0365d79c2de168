package comity

import (
	"context"
	"fmt"
)

// HomeController is the rule of a node that has no rulebook: a controller
// may read its own records at home, and nothing else leaves. Every
// cross-border request is denied, saying that no rulebook permits it.
type HomeController struct{}

var _ Policy = HomeController{}

// Decide implements Policy.
func (HomeController) Decide(_ context.Context, node Jurisdiction, req *AccessRequest, records []*Record) (*Decision, error) {
	p := req.Requester
	if p.Jurisdiction != node || req.Destination != node {
		return &Decision{Outcome: Deny, Policies: []string{"home-controller"}, Reasons: []string{
			fmt.Sprintf("cross-border access to data homed in %s: no rulebook of %s permits it yet", node, node)}}, nil
	}
	if !p.Has(RoleController) {
		return &Decision{Outcome: Deny, Policies: []string{"home-controller"}, Reasons: []string{
			"only a record's controller may read it at home without a rulebook"}}, nil
	}
	for _, r := range records {
		if r.Controller != p.Organisation {
			return &Decision{Outcome: Deny, Policies: []string{"home-controller"}, Reasons: []string{
				fmt.Sprintf("record %s is controlled by another organisation", r.ID)}}, nil
		}
	}
	return &Decision{Outcome: Allow, Policies: []string{"home-controller"}, Reasons: []string{
		"a controller reads its own records at home"}}, nil
}
