package judicial

import (
	"context"
	"time"

	"github.com/comity-project/comity"
)

// Store keeps one node's copies of cases and the production orders it
// issued. Implementations are safe for concurrent use, in one process or
// many, and durable once a method returns.
//
// Every step that is logged is taken in the order of every promise (see
// comity.Claim): ClaimCase, then the step's log entry, then CommitCase (or
// ReleaseCase if the entry could not be logged).
type Store interface {
	// CreateCase stores a new case; ECONFLICT if its id exists.
	CreateCase(ctx context.Context, c *Case) error
	// GetCase returns a case as last committed; ENOTFOUND if there is
	// none (a case claimed into existence and not committed is none).
	GetCase(ctx context.Context, id string) (*Case, error)
	// UpdateCase replaces a case if its stored version is c.Version and no
	// claim holds it, and then increments c.Version; ECONFLICT otherwise
	// (someone else moved or is moving the case), ENOTFOUND if there is no
	// such case.
	UpdateCase(ctx context.Context, c *Case) error
	// ListCases returns cases matching f, most recently updated first.
	ListCases(ctx context.Context, f Filter) ([]*Case, error)

	// ClaimCase holds case next.ID for the step that leaves it as next,
	// under claim c. next.Version is the version the step starts from; 0
	// claims a case that does not exist yet. Of any number of concurrent
	// claims on one case exactly one succeeds; the others get ECONFLICT,
	// as does a claim whose version is not the stored one (or, for 0, of
	// a case that exists). ENOTFOUND for an unknown case. The stored case
	// does not change until CommitCase.
	ClaimCase(ctx context.Context, next *Case, c comity.Claim) error
	// CommitCase stores the case claimed under token, with its version
	// incremented, drops the claim and returns the case as stored.
	// ECONFLICT if no such claim is held.
	CommitCase(ctx context.Context, id, token string) (*Case, error)
	// ReleaseCase drops the claim token, leaving the case as it was (a case
	// claimed into existence is gone). ECONFLICT if no such claim is held.
	ReleaseCase(ctx context.Context, id, token string) error
	// ClaimedCases returns every claim neither committed nor released,
	// with the case as the claimed step leaves it, for recovery after a
	// crash.
	ClaimedCases(ctx context.Context) ([]*ClaimedCase, error)

	// PutOrder records the production order issued for a case, by digest,
	// replacing an order that was never executed (one left by a grant that
	// was claimed and then released); ECONFLICT if the case's order was
	// executed.
	PutOrder(ctx context.Context, caseID, digest string, expires time.Time) error
	// ClaimOrder marks the order with digest as executed at at, atomically:
	// of any number of concurrent claims exactly one succeeds. ECONFLICT if
	// it was executed already, ENOTFOUND if this node issued no such order.
	ClaimOrder(ctx context.Context, caseID, digest string, at time.Time) error
	// UnclaimOrder undoes a claim whose execution released nothing.
	UnclaimOrder(ctx context.Context, caseID, digest string) error
}

// ClaimedCase is a step claimed and not yet committed or released.
type ClaimedCase struct {
	Case  *Case // as the claimed step leaves it
	Claim comity.Claim
}

// Filter selects cases. Zero fields match everything.
type Filter struct {
	State  State
	Agency string // organisation of the agency
	Limit  int    // default and maximum 1000
}
