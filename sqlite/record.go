package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/comity-project/comity"
)

// RecordStore implements comity.RecordStore on SQLite.
type RecordStore struct{ db *DB }

var _ comity.RecordStore = (*RecordStore)(nil)

// Records returns the database's record store.
func (db *DB) Records() *RecordStore { return &RecordStore{db: db} }

const recordColumns = `id, home, controller, category, subjects, fields, version, created_at, updated_at, deleted, classification, kinds`

// CreateRecord implements comity.RecordStore.
func (s *RecordStore) CreateRecord(ctx context.Context, r *comity.Record) error {
	return s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		created, err := insertRecord(ctx, tx, r)
		if err == nil && !created {
			err = comity.Errorf(comity.ECONFLICT, "record %s already exists", r.ID)
		}
		return err
	})
}

// GetRecord implements comity.RecordStore.
func (s *RecordStore) GetRecord(ctx context.Context, id string) (*comity.Record, error) {
	st, err := s.db.readStmt(ctx, `SELECT `+recordColumns+` FROM records WHERE id = ? AND deleted = 0`)
	if err != nil {
		return nil, fmt.Errorf("get record: %w", err)
	}
	// A lookup by primary key ends in microseconds, so it runs on a context
	// that cannot be cancelled: with a cancellable one, database/sql and the
	// driver each start a goroutine per query only to watch for the
	// cancellation (two per gated read). A read whose context has ended
	// (waiting for a reader, say) still fails with its context's error.
	lookup := context.WithoutCancel(ctx)
	var r *comity.Record
	s.db.reads.run(ctx, func() {
		if err = ctx.Err(); err == nil {
			r, err = scanRecord(st.QueryRowContext(lookup, id))
		}
	})
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "record %s not found", id)
	}
	return r, err
}

// QueryRecords implements comity.RecordStore. Pages are ordered by id; the
// cursor is the last id of the previous page.
func (s *RecordStore) QueryRecords(ctx context.Context, f comity.RecordFilter) ([]*comity.Record, string, error) {
	limit := f.Limit
	if limit == 0 {
		limit = 100
	} else if limit < 0 || limit > 1000 {
		return nil, "", comity.Errorf(comity.EINVALID, "limit %d: want 1 to 1000", f.Limit)
	}
	var (
		where []string
		args  []any
	)
	if f.Cursor != "" {
		after, err := base64.RawURLEncoding.DecodeString(f.Cursor)
		if err != nil || len(after) == 0 {
			return nil, "", comity.Errorf(comity.EINVALID, "malformed cursor")
		}
		where, args = append(where, "id > ?"), append(args, string(after))
	}
	if f.Controller != "" {
		where, args = append(where, "controller = ?"), append(args, f.Controller)
	}
	if f.Category != "" {
		where, args = append(where, "category = ?"), append(args, string(f.Category))
	}
	if f.Subject != "" {
		where, args = append(where, "id IN (SELECT record_id FROM record_subjects WHERE subject = ?)"), append(args, f.Subject)
	}
	if !f.UpdatedSince.IsZero() {
		where, args = append(where, "updated_at >= ?"), append(args, f.UpdatedSince.UnixNano())
	}
	if !f.IncludeDeleted {
		where = append(where, "deleted = 0")
	}
	q := `SELECT ` + recordColumns + ` FROM records`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	q += " ORDER BY id LIMIT ?"
	args = append(args, limit+1)

	rows, err := s.db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, "", fmt.Errorf("query records: %w", err)
	}
	defer rows.Close()
	var out []*comity.Record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, "", err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, "", fmt.Errorf("query records: %w", err)
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = base64.RawURLEncoding.EncodeToString([]byte(out[limit-1].ID))
	}
	return out, next, nil
}

// UpdateRecord implements comity.RecordStore.
func (s *RecordStore) UpdateRecord(ctx context.Context, r *comity.Record) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		var version int64
		var deleted bool
		err := tx.QueryRowContext(ctx, `SELECT version, deleted FROM records WHERE id = ?`, r.ID).Scan(&version, &deleted)
		if errors.Is(err, sql.ErrNoRows) || deleted {
			return comity.Errorf(comity.ENOTFOUND, "record %s not found", r.ID)
		} else if err != nil {
			return err
		}
		if r.Version != 0 && r.Version != version {
			return comity.Errorf(comity.ECONFLICT, "record %s is at version %d, not %d", r.ID, version, r.Version)
		}
		r.Version = version
		_, err = updateRecord(ctx, tx, r, false)
		return err
	})
}

// DeleteRecord implements comity.RecordStore: content and subjects go, a
// tombstone with the id, controller and a new version stays.
func (s *RecordStore) DeleteRecord(ctx context.Context, id string) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE records SET deleted = 1, fields = NULL, subjects = '[]',
			version = version + 1, updated_at = ? WHERE id = ? AND deleted = 0`, comity.Now().UnixNano(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ENOTFOUND, "record %s not found", id)
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM record_subjects WHERE record_id = ?`, id)
		return err
	})
}

