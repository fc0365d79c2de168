package judicial

import (
	"context"
	"fmt"
	"slices"

	"github.com/comity-project/comity"
)

// grant records the production order that this state's central authority
// signed offline (comity judicial grant): it must be signed by this state's
// central-authority key, name this case, its agency and state, cover only
// records homed here and within the request, and say truthfully whether it
// grants less than was asked.
func (s *Service) grant(ctx context.Context, c *Case, a Actor, token string) (*Case, error) {
	if token == "" {
		return nil, comity.Errorf(comity.EINVALID, "a grant needs the production order signed by the central authority of %s", s.cfg.Node)
	}
	o, err := DecodeOrder(token)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	now := s.now()
	g, err := o.Verify(s.cfg.AuthorityKey(s.cfg.Node), now)
	if err != nil {
		return nil, comity.Errorf(comity.EFORBIDDEN, "%w", err)
	}
	bad := func(format string, args ...any) (*Case, error) {
		return nil, comity.Errorf(comity.EINVALID, "production order for case %s: "+format, append([]any{c.ID}, args...)...)
	}
	switch {
	case o.Case != c.ID:
		return bad("it names case %s", o.Case)
	case g.Home != c.Holding || g.Requester != c.Agency || g.RequesterIn != c.Requesting:
		return bad("it is issued by %s to %s (%s), not by %s to %s (%s)", g.Home, g.Requester, g.RequesterIn, c.Holding, c.Agency, c.Requesting)
	case g.Destination != "" && g.Destination != c.Requesting:
		return bad("it releases to %s, not to the requesting state %s", g.Destination, c.Requesting)
	case g.Expires.After(now.Add(s.cfg.MaxOrderLife)):
		return bad("it stays executable beyond %s", s.cfg.MaxOrderLife)
	}
	for i, cond := range o.Conditions {
		if err := comity.CheckText(s.cfg.Screen, fmt.Sprintf("condition %d of the production order", i+1), cond); err != nil {
			return nil, err
		}
	}
	for _, id := range g.RecordIDs {
		if home, err := comity.HomeOf(id); err != nil || home != s.cfg.Node {
			// Refusals are logged: they count records, never name them.
			return bad("it names a record that is not homed in %s", s.cfg.Node)
		}
	}
	if len(c.Scope.Subjects) == 0 {
		// A request for named records: the grant is within it, and partial
		// exactly when it leaves some out.
		covered := 0
		for _, id := range c.Scope.RecordIDs {
			if slices.Contains(g.RecordIDs, id) {
				covered++
			}
		}
		for _, id := range g.RecordIDs {
			if !slices.Contains(c.Scope.RecordIDs, id) {
				return bad("it names a record that was not requested")
			}
		}
		if partial := covered < len(c.Scope.RecordIDs); partial != o.Partial {
			return bad("it grants %d of %d requested records but says partial=%t", covered, len(c.Scope.RecordIDs), o.Partial)
		}
	}
	id, digest := c.ID, o.Digest()
	c.Grant = &Grant{Partial: o.Partial, RecordIDs: g.RecordIDs, Conditions: o.Conditions, Order: o.Encode()}
	note := "granted in whole"
	if o.Partial {
		note = "granted in part"
	}
	s.record(c, Granted, a, note)
	e := s.entry(c, EventGranted, a, comity.Allow, map[string]string{"expires": g.Expires.Format("2006-01-02T15:04:05Z07:00")})
	// The order is kept once the grant is claimed and before it is logged:
	// a grant on the log always has its order here.
	c, err = s.commit(ctx, c, e, func(ctx context.Context) error { return s.cfg.Store.PutOrder(ctx, id, digest, g.Expires) })
	if err != nil {
		return nil, err
	}
	s.push(ctx, c)
	return c, nil
}
