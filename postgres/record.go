package postgres

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/jackc/pgx/v5"
)

// RecordStore implements comity.RecordStore on PostgreSQL.
type RecordStore struct{ db *DB }

var _ comity.RecordStore = (*RecordStore)(nil)

// Records returns the database's record store.
func (db *DB) Records() *RecordStore { return &RecordStore{db: db} }

const recordColumns = `id, home, controller, category, subjects, fields, version, created_at, updated_at, deleted, classification, kinds`

// CreateRecord implements comity.RecordStore, in one statement.
func (s *RecordStore) CreateRecord(ctx context.Context, r *comity.Record) error {
	q, args, err := insertQuery(r)
	if err != nil {
		return err
	}
	var created bool
	if err := s.db.pool.QueryRow(ctx, q, args...).Scan(&created); err != nil {
		return fmt.Errorf("insert record: %w", err)
	}
	if !created {
		return comity.Errorf(comity.ECONFLICT, "record %s already exists", r.ID)
	}
	r.Version, r.CreatedAt, r.UpdatedAt = 1, time.Unix(0, args[6].(int64)).UTC(), time.Unix(0, args[6].(int64)).UTC()
	return nil
}

// GetRecord implements comity.RecordStore.
func (s *RecordStore) GetRecord(ctx context.Context, id string) (*comity.Record, error) {
	r, err := scanRecord(s.db.pool.QueryRow(ctx, `SELECT `+recordColumns+` FROM records WHERE id = $1 AND NOT deleted`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "record %s not found", id)
	}
	return r, err
}

// QueryRecords implements comity.RecordStore. Pages are ordered by id; the
// cursor is the last id of the previous page, as in package sqlite, so a
// cursor stays valid when a node moves between the two.
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
	arg := func(cond string, v any) {
		args = append(args, v)
		where = append(where, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	if f.Cursor != "" {
		after, err := base64.RawURLEncoding.DecodeString(f.Cursor)
		if err != nil || len(after) == 0 {
			return nil, "", comity.Errorf(comity.EINVALID, "malformed cursor")
		}
		// COLLATE "C": the byte order SQLite uses, whatever the
		// database's collation, so that pages never overlap or skip.
		arg(`id COLLATE "C" > ?`, string(after))
	}
	if f.Controller != "" {
		arg("controller = ?", f.Controller)
	}
	if f.Category != "" {
		arg("category = ?", string(f.Category))
	}
	if f.Subject != "" {
		arg("id IN (SELECT record_id FROM record_subjects WHERE subject = ?)", f.Subject)
	}
	if !f.UpdatedSince.IsZero() {
		arg("updated_at >= ?", f.UpdatedSince.UnixNano())
	}
	if !f.IncludeDeleted {
		where = append(where, "NOT deleted")
	}
	q := `SELECT ` + recordColumns + ` FROM records`
	if len(where) > 0 {
		q += " WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, limit+1)
	q += ` ORDER BY id COLLATE "C" LIMIT $` + strconv.Itoa(len(args))

	rows, err := s.db.pool.Query(ctx, q, args...)
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		var version int64
		var deleted bool
		err := tx.QueryRow(ctx, `SELECT version, deleted FROM records WHERE id = $1 FOR UPDATE`, r.ID).Scan(&version, &deleted)
		if errors.Is(err, pgx.ErrNoRows) || err == nil && deleted {
			return comity.Errorf(comity.ENOTFOUND, "record %s not found", r.ID)
		} else if err != nil {
			return err
		}
		if r.Version != 0 && r.Version != version {
			return comity.Errorf(comity.ECONFLICT, "record %s is at version %d, not %d", r.ID, version, r.Version)
		}
		r.Version = version
		q, args, err := updateQuery(r)
		if err != nil {
			return err
		}
		var v int64
		err = tx.QueryRow(ctx, q, args...).Scan(&v)
		if errors.Is(err, pgx.ErrNoRows) {
			return nil // nothing changed
		} else if err != nil {
			return fmt.Errorf("update record: %w", err)
		}
		r.Version, r.UpdatedAt = v, time.Unix(0, args[5].(int64)).UTC()
		return nil
	})
}

// DeleteRecord implements comity.RecordStore: content and subjects go, a
// tombstone with the id, controller and a new version stays.
func (s *RecordStore) DeleteRecord(ctx context.Context, id string) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `UPDATE records SET deleted = true, fields = NULL, subjects = '[]',
			version = version + 1, updated_at = $1 WHERE id = $2 AND NOT deleted`, comity.Now().UnixNano(), id)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return comity.Errorf(comity.ENOTFOUND, "record %s not found", id)
		}
		_, err = tx.Exec(ctx, `DELETE FROM record_subjects WHERE record_id = $1`, id)
		return err
	})
}

