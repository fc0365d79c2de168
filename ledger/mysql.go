package ledger

import (
	"context"
	"crypto/rand"
	"database/sql"
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/witness"
	gomysql "github.com/go-sql-driver/mysql"
	"github.com/transparency-dev/tessera"
	"github.com/transparency-dev/tessera/api/layout"
	"github.com/transparency-dev/tessera/storage/mysql"
	"golang.org/x/mod/sumdb/note"
)

// mysqlSchema is Tessera's MySQL schema (storage/mysql/schema.sql of
// tessera v1.0.4, Apache 2.0), which its driver expects to find applied.
// Every statement is idempotent.
//
//go:embed mysql_schema.sql
var mysqlSchema string

// mysqlMinCheckpointInterval is the MySQL driver's floor on the checkpoint
// interval: a log on MySQL needs a MaxMergeDelay of at least 2s.
const mysqlMinCheckpointInterval = time.Second

// ParseMySQL turns a mysql:// URL (mysql://user:password@host:port/db?tls=true)
// into the driver's configuration. To a host other than loopback or a Unix
// socket, tls must be true (verified against the system's roots), so that
// log entries and the tree never cross the network in the clear.
func ParseMySQL(s string) (*gomysql.Config, error) {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "mysql" || u.Host == "" || strings.Trim(u.Path, "/") == "" {
		// Not s itself: it may hold a password.
		return nil, comity.Errorf(comity.EINVALID, "ledger: want mysql://user:password@host:port/database")
	}
	c := gomysql.NewConfig()
	c.User = u.User.Username()
	c.Passwd, _ = u.User.Password()
	c.Net, c.Addr = "tcp", u.Host
	if _, _, err := net.SplitHostPort(u.Host); err != nil {
		c.Addr = net.JoinHostPort(u.Host, "3306")
	}
	c.DBName = strings.Trim(u.Path, "/")
	tls := u.Query().Get("tls")
	host, _, _ := net.SplitHostPort(c.Addr)
	ip := net.ParseIP(host)
	local := host == "localhost" || ip != nil && ip.IsLoopback()
	switch {
	case tls == "true":
		c.TLSConfig = "true"
	case tls == "" && local, tls == "false" && local:
	default:
		return nil, comity.Errorf(comity.EINVALID, "ledger: %s is not on this machine: set tls=true in the URL", host)
	}
	for k := range u.Query() {
		if k != "tls" {
			return nil, comity.Errorf(comity.EINVALID, "ledger: unknown parameter %q in the MySQL URL", k)
		}
	}
	return c, nil
}

// openMySQL connects to the database cfg.MySQL names and applies Tessera's
// schema.
func openMySQL(ctx context.Context, cfg Config) (*mysql.Storage, *sql.DB, error) {
	mc, err := ParseMySQL(cfg.MySQL)
	if err != nil {
		return nil, nil, err
	}
	conn, err := gomysql.NewConnector(mc)
	if err != nil {
		return nil, nil, comity.Errorf(comity.EINVALID, "ledger: %w", err)
	}
	db := sql.OpenDB(conn)
	db.SetMaxOpenConns(16)
	db.SetConnMaxLifetime(5 * time.Minute)
	for _, stmt := range strings.Split(mysqlSchema, ";") {
		if strings.TrimSpace(stripComments(stmt)) == "" {
			continue
		}
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			db.Close()
			return nil, nil, fmt.Errorf("ledger schema: %w", err)
		}
	}
	s, err := mysql.New(ctx, db)
	if err != nil {
		db.Close()
		return nil, nil, err
	}
	return s, db, nil
}

