package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/jackc/pgx/v5"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
)

// AdvisoryStore implements advisory.Store on PostgreSQL.
type AdvisoryStore struct{ db *DB }

var _ advisory.Store = (*AdvisoryStore)(nil)

// Advisories returns the database's advisory, SBOM and notification store.
func (db *DB) Advisories() *AdvisoryStore { return &AdvisoryStore{db: db} }

const publicationColumns = `node, vendor, format, id, version, digest, published, updated, logged, log_index, receipt, document`

// SavePublication implements advisory.Store.
func (s *AdvisoryStore) SavePublication(ctx context.Context, p *advisory.Publication) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		receipt, err := json.Marshal(p.Receipt)
		if err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO advisory_publications (`+publicationColumns+`) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
			p.Node, p.Vendor, string(p.Format), p.ID, p.Version, p.Digest, p.Published, p.Updated, unixNano(p.Logged), int64(p.LogIndex), string(receipt), p.Document)
		if uniqueViolation(err) {
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
	p, err := scanPublication(s.db.pool.QueryRow(ctx, `SELECT `+publicationColumns+` FROM advisory_publications `+query, args...))
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "no such advisory")
	}
	return p, err
}

// Publication implements advisory.Store.
func (s *AdvisoryStore) Publication(ctx context.Context, id, version string) (*advisory.Publication, error) {
	return s.onePublication(ctx, `WHERE id = $1 AND version = $2`, id, version)
}

// LatestPublication implements advisory.Store.
func (s *AdvisoryStore) LatestPublication(ctx context.Context, id string) (*advisory.Publication, error) {
	return s.onePublication(ctx, `WHERE id = $1 ORDER BY seq DESC LIMIT 1`, id)
}

// Publications implements advisory.Store.
func (s *AdvisoryStore) Publications(ctx context.Context) ([]*advisory.Publication, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT `+publicationColumns+` FROM advisory_publications ORDER BY seq`)
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
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		err := tx.QueryRow(ctx, `INSERT INTO sboms (owner, name, registered, document) VALUES ($1, $2, $3, $4) RETURNING id`,
			owner, name, comity.Now().UnixNano(), data).Scan(&id)
		if err != nil {
			return fmt.Errorf("save sbom: %w", err)
		}
		for i, c := range cs {
			var cid int64
			if err := tx.QueryRow(ctx, `INSERT INTO sbom_components (sbom, ref, name, version, purl, cpe) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
				id, c.Ref, c.Name, c.Version, c.PURL, c.CPE).Scan(&cid); err != nil {
				return fmt.Errorf("save sbom component: %w", err)
			}
			for _, k := range keys[i] {
				if _, err := tx.Exec(ctx, `INSERT INTO sbom_keys (key, component) VALUES ($1, $2) ON CONFLICT DO NOTHING`, k, cid); err != nil {
					return fmt.Errorf("index sbom component: %w", err)
				}
			}
		}
		return nil
	})
	return id, err
}

const registeredColumns = `c.sbom, s.owner, s.name, c.ref, c.name, c.version, c.purl, c.cpe`

func scanRegistered(rows pgx.Rows) ([]advisory.Registered, error) {
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
	rows, err := s.db.pool.Query(ctx, `SELECT `+registeredColumns+` FROM sbom_components c JOIN sboms s ON s.id = c.sbom
		WHERE c.id IN (SELECT component FROM sbom_keys WHERE key = ANY ($1::text[])) ORDER BY c.id`, keys)
	if err != nil {
		return nil, fmt.Errorf("components by key: %w", err)
	}
	return scanRegistered(rows)
}

// Components implements advisory.Store.
func (s *AdvisoryStore) Components(ctx context.Context, sbom int64) ([]advisory.Registered, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT `+registeredColumns+` FROM sbom_components c JOIN sboms s ON s.id = c.sbom
		WHERE c.sbom = $1 ORDER BY c.id`, sbom)
	if err != nil {
		return nil, fmt.Errorf("sbom components: %w", err)
	}
	return scanRegistered(rows)
}

// Fingerprint implements advisory.Store.
func (s *AdvisoryStore) Fingerprint(ctx context.Context, key string) (string, error) {
	var fp string
	err := s.db.pool.QueryRow(ctx, `SELECT fingerprint FROM notification_state WHERE key = $1`, []byte(key)).Scan(&fp)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return fp, err
}

// AddNotifications implements advisory.Store.
func (s *AdvisoryStore) AddNotifications(ctx context.Context, ns []*advisory.Notification, keys, fps []string) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		for i, n := range ns {
			body, err := json.Marshal(n)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `INSERT INTO notifications (id, owner, created, body) VALUES ($1, $2, $3, $4)`,
				n.ID, n.Owner, n.Created.UnixNano(), string(body)); err != nil {
				return fmt.Errorf("add notification: %w", err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO notification_state (key, fingerprint) VALUES ($1, $2)
				ON CONFLICT (key) DO UPDATE SET fingerprint = excluded.fingerprint`, []byte(keys[i]), fps[i]); err != nil {
				return fmt.Errorf("add notification: %w", err)
			}
		}
		return nil
	})
}

// MarkLogged implements advisory.Store.
func (s *AdvisoryStore) MarkLogged(ctx context.Context, ns []*advisory.Notification) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		for _, n := range ns {
			body, err := json.Marshal(n)
			if err != nil {
				return err
			}
			if _, err := tx.Exec(ctx, `UPDATE notifications SET logged = 1, body = $1 WHERE id = $2`, string(body), n.ID); err != nil {
				return fmt.Errorf("mark notification logged: %w", err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO webhook_outbox (notification, url, secret, due)
				SELECT $1, url, secret, $2 FROM webhooks WHERE owner = $3`, n.ID, comity.Now().UnixNano(), n.Owner); err != nil {
				return fmt.Errorf("queue notification: %w", err)
			}
		}
		return nil
	})
}

func (s *AdvisoryStore) notifications(ctx context.Context, query string, args ...any) ([]*advisory.Notification, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT body FROM notifications `+query, args...)
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
	return s.notifications(ctx, `WHERE owner = $1 AND logged = 1 ORDER BY created, id`, owner)
}

// SetWebhook implements advisory.Store.
func (s *AdvisoryStore) SetWebhook(ctx context.Context, owner, url string, secret []byte) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO webhooks (owner, url, secret) VALUES ($1, $2, $3)
			ON CONFLICT (owner) DO UPDATE SET url = excluded.url, secret = excluded.secret`, owner, url, secret)
		return err
	})
}

// DueDeliveries implements advisory.Store.
func (s *AdvisoryStore) DueDeliveries(ctx context.Context, now time.Time, limit int) ([]advisory.Delivery, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT o.id, o.url, o.secret, o.attempts, n.body FROM webhook_outbox o
		JOIN notifications n ON n.id = o.notification WHERE o.delivered IS NULL AND o.due <= $1 ORDER BY o.due LIMIT $2`, now.UnixNano(), limit)
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
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE webhook_outbox SET delivered = $1 WHERE id = $2`, at.UnixNano(), id)
		return err
	})
}

// Retry implements advisory.Store.
func (s *AdvisoryStore) Retry(ctx context.Context, id int64, next time.Time, reason string) error {
	return s.db.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `UPDATE webhook_outbox SET attempts = attempts + 1, due = $1, last_error = $2 WHERE id = $3`,
			next.UnixNano(), reason, id)
		return err
	})
}
