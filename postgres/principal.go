package postgres

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/comity-project/comity"
	"github.com/jackc/pgx/v5"
)

// PrincipalStore implements comity.PrincipalStore on PostgreSQL. Every
// Authenticate reads the database: a revocation through one process holds
// at once in all of them (package sqlite caches tokens for two seconds,
// which only one process can invalidate).
type PrincipalStore struct{ db *DB }

var _ comity.PrincipalStore = (*PrincipalStore)(nil)

// Principals returns the database's principal store.
func (db *DB) Principals() *PrincipalStore { return &PrincipalStore{db: db} }

// tokenPrefix marks Comity API tokens so that secret scanners can find them
// (as in package sqlite: a token works with either store).
const tokenPrefix = "cmt_"

// CreatePrincipal implements comity.PrincipalStore. A ttl of 0 is
// comity.DefaultTokenLife; over comity.MaxTokenLife is refused. Only the
// token's SHA-256 is stored.
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
	// One statement: the principal is created only if the organisation it
	// acts for (if any) is registered here for its state.
	var created, registered bool
	err := s.db.pool.QueryRow(ctx, `WITH ok AS (SELECT $8 = '' OR EXISTS (SELECT 1 FROM organisations WHERE id = $8 AND jurisdiction = $3) AS ok),
		ins AS (INSERT INTO principals (id, organisation, jurisdiction, roles, token_hash, expires_at, created_at, entity)
			SELECT $1, $2, $3, $4, $5, $6, $7, $8 FROM ok WHERE ok ON CONFLICT (id) DO NOTHING RETURNING 1)
		SELECT EXISTS (SELECT 1 FROM ins), (SELECT ok FROM ok)`,
		p.ID, p.Organisation, string(p.Jurisdiction), string(roles), hash[:], expires, comity.Now().UnixNano(), p.Entity).Scan(&created, &registered)
	switch {
	case err != nil:
		return "", fmt.Errorf("create principal: %w", err)
	case !registered:
		return "", comity.Errorf(comity.EINVALID, "organisation %s is not registered at this node for %s: register it first", p.Entity, p.Jurisdiction)
	case !created:
		return "", comity.Errorf(comity.ECONFLICT, "principal %s already exists", p.ID)
	}
	return token, nil
}

// Authenticate implements comity.PrincipalStore, by the token's hash.
func (s *PrincipalStore) Authenticate(ctx context.Context, token string) (*comity.Principal, error) {
	hash := sha256.Sum256([]byte(token))
	var (
		p          comity.Principal
		jur, roles string
		expires    int64
		revoked    bool
	)
	err := s.db.pool.QueryRow(ctx, `SELECT id, organisation, jurisdiction, roles, expires_at, revoked, entity
		FROM principals WHERE token_hash = $1`, hash[:]).Scan(&p.ID, &p.Organisation, &jur, &roles, &expires, &revoked, &p.Entity)
	if errors.Is(err, pgx.ErrNoRows) {
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
	return &p, nil
}

// RevokePrincipal implements comity.PrincipalStore.
func (s *PrincipalStore) RevokePrincipal(ctx context.Context, id string) error {
	tag, err := s.db.pool.Exec(ctx, `UPDATE principals SET revoked = true WHERE id = $1`, id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return comity.Errorf(comity.ENOTFOUND, "principal %s not found", id)
	}
	return nil
}

// GetPrincipal implements comity.PrincipalStore.
func (s *PrincipalStore) GetPrincipal(ctx context.Context, id string) (*comity.Principal, error) {
	var (
		p          comity.Principal
		jur, roles string
	)
	err := s.db.pool.QueryRow(ctx, `SELECT id, organisation, jurisdiction, roles, entity FROM principals WHERE id = $1`, id).
		Scan(&p.ID, &p.Organisation, &jur, &roles, &p.Entity)
	if errors.Is(err, pgx.ErrNoRows) {
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

var _ comity.PrincipalLister = (*PrincipalStore)(nil)

// ListPrincipals implements comity.PrincipalLister, in order of creation.
func (s *PrincipalStore) ListPrincipals(ctx context.Context) ([]comity.PrincipalEntry, error) {
	rows, err := s.db.pool.Query(ctx, `SELECT id, organisation, jurisdiction, roles, entity, created_at, expires_at, revoked
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
