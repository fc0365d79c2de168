package postgres

import "context"

// Sleep runs pg_sleep: tests of the statement timeout.
func (db *DB) Sleep(ctx context.Context, seconds float64) error {
	_, err := db.pool.Exec(ctx, `SELECT pg_sleep($1)`, seconds)
	return err
}
