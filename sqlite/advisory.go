package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
)

// AdvisoryStore implements advisory.Store on SQLite.
type AdvisoryStore struct{ db *DB }

var _ advisory.Store = (*AdvisoryStore)(nil)

// Advisories returns the database's advisory, SBOM and notification store.
func (db *DB) Advisories() *AdvisoryStore { return &AdvisoryStore{db: db} }

const publicationColumns = `node, vendor, format, id, version, digest, published, updated, logged, log_index, receipt, document`

// SavePublication implements advisory.Store.
func (s *AdvisoryStore) SavePublication(ctx context.Context, p *advisory.Publication) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		receipt, err := json.Marshal(p.Receipt)
		if err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO advisory_publications (`+publicationColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.Node, p.Vendor, string(p.Format), p.ID, p.Version, p.Digest, p.Published, p.Updated, unixNano(p.Logged), int64(p.LogIndex), string(receipt), p.Document)
		if err != nil && strings.Contains(err.Error(), "UNIQUE") {
			return comity.Errorf(comity.ECONFLICT, "%s version %s is already published", p.ID, p.Version)
		}
		return err
	})
}

func scanPublication(sc interface{ Scan(...any) error }) (*advisory.Publication, error) {
	var p advisory.Publication
	var format, receipt string
	var logged, index int64
	if err := sc.Scan(&p.Node, &p.Vendor, &format, &p.ID, &p.Version, &p.Digest, &p.Published, &p.Updated, &logged, &index, &receipt, &p.Document); err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(receipt), &p.Receipt); err != nil {
		return nil, fmt.Errorf("decode publication receipt: %w", err)
	}
	p.Format, p.Logged, p.LogIndex = advisory.Format(format), time.Unix(0, logged).UTC(), uint64(index)
	return &p, nil
}

func (s *AdvisoryStore) onePublication(ctx context.Context, query string, args ...any) (*advisory.Publication, error) {
	p, err := scanPublication(s.db.read.QueryRowContext(ctx, `SELECT `+publicationColumns+` FROM advisory_publications `+query, args...))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no such advisory")
	}
	return p, err
}

// Publication implements advisory.Store.
func (s *AdvisoryStore) Publication(ctx context.Context, id, version string) (*advisory.Publication, error) {
	return s.onePublication(ctx, `WHERE id = ? AND version = ?`, id, version)
}

// LatestPublication implements advisory.Store.
func (s *AdvisoryStore) LatestPublication(ctx context.Context, id string) (*advisory.Publication, error) {
	return s.onePublication(ctx, `WHERE id = ? ORDER BY seq DESC LIMIT 1`, id)
}

// Publications implements advisory.Store.
func (s *AdvisoryStore) Publications(ctx context.Context) ([]*advisory.Publication, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT `+publicationColumns+` FROM advisory_publications ORDER BY seq`)
	if err != nil {
		return nil, fmt.Errorf("list advisories: %w", err)
	}
	defer rows.Close()
	var out []*advisory.Publication
	for rows.Next() {
		p, err := scanPublication(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SaveSBOM implements advisory.Store.
func (s *AdvisoryStore) SaveSBOM(ctx context.Context, owner, name string, data []byte, cs []advisory.Component, keys [][]string) (int64, error) {
	var id int64
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO sboms (owner, name, registered, document) VALUES (?, ?, ?, ?)`,
			owner, name, comity.Now().UnixNano(), data)
		if err != nil {
			return fmt.Errorf("save sbom: %w", err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		comp, err := tx.PrepareContext(ctx, `INSERT INTO sbom_components (sbom, ref, name, version, purl, cpe) VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer comp.Close()
		key, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO sbom_keys (key, component) VALUES (?, ?)`)
		if err != nil {
			return err
		}
		defer key.Close()
		for i, c := range cs {
			res, err := comp.ExecContext(ctx, id, c.Ref, c.Name, c.Version, c.PURL, c.CPE)
			if err != nil {
				return fmt.Errorf("save sbom component: %w", err)
			}
			cid, _ := res.LastInsertId()
			for _, k := range keys[i] {
				if _, err := key.ExecContext(ctx, k, cid); err != nil {
					return fmt.Errorf("index sbom component: %w", err)
				}
			}
		}
		return nil
	})
	return id, err
}

const registeredColumns = `c.sbom, s.owner, s.name, c.ref, c.name, c.version, c.purl, c.cpe`

func scanRegistered(rows *sql.Rows) ([]advisory.Registered, error) {
	defer rows.Close()
	var out []advisory.Registered
	for rows.Next() {
		var r advisory.Registered
		c := &r.Component
		if err := rows.Scan(&r.SBOM, &r.Owner, &r.SBOMName, &c.Ref, &c.Name, &c.Version, &c.PURL, &c.CPE); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// ComponentsByKey implements advisory.Store.
func (s *AdvisoryStore) ComponentsByKey(ctx context.Context, keys []string) ([]advisory.Registered, error) {
	if len(keys) == 0 {
		return nil, nil
	}
	args := make([]any, len(keys))
	for i, k := range keys {
		args[i] = k
	}
	rows, err := s.db.read.QueryContext(ctx, `SELECT `+registeredColumns+` FROM sbom_components c JOIN sboms s ON s.id = c.sbom
		WHERE c.id IN (SELECT component FROM sbom_keys WHERE key IN (?`+strings.Repeat(", ?", len(keys)-1)+`)) ORDER BY c.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("components by key: %w", err)
	}
	return scanRegistered(rows)
}

// Components implements advisory.Store.
func (s *AdvisoryStore) Components(ctx context.Context, sbom int64) ([]advisory.Registered, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT `+registeredColumns+` FROM sbom_components c JOIN sboms s ON s.id = c.sbom
		WHERE c.sbom = ? ORDER BY c.id`, sbom)
	if err != nil {
		return nil, fmt.Errorf("sbom components: %w", err)
	}
	return scanRegistered(rows)
}

// Fingerprint implements advisory.Store.
func (s *AdvisoryStore) Fingerprint(ctx context.Context, key string) (string, error) {
	var fp string
	err := s.db.read.QueryRowContext(ctx, `SELECT fingerprint FROM notification_state WHERE key = ?`, key).Scan(&fp)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return fp, err
}

// AddNotifications implements advisory.Store.
func (s *AdvisoryStore) AddNotifications(ctx context.Context, ns []*advisory.Notification, keys, fps []string) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		for i, n := range ns {
			body, err := json.Marshal(n)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO notifications (id, owner, created, body) VALUES (?, ?, ?, ?)`,
				n.ID, n.Owner, n.Created.UnixNano(), string(body)); err != nil {
				return fmt.Errorf("add notification: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO notification_state (key, fingerprint) VALUES (?, ?)
				ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint`, keys[i], fps[i]); err != nil {
				return fmt.Errorf("add notification: %w", err)
			}
		}
		return nil
	})
}

// MarkLogged implements advisory.Store.
func (s *AdvisoryStore) MarkLogged(ctx context.Context, ns []*advisory.Notification) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		for _, n := range ns {
			body, err := json.Marshal(n)
			if err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE notifications SET logged = 1, body = ? WHERE id = ?`, string(body), n.ID); err != nil {
				return fmt.Errorf("mark notification logged: %w", err)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO webhook_outbox (notification, url, secret, due)
				SELECT ?, url, secret, ? FROM webhooks WHERE owner = ?`, n.ID, comity.Now().UnixNano(), n.Owner); err != nil {
				return fmt.Errorf("queue notification: %w", err)
			}
		}
		return nil
	})
}

func (s *AdvisoryStore) notifications(ctx context.Context, query string, args ...any) ([]*advisory.Notification, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT body FROM notifications `+query, args...)
	if err != nil {
		return nil, fmt.Errorf("list notifications: %w", err)
	}
	defer rows.Close()
	var out []*advisory.Notification
	for rows.Next() {
		var body string
		if err := rows.Scan(&body); err != nil {
			return nil, err
		}
		var n advisory.Notification
		if err := json.Unmarshal([]byte(body), &n); err != nil {
			return nil, fmt.Errorf("decode notification: %w", err)
		}
		out = append(out, &n)
	}
	return out, rows.Err()
}

// Unlogged implements advisory.Store.
func (s *AdvisoryStore) Unlogged(ctx context.Context) ([]*advisory.Notification, error) {
	return s.notifications(ctx, `WHERE logged = 0 ORDER BY created`)
}

// Notifications implements advisory.Store.
func (s *AdvisoryStore) Notifications(ctx context.Context, owner string) ([]*advisory.Notification, error) {
	return s.notifications(ctx, `WHERE owner = ? AND logged = 1 ORDER BY created, id`, owner)
}

// SetWebhook implements advisory.Store.
func (s *AdvisoryStore) SetWebhook(ctx context.Context, owner, url string, secret []byte) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO webhooks (owner, url, secret) VALUES (?, ?, ?)
			ON CONFLICT (owner) DO UPDATE SET url = excluded.url, secret = excluded.secret`, owner, url, secret)
		return err
	})
}

// DueDeliveries implements advisory.Store.
func (s *AdvisoryStore) DueDeliveries(ctx context.Context, now time.Time, limit int) ([]advisory.Delivery, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT o.id, o.url, o.secret, o.attempts, n.body FROM webhook_outbox o
		JOIN notifications n ON n.id = o.notification WHERE o.delivered IS NULL AND o.due <= ? ORDER BY o.due LIMIT ?`, now.UnixNano(), limit)
	if err != nil {
		return nil, fmt.Errorf("due deliveries: %w", err)
	}
	defer rows.Close()
	var out []advisory.Delivery
	for rows.Next() {
		var d advisory.Delivery
		var body string
		if err := rows.Scan(&d.ID, &d.URL, &d.Secret, &d.Attempts, &body); err != nil {
			return nil, err
		}
		d.Notification = &advisory.Notification{}
		if err := json.Unmarshal([]byte(body), d.Notification); err != nil {
			return nil, fmt.Errorf("decode notification: %w", err)
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Delivered implements advisory.Store.
func (s *AdvisoryStore) Delivered(ctx context.Context, id int64, at time.Time) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE webhook_outbox SET delivered = ? WHERE id = ?`, at.UnixNano(), id)
		return err
	})
}

// Retry implements advisory.Store.
func (s *AdvisoryStore) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `UPDATE webhook_outbox SET attempts = attempts + 1, due = ?, last_error = ? WHERE id = ?`,
			next.UnixNano(), reason, id)
		return err
	})
}
