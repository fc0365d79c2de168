package sqlite

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
)

// PrincipalStore implements comity.PrincipalStore on SQLite.
type PrincipalStore struct{ db *DB }

var _ comity.PrincipalStore = (*PrincipalStore)(nil)

// Principals returns the database's principal store.
func (db *DB) Principals() *PrincipalStore { return &PrincipalStore{db: db} }

// tokenPrefix marks Comity API tokens so that secret scanners can find them.
const tokenPrefix = "cmt_"

// CreatePrincipal implements comity.PrincipalStore. A ttl of 0 is
// comity.DefaultTokenLife; over comity.MaxTokenLife is refused. The token
// is 32 random bytes; only its SHA-256 is stored, which is enough for a
// secret of that entropy (no password stretching is needed).
func (s *PrincipalStore) CreatePrincipal(ctx context.Context, p *comity.Principal, ttl time.Duration) (string, error) {
	if err := p.Validate(); err != nil {
		return "", err
	}
	switch {
	case ttl == 0:
		ttl = comity.DefaultTokenLife
	case ttl < 0 || ttl > comity.MaxTokenLife:
		return "", comity.Errorf(comity.EINVALID, "token lifetime %s: want up to %s", ttl, comity.MaxTokenLife)
	}
	secret := make([]byte, 32)
	rand.Read(secret)
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(secret)
	hash := sha256.Sum256([]byte(token))
	roles, _ := json.Marshal(p.Roles)
	expires := comity.Now().Add(ttl).UnixNano()
	err := s.db.inTx(ctx, func(tx *sql.Tx) error {
		if p.Entity != "" {
			// A principal acts for an organisation registered here, of its
			// own state, or for none.
			var n int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM organisations WHERE id = ? AND jurisdiction = ?`,
				p.Entity, string(p.Jurisdiction)).Scan(&n); err != nil {
				return fmt.Errorf("create principal: %w", err)
			}
			if n == 0 {
				return comity.Errorf(comity.EINVALID, "organisation %s is not registered at this node for %s: register it first", p.Entity, p.Jurisdiction)
			}
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO principals (id, organisation, jurisdiction, roles, token_hash, expires_at, created_at, entity)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
			p.ID, p.Organisation, string(p.Jurisdiction), string(roles), hash[:], expires, comity.Now().UnixNano(), p.Entity)
		if err != nil {
			return fmt.Errorf("create principal: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ECONFLICT, "principal %s already exists", p.ID)
		}
		return nil
	})
	if err != nil {
		return "", err
	}
	return token, nil
}

// Authenticate implements comity.PrincipalStore. The lookup is by the
// token's hash, so its timing says nothing about the token.
func (s *PrincipalStore) Authenticate(ctx context.Context, token string) (*comity.Principal, error) {
	hash := sha256.Sum256([]byte(token))
	now := time.Now()
	if p, expires, ok := s.db.tokens.get(hash, now); ok {
		if expires != 0 && comity.Now().UnixNano() >= expires {
			return nil, comity.Errorf(comity.EUNAUTHORIZED, "expired API token")
		}
		return p, nil
	}
	gen := s.db.tokens.generation()
	var (
		p          comity.Principal
		jur, roles string
		expires    int64
		revoked    bool
	)
	st, err := s.db.readStmt(ctx, `SELECT id, organisation, jurisdiction, roles, expires_at, revoked, entity
		FROM principals WHERE token_hash = ?`)
	if err == nil {
		err = st.QueryRowContext(ctx, hash[:]).Scan(&p.ID, &p.Organisation, &jur, &roles, &expires, &revoked, &p.Entity)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "unknown API token")
	} else if err != nil {
		return nil, fmt.Errorf("authenticate: %w", err)
	}
	if revoked {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "revoked API token")
	}
	if expires != 0 && comity.Now().UnixNano() >= expires {
		return nil, comity.Errorf(comity.EUNAUTHORIZED, "expired API token")
	}
	p.Jurisdiction = comity.Jurisdiction(jur)
	if err := json.Unmarshal([]byte(roles), &p.Roles); err != nil {
		return nil, fmt.Errorf("authenticate: roles: %w", err)
	}
	s.db.tokens.put(gen, hash, &p, expires, now)
	return &p, nil
}

// RevokePrincipal implements comity.PrincipalStore.
func (s *PrincipalStore) RevokePrincipal(ctx context.Context, id string) error {
	defer s.db.tokens.revoked() // after the commit: see tokenCache.generation
	return s.db.inTx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE principals SET revoked = 1 WHERE id = ?`, id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return comity.Errorf(comity.ENOTFOUND, "principal %s not found", id)
		}
		return nil
	})
}

var _ comity.PrincipalLister = (*PrincipalStore)(nil)

// ListPrincipals implements comity.PrincipalLister, in order of creation.
func (s *PrincipalStore) ListPrincipals(ctx context.Context) ([]comity.PrincipalEntry, error) {
	rows, err := s.db.read.QueryContext(ctx, `SELECT id, organisation, jurisdiction, roles, entity, created_at, expires_at, revoked
		FROM principals ORDER BY created_at, id`)
	if err != nil {
		return nil, fmt.Errorf("list principals: %w", err)
	}
	defer rows.Close()
	out := []comity.PrincipalEntry{}
	for rows.Next() {
		var (
			e                comity.PrincipalEntry
			jur, roles       string
			created, expires int64
		)
		if err := rows.Scan(&e.ID, &e.Organisation, &jur, &roles, &e.Entity, &created, &expires, &e.Revoked); err != nil {
			return nil, fmt.Errorf("list principals: %w", err)
		}
		e.Jurisdiction = comity.Jurisdiction(jur)
		if err := json.Unmarshal([]byte(roles), &e.Roles); err != nil {
			return nil, fmt.Errorf("list principals: roles of %s: %w", e.ID, err)
		}
		e.Created = time.Unix(0, created).UTC()
		if expires != 0 {
			t := time.Unix(0, expires).UTC()
			e.Expires = &t
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// GetPrincipal implements comity.PrincipalStore.
func (s *PrincipalStore) GetPrincipal(ctx context.Context, id string) (*comity.Principal, error) {
	var (
		p          comity.Principal
		jur, roles string
	)
	err := s.db.read.QueryRowContext(ctx, `SELECT id, organisation, jurisdiction, roles, entity FROM principals WHERE id = ?`, id).
		Scan(&p.ID, &p.Organisation, &jur, &roles, &p.Entity)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, comity.Errorf(comity.ENOTFOUND, "principal %s not found", id)
	} else if err != nil {
		return nil, fmt.Errorf("get principal: %w", err)
	}
	p.Jurisdiction = comity.Jurisdiction(jur)
	if err := json.Unmarshal([]byte(roles), &p.Roles); err != nil {
		return nil, fmt.Errorf("get principal: roles: %w", err)
	}
	return &p, nil
}
