package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
)

// JudicialStore implements judicial.Store on SQLite.
type JudicialStore struct{ db *DB }

var _ judicial.Store = (*JudicialStore)(nil)

// Judicial returns the database's judicial-assistance store.
func (db *DB) Judicial() *JudicialStore { return &JudicialStore{db: db} }

// CreateCase implements judicial.Store.
func (s *JudicialStore) CreateCase(ctx context.Context, c *judicial.Case) error {
	c.Version = 1
	body, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("encode case: %w", err)
	}
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO judicial_cases (id, state, requesting, holding, agency, due, updated, version, body)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			c.ID, string(c.State), string(c.Requesting), string(c.Holding), c.Agency, unixNano(c.Due), unixNano(c.Updated), c.Version, string(body))
		if err != nil {
			return fmt.Errorf("create case: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "case %s exists", c.ID)
		}
		return nil
	})
}

// GetCase implements judicial.Store.
func (s *JudicialStore) GetCase(ctx context.Context, id string) (*judicial.Case, error) {
	var body string
	err := s.db.read.QueryRowContext(ctx, `SELECT body FROM judicial_cases WHERE id = ? AND version > 0`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	} else if err != nil {
		return nil, fmt.Errorf("get case: %w", err)
	}
	return decodeCase(body)
}

func decodeCase(body string) (*judicial.Case, error) {
	var c judicial.Case
	if err := json.Unmarshal([]byte(body), &c); err != nil {
		return nil, fmt.Errorf("decode case: %w", err)
	}
	return &c, nil
}

// UpdateCase implements judicial.Store.
func (s *JudicialStore) UpdateCase(ctx context.Context, c *judicial.Case) error {
	old := c.Version
	c.Version = old + 1
	body, err := json.Marshal(c)
	if err != nil {
		c.Version = old
		return fmt.Errorf("encode case: %w", err)
	}
	err = s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE judicial_cases SET state = ?, due = ?, updated = ?, version = ?, body = ?
			WHERE id = ? AND version = ? AND claim_token IS NULL`,
			string(c.State), unixNano(c.Due), unixNano(c.Updated), c.Version, string(body), c.ID, old)
		if err != nil {
			return fmt.Errorf("update case: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return nil
		}
		return s.conflict(ctx, tx, c.ID, old)
	})
	if err != nil {
		c.Version = old
	}
	return err
}

// conflict explains why a write conditional on case id being at version
// (and unclaimed) changed nothing.
func (s *JudicialStore) conflict(ctx context.Context, tx *sql.Tx, id string, version int64) error {
	var v int64
	var token sql.NullString
	err := tx.QueryRowContext(ctx, `SELECT version, claim_token FROM judicial_cases WHERE id = ?`, id).Scan(&v, &token)
	switch {
	case errors.Is(err, sql.ErrNoRows) || err == nil && v == 0:
		return comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	case err != nil:
		return fmt.Errorf("case %s: %w", id, err)
	case token.Valid:
		return comity.Errorf(comity.ECONFLICT, "case %s is being moved by another request", id)
	}
	return comity.Errorf(comity.ECONFLICT, "case %s changed meanwhile (version %d, not %d)", id, v, version)
}

// ClaimCase implements judicial.Store: one conditional write in the single
// writer connection (and SQLite's write lock across processes), so of
// concurrent claims exactly one changes the row.
func (s *JudicialStore) ClaimCase(ctx context.Context, next *judicial.Case, c comity.Claim) error {
	after := *next
	after.Version = next.Version + 1
	body, err := json.Marshal(&after)
	if err != nil {
		return fmt.Errorf("encode case: %w", err)
	}
	claim, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		if next.Version == 0 {
			res, err := tx.ExecContext(ctx, `INSERT INTO judicial_cases (id, state, requesting, holding, agency, updated, version, body,
				claim_token, claim, claim_body) VALUES (?, '', ?, ?, ?, 0, 0, '', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
				next.ID, string(next.Requesting), string(next.Holding), next.Agency, c.Token, string(claim), string(body))
			if err != nil {
				return fmt.Errorf("claim case: %w", err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return comity.Errorf(comity.ECONFLICT, "case %s exists or is being registered by another request", next.ID)
			}
			return nil
		}
		res, err := tx.ExecContext(ctx, `UPDATE judicial_cases SET claim_token = ?, claim = ?, claim_body = ?
			WHERE id = ? AND version = ? AND claim_token IS NULL`, c.Token, string(claim), string(body), next.ID, next.Version)
		if err != nil {
			return fmt.Errorf("claim case: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return nil
		}
		return s.conflict(ctx, tx, next.ID, next.Version)
	})
}

