// Package ledger is a Comity node's transparency log: every gate decision
// and every change to rulebooks, agreements and membership, appended to a
// Tessera log (POSIX driver) and published as C2SP tlog-tiles with
// C2SP tlog-checkpoint checkpoints signed by the node's Ed25519 key.
//
// Commit returns a signed Receipt only once the entry has a durable index;
// the receipt promises that a checkpoint covering the entry will be
// published within MaxMergeDelay. Package audit verifies logs and receipts
// without sharing any code with this package.
package ledger

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/witness"
	"github.com/transparency-dev/tessera"
	"github.com/transparency-dev/tessera/storage/mysql"
	"github.com/transparency-dev/tessera/storage/posix"
	"golang.org/x/mod/sumdb/note"
)

// Defaults for Config fields left zero.
//
// Batching: the POSIX driver writes one batch at a time, and each batch
// costs a dozen fsyncs (entry bundles, tiles at each level, tree state:
// about 0.3 ms each on this machine's local disk) whatever its size. Left
// to itself, Tessera cuts a batch every BatchMaxAge even while the previous
// one is still being written, and under load those small batches queue up
// and throughput collapses. The ledger's batcher (batcher.go) therefore
// hands Tessera the next batch only when the previous one is durable: every
// batch holds all that arrived meanwhile, so batches grow with load by
// themselves and BatchMaxAge only needs to cover the time it takes to hand
// a batch over. 1 ms keeps a lone request's receipt at about 1 ms plus one
// batch write (3–5 ms); BatchMaxSize 4096 bounds a batch's memory.
//
// Checkpoints: receipts do not wait for checkpoints, only proofs do. A
// checkpoint costs a signature, an fsync and, with witnesses, a round trip
// to each; publishing every MaxMergeDelay/4 (500 ms by default, never below
// Tessera's POSIX minimum of 100 ms) leaves three more chances to meet the
// merge delay if one attempt fails.
const (
	DefaultMaxMergeDelay  = 2 * time.Second
	DefaultBatchMaxAge    = 1 * time.Millisecond
	DefaultBatchMaxSize   = 4096
	DefaultWitnessTimeout = 2 * time.Second
	DefaultMaxPending     = 1 << 16
	minCheckpointInterval = 100 * time.Millisecond
)

// Config configures a Log.
type Config struct {
	// Dir is the log's directory (Tessera POSIX layout: checkpoint, tile/,
	// .state/). It is created if missing and reopened if present.
	Dir string
	// MySQL, instead of Dir, keeps the log in a MySQL or MariaDB database
	// (Tessera's MySQL driver): mysql://user:password@host:port/database,
	// with ?tls=true off loopback. Several processes may append to one
	// such log. Its checkpoints are published at most once a second, so
	// MaxMergeDelay must be at least 2s.
	MySQL string
	// Key is the node's signed-note private key, "PRIVATE+KEY+<origin>+<hash>+<key>"
	// (Ed25519, as made by GenerateKey). Its name is the log's origin.
	Key string
	// Origin, if set, must equal the key's name; it guards against opening
	// a log with the wrong key.
	Origin string
	// SubjectKey is the node's secret for data-subject pseudonyms and
	// record commitments (at least 32 bytes). See SubjectSecret and
	// RecordSecret.
	SubjectKey []byte
	// Screen, if set, refuses entries whose free text holds personal
	// information (EINVALID naming the member); nil screens nothing.
	Screen comity.TextScreen
	// MaxMergeDelay is the longest time between a receipt and a published
	// checkpoint that covers its entry. Default DefaultMaxMergeDelay.
	MaxMergeDelay time.Duration
	// BatchMaxAge and BatchMaxSize tune Tessera's batching; see the
	// package's Default constants for the choice.
	BatchMaxAge  time.Duration
	BatchMaxSize uint
	// Witnesses cosign each checkpoint before it is published; with
	// Quorum > 0 the log publishes (serves at /checkpoint) only
	// checkpoints that carry at least Quorum of their cosignatures. With
	// no witnesses the log publishes its own signed checkpoints.
	Witnesses []witness.Client
	Quorum    int
	// MaxPending is how many entries may wait for the next batch before
	// Commit refuses new ones with EUNAVAILABLE. Default DefaultMaxPending.
	MaxPending int
	// WitnessTimeout bounds one round of witnessing. Default DefaultWitnessTimeout.
	WitnessTimeout time.Duration
	// HTTPClient is used to reach witnesses (for example with mutual TLS).
	HTTPClient *http.Client
	// OnWitnessRefusal hears every answer of a witness other than a
	// cosignature, once per episode (see WitnessRefusal), including those
	// Tessera ignores because the quorum was met elsewhere. A refusal with
	// SplitView set is evidence of a fork. It is called from the request's
	// goroutine and must not block for long.
	OnWitnessRefusal func(context.Context, WitnessRefusal)
	// OnSuspend, if set, hears the log become suspended (true) and resume
	// (false); see Suspended. It must not block for long.
	OnSuspend func(suspended bool)
}

