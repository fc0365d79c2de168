package postgres

import (
	"context"
	"fmt"
	"github.com/jackc/pgx/v5"
	"time"

	"github.com/comity-project/comity"
)

// Consents keeps the consents controllers record for their data subjects.
// It implements comity.ConsentStore.
type Consents struct{ db *DB }

var _ comity.ConsentStore = (*Consents)(nil)

// Consents returns the database's consents.
func (db *DB) Consents() *Consents { return &Consents{db: db} }

const consentColumns = `id, controller, subject, kind, purpose, recipient, destination, notice, given_at, withdrawn_at`

// CreateConsents implements comity.ConsentStore, all or none, in one
// pipelined batch.
func (s *Consents) CreateConsents(ctx context.Context, cs []*comity.Consent) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		var b pgx.Batch
		for _, c := range cs {
			b.Queue(`INSERT INTO consents (`+consentColumns+`)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL) ON CONFLICT (id) DO NOTHING`,
				c.ID, c.Controller, c.Subject, string(c.Kind), c.Purpose, c.Recipient, string(c.Destination), c.Notice, c.GivenAt.UnixNano())
		}
		br := tx.SendBatch(ctx, &b)
		defer br.Close()
		for _, c := range cs {
			tag, err := br.Exec()
			if err != nil {
				return fmt.Errorf("keep consent: %w", err)
			}
			if tag.RowsAffected() == 0 {
				return comity.Errorf(comity.ECONFLICT, "consent %s exists", c.ID)
			}
		}
		return br.Close()
	})
}

// GetConsent implements comity.ConsentStore.
func (s *Consents) GetConsent(ctx context.Context, id string) (*comity.Consent, error) {
	cs, err := s.query(ctx, s.db.pool, `SELECT `+consentColumns+` FROM consents WHERE id = $1`, id)
	if err != nil {
		return nil, err
	}
	if len(cs) == 0 {
		return nil, comity.Errorf(comity.ENOTFOUND, "no consent %s", id)
	}
	return cs[0], nil
}

// WithdrawConsent implements comity.ConsentStore.
func (s *Consents) WithdrawConsent(ctx context.Context, controller, id string, at time.Time) (*comity.Consent, error) {
	var out *comity.Consent
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		cs, err := s.query(ctx, tx, `SELECT `+consentColumns+` FROM consents WHERE id = $1 AND controller = $2 FOR UPDATE`, id, controller)
		if err != nil {
			return err
		}
		if len(cs) == 0 {
			return comity.Errorf(comity.ENOTFOUND, "%s keeps no consent %s at this node", controller, id)
		}
		if cs[0].WithdrawnAt != nil {
			return comity.Errorf(comity.ECONFLICT, "consent %s was withdrawn at %s", id, cs[0].WithdrawnAt.Format(time.RFC3339))
		}
		if _, err := tx.Exec(ctx, `UPDATE consents SET withdrawn_at = $1 WHERE id = $2`, at.UnixNano(), id); err != nil {
			return fmt.Errorf("withdraw consent: %w", err)
		}
		t := time.Unix(0, at.UnixNano()).UTC()
		cs[0].WithdrawnAt = &t
		out = cs[0]
		return nil
	})
	return out, err
}

// ListConsents implements comity.ConsentStore.
func (s *Consents) ListConsents(ctx context.Context, controller, subject, after string, limit int) ([]*comity.Consent, error) {
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	return s.query(ctx, s.db.pool, `SELECT `+consentColumns+` FROM consents
		WHERE controller = $1 AND id COLLATE "C" > $2 AND ($3 = '' OR subject = $3) ORDER BY id COLLATE "C" LIMIT $4`,
		controller, after, subject, limit)
}

// SubjectConsents implements comity.ConsentStore.
func (s *Consents) SubjectConsents(ctx context.Context, controller string, subjects []string) ([]*comity.Consent, error) {
	return s.query(ctx, s.db.pool, `SELECT `+consentColumns+` FROM consents WHERE controller = $1 AND subject = ANY ($2::text[])`,
		controller, subjects)
}

type querier interface {
	Query(ctx context.Context, query string, args ...any) (pgx.Rows, error)
}

func (s *Consents) query(ctx context.Context, q querier, query string, args ...any) ([]*comity.Consent, error) {
	rows, err := q.Query(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*comity.Consent{}
	for rows.Next() {
		var (
			c          comity.Consent
			kind, dest string
			given      int64
			withdrawn  *int64
		)
		if err := rows.Scan(&c.ID, &c.Controller, &c.Subject, &kind, &c.Purpose, &c.Recipient, &dest, &c.Notice, &given, &withdrawn); err != nil {
			return nil, err
		}
		c.Kind, c.Destination, c.GivenAt = comity.ConsentKind(kind), comity.Jurisdiction(dest), time.Unix(0, given).UTC()
		if withdrawn != nil {
			t := time.Unix(0, *withdrawn).UTC()
			c.WithdrawnAt = &t
		}
		out = append(out, &c)
	}
	return out, rows.Err()
}