// CommitCase implements judicial.Store.
func (s *JudicialStore) CommitCase(ctx context.Context, id, token string) (*judicial.Case, error) {
	var c *judicial.Case
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		var body string
		err := tx.QueryRowContext(ctx, `SELECT claim_body FROM judicial_cases WHERE id = ? AND claim_token = ?`, id, token).Scan(&body)
		if errors.Is(err, sql.ErrNoRows) {
			return comity.Errorf(comity.ECONFLICT, "case %s: claim %s is not held", id, token)
		} else if err != nil {
			return fmt.Errorf("commit case: %w", err)
		}
		if c, err = decodeCase(body); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE judicial_cases SET state = ?, due = ?, updated = ?, version = ?, body = claim_body,
			claim_token = NULL, claim = NULL, claim_body = NULL WHERE id = ?`,
			string(c.State), unixNano(c.Due), unixNano(c.Updated), c.Version, id)
		if err != nil {
			return fmt.Errorf("commit case: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}

// ReleaseCase implements judicial.Store.
func (s *JudicialStore) ReleaseCase(ctx context.Context, id, token string) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM judicial_cases WHERE id = ? AND claim_token = ? AND version = 0`, id, token)
		if err != nil {
			return fmt.Errorf("release case: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return nil
		}
		res, err = tx.ExecContext(ctx, `UPDATE judicial_cases SET claim_token = NULL, claim = NULL, claim_body = NULL
			WHERE id = ? AND claim_token = ?`, id, token)
		if err != nil {
			return fmt.Errorf("release case: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "case %s: claim %s is not held", id, token)
		}
		return nil
	})
}

// ClaimedCases implements judicial.Store.
func (s *JudicialStore) ClaimedCases(ctx context.Context) ([]*judicial.ClaimedCase, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT claim, claim_body FROM judicial_cases WHERE claim_token IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("claimed cases: %w", err)
	}
	defer rows.Close()
	var out []*judicial.ClaimedCase
	for rows.Next() {
		var claim, body string
		if err := rows.Scan(&claim, &body); err != nil {
			return nil, fmt.Errorf("claimed cases: %w", err)
		}
		cc := &judicial.ClaimedCase{}
		if err := json.Unmarshal([]byte(claim), &cc.Claim); err != nil {
			return nil, fmt.Errorf("claimed cases: %w", err)
		}
		if cc.Case, err = decodeCase(body); err != nil {
			return nil, err
		}
		out = append(out, cc)
	}
	return out, rows.Err()
}

// ListCases implements judicial.Store.
func (s *JudicialStore) ListCases(ctx context.Context, f judicial.Filter) ([]*judicial.Case, error) {
	limit := f.Limit
	if limit <= 0 || limit > 1000 {
		limit = 1000
	}
	rows, err := s.db.read.QueryContext(ctx, `SELECT body FROM judicial_cases
		WHERE version > 0 AND (? = '' OR state = ?) AND (? = '' OR agency = ?) ORDER BY updated DESC, id LIMIT ?`,
		string(f.State), string(f.State), f.Agency, f.Agency, limit)
	if err != nil {
		return nil, fmt.Errorf("list cases: %w", err)
	}
	defer rows.Close()
	var out []*judicial.Case
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, fmt.Errorf("list cases: %w", err)
		}
		c, err := decodeCase(body)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// PutOrder implements judicial.Store.
func (s *JudicialStore) PutOrder(ctx context.Context, caseID, digest string, expires time.Time) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO judicial_orders (case_id, digest, expires) VALUES (?, ?, ?)
			ON CONFLICT (case_id) DO UPDATE SET digest = excluded.digest, expires = excluded.expires
			WHERE judicial_orders.executed_at IS NULL`, caseID, digest, unixNano(expires))
		if err != nil {
			return fmt.Errorf("put order: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "the order for case %s was executed already", caseID)
		}
		return nil
	})
}

// ClaimOrder implements judicial.Store: one conditional UPDATE in the
// single writer connection, so of concurrent claims exactly one changes the
// row.
func (s *JudicialStore) ClaimOrder(ctx context.Context, caseID, digest string, at time.Time) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE judicial_orders SET executed_at = ?
			WHERE case_id = ? AND digest = ? AND executed_at IS NULL`, unixNano(at), caseID, digest)
		if err != nil {
			return fmt.Errorf("claim order: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return nil
		}
		var executed sql.NullInt64
		err = tx.QueryRowContext(ctx, `SELECT executed_at FROM judicial_orders WHERE case_id = ? AND digest = ?`, caseID, digest).Scan(&executed)
		if errors.Is(err, sql.ErrNoRows) {
			return comity.Errorf(comity.ENOTFOUND, "no order %s for case %s", digest, caseID)
		} else if err != nil {
			return fmt.Errorf("claim order: %w", err)
		}
		return comity.Errorf(comity.ECONFLICT, "the order for case %s was executed at %s", caseID, time.Unix(0, executed.Int64).UTC().Format(time.RFC3339))
	})
}

// UnclaimOrder implements judicial.Store.
func (s *JudicialStore) UnclaimOrder(ctx context.Context, caseID, digest string) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE judicial_orders SET executed_at = NULL WHERE case_id = ? AND digest = ?`, caseID, digest)
		if err != nil {
			return fmt.Errorf("unclaim order: %w", err)
		}
		return nil
	})
}

func unixNano(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}
