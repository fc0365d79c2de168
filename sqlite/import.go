package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/comity-project/comity"
)

// Bulk imports write many rows per statement: one statement per record
// spent more CPU in database/sql and the driver (binding, stepping,
// resetting) than in SQLite's B-tree. The sizes keep a statement's
// parameters well under SQLite's oldest limit (999).
const (
	importRows  = 64  // records per INSERT (10 parameters each)
	subjectRows = 256 // subject rows per INSERT (2 parameters each)
)

// ImportRecords implements comity.RecordStore in one transaction. A
// tombstoned id is left deleted: an old import file does not resurrect it.
// Records are inserted importRows at a time; those whose id existed are
// then updated one by one, in the batch's order.
func (s *RecordStore) ImportRecords(ctx context.Context, rs []*comity.Record) (comity.ImportResult, error) {
	// Columns are encoded before the transaction: the writer is one
	// connection, and what it does not have to do, a concurrent import's
	// encoding or another request, does alongside.
	rows := make([]importRow, len(rs))
	for i, r := range rs {
		fields, subjects, err := encode(r)
		if err != nil {
			return comity.ImportResult{}, err
		}
		rows[i] = importRow{fields: fields, subjects: subjects, class: classification(r), kinds: kindsJSON(r)}
	}
	var res comity.ImportResult
	err := s.db.inTx(ctx, func(sqlTx *sql.Tx) error {
		res = comity.ImportResult{}
		tx := &txStmts{tx: sqlTx}
		for start := 0; start < len(rs); start += importRows {
			end := min(len(rs), start+importRows)
			chunk := rs[start:end]
			created, err := insertRecords(ctx, tx, chunk, rows[start:end])
			if err != nil {
				return err
			}
			for i, r := range chunk {
				if created[i] {
					res.Created++
					continue
				}
				// An import may update its own records only: an id that
				// another organisation controls refuses the whole batch
				// (it would otherwise change hands).
				var owner string
				if err := sqlTx.QueryRowContext(ctx, `SELECT controller FROM records WHERE id = ?`, r.ID).Scan(&owner); err != nil {
					return fmt.Errorf("import: controller of %s: %w", r.ID, err)
				}
				if owner != r.Controller {
					return comity.Errorf(comity.EFORBIDDEN, "record %s is controlled by another organisation: the import stores nothing", r.ID)
				}
				changed, err := updateRecord(ctx, tx, r, true)
				if err != nil {
					return err
				}
				if changed {
					res.Updated++
				} else {
					res.Unchanged++
				}
			}
		}
		return nil
	})
	return res, err
}

// importRow is a record's encoded columns.
type importRow struct {
	fields          []byte
	subjects, kinds string
	class           any // string or nil
}

// insertRecords inserts, in one statement, each record of rs (encoded as
// rows) whose id does not exist yet, at version 1, with its subjects, and
// reports which it inserted. Of two records of rs with one new id, the
// first is inserted (and the caller updates it with the second, as one
// statement per record did).
func insertRecords(ctx context.Context, tx *txStmts, rs []*comity.Record, rows []importRow) ([]bool, error) {
	now := comity.Now()
	args := make([]any, 0, 10*len(rs))
	for i, r := range rs {
		row := &rows[i]
		args = append(args, r.ID, string(r.Home), r.Controller, string(r.Category), row.subjects, row.fields,
			now.UnixNano(), now.UnixNano(), row.class, row.kinds)
	}
	ids, err := tx.QueryContext(ctx, `INSERT INTO records (`+recordColumns+`) VALUES `+
		repeatJoin(`(?, ?, ?, ?, ?, ?, 1, ?, ?, 0, ?, ?)`, len(rs))+` ON CONFLICT (id) DO NOTHING RETURNING id`, args...)
	if err != nil {
		return nil, fmt.Errorf("insert records: %w", err)
	}
	inserted := map[string]bool{}
	for ids.Next() {
		var id string
		if err := ids.Scan(&id); err != nil {
			ids.Close()
			return nil, fmt.Errorf("insert records: %w", err)
		}
		inserted[id] = true
	}
	if err := ids.Close(); err != nil {
		return nil, fmt.Errorf("insert records: %w", err)
	}
	if err := ids.Err(); err != nil {
		return nil, fmt.Errorf("insert records: %w", err)
	}
	created := make([]bool, len(rs))
	var subjects []any
	for i, r := range rs {
		if !inserted[r.ID] {
			continue
		}
		delete(inserted, r.ID) // a later record with this id is an update
		created[i] = true
		r.Version, r.CreatedAt, r.UpdatedAt = 1, now, now
		for _, s := range r.Subjects {
			subjects = append(subjects, s, r.ID)
		}
	}
	for len(subjects) > 0 {
		n := min(len(subjects)/2, subjectRows)
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO record_subjects (subject, record_id) VALUES `+
			repeatJoin(`(?, ?)`, n), subjects[:2*n]...); err != nil {
			return nil, fmt.Errorf("insert subjects: %w", err)
		}
		subjects = subjects[2*n:]
	}
	return created, nil
}

// repeatJoin is n copies of s joined by commas.
func repeatJoin(s string, n int) string {
	return strings.Repeat(s+", ", n-1) + s
}
