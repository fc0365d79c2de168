// Package sqlite implements Comity's stores on an embedded SQLite database
// (modernc.org/sqlite, pure Go) in WAL mode, with versioned migrations.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Config configures a database.
type Config struct {
	// Path is the database file; it is created if missing.
	Path string
	// Synchronous is SQLite's synchronous pragma: "full" (the default) makes
	// every committed write survive power loss; "normal" survives a process
	// crash but may lose the last commits on power loss, and is faster.
	Synchronous string
}

// DB is an open database: one writer connection, so that writes never wait
// on SQLite's lock, and a pool of readers that WAL lets run alongside it.
type DB struct {
	write  *sql.DB
	read   *sql.DB
	stmts  sync.Map // query -> *sql.Stmt on read (see readStmt)
	group  groupCommit
	tokens tokenCache // authenticated API tokens (see tokenCacheTTL)
	locks  requesterLocks
	reads  readerPool // runs point reads (see readers.go)
	// failure is the I/O error after which nothing written is certain
	// (see unavailable).
	failure failure
}

// Open opens (creating if needed) the database at cfg.Path and applies any
// migrations it has not seen.
func Open(ctx context.Context, cfg Config) (*DB, error) {
	sync := strings.ToUpper(cfg.Synchronous)
	if sync == "" {
		sync = "FULL"
	} else if sync != "FULL" && sync != "NORMAL" {
		return nil, fmt.Errorf("open sqlite: synchronous %q: want full or normal", cfg.Synchronous)
	}
	q := url.Values{}
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous("+sync+")")
	q.Add("_txlock", "immediate")
	dsn := "file:" + cfg.Path + "?" + q.Encode()
	// The writer gets a page cache that holds a bulk import's batch (the
	// default 2 MB spilled a 5,000-record batch to the WAL before its
	// commit, writing pages twice and reading them back) and keeps its
	// statement journals in memory (they undo a failed statement within a
	// transaction, never a commit: durability is the WAL's, unchanged).
	q.Add("_pragma", "cache_size(-32768)")
	q.Add("_pragma", "temp_store(MEMORY)")
	wdsn := "file:" + cfg.Path + "?" + q.Encode()

	w, err := sql.Open("sqlite", wdsn)
	if err != nil {
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	w.SetMaxOpenConns(1)
	r, err := sql.Open("sqlite", dsn)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open sqlite: %w", err)
	}
	readers := max(4, 2*runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(readers)
	// database/sql keeps 2 idle connections by default: under concurrent
	// reads it closed the others after each use and opened new ones (each
	// reapplying its pragmas and preparing its statements again), a tenth
	// of a gated read's store time.
	r.SetMaxIdleConns(readers)
	db := &DB{write: w, read: r, failure: failure{dead: make(chan struct{})}}
	db.reads.start(readers)
	if err := db.locks.open(cfg.Path); err != nil {
		db.Close()
		return nil, err
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Close closes the database.
func (db *DB) Close() error {
	db.reads.close()
	errs := []error{db.read.Close(), db.write.Close()}
	if db.locks.file != nil {
		errs = append(errs, db.locks.file.Close())
	}
	return errors.Join(errs...)
}

// Ping reports whether the database answers; the node's /readyz uses it.
func (db *DB) Ping(ctx context.Context) error { return db.read.PingContext(ctx) }

// migrate applies, in order and each in its own transaction, the embedded
// migrations newer than the database's recorded version.
func (db *DB) migrate(ctx context.Context) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)`); err != nil {
		return fmt.Errorf("migrate: %w", err)
	}
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
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, version).Scan(&n); err != nil || n > 0 {
		return err
	}
	body, err := migrations.ReadFile(name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?)`, version, base); err != nil {
		return err
	}
	return tx.Commit()
}

// Version returns the newest applied migration.
func (db *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := db.read.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}
