package postgres

import (
	"context"
	"encoding/json"
	"fmt"
	"github.com/jackc/pgx/v5"

	"github.com/comity-project/comity"
)

// Notices keeps the notices sent to the state's data-protection
// authority, for the console and the API.
type Notices struct{ db *DB }

// Notices returns the database's notices.
func (db *DB) Notices() *Notices { return &Notices{db: db} }

// AddNotice stores n; it is durable once AddNotice returns.
func (s *Notices) AddNotice(ctx context.Context, n *comity.Notice) error {
	body, err := json.Marshal(n)
	if err != nil {
		return err
	}
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO notices (at, body) VALUES ($1, $2)`, n.Time.UnixNano(), string(body))
		if err != nil {
			return fmt.Errorf("keep notice: %w", err)
		}
		return nil
	})
}

// ListNotices returns up to limit notices (1..1000, else 100), newest first.
func (s *Notices) ListNotices(ctx context.Context, limit int) ([]*comity.Notice, error) {
	if limit <= 0 || limit > 1000 {
		limit = 100
	}
	rows, err := s.db.pool.Query(ctx, `SELECT body FROM notices ORDER BY seq DESC LIMIT $1`, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []*comity.Notice{}
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var n comity.Notice
		if err := json.Unmarshal([]byte(body), &n); err != nil {
			return nil, fmt.Errorf("notice: %w", err)
		}
		out = append(out, &n)
	}
	return out, rows.Err()
}
