package judicial

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Purpose is the purpose the gate sees on a law-enforcement request.
const Purpose = "law-enforcement"

// Guard wraps a node's policy so that law enforcement reaches data homed
// here from abroad only through judicial assistance. A request is a
// law-enforcement request when its action is disclosure to law enforcement,
// its purpose is law enforcement, or its requester is a public body (an
// agency, a data-protection or a central authority), whatever it asks;
// across a border such a request is refused, with a reason naming the
// channel, unless it is the execution of a production order by
// Service.Execute, or a public body's request other than disclosure that
// the home's own rulebook allowed under an agreement it names for that
// state's agencies (rulebook.ParamAgencyAgreements). A
// production order presented anywhere else (for instance to POST
// /v1/access, where an approval would be reusable until it expires) is
// refused too: an order is executed once.
type Guard struct{ Policy comity.Policy }

var _ comity.Policy = Guard{}

type executionKey struct{}

// executing marks ctx as the execution of case id's order.
func executing(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, executionKey{}, id)
}

// Decide implements comity.Policy.
func (g Guard) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	inner := g.Policy
	if inner == nil {
		inner = comity.HomeController{}
	}
	d, err := inner.Decide(ctx, node, req, records)
	if err != nil {
		return nil, err
	}
	p := req.Requester
	// A public body is recognised by what it is (its roles), never by the
	// words of its request: any action, any purpose.
	official := p.HasAny(comity.RoleAgency, comity.RoleDPA, comity.RoleCentralAuthority)
	disclosure := req.Action == comity.ActionDiscloseToLawEnforce || req.Purpose == Purpose
	crossBorder := p.Jurisdiction != node || (req.Destination != "" && req.Destination != node)
	if !(disclosure || official) || !crossBorder {
		return d, nil
	}
	if id, _ := ctx.Value(executionKey{}).(string); id != "" && d.Outcome == comity.Allow {
		return d, nil
	}
	if official && p.Jurisdiction != node && d.Outcome == comity.Allow && admittedByAgreement(d) {
		// The home's own rulebook admits this state's agencies under an
		// agreement both are party to (rulebook.ParamAgencyAgreements),
		// for disclosure too: a European Production Order between EU
		// members is direct cooperation under the home's rulebook.
		return d, nil
	}
	return &comity.Decision{
		Outcome:  comity.Deny,
		Policies: append([]string{"judicial/channel"}, d.Policies...),
		Reasons:  append([]string{Channel(node, p.Jurisdiction)}, d.Reasons...),
	}, nil
}

func admittedByAgreement(d *comity.Decision) bool {
	return slices.ContainsFunc(d.Policies, func(p string) bool { return strings.HasPrefix(p, rulebook.PolicyAgencyAgreement) })
}

// Channel is the reason given when law enforcement of state from asks for
// data homed in home outside judicial assistance.
func Channel(home, from comity.Jurisdiction) string {
	return fmt.Sprintf("law enforcement obtains data homed in %s only through the judicial-assistance channel: "+
		"the central authority of %s files a case with the central authority of %s (POST /v1/judicial/cases), "+
		"and the agency executes the production order %s grants (POST /v1/judicial/cases/{id}/execute)", home, from, home, home)
}
