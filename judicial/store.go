package judicial

import (
	"context"
	"time"
)

// Store keeps one node's copies of cases and the production orders it
// issued. Implementations are safe for concurrent use and durable once a
// method returns.
type Store interface {
	// CreateCase stores a new case; ECONFLICT if its id exists.
	CreateCase(ctx context.Context, c *Case) error
	// GetCase returns a case; ENOTFOUND if there is none.
	GetCase(ctx context.Context, id string) (*Case, error)
	// UpdateCase replaces a case if its stored version is c.Version, and
	// then increments c.Version; ECONFLICT otherwise (someone else moved
	// the case first), ENOTFOUND if there is no such case.
	UpdateCase(ctx context.Context, c *Case) error
	// ListCases returns cases matching f, most recently updated first.
	ListCases(ctx context.Context, f Filter) ([]*Case, error)

	// PutOrder records the production order issued for a case, by digest.
	PutOrder(ctx context.Context, caseID, digest string, expires time.Time) error
	// ClaimOrder marks the order with digest as executed at at, atomically:
	// of any number of concurrent claims exactly one succeeds. ECONFLICT if
	// it was executed already, ENOTFOUND if this node issued no such order.
	ClaimOrder(ctx context.Context, caseID, digest string, at time.Time) error
	// UnclaimOrder undoes a claim whose execution released nothing.
	UnclaimOrder(ctx context.Context, caseID, digest string) error
}

// Filter selects cases. Zero fields match everything.
type Filter struct {
	State  State
	Agency string // organisation of the agency
	Limit  int    // default and maximum 1000
}
