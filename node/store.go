package node

import (
	"context"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/postgres"
	"github.com/comity-project/comity/release"
	"github.com/comity-project/comity/rulebook"
	"github.com/comity-project/comity/sqlite"
)

// Store is the node's database: SQLite in one file by default, or
// PostgreSQL shared by several serve processes of the node.
type Store interface {
	Records() comity.RecordStore
	Principals() Principals
	Transfers() comity.TransferStore
	Judicial() judicial.Store
	// Releases remembers and counts what requesters received.
	Releases() Releases
	Organisations() comity.OrganisationStore
	Notices() Notices
	Advisories() advisory.Store
	// Duties keeps vendors' vulnerability reports and their overdue alarms.
	Duties() advisory.DutyStore
	Consents() comity.ConsentStore
	Vendors() release.Store
	// Locker serialises one requester's decisions across the processes
	// sharing the store.
	comity.RequesterLocker
	Ping(ctx context.Context) error
	Close() error
}

// Principals are the node's principals and their tokens.
type Principals interface {
	comity.PrincipalStore
	comity.PrincipalLister
}

// Releases is the release log the gate writes and the rulebooks count.
type Releases interface {
	comity.ReleaseLog
	rulebook.Volume
}

// Notices keeps the notices sent to the state's data-protection authority.
type Notices interface {
	AddNotice(ctx context.Context, n *comity.Notice) error
	ListNotices(ctx context.Context, limit int) ([]*comity.Notice, error)
}

// OpenStore opens the store cfg selects (see StoreConfig).
func OpenStore(ctx context.Context, cfg StoreConfig) (Store, error) {
	if cfg.Driver == "postgres" {
		db, err := postgres.Open(ctx, postgres.Config{URL: cfg.URL, Schema: cfg.Schema, MaxConns: cfg.MaxConns,
			StatementTimeout: cfg.StatementTimeout})
		if err != nil {
			return nil, err
		}
		return pgStore{db}, nil
	}
	db, err := sqlite.Open(ctx, sqlite.Config{Path: cfg.Path, Synchronous: cfg.Synchronous})
	if err != nil {
		return nil, err
	}
	return sqliteStore{db}, nil
}

type sqliteStore struct{ *sqlite.DB }

func (s sqliteStore) Records() comity.RecordStore             { return s.DB.Records() }
func (s sqliteStore) Principals() Principals                  { return s.DB.Principals() }
func (s sqliteStore) Transfers() comity.TransferStore         { return s.DB.Transfers() }
func (s sqliteStore) Judicial() judicial.Store                { return s.DB.Judicial() }
func (s sqliteStore) Releases() Releases                      { return s.DB.Releases() }
func (s sqliteStore) Organisations() comity.OrganisationStore { return s.DB.Organisations() }
func (s sqliteStore) Notices() Notices                        { return s.DB.Notices() }
func (s sqliteStore) Advisories() advisory.Store              { return s.DB.Advisories() }
func (s sqliteStore) Duties() advisory.DutyStore              { return s.DB.Advisories() }
func (s sqliteStore) Consents() comity.ConsentStore           { return s.DB.Consents() }
func (s sqliteStore) Vendors() release.Store                  { return s.DB.Vendors() }

type pgStore struct{ *postgres.DB }

func (s pgStore) Records() comity.RecordStore             { return s.DB.Records() }
func (s pgStore) Principals() Principals                  { return s.DB.Principals() }
func (s pgStore) Transfers() comity.TransferStore         { return s.DB.Transfers() }
func (s pgStore) Judicial() judicial.Store                { return s.DB.Judicial() }
func (s pgStore) Releases() Releases                      { return s.DB.Releases() }
func (s pgStore) Organisations() comity.OrganisationStore { return s.DB.Organisations() }
func (s pgStore) Notices() Notices                        { return s.DB.Notices() }
func (s pgStore) Advisories() advisory.Store              { return s.DB.Advisories() }
func (s pgStore) Duties() advisory.DutyStore              { return s.DB.Advisories() }
func (s pgStore) Consents() comity.ConsentStore           { return s.DB.Consents() }
func (s pgStore) Vendors() release.Store                  { return s.DB.Vendors() }
