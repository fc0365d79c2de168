package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
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

// CreateConsents implements comity.ConsentStore.
func (s *Consents) CreateConsents(ctx context.Context, cs []*comity.Consent) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO consents (`+consentColumns+`)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (id) DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, c := range cs {
			res, err := stmt.ExecContext(ctx, c.ID, c.Controller, c.Subject, string(c.Kind), c.Purpose, c.Recipient,
				string(c.Destination), c.Notice, c.GivenAt.UnixNano())
			if err != nil {
				return fmt.Errorf("keep consent: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return comity.Errorf(comity.ECONFLICT, "consent %s exists", c.ID)
			}
		}
		return nil
	})
}

// GetConsent implements comity.ConsentStore.
func (s *Consents) GetConsent(ctx context.Context, id string) (*comity.Consent, error) {
	cs, err := s.query(ctx, s.db.read, `SELECT `+consentColumns+` FROM consents WHERE id = ?`, id)
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
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		cs, err := s.query(ctx, tx, `SELECT `+consentColumns+` FROM consents WHERE id = ? AND controller = ?`, id, controller)
		if err != nil {
			return err
		}
		if len(cs) == 0 {
			return comity.Errorf(comity.ENOTFOUND, "%s keeps no consent %s at this node", controller, id)
		}
		if cs[0].WithdrawnAt != nil {
			return comity.Errorf(comity.ECONFLICT, "consent %s was withdrawn at %s", id, cs[0].WithdrawnAt.Format(time.RFC3339))
		}
		if _, err := tx.ExecContext(ctx, `UPDATE consents SET withdrawn_at = ? WHERE id = ?`, at.UnixNano(), id); err != nil {
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
	q := `SELECT ` + consentColumns + ` FROM consents WHERE controller = ? AND id > ?`
	args := []any{controller, after}
	if subject != "" {
		q += ` AND subject = ?`
		args = append(args, subject)
	}
	return s.query(ctx, s.db.read, q+` ORDER BY id LIMIT ?`, append(args, limit)...)
}

// SubjectConsents implements comity.ConsentStore.
func (s *Consents) SubjectConsents(ctx context.Context, controller string, subjects []string) ([]*comity.Consent, error) {
	var out []*comity.Consent
	// In chunks, under SQLite's limit on bound variables.
	for len(subjects) > 0 {
		n := min(len(subjects), 500)
		args := []any{controller}
		for _, s := range subjects[:n] {
			args = append(args, s)
		}
		cs, err := s.query(ctx, s.db.read, `SELECT `+consentColumns+` FROM consents WHERE controller = ? AND subject IN (?`+
			strings.Repeat(", ?", n-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		out = append(out, cs...)
		subjects = subjects[n:]
	}
	return out, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (s *Consents) query(ctx context.Context, q querier, query string, args ...any) ([]*comity.Consent, error) {
	rows, err := q.QueryContext(ctx, query, args...)
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
			withdrawn  sql.NullInt64
		)
		if err := rows.Scan(&c.ID, &c.Controller, &c.Subject, &kind, &c.Purpose, &c.Recipient, &dest, &c.Notice, &given, &withdrawn); err != nil {
			return nil, err
		}
		c.Kind, c.Destination, c.GivenAt = comity.ConsentKind(kind), comity.Jurisdiction(dest), time.Unix(0, given).UTC()
		if withdrawn.Valid {
			t := time.Unix(0, withdrawn.Int64).UTC()
			c.WithdrawnAt = &t
		}
		out = append(out, &c)
	}
	return out, rows.Err()
}
