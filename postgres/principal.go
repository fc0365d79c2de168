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

// CreatePrincipal implements comity.PrincipalStore. A ttl of 0 never
// expires. Only the token's SHA-256 is stored.
func (s *PrincipalStore) CreatePrincipal(ctx context.Context, p *comity.Principal, ttl time.Duration) (string, error) {
	if p.ID == "" || p.Organisation == "" || !p.Jurisdiction.Valid() || len(p.Roles) == 0 {
		return "", comity.Errorf(comity.EINVALID, "a principal needs an id, an organisation, a jurisdiction and at least one role")
	}
	for _, r := range p.Roles {
		if _, err := comity.ParseRole(string(r)); err != nil {
			return "", err
		}
	}
	secret := make([]byte, 32)
	rand.Read(secret)
	token := tokenPrefix + base64.RawURLEncoding.EncodeToString(secret)
	hash := sha256.Sum256([]byte(token))
	roles, _ := json.Marshal(p.Roles)
	var expires int64
	if ttl > 0 {
		expires = comity.Now().Add(ttl).UnixNano()
	}
	tag, err := s.db.pool.Exec(ctx, `INSERT INTO principals (id, organisation, jurisdiction, roles, token_hash, expires_at, created_at)
		VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
		p.ID, p.Organisation, string(p.Jurisdiction), string(roles), hash[:], expires, comity.Now().UnixNano())
	if err != nil {
		return "", fmt.Errorf("create principal: %w", err)
	}
	if tag.RowsAffected() == 0 {
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
	err := s.db.pool.QueryRow(ctx, `SELECT id, organisation, jurisdiction, roles, expires_at, revoked
		FROM principals WHERE token_hash = $1`, hash[:]).Scan(&p.ID, &p.Organisation, &jur, &roles, &expires, &revoked)
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
