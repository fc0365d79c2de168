package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/jackc/pgx/v5"
)

// JudicialStore implements judicial.Store on PostgreSQL.
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `INSERT INTO judicial_cases (id, state, requesting, holding, agency, due, updated, version, body)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
			c.ID, string(c.State), string(c.Requesting), string(c.Holding), c.Agency, unixNano(c.Due), unixNano(c.Updated), c.Version, string(body))
		if err != nil {
			return fmt.Errorf("create case: %w", err)
		}
		if n := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "case %s exists", c.ID)
		}
		return nil
	})
}

// GetCase implements judicial.Store.
func (s *JudicialStore) GetCase(ctx context.Context, id string) (*judicial.Case, error) {
	var body string
	err := s.db.pool.QueryRow(ctx, `SELECT body FROM judicial_cases WHERE id = $1 AND version > 0`, id).Scan(&body)
	if errors.Is(err, pgx.ErrNoRows) {
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
	err = s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE judicial_cases SET state = $1, due = $2, updated = $3, version = $4, body = $5
			WHERE id = $6 AND version = $7 AND claim_token IS NULL`,
			string(c.State), unixNano(c.Due), unixNano(c.Updated), c.Version, string(body), c.ID, old)
		if err != nil {
			return fmt.Errorf("update case: %w", err)
		}
		if n := res.RowsAffected(); n == 1 {
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
func (s *JudicialStore) conflict(ctx context.Context, tx pgx.Tx, id string, version int64) error {
	var v int64
	var token *string
	err := tx.QueryRow(ctx, `SELECT version, claim_token FROM judicial_cases WHERE id = $1`, id).Scan(&v, &token)
	switch {
	case errors.Is(err, pgx.ErrNoRows) || err == nil && v == 0:
		return comity.Errorf(comity.ENOTFOUND, "no case %s", id)
	case err != nil:
		return fmt.Errorf("case %s: %w", id, err)
	case token != nil:
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		if next.Version == 0 {
			res, err := tx.Exec(ctx, `INSERT INTO judicial_cases (id, state, requesting, holding, agency, updated, version, body,
				claim_token, claim, claim_body) VALUES ($1, '', $2, $3, $4, 0, 0, '', $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
				next.ID, string(next.Requesting), string(next.Holding), next.Agency, c.Token, string(claim), string(body))
			if err != nil {
				return fmt.Errorf("claim case: %w", err)
			}
			if n := res.RowsAffected(); n == 0 {
				return comity.Errorf(comity.ECONFLICT, "case %s exists or is being registered by another request", next.ID)
			}
			return nil
		}
		res, err := tx.Exec(ctx, `UPDATE judicial_cases SET claim_token = $1, claim = $2, claim_body = $3
			WHERE id = $4 AND version = $5 AND claim_token IS NULL`, c.Token, string(claim), string(body), next.ID, next.Version)
		if err != nil {
			return fmt.Errorf("claim case: %w", err)
		}
		if n := res.RowsAffected(); n == 1 {
			return nil
		}
		return s.conflict(ctx, tx, next.ID, next.Version)
	})
}

// CommitCase implements judicial.Store.
func (s *JudicialStore) CommitCase(ctx context.Context, id, token string) (*judicial.Case, error) {
	var c *judicial.Case
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		var body string
		err := tx.QueryRow(ctx, `SELECT claim_body FROM judicial_cases WHERE id = $1 AND claim_token = $2`, id, token).Scan(&body)
		if errors.Is(err, pgx.ErrNoRows) {
			return comity.Errorf(comity.ECONFLICT, "case %s: claim %s is not held", id, token)
		} else if err != nil {
			return fmt.Errorf("commit case: %w", err)
		}
		if c, err = decodeCase(body); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `UPDATE judicial_cases SET state = $1, due = $2, updated = $3, version = $4, body = claim_body,
			claim_token = NULL, claim = NULL, claim_body = NULL WHERE id = $5`,
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `DELETE FROM judicial_cases WHERE id = $1 AND claim_token = $2 AND version = 0`, id, token)
		if err != nil {
			return fmt.Errorf("release case: %w", err)
		}
		if n := res.RowsAffected(); n == 1 {
			return nil
		}
		res, err = tx.Exec(ctx, `UPDATE judicial_cases SET claim_token = NULL, claim = NULL, claim_body = NULL
			WHERE id = $1 AND claim_token = $2`, id, token)
		if err != nil {
			return fmt.Errorf("release case: %w", err)
		}
		if n := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "case %s: claim %s is not held", id, token)
		}
		return nil
	})
}

// ClaimedCases implements judicial.Store.
func (s *JudicialStore) ClaimedCases(ctx context.Context) ([]*judicial.ClaimedCase, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT claim, claim_body FROM judicial_cases WHERE claim_token IS NOT NULL`)
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
	rows, err := s.db.pool.Query(ctx, `SELECT body FROM judicial_cases
		WHERE version > 0 AND ($1 = '' OR state = $2) AND ($3 = '' OR agency = $4) ORDER BY updated DESC, id LIMIT $5`,
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `INSERT INTO judicial_orders (case_id, digest, expires) VALUES ($1, $2, $3)
			ON CONFLICT (case_id) DO UPDATE SET digest = excluded.digest, expires = excluded.expires
			WHERE judicial_orders.executed_at IS NULL`, caseID, digest, unixNano(expires))
		if err != nil {
			return fmt.Errorf("put order: %w", err)
		}
		if n := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "the order for case %s was executed already", caseID)
		}
		return nil
	})
}

// ClaimOrder implements judicial.Store: one conditional UPDATE in the
// single writer connection, so of concurrent claims exactly one changes the
// row.
func (s *JudicialStore) ClaimOrder(ctx context.Context, caseID, digest string, at time.Time) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE judicial_orders SET executed_at = $1
			WHERE case_id = $2 AND digest = $3 AND executed_at IS NULL`, unixNano(at), caseID, digest)
		if err != nil {
			return fmt.Errorf("claim order: %w", err)
		}
		if n := res.RowsAffected(); n == 1 {
			return nil
		}
		var executed *int64
		err = tx.QueryRow(ctx, `SELECT executed_at FROM judicial_orders WHERE case_id = $1 AND digest = $2`, caseID, digest).Scan(&executed)
		if errors.Is(err, pgx.ErrNoRows) {
			return comity.Errorf(comity.ENOTFOUND, "no order %s for case %s", digest, caseID)
		} else if err != nil {
			return fmt.Errorf("claim order: %w", err)
		}
		return comity.Errorf(comity.ECONFLICT, "the order for case %s was executed at %s", caseID, time.Unix(0, *executed).UTC().Format(time.RFC3339))
	})
}

// UnclaimOrder implements judicial.Store.
func (s *JudicialStore) UnclaimOrder(ctx context.Context, caseID, digest string) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE judicial_orders SET executed_at = NULL WHERE case_id = $1 AND digest = $2`, caseID, digest)
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
