package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
	"github.com/jackc/pgx/v5"
)

// ImportRecords implements comity.RecordStore in one transaction. A
// tombstoned id is left deleted: an old import file does not resurrect it.
// The records are copied (COPY) into a temporary table and inserted from
// it by one statement; those whose id existed are then updated in one
// pipelined batch. One INSERT per record, even pipelined, cost the
// database a statement each.
func (s *RecordStore) ImportRecords(ctx context.Context, rs []*comity.Record) (comity.ImportResult, error) {
	var res comity.ImportResult
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		res = comity.ImportResult{}
		created, now, err := copyRecords(ctx, tx, rs)
		if err != nil {
			return err
		}
		var existing []*comity.Record
		for i, r := range rs {
			if created[i] {
				res.Created++
				r.Version, r.CreatedAt, r.UpdatedAt = 1, time.Unix(0, now).UTC(), time.Unix(0, now).UTC()
			} else {
				existing = append(existing, r)
			}
		}
		if len(existing) == 0 {
			return nil
		}
		return s.updateExisting(ctx, tx, existing, &res)
	})
	return res, err
}

// copyRecords inserts each record of rs whose id does not exist yet, at
// version 1 and with its subjects, and reports which it inserted and at
// what time. Of two records of rs with one new id, the first is inserted
// (the caller updates it with the second, as one statement per record
// did): the temporary table keeps the batch's order and the insert reads
// it in that order.
func copyRecords(ctx context.Context, tx pgx.Tx, rs []*comity.Record) ([]bool, int64, error) {
	// Statements on the temporary table are not cached as prepared: the
	// table is a new one in every transaction.
	const uncached = pgx.QueryExecModeExec
	if _, err := tx.Exec(ctx, `CREATE TEMPORARY TABLE import_records (seq INTEGER, id TEXT, home TEXT, controller TEXT,
		category TEXT, subjects TEXT, fields BYTEA, classification TEXT, kinds TEXT, refs TEXT[]) ON COMMIT DROP`, uncached); err != nil {
		return nil, 0, fmt.Errorf("import: %w", err)
	}
	rows := make([][]any, len(rs))
	for i, r := range rs {
		fields, subjects, err := encode(r)
		if err != nil {
			return nil, 0, err
		}
		refs := r.Subjects
		if refs == nil {
			refs = []string{}
		}
		rows[i] = []any{int32(i), r.ID, string(r.Home), r.Controller, string(r.Category), subjects, fields, classification(r), kindsJSON(r), refs}
	}
	if _, err := tx.CopyFrom(ctx, pgx.Identifier{"import_records"},
		[]string{"seq", "id", "home", "controller", "category", "subjects", "fields", "classification", "kinds", "refs"},
		pgx.CopyFromRows(rows)); err != nil {
		return nil, 0, fmt.Errorf("import: copy: %w", err)
	}
	now := comity.Now().UnixNano()
	ids, err := tx.Query(ctx, `INSERT INTO records (`+recordColumns+`)
		SELECT id, home, controller, category, subjects, fields, 1, $1, $1, false, classification, kinds
		FROM import_records ORDER BY seq ON CONFLICT (id) DO NOTHING RETURNING id`, uncached, now)
	if err != nil {
		return nil, 0, fmt.Errorf("insert records: %w", err)
	}
	inserted := map[string]bool{}
	for ids.Next() {
		var id string
		if err := ids.Scan(&id); err != nil {
			ids.Close()
			return nil, 0, fmt.Errorf("insert records: %w", err)
		}
		inserted[id] = true
	}
	if err := ids.Err(); err != nil {
		return nil, 0, fmt.Errorf("insert records: %w", err)
	}
	created := make([]bool, len(rs))
	var seqs []int32
	for i, r := range rs {
		if inserted[r.ID] {
			delete(inserted, r.ID) // a later record with this id is an update
			created[i] = true
			seqs = append(seqs, int32(i))
		}
	}
	if len(seqs) > 0 {
		if _, err := tx.Exec(ctx, `INSERT INTO record_subjects (subject, record_id)
			SELECT DISTINCT unnest(refs), id FROM import_records WHERE seq = ANY($1)`, uncached, seqs); err != nil {
			return nil, 0, fmt.Errorf("insert subjects: %w", err)
		}
	}
	return created, now, nil
}

// updateExisting updates the records of an import whose ids existed, in
// one pipelined batch, counting them in res.
func (s *RecordStore) updateExisting(ctx context.Context, tx pgx.Tx, existing []*comity.Record, res *comity.ImportResult) error {
	// An import may update its own records only: an id that another
	// organisation controls refuses the whole batch (it would otherwise
	// change hands).
	ids := make([]string, len(existing))
	for i, r := range existing {
		ids[i] = r.ID
	}
	var other string
	err := tx.QueryRow(ctx, `SELECT r.id FROM records r JOIN unnest($1::text[], $2::text[]) AS u (id, controller)
		ON r.id = u.id WHERE r.controller != u.controller LIMIT 1`, ids, controllers(existing)).Scan(&other)
	if err == nil {
		return comity.Errorf(comity.EFORBIDDEN, "record %s is controlled by another organisation: the import stores nothing", other)
	} else if !errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("import: controllers: %w", err)
	}
	var updates pgx.Batch
	for _, r := range existing {
		q, args, err := updateQuery(r)
		if err != nil {
			return err
		}
		updates.Queue(q, args...)
	}
	br := tx.SendBatch(ctx, &updates)
	defer br.Close()
	for _, r := range existing {
		var version int64
		err := br.QueryRow().Scan(&version)
		switch {
		case errors.Is(err, pgx.ErrNoRows):
			res.Unchanged++
		case err != nil:
			return fmt.Errorf("update record %s: %w", r.ID, err)
		default:
			res.Updated++
			r.Version = version
		}
	}
	return br.Close()
}
