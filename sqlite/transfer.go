package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/comity-project/comity"
)

// TransferStore implements comity.TransferStore on SQLite.
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
	_, err = s.db.write.ExecContext(ctx, `INSERT INTO transfers (id, state, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`,
		t.ID, string(t.State), string(body), t.CreatedAt.UnixNano(), t.UpdatedAt.UnixNano())
	if err != nil {
		return fmt.Errorf("create transfer: %w", err)
	}
	return nil
}

// GetTransfer implements comity.TransferStore.
func (s *TransferStore) GetTransfer(ctx context.Context, id string) (*comity.Transfer, error) {
	var body string
	err := s.db.read.QueryRowContext(ctx, `SELECT body FROM transfers WHERE id = ?`, id).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
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
	rows, err := s.db.read.QueryContext(ctx, `SELECT body FROM transfers WHERE ? = '' OR state = ?
		ORDER BY created_at DESC LIMIT ?`, string(state), string(state), limit)
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

// DecideTransfer implements comity.TransferStore: the update applies only
// to a case that is still pending.
func (s *TransferStore) DecideTransfer(ctx context.Context, t *comity.Transfer) error {
	body, err := json.Marshal(t)
	if err != nil {
		return err
	}
	res, err := s.db.write.ExecContext(ctx, `UPDATE transfers SET state = ?, body = ?, updated_at = ? WHERE id = ? AND state = ?`,
		string(t.State), string(body), t.UpdatedAt.UnixNano(), t.ID, string(comity.TransferPending))
	if err != nil {
		return fmt.Errorf("decide transfer: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return comity.Errorf(comity.ECONFLICT, "transfer %s is no longer pending", t.ID)
	}
	return nil
}
