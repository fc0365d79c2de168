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
		db := open(t)
		return storetest.Stores{Records: db.Records(), Principals: db.Principals()}
	})
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