// insertRecord inserts r at version 1 unless its id exists, and reports
// whether it did.
func insertRecord(ctx context.Context, tx execer, r *comity.Record) (bool, error) {
	fields, subjects, err := encode(r)
	if err != nil {
		return false, err
	}
	now := comity.Now()
	res, err := tx.ExecContext(ctx, `INSERT INTO records (`+recordColumns+`) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, 0, ?, ?)
		ON CONFLICT (id) DO NOTHING`, r.ID, string(r.Home), r.Controller, string(r.Category), subjects, fields,
		now.UnixNano(), now.UnixNano(), classification(r), kindsJSON(r))
	if err != nil {
		return false, fmt.Errorf("insert record: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	if err := insertSubjects(ctx, tx, r.ID, r.Subjects); err != nil {
		return false, err
	}
	r.Version, r.CreatedAt, r.UpdatedAt = 1, now, now
	return true, nil
}

// updateRecord writes r's controller, category, subjects and fields if they
// differ from what is stored, and reports whether anything changed. With
// onlyLive, tombstones are not touched.
func updateRecord(ctx context.Context, tx execer, r *comity.Record, onlyLive bool) (bool, error) {
	fields, subjects, err := encode(r)
	if err != nil {
		return false, err
	}
	now := comity.Now()
	res, err := tx.ExecContext(ctx, `UPDATE records SET controller = ?, category = ?, subjects = ?, fields = ?,
		classification = ?, kinds = ?, version = version + 1, updated_at = ?
		WHERE id = ? AND deleted = 0 AND (controller != ? OR category != ? OR subjects != ? OR fields IS NOT ? OR kinds != ?)`,
		r.Controller, string(r.Category), subjects, fields, classification(r), kindsJSON(r), now.UnixNano(),
		r.ID, r.Controller, string(r.Category), subjects, fields, kindsJSON(r))
	if err != nil {
		return false, fmt.Errorf("update record: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM record_subjects WHERE record_id = ?`, r.ID); err != nil {
		return false, err
	}
	if err := insertSubjects(ctx, tx, r.ID, r.Subjects); err != nil {
		return false, err
	}
	r.Version++
	r.UpdatedAt = now
	return true, nil
}

func insertSubjects(ctx context.Context, tx execer, id string, subjects []string) error {
	for _, s := range subjects {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO record_subjects (subject, record_id) VALUES (?, ?)`, s, id); err != nil {
			return fmt.Errorf("insert subject: %w", err)
		}
	}
	return nil
}

// encode returns r's fields as compact JSON, so that equal content compares
// equal byte for byte, and its subjects as a JSON array.
func encode(r *comity.Record) ([]byte, string, error) {
	var buf bytes.Buffer
	if err := json.Compact(&buf, r.Fields); err != nil {
		return nil, "", comity.Errorf(comity.EINVALID, "record %s fields are not valid JSON", r.ID)
	}
	return buf.Bytes(), string(comity.AppendJSONStrings(nil, r.Subjects)), nil
}

// classification returns r's classification as JSON, or NULL.
func classification(r *comity.Record) any {
	if r.Classification == nil {
		return nil
	}
	return string(r.Classification.AppendJSON(nil))
}

// kindsJSON returns r's data kinds as a JSON array.
func kindsJSON(r *comity.Record) string {
	if len(r.Kinds) == 0 {
		return "[]"
	}
	return string(comity.AppendJSONStrings(nil, r.Kinds))
}

type scanner interface{ Scan(...any) error }

func scanRecord(row scanner) (*comity.Record, error) {
	var (
		r                comity.Record
		home, cat, subj  string
		fields           []byte
		created, updated int64
		class            sql.NullString
		kinds            string
	)
	if err := row.Scan(&r.ID, &home, &r.Controller, &cat, &subj, &fields, &r.Version, &created, &updated, &r.Deleted, &class, &kinds); err != nil {
		return nil, err
	}
	if err := decodeStrings(kinds, &r.Kinds); err != nil {
		return nil, fmt.Errorf("scan record %s kinds: %w", r.ID, err)
	}
	if len(r.Kinds) == 0 {
		r.Kinds = nil
	}
	if class.Valid {
		r.Classification = new(comity.Classification)
		if err := json.Unmarshal([]byte(class.String), r.Classification); err != nil {
			return nil, fmt.Errorf("scan record %s classification: %w", r.ID, err)
		}
	}
	r.Home, r.Category = comity.Jurisdiction(home), comity.Category(cat)
	if len(fields) > 0 {
		r.Fields = json.RawMessage(fields)
	}
	if err := decodeStrings(subj, &r.Subjects); err != nil {
		return nil, fmt.Errorf("scan record %s subjects: %w", r.ID, err)
	}
	if len(r.Subjects) == 0 {
		r.Subjects = nil
	}
	r.CreatedAt, r.UpdatedAt = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	return &r, nil
}

// inTx runs fn in a write transaction, committing if it returns nil. A
// write the disk refuses is EUNAVAILABLE (see unavailable).
func (db *DB) inTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return db.unavailable(fmt.Errorf("begin: %w", err))
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return db.unavailable(err)
	}
	if err := tx.Commit(); err != nil {
		return db.unavailable(fmt.Errorf("commit: %w", err))
	}
	return nil
}
