package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/comity-project/comity/sqlite"
	"github.com/comity-project/comity/storetest"
)

func open(t testing.TB) *sqlite.DB {
	db, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(t.TempDir(), "node.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestStores(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Stores {
		path := filepath.Join(t.TempDir(), "node.db")
		return stores(t, path)
	})
}

// stores opens the database at path, with Again opening it once more: a
// second pool of connections, whose writes SQLite's file lock orders
// against the first's as it would another process's.
func stores(t testing.TB, path string) storetest.Stores {
	db, err := sqlite.Open(context.Background(), sqlite.Config{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return storetest.Stores{Records: db.Records(), Principals: db.Principals(), Transfers: db.Transfers(),
		Judicial: db.Judicial(), Consents: db.Consents(), Vendors: db.Vendors(), Releases: db.Releases(), Volume: db.Releases(), Locker: db,
		Again: func(t *testing.T) storetest.Stores { return stores(t, path) }}
}

func TestMigrationsIdempotent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "node.db")
	for range 2 {
		db, err := sqlite.Open(context.Background(), sqlite.Config{Path: path})
		if err != nil {
			t.Fatal(err)
		}
		if v, err := db.Version(context.Background()); err != nil || v < 1 {
			t.Errorf("version = %d, %v", v, err)
		}
		db.Close()
	}
}

func BenchmarkStores(b *testing.B) {
	storetest.Bench(b, func(tb testing.TB) storetest.Stores {
		return stores(tb, filepath.Join(tb.TempDir(), "node.db"))
	})
}
