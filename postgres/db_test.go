package postgres_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/postgres"
	"github.com/comity-project/comity/postgres/pgtest"
	"github.com/comity-project/comity/storetest"
	"github.com/jackc/pgx/v5"
)

func TestStores(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Stores {
		url, schema := pgtest.Schema(t)
		return stores(t, postgres.Config{URL: url, Schema: schema})
	})
}

// stores opens the database, with Again opening another pool on it, as
// another serve process of the node would.
func stores(t testing.TB, cfg postgres.Config) storetest.Stores {
	db, err := postgres.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return storetest.Stores{Records: db.Records(), Principals: db.Principals(), Transfers: db.Transfers(),
		Judicial: db.Judicial(), Consents: db.Consents(), Vendors: db.Vendors(), Releases: db.Releases(), Volume: db.Releases(), Locker: db,
		Again: func(t *testing.T) storetest.Stores { return stores(t, cfg) }}
}

func BenchmarkStores(b *testing.B) {
	storetest.Bench(b, func(tb testing.TB) storetest.Stores {
		url, schema := pgtest.Schema(tb)
		return stores(tb, postgres.Config{URL: url, Schema: schema, MaxConns: 16})
	})
}

func TestMigrationsIdempotent(t *testing.T) {
	url, schema := pgtest.Schema(t)
	for range 2 {
		db, err := postgres.Open(context.Background(), postgres.Config{URL: url, Schema: schema})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := db.Version(context.Background()); err != nil || v < 1 {
			t.Errorf("version = %d, %v", v, err)
		}
		db.Close()
	}
}

func TestConfig(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"postgres://u:p@127.0.0.1/db", true},
		{"postgres://u:p@localhost/db", true},
		{"host=/run/postgresql dbname=db", true},
		{"postgres://u:p@db.example/db", false},
		{"postgres://u:p@db.example/db?sslmode=prefer", false},
		{"postgres://u:p@db.example/db?sslmode=disable", false},
		{"postgres://u:p@db.example/db?sslmode=verify-full", true},
		{"postgres://u:secret@db.example:notaport/db", false},
	} {
		_, err := postgres.ParseConfig(postgres.Config{URL: tc.url})
		if (err == nil) != tc.ok {
			t.Errorf("%s: %v, want ok=%t", tc.url, err, tc.ok)
		}
		if err != nil && comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("%s: %v, want invalid", tc.url, err)
		}
		if err != nil && strings.Contains(err.Error(), "secret") {
			t.Errorf("%s: the error shows the password: %v", tc.url, err)
		}
	}
	pc, err := postgres.ParseConfig(postgres.Config{URL: "postgres://u:p@127.0.0.1/db", Schema: "cn", MaxConns: 7})
	if err != nil || pc.MaxConns != 7 || pc.ConnConfig.RuntimeParams["search_path"] != `"cn"` ||
		pc.ConnConfig.RuntimeParams["statement_timeout"] != "30000" {
		t.Errorf("config = %+v, %v", pc, err)
	}
}

func TestStatementTimeout(t *testing.T) {
	url, schema := pgtest.Schema(t)
	db, err := postgres.Open(context.Background(), postgres.Config{URL: url, Schema: schema, StatementTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Sleep(context.Background(), 1); err == nil {
		t.Error("a one-second statement outlived a 50ms statement timeout")
	}
}

// FuzzParseConfig: any URL from a config file is refused or accepted
// without a panic, and a refusal never shows the password.
func FuzzParseConfig(f *testing.F) {
	for _, s := range []string{"postgres://u:pw-secret@127.0.0.1/db", "postgres://u:pw-secret@h/db?sslmode=disable",
		"host=h password=pw-secret sslmode=prefer", "postgres://u:pw-secret@[::1]:5432/db?sslmode=verify-full", "postgres://"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		_, err := postgres.ParseConfig(postgres.Config{URL: s})
		if err == nil {
			return
		}
		pc, perr := pgx.ParseConfig(s)
		if perr != nil {
			if strings.Contains(err.Error(), "pw-secret") {
				t.Errorf("the error shows what may be a password: %v", err)
			}
			return
		}
		pw := pc.Password
		if len(pw) > 3 && !strings.Contains(pc.Host, pw) && strings.Contains(err.Error(), pw) {
			t.Errorf("the error shows the password: %v", err)
		}
	})
}
