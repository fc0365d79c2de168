// Package pgtest gives tests a PostgreSQL database of their own: a fresh
// schema in the server named by COMITY_TEST_POSTGRES, dropped afterwards.
//
// A test needing the server fails when COMITY_TEST_POSTGRES is unset,
// unless COMITY_TEST_NO_POSTGRES=1 says the server is absent on purpose;
// .ci/run starts the server (.ci/servers) and never sets the latter.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"os"
	"testing"

	"github.com/jackc/pgx/v5"
)

// URL returns the test server's URL, or ends the test.
func URL(t testing.TB) string {
	t.Helper()
	if u := os.Getenv("COMITY_TEST_POSTGRES"); u != "" {
		return u
	}
	if os.Getenv("COMITY_TEST_NO_POSTGRES") == "1" {
		t.Skip("COMITY_TEST_NO_POSTGRES=1: no PostgreSQL server here")
	}
	t.Fatal("COMITY_TEST_POSTGRES is unset: start a server with eval \"$(.ci/servers start)\" " +
		"(as .ci/run does), or set COMITY_TEST_NO_POSTGRES=1 to skip the PostgreSQL tests")
	return ""
}

// Schema creates an empty schema for the test and drops it when the test
// ends; pass it as postgres.Config.Schema.
func Schema(t testing.TB) (url, schema string) {
	t.Helper()
	url = URL(t)
	b := make([]byte, 6)
	rand.Read(b)
	schema = "test_" + hex.EncodeToString(b)
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatalf("connect to the test PostgreSQL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return url, schema
}
