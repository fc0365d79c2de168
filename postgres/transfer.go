package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/comity-project/comity"
	"github.com/jackc/pgx/v5"
)

// TransferStore implements comity.TransferStore on PostgreSQL.
type TransferStore struct{ db *DB }

var _ comity.TransferStore = (*TransferStore)(nil)

// Transfers returns the database's transfer case store.
func (db *DB) Transfers() *TransferStore { return &TransferStore{db: db} }

// CreateTransfer implements comity.TransferStore.
func (s *TransferStore) CreateTransfer(ctx context.Context, t *comity.Transfer) error {
	body, err := json.Marshal(t)
	if err != nil {
		return err
	}
	_, err = s.db.pool.Exec(ctx, `INSERT INTO transfers (id, state, body, created_at, updated_at) VALUES ($1, $2, $3, $4, $5)`,
		t.ID, string(t.State), string(body), t.CreatedAt.UnixNano(), t.UpdatedAt.UnixNano())
	if err != nil {
		return fmt.Errorf("create transfer: %w", err)
	}
	return nil
}

// GetTransfer implements comity.TransferStore.
func (s *TransferStore) GetTransfer(ctx context.Context, id string) (*comity.Transfer, error) {
	var body string
	err := s.db.pool.QueryRow(ctx, `SELECT body FROM transfers WHERE id = $1`, id).Scan(&body)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "transfer %s not found", id)
	} else if err != nil {
		return nil, err
	}
	var t comity.Transfer
	if err := json.Unmarshal([]byte(body), &t); err != nil {
		return nil, fmt.Errorf("transfer %s: %w", id, err)
	}
	return &t, nil
}

// ListTransfers implements comity.TransferStore.
func (s *TransferStore) ListTransfers(ctx context.Context, state comity.TransferState, limit int) ([]*comity.Transfer, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT body FROM transfers WHERE $1 = '' OR state = $2
		ORDER BY created_at DESC LIMIT $3`, string(state), string(state), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*comity.Transfer{}
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		t := new(comity.Transfer)
		if err := json.Unmarshal([]byte(body), t); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// ClaimTransfer implements comity.TransferStore: one conditional UPDATE
// in the single writer connection (and SQLite's write lock across
// processes), so of concurrent claims exactly one changes the row.
func (s *TransferStore) ClaimTransfer(ctx context.Context, t *comity.Transfer, c comity.Claim) error {
	body, err := json.Marshal(t)
	if err != nil {
		return err
	}
	claim, err := json.Marshal(c)
	if err != nil {
		return err
	}
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		res, err := tx.Exec(ctx, `UPDATE transfers SET claim_token = $1, claim = $2, claim_body = $3
			WHERE id = $4 AND state = $5 AND claim_token IS NULL`,
			c.Token, string(claim), string(body), t.ID, string(comity.TransferPending))
		if err != nil {
			return fmt.Errorf("claim transfer: %w", err)
		}
		if n := res.RowsAffected(); n == 1 {
			return nil
		}
		var state string
		var token *string
		err = tx.QueryRow(ctx, `SELECT state, claim_token FROM transfers WHERE id = $1`, t.ID).Scan(&state, &token)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			return comity.Errorf(comity.ENOTFOUND, "transfer %s not found", t.ID)
		case err != nil:
			return fmt.Errorf("claim transfer: %w", err)
		case state != string(comity.TransferPending):
			return comity.Errorf(comity.ECONFLICT, "transfer %s is already %s", t.ID, state)
		}
		return comity.Errorf(comity.ECONFLICT, "transfer %s is being decided by another request", t.ID)
	})
}

// DecideTransfer implements comity.TransferStore.
func (s *TransferStore) DecideTransfer(ctx context.Context, id, token string) (*comity.Transfer, error) {
	var t comity.Transfer
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		var body string
		err := tx.QueryRow(ctx, `SELECT claim_body FROM transfers WHERE id = $1 AND claim_token = $2`, id, token).Scan(&body)
		if errors.Is(err, pgx.ErrNoRows) {
			return comity.Errorf(comity.ECONFLICT, "transfer %s: claim %s is not held", id, token)
		} else if err != nil {
			return fmt.Errorf("decide transfer: %w", err)
		}
		if err := json.Unmarshal([]byte(body), &t); err != nil {
			return fmt.Errorf("decide transfer %s: %w", id, err)
		}
		_, err = tx.Exec(ctx, `UPDATE transfers SET state = $1, body = claim_body, updated_at = $2,
			claim_token = NULL, claim = NULL, claim_body = NULL WHERE id = $3`, string(t.State), t.UpdatedAt.UnixNano(), id)
		if err != nil {
			return fmt.Errorf("decide transfer: %w", err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// ReleaseTransfer implements comity.TransferStore.
func (s *TransferStore) ReleaseTransfer(ctx context.Context, id, token string) error {
	res, err := s.db.pool.Exec(ctx, `UPDATE transfers SET claim_token = NULL, claim = NULL, claim_body = NULL
		WHERE id = $1 AND claim_token = $2`, id, token)
	if err != nil {
		return fmt.Errorf("release transfer: %w", err)
	}
	if n := res.RowsAffected(); n == 0 {
		return comity.Errorf(comity.ECONFLICT, "transfer %s: claim %s is not held", id, token)
	}
	return nil
}

// ClaimedTransfers implements comity.TransferStore.
func (s *TransferStore) ClaimedTransfers(ctx context.Context) ([]*comity.ClaimedTransfer, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT claim, claim_body FROM transfers WHERE claim_token IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("claimed transfers: %w", err)
	}
	defer rows.Close()
	var out []*comity.ClaimedTransfer
	for rows.Next() {
		var claim, body string
		if err := rows.Scan(&claim, &body); err != nil {
			return nil, fmt.Errorf("claimed transfers: %w", err)
		}
		c := &comity.ClaimedTransfer{Transfer: new(comity.Transfer)}
		if err := json.Unmarshal([]byte(claim), &c.Claim); err != nil {
			return nil, fmt.Errorf("claimed transfers: %w", err)
		}
		if err := json.Unmarshal([]byte(body), c.Transfer); err != nil {
			return nil, fmt.Errorf("claimed transfers: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
