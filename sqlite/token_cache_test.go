package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/sqlite"
)

// TestTokenCache: answers from the token cache never outlive a revocation
// or the token's expiry, and callers cannot change what it holds.
func TestTokenCache(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ps := db.Principals()
	newToken := func(id string, ttl time.Duration) string {
		tok, err := ps.CreatePrincipal(ctx, &comity.Principal{ID: id, Organisation: "acme", Jurisdiction: "DE",
			Roles: []comity.Role{comity.RoleController}}, ttl)
		if err != nil {
			t.Fatal(err)
		}
		return tok
	}
	auth := func(tok string) (*comity.Principal, string) {
		p, err := ps.Authenticate(ctx, tok)
		return p, comity.ErrorCode(err)
	}

	t.Run("revocation takes effect at once", func(t *testing.T) {
		tok := newToken("revoked", 0)
		for range 2 { // the second answer comes from the cache
			if _, code := auth(tok); code != "" {
				t.Fatalf("authenticate: %s", code)
			}
		}
		if err := db.Principals().RevokePrincipal(ctx, "revoked"); err != nil {
			t.Fatal(err)
		}
		if _, code := auth(tok); code != comity.EUNAUTHORIZED {
			t.Errorf("revoked token: %q, want unauthorized", code)
		}
	})
	t.Run("expiry is checked on every use", func(t *testing.T) {
		tok := newToken("expiring", time.Hour)
		if _, code := auth(tok); code != "" {
			t.Fatalf("authenticate: %s", code)
		}
		now := comity.Now
		defer func() { comity.Now = now }()
		comity.Now = func() time.Time { return now().Add(2 * time.Hour) }
		if _, code := auth(tok); code != comity.EUNAUTHORIZED {
			t.Errorf("expired token: %q, want unauthorized", code)
		}
	})
	t.Run("callers get copies", func(t *testing.T) {
		tok := newToken("copied", 0)
		p, _ := auth(tok)
		p.Roles[0], p.Organisation = comity.RoleOperator, "evil"
		q, _ := auth(tok)
		if q.Roles[0] != comity.RoleController || q.Organisation != "acme" {
			t.Errorf("cache changed through a returned principal: %+v", q)
		}
	})
	t.Run("unknown tokens are refused", func(t *testing.T) {
		if _, code := auth("cmt_forged"); code != comity.EUNAUTHORIZED {
			t.Errorf("forged token: %q", code)
		}
	})
}