// Log is a node's ledger. It implements comity.Ledger and is safe for
// concurrent use.
type Log struct {
	cfg     Config // Witnesses, Quorum, HTTPClient guarded by mu
	origin  string
	signer  note.Signer
	vkey    string
	batcher *batcher
	clean   cleanTexts // texts the screen passed (see screen)

	mu      sync.Mutex
	app     *appender                       // replaced by SetWitnesses
	cpCache atomic.Pointer[checkpointCache] // see publishedCheckpoint

	db    *sql.DB        // the MySQL database, or nil for a directory
	mysql *mysql.Storage // Tessera's driver over db

	// health watches publications, whichever appender makes them.
	health     *health
	stopHealth context.CancelFunc

	// observing counts the witness answers still being observed after
	// Tessera moved on (observer); Close waits for them.
	observing sync.WaitGroup
}

var _ comity.Ledger = (*Log)(nil)

// Open opens or creates the log in cfg.Dir and starts its background
// sequencing and checkpointing, which run until Close.
func Open(ctx context.Context, cfg Config) (*Log, error) {
	if cfg.Dir == "" && cfg.MySQL == "" {
		return nil, errors.New("open ledger: Config.Dir or Config.MySQL is required")
	}
	if len(cfg.SubjectKey) < 32 {
		return nil, errors.New("open ledger: Config.SubjectKey must be at least 32 bytes")
	}
	signer, vkey, err := keyPair(cfg.Key)
	if err != nil {
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	if cfg.Origin != "" && cfg.Origin != signer.Name() {
		return nil, fmt.Errorf("open ledger: key is for origin %q, not %q", signer.Name(), cfg.Origin)
	}
	if cfg.MaxMergeDelay <= 0 {
		cfg.MaxMergeDelay = DefaultMaxMergeDelay
	}
	if cfg.BatchMaxAge <= 0 {
		cfg.BatchMaxAge = DefaultBatchMaxAge
	}
	if cfg.BatchMaxSize == 0 {
		cfg.BatchMaxSize = DefaultBatchMaxSize
	}
	if cfg.MaxPending <= 0 {
		cfg.MaxPending = DefaultMaxPending
	}
	if cfg.WitnessTimeout <= 0 {
		cfg.WitnessTimeout = DefaultWitnessTimeout
	}
	if cfg.Quorum < 0 || cfg.Quorum > len(cfg.Witnesses) {
		return nil, fmt.Errorf("open ledger: quorum %d of %d witnesses", cfg.Quorum, len(cfg.Witnesses))
	}

	l := &Log{cfg: cfg, origin: signer.Name(), signer: signer, vkey: vkey}
	if cfg.MySQL != "" {
		if cfg.MaxMergeDelay < 2*mysqlMinCheckpointInterval {
			return nil, comity.Errorf(comity.EINVALID, "open ledger: a log on MySQL publishes at most once a second: max_merge_delay %s is below 2s", cfg.MaxMergeDelay)
		}
		if l.mysql, l.db, err = openMySQL(ctx, cfg); err != nil {
			return nil, fmt.Errorf("open ledger: %w", err)
		}
	}
	if len(cfg.Witnesses) > 0 {
		if err := l.initialise(ctx); err != nil {
			l.closeDB()
			return nil, fmt.Errorf("open ledger: %w", err)
		}
	}
	a, err := l.appender(ctx, cfg.Witnesses, cfg.Quorum, cfg.HTTPClient)
	if err != nil {
		l.closeDB()
		return nil, err
	}
	l.app = a
	l.batcher = newBatcher(a.add, l.sealBatch, cfg.MaxPending)
	stamp := fileStamp(cfg.Dir)
	if l.db != nil {
		stamp = mysqlStamp(l.db)
	}
	l.health = newHealth(stamp, cfg.MaxMergeDelay, cfg.OnSuspend)
	var bg context.Context
	bg, l.stopHealth = context.WithCancel(context.WithoutCancel(ctx))
	go l.health.watch(bg, max(max(cfg.MaxMergeDelay/4, minCheckpointInterval)/5, 20*time.Millisecond))
	return l, nil
}

// appender is one Tessera appender over the log's directory (or
// database) and what it takes to stop it.
type appender struct {
	add      tessera.AddFn
	reader   tessera.LogReader
	shutdown func(context.Context) error
	cancel   context.CancelFunc // also drops its witness route, if any
}

// initialise publishes a new log's empty checkpoint without witnesses.
func (l *Log) initialise(ctx context.Context) error {
	if l.mysql != nil {
		return initialiseMySQL(ctx, l.mysql, l.signer)
	}
	return initialise(ctx, l.cfg.Dir, l.signer)
}

func (l *Log) closeDB() {
	if l.db != nil {
		l.db.Close()
	}
}

func (l *Log) appender(ctx context.Context, ws []witness.Client, quorum int, hc *http.Client) (*appender, error) {
	cfg := l.cfg
	cfg.Witnesses, cfg.Quorum, cfg.HTTPClient = ws, quorum, hc
	cpInterval := max(cfg.MaxMergeDelay/4, minCheckpointInterval)
	var driver tessera.Driver
	unroute := func() {}
	if l.mysql != nil {
		driver = l.mysql
		cpInterval = max(cpInterval, mysqlMinCheckpointInterval)
		if len(ws) > 0 {
			var err error
			if ws, unroute, err = routeWitnesses(ws, l.observed(cfg)); err != nil {
				return nil, err
			}
		}
	} else {
		var err error
		if driver, err = posix.New(ctx, posix.Config{Path: cfg.Dir, HTTPClient: l.observed(cfg)}); err != nil {
			return nil, fmt.Errorf("open ledger: %w", err)
		}
	}
	opts := tessera.NewAppendOptions().
		WithCheckpointSigner(l.signer).
		WithBatching(cfg.BatchMaxSize, cfg.BatchMaxAge).
		WithCheckpointInterval(cpInterval).
		// Republishing an unchanged tree is a fresh round of witnessing:
		// it is how the log learns it can still keep its receipts'
		// promise while idle (see health).
		WithCheckpointRepublishInterval(cpInterval).
		WithShutdownTimeout(max(10*time.Second, 4*cfg.MaxMergeDelay))
	if len(ws) > 0 {
		// With no quorum required, cosignatures are best effort: publish
		// even when no witness answers.
		opts.WithWitnesses(witnessGroup(quorum, ws),
			&tessera.WitnessOptions{Timeout: cfg.WitnessTimeout, FailOpen: quorum == 0})
	}
	// The appender's background work must outlive ctx (a request or start-up
	// context) and stop only at Close.
	bg, stop := context.WithCancel(context.WithoutCancel(ctx))
	cancel := func() { stop(); unroute() }
	a, shutdown, r, err := tessera.NewAppender(bg, driver, opts)
	if err != nil {
		cancel()
		return nil, fmt.Errorf("open ledger: %w", err)
	}
	return &appender{add: a.Add, reader: r, shutdown: shutdown, cancel: cancel}, nil
}

// SetWitnesses moves the log to a new witness policy (a federation whose
// membership changed): entries committed meanwhile wait, the current
// appender publishes a checkpoint covering everything receipted under the
// old policy (or gives up when ctx ends) and stops, and a new one starts
// with ws and quorum, publishing whatever the old one did not. If the new
// appender cannot start, the log goes back to the old policy.
func (l *Log) SetWitnesses(ctx context.Context, ws []witness.Client, quorum int, hc *http.Client) error {
	if quorum < 0 || quorum > len(ws) {
		return fmt.Errorf("ledger witnesses: quorum %d of %d witnesses", quorum, len(ws))
	}
	return l.batcher.pause(func() error {
		l.mu.Lock()
		old := l.app
		l.mu.Unlock()
		// If the old witnesses cannot cosign any more (they left, or no
		// longer know this log), shutdown gives up when ctx ends; the
		// entries are durable, and the new appender publishes them.
		old.shutdown(ctx)
		old.cancel()
		if len(ws) > 0 {
			if err := l.initialise(ctx); err != nil {
				return err
			}
		}
		a, err := l.appender(ctx, ws, quorum, hc)
		if err != nil {
			// Restart the old policy rather than leave the log without
			// an appender.
			if a, err2 := l.appender(ctx, l.cfg.Witnesses, l.cfg.Quorum, l.cfg.HTTPClient); err2 == nil {
				l.mu.Lock()
				l.app = a
				l.mu.Unlock()
				l.batcher.add = a.add
			}
			return err
		}
		l.mu.Lock()
		l.app = a
		l.cfg.Witnesses, l.cfg.Quorum, l.cfg.HTTPClient = ws, quorum, hc
		l.mu.Unlock()
		l.batcher.add = a.add
		return nil
	})
}

func (l *Log) current() *appender {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.app
}

// initialise creates a new log's directory and its empty checkpoint
// without witnesses. Tessera publishes that first checkpoint while opening
// and fails to open if it cannot; with witnesses that would make a new
// node's start depend on its peers being up already (they start together
// in a federation). Cosigning the empty tree proves nothing anyway.
func initialise(ctx context.Context, dir string, signer note.Signer) error {
	if _, err := os.Stat(filepath.Join(dir, "checkpoint")); err == nil {
		return nil
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	defer cancel()
	d, err := posix.New(ctx, posix.Config{Path: dir})
	if err != nil {
		return err
	}
	_, shutdown, _, err := tessera.NewAppender(ctx, d, tessera.NewAppendOptions().WithCheckpointSigner(signer))
	if err != nil {
		return err
	}
	return shutdown(ctx)
}

// witnessGroup is the k-of-n policy over the configured witnesses.
func witnessGroup(k int, ws []witness.Client) tessera.WitnessGroup {
	// tessera.NewWitnessGroup's parameter type is unexported; appending to
	// the group's Components converts each Client to it.
	g := tessera.WitnessGroup{N: k}
	for _, w := range ws {
		g.Components = append(g.Components, w)
	}
	return g
}

// observed returns cfg.HTTPClient with every witness answer observed (see
// observer), or cfg.HTTPClient itself when no one listens.
func (l *Log) observed(cfg Config) *http.Client {
	if len(cfg.Witnesses) == 0 || cfg.OnWitnessRefusal == nil {
		return cfg.HTTPClient
	}
	hc := http.Client{}
	if cfg.HTTPClient != nil {
		hc = *cfg.HTTPClient
	}
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	o := &observer{next: next, names: map[string]string{}, timeout: cfg.WitnessTimeout, report: cfg.OnWitnessRefusal, last: map[string]string{},
		running: &l.observing}
	for _, w := range cfg.Witnesses {
		for u, v := range w.Endpoints() {
			o.names[u] = v.Name()
		}
	}
	hc.Transport = o
	return &hc
}

// Origin is the log's origin (its checkpoints' first line and key name).
func (l *Log) Origin() string { return l.origin }

// VerifierKey is the log's public key in signed-note verifier form, for
// auditors and receipt verifiers.
func (l *Log) VerifierKey() string { return l.vkey }

// MaxMergeDelay is the delay the log's receipts promise.
func (l *Log) MaxMergeDelay() time.Duration { return l.cfg.MaxMergeDelay }

// Checkpoint returns the latest published checkpoint (a signed note,
// with any witness cosignatures).
func (l *Log) Checkpoint(ctx context.Context) ([]byte, error) {
	return l.current().reader.ReadCheckpoint(ctx)
}

// Close stops accepting entries, waits until every entry already receipted
// is covered by a published checkpoint (or ctx is done: those entries are
// still durable and are published when the log is next opened), and stops
// background work.
func (l *Log) Close(ctx context.Context) error {
	defer l.stopHealth()
	l.batcher.close()
	a := l.current()
	defer l.closeDB()
	defer l.observing.Wait() // each bounded by the witness timeout
	defer a.cancel()
	if err := a.shutdown(ctx); err != nil {
		return fmt.Errorf("close ledger: %w", err)
	}
	return nil
}

// leafHash is the RFC 6962 leaf hash of an encoded entry: the hash a
// receipt carries and the tlog record hash of the entry.
func leafHash(data []byte) []byte {
	h := sha256.New()
	h.Write([]byte{0})
	h.Write(data)
	return h.Sum(nil)
}
