package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/release"
)

// VendorStore keeps vendor keys and releases. It implements release.Store.
type VendorStore struct{ db *DB }

var _ release.Store = (*VendorStore)(nil)

// Vendors returns the database's vendor key and release store.
func (db *DB) Vendors() *VendorStore { return &VendorStore{db: db} }

// AddKey implements release.Store.
func (s *VendorStore) AddKey(ctx context.Context, k *release.KeyRecord) error {
	body, err := json.Marshal(k)
	if err != nil {
		return err
	}
	err = s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO vendor_keys (keyid, seq, body) VALUES (?, ?, ?)`,
			k.KeyID, comity.Now().UnixNano(), string(body))
		return err
	})
	if isUnique(err) {
		return comity.Errorf(comity.ECONFLICT, "key %s is registered already", k.KeyID)
	}
	return err
}

// UpdateKey implements release.Store.
func (s *VendorStore) UpdateKey(ctx context.Context, k *release.KeyRecord) error {
	body, err := json.Marshal(k)
	if err != nil {
		return err
	}
	return s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE vendor_keys SET body = ? WHERE keyid = ?`, string(body), k.KeyID)
		return err
	})
}

// Key implements release.Store.
func (s *VendorStore) Key(ctx context.Context, keyID string) (*release.KeyRecord, error) {
	var body string
	err := s.db.read.QueryRowContext(ctx, `SELECT body FROM vendor_keys WHERE keyid = ?`, keyID).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no key %s", keyID)
	} else if err != nil {
		return nil, err
	}
	var k release.KeyRecord
	return &k, json.Unmarshal([]byte(body), &k)
}

// Keys implements release.Store.
func (s *VendorStore) Keys(ctx context.Context) ([]*release.KeyRecord, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT body FROM vendor_keys ORDER BY seq`)
	if err != nil {
		return nil, err
	}
	return scanJSON[release.KeyRecord](rows)
}

// ReserveRelease implements release.Store.
func (s *VendorStore) ReserveRelease(ctx context.Context, r *release.Record) (*release.Record, bool, error) {
	body, err := json.Marshal(r)
	if err != nil {
		return nil, false, err
	}
	err = s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO vendor_releases (product, version, seq, body) VALUES (?, ?, ?, ?)`,
			r.Product, r.Version, comity.Now().UnixNano(), string(body))
		return err
	})
	if isUnique(err) {
		old, err := s.Release(ctx, r.Product, r.Version)
		return old, false, err
	}
	return nil, err == nil, err
}

// UpdateRelease implements release.Store.
func (s *VendorStore) UpdateRelease(ctx context.Context, r *release.Record) error {
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	return s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE vendor_releases SET body = ? WHERE product = ? AND version = ?`,
			string(body), r.Product, r.Version)
		return err
	})
}

// DropRelease implements release.Store.
func (s *VendorStore) DropRelease(ctx context.Context, product, version string) error {
	return s.db.inGroupTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `DELETE FROM vendor_releases WHERE product = ? AND version = ?`, product, version)
		return err
	})
}

// Release implements release.Store.
func (s *VendorStore) Release(ctx context.Context, product, version string) (*release.Record, error) {
	var body string
	err := s.db.read.QueryRowContext(ctx, `SELECT body FROM vendor_releases WHERE product = ? AND version = ?`,
		product, version).Scan(&body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no release %s@%s", product, version)
	} else if err != nil {
		return nil, err
	}
	var r release.Record
	return &r, json.Unmarshal([]byte(body), &r)
}

// Releases implements release.Store.
func (s *VendorStore) Releases(ctx context.Context, product string) ([]*release.Record, error) {
	q, args := `SELECT body FROM vendor_releases ORDER BY seq`, []any{}
	if product != "" {
		q, args = `SELECT body FROM vendor_releases WHERE product = ? ORDER BY seq`, []any{product}
	}
	rows, err := s.db.read.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	all, err := scanJSON[release.Record](rows)
	var out []*release.Record
	for _, r := range all {
		if r.Logged {
			out = append(out, r)
		}
	}
	return out, err
}

func scanJSON[T any](rows *sql.Rows) ([]*T, error) {
	defer rows.Close()
	var out []*T
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		v := new(T)
		if err := json.Unmarshal([]byte(body), v); err != nil {
			return nil, fmt.Errorf("decode row: %w", err)
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// isUnique reports a primary-key or unique constraint violation.
func isUnique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}
