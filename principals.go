package comity

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// PrincipalService creates principals and revokes them, each change on the
// ledger before it takes effect: who did it, which principal, its
// organisation, roles and token expiry (never the token). An auditor then
// sees who could act as whom, and from when.
type PrincipalService struct {
	Store PrincipalStore
	// Organisations checks that a principal's entity is registered here
	// for its state before the creation is logged; nil leaves it to Store.
	Organisations OrganisationStore
	Ledger        Ledger // nil: changes are not logged (tests of other layers only)
	NodeName      string
	// MaxTokenLife caps token lifetimes at this node; 0 means
	// DefaultTokenLife. It may not exceed MaxTokenLife.
	MaxTokenLife time.Duration
}

func (s *PrincipalService) maxLife() time.Duration {
	if s.MaxTokenLife <= 0 {
		return DefaultTokenLife
	}
	return min(s.MaxTokenLife, MaxTokenLife)
}

// TokenLife returns the lifetime of a token asked for with ttlSeconds (0:
// the node's cap), or EINVALID when it is negative or over the cap. It
// never overflows.
func (s *PrincipalService) TokenLife(ttlSeconds int64) (time.Duration, error) {
	limit := s.maxLife()
	switch {
	case ttlSeconds < 0:
		return 0, Errorf(EINVALID, "ttl_seconds must not be negative")
	case ttlSeconds == 0:
		return limit, nil
	case ttlSeconds > int64(limit/time.Second):
		return 0, Errorf(EINVALID, "ttl_seconds %d is over this node's token lifetime cap of %d seconds", ttlSeconds, int64(limit/time.Second))
	}
	return time.Duration(ttlSeconds) * time.Second, nil
}

// Create validates p, logs its creation, then stores it and returns its
// token, which is shown once, and when the token expires (to the second,
// as logged). A creation that is logged but cannot be stored is logged
// again as not applied.
func (s *PrincipalService) Create(ctx context.Context, by *Principal, p *Principal, ttl time.Duration) (string, time.Time, error) {
	if err := p.Validate(); err != nil {
		return "", time.Time{}, err
	}
	if ttl <= 0 || ttl > s.maxLife() {
		return "", time.Time{}, Errorf(EINVALID, "token lifetime %s: want up to %s", ttl, s.maxLife())
	}
	if p.Entity != "" && s.Organisations != nil {
		o, err := s.Organisations.GetOrganisation(ctx, p.Entity)
		if ErrorCode(err) == ENOTFOUND || err == nil && o.Jurisdiction != p.Jurisdiction {
			return "", time.Time{}, Errorf(EINVALID, "organisation %s is not registered at this node for %s: register it first", p.Entity, p.Jurisdiction)
		} else if err != nil {
			return "", time.Time{}, err
		}
	}
	if _, err := s.Store.GetPrincipal(ctx, p.ID); err == nil {
		return "", time.Time{}, Errorf(ECONFLICT, "principal %s already exists", p.ID)
	} else if ErrorCode(err) != ENOTFOUND {
		return "", time.Time{}, err
	}
	// The store's clock runs a moment later; the token never outlives
	// what the log says.
	now := Now()
	expires := now.Add(ttl).UTC().Truncate(time.Second)
	e := s.entry(by, "create", p)
	e.Detail["expires"] = expires.Format(time.RFC3339)
	if err := s.commit(ctx, e); err != nil {
		return "", time.Time{}, err
	}
	token, err := s.Store.CreatePrincipal(ctx, p, max(expires.Sub(Now()), time.Nanosecond))
	if err != nil {
		return "", time.Time{}, s.notApplied(ctx, e, err)
	}
	return token, expires, nil
}

// Revoke logs the revocation of principal id's token, then revokes it.
func (s *PrincipalService) Revoke(ctx context.Context, by *Principal, id string) error {
	p, err := s.Store.GetPrincipal(ctx, id)
	if err != nil {
		return err
	}
	e := s.entry(by, "revoke", p)
	if err := s.commit(ctx, e); err != nil {
		return err
	}
	if err := s.Store.RevokePrincipal(ctx, id); err != nil {
		return s.notApplied(ctx, e, err)
	}
	return nil
}

func (s *PrincipalService) entry(by *Principal, event string, p *Principal) *Entry {
	roles := make([]string, len(p.Roles))
	for i, r := range p.Roles {
		roles[i] = string(r)
	}
	e := s.baseEntry(by, event, p, roles)
	if p.Entity != "" {
		e.Detail["entity"] = p.Entity
	}
	return e
}

func (s *PrincipalService) baseEntry(by *Principal, event string, p *Principal, roles []string) *Entry {
	return &Entry{Kind: EntryPrincipal, Time: Now(), Node: s.NodeName,
		Requester: by.Organisation, RequesterIn: by.Jurisdiction, Principal: by.ID, Outcome: Allow,
		Detail: map[string]string{"event": event, "principal": p.ID, "organisation": p.Organisation,
			"jurisdiction": string(p.Jurisdiction), "roles": strings.Join(roles, ",")}}
}

func (s *PrincipalService) commit(ctx context.Context, e *Entry) error {
	if s.Ledger == nil {
		return nil
	}
	if _, err := s.Ledger.Commit(ctx, e); err != nil {
		return fmt.Errorf("log principal change: %w", err)
	}
	return nil
}

// notApplied logs that a logged change did not take effect, and returns
// the cause (joined with a failure to log it).
func (s *PrincipalService) notApplied(ctx context.Context, e *Entry, cause error) error {
	n := *e
	n.Time, n.Outcome = Now(), Deny
	n.Detail = map[string]string{"not_applied": "true", "reason": ErrorMessage(cause)}
	for k, v := range e.Detail {
		if _, ok := n.Detail[k]; !ok {
			n.Detail[k] = v
		}
	}
	if err := s.commit(ctx, &n); err != nil {
		return fmt.Errorf("%w (and %v)", cause, err)
	}
	return cause
}
