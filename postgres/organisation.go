package postgres

import (
	"context"
	"errors"
	"fmt"
	"github.com/jackc/pgx/v5"
	"time"

	"github.com/comity-project/comity"
)

// Organisations keeps the organisations registered at the node. It
// implements comity.OrganisationStore.
type Organisations struct{ db *DB }

var _ comity.OrganisationStore = (*Organisations)(nil)

// Organisations returns the database's organisation register.
func (db *DB) Organisations() *Organisations { return &Organisations{db: db} }

// RegisterOrganisation implements comity.OrganisationStore.
func (s *Organisations) RegisterOrganisation(ctx context.Context, o *comity.Organisation) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `INSERT INTO organisations (id, name, jurisdiction, registered_at, registered_by)
			VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
			o.ID, o.Name, string(o.Jurisdiction), o.RegisteredAt.UnixNano(), o.RegisteredBy)
		if err != nil {
			return fmt.Errorf("register organisation: %w", err)
		}
		if n := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "organisation %s is already registered", o.ID)
		}
		return nil
	})
}

// GetOrganisation implements comity.OrganisationStore.
func (s *Organisations) GetOrganisation(ctx context.Context, id string) (*comity.Organisation, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT id, name, jurisdiction, registered_at, registered_by
		FROM organisations WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	os, err := scanOrganisations(rows)
	if err != nil {
		return nil, err
	}
	if len(os) == 0 {
		return nil, comity.Errorf(comity.ENOTFOUND, "organisation %s is not registered here", id)
	}
	return os[0], nil
}

// ListOrganisations implements comity.OrganisationStore, newest first.
func (s *Organisations) ListOrganisations(ctx context.Context, limit int) ([]*comity.Organisation, error) {
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	rows, err := s.db.pool.Query(ctx, `SELECT id, name, jurisdiction, registered_at, registered_by
		FROM organisations ORDER BY registered_at DESC LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	return scanOrganisations(rows)
}

func scanOrganisations(rows pgx.Rows) ([]*comity.Organisation, error) {
	defer rows.Close()
	out := []*comity.Organisation{}
	for rows.Next() {
		var (
			o   comity.Organisation
			j   string
			reg int64
		)
		if err := rows.Scan(&o.ID, &o.Name, &j, &reg, &o.RegisteredBy); err != nil {
			return nil, err
		}
		o.Jurisdiction, o.RegisteredAt = comity.Jurisdiction(j), time.Unix(0, reg).UTC()
		out = append(out, &o)
	}
	if err := rows.Err(); err != nil && !errors.Is(err, pgx.ErrNoRows) {
		return nil, err
	}
	return out, nil
}
