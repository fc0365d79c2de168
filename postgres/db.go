// Package postgres implements Comity's stores on PostgreSQL
// (github.com/jackc/pgx/v5), for a node that runs several `comity serve`
// processes over one database. It passes the same storetest suite as
// package sqlite; what the single SQLite writer guaranteed by construction
// (decide-once, execute-once, one requester's decisions one at a time)
// holds here by conditional writes and advisory locks, across processes.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Config configures a connection to the node's database.
type Config struct {
	// URL is a postgres:// URL or a libpq key=value string. TLS is set by
	// its sslmode, sslrootcert, sslcert and sslkey parameters; to a host
	// other than loopback or a Unix socket, sslmode must be require,
	// verify-ca or verify-full, and is verify-full when unset.
	URL string
	// Schema holds the node's tables (created if missing; default the
	// URL's search_path, else public). One node, one database or schema:
	// residency holds in the database too.
	Schema string
	// MaxConns bounds the pool (default pgxpool's: 4, or the CPUs if more).
	MaxConns int32
	// StatementTimeout cancels any statement running longer (default 30s).
	StatementTimeout time.Duration
}

// DB is an open pool of connections to the node's database, and a second
// one for the requester locks (see LockRequester).
type DB struct {
	pool  *pgxpool.Pool
	locks *pgxpool.Pool
}

// lockConns bounds the connections that hold or wait for requester locks:
// as many foreign requesters can be decided for at once per process.
const lockConns = 16

// Open connects, checks TLS, and applies any migrations the database has
// not seen (one process at a time: see migrate).
func Open(ctx context.Context, cfg Config) (*DB, error) {
	pc, err := ParseConfig(cfg)
	if err != nil {
		return nil, err
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	lc := pc.Copy()
	lc.MaxConns, lc.MinConns, lc.MaxConnIdleTime = lockConns, 0, time.Minute
	locks, err := pgxpool.NewWithConfig(ctx, lc)
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("open postgres: %w", err)
	}
	db := &DB{pool: pool, locks: locks}
	if cfg.Schema != "" {
		if _, err := pool.Exec(ctx, `CREATE SCHEMA IF NOT EXISTS `+pgx.Identifier{cfg.Schema}.Sanitize()); err != nil {
			db.Close()
			return nil, fmt.Errorf("open postgres: %w", err)
		}
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// ParseConfig turns cfg into a pool configuration, refusing a database
// reached in the clear over the network.
func ParseConfig(cfg Config) (*pgxpool.Config, error) {
	pc, err := pgxpool.ParseConfig(cfg.URL)
	if err != nil {
		// pgx's message may quote the URL, password included.
		return nil, comity.Errorf(comity.EINVALID, "store: not a valid PostgreSQL URL")
	}
	cc := pc.ConnConfig
	if !local(cc.Host) {
		mode := sslmode(cfg.URL)
		switch mode {
		case "":
			// pgx defaults to "prefer", which falls back to the clear.
			return nil, comity.Errorf(comity.EINVALID, "store: %s is not on this machine: set sslmode=verify-full (and sslrootcert) in the URL", cc.Host)
		case "require", "verify-ca", "verify-full":
		default:
			// The mode is not echoed: in a malformed URL it may hold the
			// password ("sslmode=:pw@h/db").
			return nil, comity.Errorf(comity.EINVALID, "store: the URL's sslmode would send records in the clear to %s: use verify-full", cc.Host)
		}
	}
	if cfg.MaxConns > 0 {
		pc.MaxConns = cfg.MaxConns
	}
	timeout := cfg.StatementTimeout
	if timeout <= 0 {
		timeout = 30 * time.Second
	}
	if cc.RuntimeParams == nil {
		cc.RuntimeParams = map[string]string{}
	}
	cc.RuntimeParams["statement_timeout"] = strconv.FormatInt(timeout.Milliseconds(), 10)
	cc.RuntimeParams["application_name"] = "comity"
	if cfg.Schema != "" {
		cc.RuntimeParams["search_path"] = pgx.Identifier{cfg.Schema}.Sanitize()
	}
	return pc, nil
}

// sslmode returns the sslmode the URL or key=value string asks for.
func sslmode(s string) string {
	i := strings.Index(s, "sslmode=")
	if i < 0 {
		return ""
	}
	v := s[i+len("sslmode="):]
	if j := strings.IndexAny(v, "& "); j >= 0 {
		v = v[:j]
	}
	return v
}

func local(host string) bool {
	if host == "" || strings.HasPrefix(host, "/") || host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// Close closes the pools.
func (db *DB) Close() error {
	db.locks.Close()
	db.pool.Close()
	return nil
}

// Ping reports whether the database answers; the node's /readyz uses it.
func (db *DB) Ping(ctx context.Context) error { return db.pool.Ping(ctx) }

// migrationLock is the advisory-lock key under which migrations run, so
// that processes starting together apply each migration once.
const migrationLock = 0x636f6d697479 // "comity"

// migrate applies, in order and each in its own transaction, the embedded
// migrations newer than the schema's recorded version.
func (db *DB) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		version, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migrate: bad migration name %s", base)
		}
		if err := db.apply(ctx, version, base, name); err != nil {
			return fmt.Errorf("migrate %s: %w", base, err)
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, version int, base, name string) error {
	return db.inTx(ctx, func(tx pgx.Tx) error {
		// The lock is per database, so it also orders schemas' migrations;
		// they are rare, and neither they nor the wait for the lock are
		// bound by the statement timeout meant for requests.
		if _, err := tx.Exec(ctx, `SET LOCAL statement_timeout = 0`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, int64(migrationLock)); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		var n int
		if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE version = $1`, version).Scan(&n); err != nil || n > 0 {
			return err
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, string(body)); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES ($1, $2)`, version, base)
		return err
	})
}

// Version returns the newest applied migration.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.pool.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// inTx runs fn in a transaction, committing if it returns nil. Many
// callers committing at once share WAL flushes in PostgreSQL itself (its
// group commit), so no batching is needed here as it is in package sqlite.
func (db *DB) inTx(ctx context.Context, fn func(pgx.Tx) error) error {
	tx, err := db.pool.Begin(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx))
	if err := fn(tx); err != nil {
		return err
	}
	if err := tx.Commit(ctx); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// LockRequester implements comity.RequesterLocker with a session advisory
// lock on a connection held until unlock: every process of the node that
// shares this database waits on the same lock. The key's 64-bit FNV hash
// names the lock; two requesters sharing a hash only wait on each other.
//
// The connection comes from a pool of its own: a holder goes on to count
// and write through the main pool, and were lock holders to take the main
// pool's last connections they would wait on each other for ever.
func (db *DB) LockRequester(ctx context.Context, key string) (func(), error) {
	conn, err := db.locks.Acquire(ctx)
	if err != nil {
		return nil, err
	}
	h := fnv.New64a()
	h.Write([]byte("comity/requester\x00" + key))
	id := int64(h.Sum64())
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, id); err != nil {
		// A cancelled wait may leave the lock granted late: drop the
		// connection rather than return it to the pool holding it.
		conn.Conn().Close(context.Background())
		conn.Release()
		return nil, err
	}
	return func() {
		if _, err := conn.Exec(context.Background(), `SELECT pg_advisory_unlock($1)`, id); err != nil {
			conn.Conn().Close(context.Background())
		}
		conn.Release()
	}, nil
}

var _ comity.RequesterLocker = (*DB)(nil)

// uniqueViolation reports whether err is PostgreSQL's unique_violation.
func uniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}
