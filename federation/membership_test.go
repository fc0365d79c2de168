package federation

import (
	"context"
	"errors"
	"testing"

	"github.com/comity-project/comity"
)

// allow is a policy that allows everything, to see what a wrapper lets
// through.
type allow struct{}

func (allow) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow}, nil
}

// TestMembershipPolicy checks the outer link of a node's policy chain: a
// node in no federation (nil Membership) decides as the policy it wraps; a
// member too; a node that a manifest no longer lists releases nothing.
func TestMembershipPolicy(t *testing.T) {
	ctx := context.Background()
	req := &comity.AccessRequest{Requester: &comity.Principal{Organisation: "acme", Jurisdiction: "DE"}}
	var none *Membership
	if d, err := none.Policy(allow{}).Decide(ctx, "DE", req, nil); err != nil || d.Outcome != comity.Allow {
		t.Fatalf("outside a federation: %v %v", d, err)
	}
	member := NewMembership(MembershipConfig{Name: "node-DE", Jurisdiction: "DE"}, nil)
	if d, err := member.Policy(allow{}).Decide(ctx, "DE", req, nil); err != nil || d.Outcome != comity.Allow {
		t.Fatalf("a member: %v %v", d, err)
	}
	left := &Manifest{Federation: "f", Serial: 7, Members: []Member{{Jurisdiction: "US"}}}
	departed := NewMembership(MembershipConfig{Name: "node-DE", Jurisdiction: "DE"}, left)
	d, err := departed.Policy(allow{}).Decide(ctx, "DE", req, nil)
	if !errors.Is(err, ErrDeparted) || comity.ErrorCode(err) != comity.EUNAVAILABLE || d != nil {
		t.Fatalf("a departed node: %v %v, want ErrDeparted (unavailable)", d, err)
	}
}