func controllers(rs []*comity.Record) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.Controller
	}
	return out
}

// insertQuery is one statement that inserts r at version 1, with its
// subjects, unless its id exists, and returns whether it did. Its args[6]
// is the creation time.
func insertQuery(r *comity.Record) (string, []any, error) {
	fields, subjects, err := encode(r)
	if err != nil {
		return "", nil, err
	}
	refs := r.Subjects
	if refs == nil {
		refs = []string{}
	}
	return `WITH ins AS (INSERT INTO records (` + recordColumns + `) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $7, false, $8, $10)
			ON CONFLICT (id) DO NOTHING RETURNING id),
		subj AS (INSERT INTO record_subjects (subject, record_id) SELECT DISTINCT unnest($9::text[]), id FROM ins)
		SELECT EXISTS (SELECT 1 FROM ins)`,
		[]any{r.ID, string(r.Home), r.Controller, string(r.Category), subjects, fields, comity.Now().UnixNano(), classification(r), refs, kindsJSON(r)}, nil
}

// updateQuery is one statement that writes r's controller, category,
// subjects and fields if they differ from what is stored and the record is
// live, and returns the new version (no row if nothing changed). Subject
// rows that go and those that come are disjoint, so one statement can
// delete the one and insert the other.
func updateQuery(r *comity.Record) (string, []any, error) {
	fields, subjects, err := encode(r)
	if err != nil {
		return "", nil, err
	}
	refs := r.Subjects
	if refs == nil {
		refs = []string{}
	}
	return `WITH u AS (UPDATE records SET controller = $1, category = $2, subjects = $3, fields = $4,
			classification = $5, kinds = $9, version = version + 1, updated_at = $6
			WHERE id = $7 AND NOT deleted AND (controller != $1 OR category != $2 OR subjects != $3 OR fields IS DISTINCT FROM $4 OR kinds != $9)
			RETURNING id, version),
		gone AS (DELETE FROM record_subjects WHERE record_id IN (SELECT id FROM u) AND NOT (subject = ANY ($8::text[]))),
		came AS (INSERT INTO record_subjects (subject, record_id) SELECT DISTINCT unnest($8::text[]), id FROM u
			ON CONFLICT DO NOTHING)
		SELECT version FROM u`,
		[]any{r.Controller, string(r.Category), subjects, fields, classification(r), comity.Now().UnixNano(), r.ID, refs, kindsJSON(r)}, nil
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
func classification(r *comity.Record) *string {
	if r.Classification == nil {
		return nil
	}
	s := string(r.Classification.AppendJSON(nil))
	return &s
}

// kindsJSON returns r's data kinds as a JSON array.
func kindsJSON(r *comity.Record) string {
	if len(r.Kinds) == 0 {
		return "[]"
	}
	return string(comity.AppendJSONStrings(nil, r.Kinds))
}

func scanRecord(row pgx.Row) (*comity.Record, error) {
	var (
		r                comity.Record
		home, cat, subj  string
		fields           []byte
		created, updated int64
		class            *string
		kinds            string
	)
	if err := row.Scan(&r.ID, &home, &r.Controller, &cat, &subj, &fields, &r.Version, &created, &updated, &r.Deleted, &class, &kinds); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(kinds), &r.Kinds); err != nil {
		return nil, fmt.Errorf("scan record %s kinds: %w", r.ID, err)
	}
	if len(r.Kinds) == 0 {
		r.Kinds = nil
	}
	if class != nil {
		r.Classification = new(comity.Classification)
		if err := json.Unmarshal([]byte(*class), r.Classification); err != nil {
			return nil, fmt.Errorf("scan record %s classification: %w", r.ID, err)
		}
	}
	r.Home, r.Category = comity.Jurisdiction(home), comity.Category(cat)
	if len(fields) > 0 {
		r.Fields = json.RawMessage(fields)
	}
	if err := json.Unmarshal([]byte(subj), &r.Subjects); err != nil {
		return nil, fmt.Errorf("scan record %s subjects: %w", r.ID, err)
	}
	if len(r.Subjects) == 0 {
		r.Subjects = nil
	}
	r.CreatedAt, r.UpdatedAt = time.Unix(0, created).UTC(), time.Unix(0, updated).UTC()
	return &r, nil
}

// Controls implements comity.RecordStore.
func (s *RecordStore) Controls(ctx context.Context, controller, subject string) (bool, error) {
	var one int
	err := s.db.pool.QueryRow(ctx, `SELECT 1 FROM record_subjects rs JOIN records r ON r.id = rs.record_id
		WHERE rs.subject = $1 AND r.controller = $2 AND NOT r.deleted LIMIT 1`, subject, controller).Scan(&one)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}
