package sqlite

import (
	"context"
	"database/sql"
	"errors"
)

// Controls implements comity.RecordStore.
func (s *RecordStore) Controls(ctx context.Context, controller, subject string) (bool, error) {
	var one int
	err := s.db.read.QueryRowContext(ctx, `SELECT 1 FROM record_subjects rs JOIN records r ON r.id = rs.record_id
		WHERE rs.subject = ? AND r.controller = ? AND r.deleted = 0 LIMIT 1`, subject, controller).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