func stripComments(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// readResource reads a tlog-tiles resource (checkpoint, tile/L/N[.p/W],
// tile/entries/N[.p/W]) through the log's reader, for a log that is not a
// directory. A partial resource holds exactly W hashes or entries, as
// C2SP tlog-tiles requires: the MySQL driver returns what it has, which
// may be more.
func (l *Log) readResource(ctx context.Context, p string) ([]byte, error) {
	if p == "checkpoint" {
		return l.current().reader.ReadCheckpoint(ctx)
	}
	rest, ok := strings.CutPrefix(p, "tile/")
	if !ok {
		return nil, errNotFound
	}
	if idx, ok := strings.CutPrefix(rest, "entries/"); ok {
		i, w, err := layout.ParseTileIndexPartial(idx)
		if err != nil {
			return nil, errNotFound
		}
		b, err := l.current().reader.ReadEntryBundle(ctx, i, w)
		if err != nil || w == 0 {
			return b, err
		}
		return firstEntries(b, int(w))
	}
	level, idx, ok := strings.Cut(rest, "/")
	if !ok {
		return nil, errNotFound
	}
	lv, i, w, err := layout.ParseTileLevelIndexPartial(level, idx)
	if err != nil {
		return nil, errNotFound
	}
	b, err := l.current().reader.ReadTile(ctx, lv, i, w)
	if err != nil || w == 0 {
		return b, err
	}
	if len(b) < int(w)*32 {
		return nil, errNotFound
	}
	return b[:int(w)*32], nil
}

var errNotFound = errors.New("not found")

// firstEntries returns the first n entries of an entry bundle (each a
// big-endian uint16 length and that many bytes).
func firstEntries(b []byte, n int) ([]byte, error) {
	off := 0
	for range n {
		if len(b) < off+2 {
			return nil, errNotFound
		}
		off += 2 + int(binary.BigEndian.Uint16(b[off:]))
		if off > len(b) {
			return nil, errNotFound
		}
	}
	return b[:off], nil
}

// The MySQL driver (tessera v1.0.4) posts checkpoints to witnesses with
// http.DefaultClient, not with a client the caller chooses, so it cannot
// present the node's certificate to its peers' witnesses (mutual TLS) and
// the refusals would go unobserved. The log therefore gives the driver
// witness URLs of a private scheme, registered once on the default
// transport, whose round tripper forwards each request to the real URL
// with the log's own client (observed(cfg)).
const witnessScheme = "comity-witness"

var (
	witnessRoutesOnce sync.Once
	witnessRoutes     sync.Map // route id -> *witnessRoute
)

type witnessRoute struct {
	client *http.Client
	urls   []string // the witnesses' real base URLs, by index
}

type witnessRouter struct{}

func (witnessRouter) RoundTrip(req *http.Request) (*http.Response, error) {
	v, ok := witnessRoutes.Load(req.URL.Host)
	idx, tail, _ := strings.Cut(strings.TrimPrefix(req.URL.Path, "/"), "/")
	i, err := strconv.Atoi(idx)
	if !ok || err != nil || i < 0 || i >= len(v.(*witnessRoute).urls) {
		return nil, fmt.Errorf("ledger: no witness route %s", req.URL)
	}
	r := v.(*witnessRoute)
	u, err := url.Parse(strings.TrimSuffix(r.urls[i], "/") + "/" + tail)
	if err != nil {
		return nil, err
	}
	out := req.Clone(req.Context())
	out.URL, out.Host, out.RequestURI = u, "", ""
	hc := r.client
	if hc == nil {
		hc = &http.Client{}
	}
	t := hc.Transport
	if t == nil {
		t = http.DefaultTransport
	}
	return t.RoundTrip(out)
}

// routeWitnesses registers ws under a new route and returns them with
// their URLs rewritten to it, and the function that drops the route.
func routeWitnesses(ws []witness.Client, hc *http.Client) ([]witness.Client, func(), error) {
	var err error
	witnessRoutesOnce.Do(func() {
		t, ok := http.DefaultTransport.(*http.Transport)
		if !ok {
			err = errors.New("ledger: http.DefaultTransport is not an *http.Transport")
			return
		}
		t.RegisterProtocol(witnessScheme, witnessRouter{})
	})
	if err != nil {
		return nil, nil, err
	}
	id := make([]byte, 8)
	rand.Read(id)
	route := &witnessRoute{client: hc}
	host := hex.EncodeToString(id)
	out := make([]witness.Client, len(ws))
	for i, w := range ws {
		route.urls = append(route.urls, w.URL)
		w.URL = fmt.Sprintf("%s://%s/%d", witnessScheme, host, i)
		out[i] = w
	}
	witnessRoutes.Store(host, route)
	return out, func() { witnessRoutes.Delete(host) }, nil
}

// initialiseMySQL publishes a new log's empty checkpoint without
// witnesses, as initialise does for a directory: a new node must open while
// its peers (and their witnesses) are still down.
func initialiseMySQL(ctx context.Context, s *mysql.Storage, signer note.Signer) error {
	if _, err := s.ReadCheckpoint(ctx); err == nil {
		return nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return err
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	_, shutdown, _, err := tessera.NewAppender(ctx, s, tessera.NewAppendOptions().WithCheckpointSigner(signer).
		WithCheckpointInterval(mysqlMinCheckpointInterval))
	if err != nil {
		return err
	}
	// The driver publishes asynchronously, at once for a new log.
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := s.ReadCheckpoint(ctx); err == nil {
			break
		}
		if time.Now().After(deadline) {
			return errors.New("the empty checkpoint was not published within 10s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	return shutdown(ctx)
}

// mysqlStamp is the publication time of a MySQL log's checkpoint, which
// Tessera's driver rewrites at every publication (see health).
func mysqlStamp(db *sql.DB) func(context.Context) (string, error) {
	return func(ctx context.Context) (string, error) {
		var at int64
		if err := db.QueryRowContext(ctx, "SELECT `published_at` FROM `Checkpoint`").Scan(&at); err != nil {
			return "", err
		}
		return strconv.FormatInt(at, 10), nil
	}
}
