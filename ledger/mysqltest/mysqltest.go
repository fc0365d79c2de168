// Package mysqltest gives tests a MySQL or MariaDB database of their own,
// on the server named by COMITY_TEST_MYSQL (mysql://user:password@host:port/db),
// dropped afterwards.
//
// A test needing the server fails when COMITY_TEST_MYSQL is unset, unless
// COMITY_TEST_NO_MYSQL=1 says the server is absent on purpose; .ci/run
// starts the server (.ci/servers) and never sets the latter.
package mysqltest

import (
	"bytes"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"testing"

	"github.com/comity-project/comity/ledger"
	gomysql "github.com/go-sql-driver/mysql"
)

// URL returns the test server's URL, or ends the test.
func URL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("COMITY_TEST_MYSQL"); u != "" {
		return u
	}
	if os.Getenv("COMITY_TEST_NO_MYSQL") == "1" {
		t.Skip("COMITY_TEST_NO_MYSQL=1: no MySQL server here")
	}
	t.Fatal("COMITY_TEST_MYSQL is unset: start a server with eval \"$(.ci/servers start)\" " +
		"(as .ci/run does), or set COMITY_TEST_NO_MYSQL=1 to skip the MySQL tests")
	return ""
}

// Database creates an empty database for the test, dropped when the test
// ends, and returns its mysql:// URL.
func Database(t testing.TB) string {
	t.Helper()
	db, u := open(t, URL(t))
	defer db.Close()
	b := make([]byte, 6)
	rand.Read(b)
	name := "test_" + hex.EncodeToString(b)
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		db, _ := open(t, URL(t))
		defer db.Close()
		if _, err := db.Exec("DROP DATABASE " + name); err != nil {
			t.Errorf("drop test database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// Contains reports whether any blob or text of the database at u holds
// needle (the tables of Tessera's schema).
func Contains(t testing.TB, u string, needle []byte) bool {
	t.Helper()
	db, _ := open(t, u)
	defer db.Close()
	for _, q := range []string{"SELECT `data` FROM `TiledLeaves`", "SELECT `nodes` FROM `Subtree`", "SELECT `note` FROM `Checkpoint`"} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var b []byte
			if err := rows.Scan(&b); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(b, needle) {
				rows.Close()
				return true
			}
		}
		rows.Close()
	}
	return false
}

func open(t testing.TB, raw string) (*sql.DB, *url.URL) {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatalf("COMITY_TEST_MYSQL: %v", err)
	}
	c, err := ledger.ParseMySQL(raw)
	if err != nil {
		t.Fatalf("COMITY_TEST_MYSQL: %v", err)
	}
	conn, err := gomysql.NewConnector(c)
	if err != nil {
		t.Fatal(err)
	}
	return sql.OpenDB(conn), u
}
