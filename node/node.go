package node

import (
	"context"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/release"
	"github.com/comity-project/comity/rulebook"
	"github.com/comity-project/comity/witness"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// Options are what a caller may add to a node beyond its configuration.
type Options struct {
	// Logger receives structured logs; nil logs JSON to stderr at the
	// configured level.
	Logger *slog.Logger
	// Policy decides at the gate instead of the node's rulebooks (tests of
	// other layers); nil means the baseline and the rulebooks directory.
	Policy comity.Policy
	// Webhooks delivers transfer-case notifications; nil uses a client that
	// trusts the system's CAs.
	Webhooks *http.Client
}

// Node is one running Comity node.
type Node struct {
	Config *Config
	DB     Store
	Log    *ledger.Log
	Peers  *federation.Peers // nil when the node is in no federation
	API    *comityhttp.Server
	Gate   *comity.Gate
	// Rulebooks are the baseline and the state rulebooks the gate decides
	// with (unless Options.Policy replaced them).
	Rulebooks *rulebook.Policy
	// Witness cosigns other members' checkpoints; nil outside a federation.
	Witness *witness.Witness
	// Judicial runs judicial assistance: cases, production orders, evidence.
	Judicial *judicial.Service
	// Advisories publishes advisories, keeps customers' SBOMs and notifies.
	Advisories *advisory.Service
	// Releases logs vendors' keys and releases (vendor release transparency).
	Releases *release.Service

	key      ed25519.PrivateKey
	tls      *tls.Config
	logger   *slog.Logger
	registry *prometheus.Registry
	alarms   prometheus.Counter
	unlogged prometheus.Counter // refused attempts the ledger would not take
	// splitViews counts witnesses found holding a history of this node's
	// log that it does not have; refusals counts their other refusals.
	splitViews, refusals prometheus.Counter
	// suspended is 1 while the ledger issues no receipts (ledger.Suspended).
	suspended    prometheus.Gauge
	suspensions  prometheus.Counter
	unproven     sync.Map // claims compareNotes could not prove yet, warned once
	webhooks     *http.Client
	bg           background             // goroutines Close waits for (background.go)
	fed          *federation.Membership // nil outside a federation
	releaseWatch                        // the release monitor's state (release_watch.go)
	records      *comity.RecordService
	classifier   *pii.Classifier
}

// Open assembles the node described by cfg: it opens the store and the log
// and builds the gate and the API. It does not listen; see Serve.
func Open(ctx context.Context, cfg *Config, opts Options) (_ *Node, err error) {
	n := newNode(cfg, opts)
	defer func() {
		if err != nil {
			n.Close(context.Background())
		}
	}()
	cert, roots, err := n.openTLS()
	if err != nil {
		return nil, err
	}
	fed, err := n.join(cert, roots)
	if err != nil {
		return nil, err
	}
	var m *federation.Manifest // the manifest the node runs on; nil outside a federation
	if fed != nil {
		m = fed.manifest
	}
	if n.DB, err = OpenStore(ctx, cfg.Store); err != nil {
		return nil, err
	}
	logWith := m
	if fed != nil && fed.departed != nil {
		logWith = nil // former peers witness it no more: it signs alone
	}
	if n.Log, err = n.openLedger(ctx, logWith); err != nil {
		return nil, err
	}
	if fed != nil {
		n.membership(fed)
	}
	mounts, err := n.openMounts(ctx, m)
	if err != nil {
		return nil, err
	}
	changes := &comity.Changes{Node: cfg.Name, Ledger: n.Log, Logger: n.logger, Unlogged: n.unlogged.Inc}
	agreements, err := federation.OpenAgreements(federation.AgreementsConfig{Dir: filepath.Join(cfg.DataDir, "agreements"),
		Manifest: m, Peers: n.Peers, Changes: changes, Screen: pii.Screen{}})
	if err != nil {
		return nil, err
	}
	if n.Rulebooks, err = n.openRulebooks(ctx, m, agreements); err != nil {
		return nil, err
	}
	if n.Gate, err = n.openGate(ctx, n.policy(opts.Policy)); err != nil {
		return nil, err
	}
	if n.Judicial, err = n.openJudicial(ctx, agreements); err != nil {
		return nil, fmt.Errorf("judicial assistance: %w", err)
	}
	if err := n.keepAdopted(ctx, fed); err != nil {
		return nil, err
	}
	if n.Advisories, err = n.openAdvisories(ctx); err != nil {
		return nil, fmt.Errorf("advisories: %w", err)
	}
	if n.Releases, err = n.openReleases(m); err != nil {
		return nil, fmt.Errorf("releases: %w", err)
	}
	forward := n.forwarder()
	transfers := n.transfers(forward)
	if err := n.recoverClaims(ctx, transfers); err != nil {
		return nil, err
	}
	if n.API, err = n.openAPI(mounts, changes, agreements, forward, transfers); err != nil {
		return nil, err
	}
	return n, nil
}

// openAPI builds the node's HTTP API over its services.
func (n *Node) openAPI(mounts []comityhttp.Mount, changes *comity.Changes, agreements *federation.Agreements, forward comity.Forwarder,
	transfers *comity.TransferService) (*comityhttp.Server, error) {
	cfg := n.Config
	info, err := n.info()
	if err != nil {
		return nil, err
	}
	n.registry.MustRegister(newCollector(n))
	n.records = &comity.RecordService{Node: cfg.Jurisdiction, Store: n.DB.Records(), Gate: n.Gate, Forward: forward,
		Classifier: n.classifier, Screen: pii.Screen{}}
	var federated comityhttp.Federation
	if n.fed != nil {
		federated = n.fed
	}
	handover := &ledger.Handover{Log: n.Log, Node: cfg.Name, Store: n.DB.Records(), Records: n.records}
	return comityhttp.New(comityhttp.Config{
		Node: cfg.Jurisdiction, NodeName: cfg.Name,
		Records: n.records,
		Notices: n.DB.Notices().ListNotices,
		Organisations: &comity.OrganisationService{Node: cfg.Jurisdiction, NodeName: cfg.Name, Store: n.DB.Organisations(),
			Ledger: n.Log},
		Consents: &comity.ConsentService{Node: cfg.Jurisdiction, NodeName: cfg.Name, Store: n.DB.Consents(), Records: n.DB.Records(), Ledger: n.Log,
			Screen: pii.Screen{}, Vocabulary: n.Rulebooks.Vocabulary()},
		Attestations: &rulebook.Attester{Node: cfg.Jurisdiction, NodeName: cfg.Name, Key: n.key, Records: n.records, Ledger: n.Log,
			MaxValid: 365 * 24 * time.Hour, Screen: pii.Screen{}, Vocab: n.Rulebooks.Vocabulary()},
		Principals: n.DB.Principals(),
		PrincipalService: &comity.PrincipalService{Store: n.DB.Principals(), Organisations: n.DB.Organisations(), Ledger: n.Log,
			NodeName: cfg.Name, MaxTokenLife: cfg.Tokens.MaxLife},
		Screen: pii.Screen{},
		Rulebooks: &rulebook.Service{Policy: n.Rulebooks, Dir: cfg.Rulebooks, Changes: changes,
			Federated: n.Peers != nil},
		Agreements:        agreements,
		SubjectSecret:     handover.SubjectSecret,
		RecordSecret:      handover.RecordSecret,
		Prove:             func(ctx context.Context, r *comity.Receipt) (any, error) { return n.Log.Prove(ctx, r) },
		ProveIndex:        func(ctx context.Context, i uint64) (any, error) { return n.Log.ProveIndex(ctx, i) },
		Transfers:         transfers,
		Judicial:          n.Judicial,
		Advisories:        n.Advisories,
		Releases:          n.Releases,
		PeerAuth:          n.peerAuth(),
		Federation:        federated,
		Ready:             n.ready,
		Info:              info,
		Mounts:            mounts,
		Registry:          n.registry,
		Logger:            n.logger,
		ReadHeaderTimeout: cfg.HTTP.ReadHeaderTimeout,
		BodyIdle:          cfg.HTTP.BodyIdle,
	}), nil
}

// newNode starts a node on cfg: its logger and its metrics.
func newNode(cfg *Config, opts Options) *Node {
	n := &Node{Config: cfg, logger: opts.Logger, registry: prometheus.NewRegistry(),
		webhooks: opts.Webhooks}
	if n.webhooks == nil {
		n.webhooks = &http.Client{Timeout: 10 * time.Second}
	}
	n.unlogged = promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_unlogged_refusals_total",
		Help: "Refused attempts (rulebooks, baseline, agreements) that could not be written to the ledger."})
	n.alarms = promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_witness_alarms_total",
		Help: "Checkpoints presented to this node's witness that were inconsistent with what it cosigned before."})
	n.splitViews = promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_ledger_split_views_total",
		Help: "Witnesses found holding a checkpoint of this node's log that the log never published: proof of a split view."})
	n.refusals = promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_ledger_witness_refusals_total",
		Help: "Other refusals of this node's checkpoints by its witnesses (unreachable, unknown log, bad signature), once per episode."})
	n.suspended = promauto.With(n.registry).NewGauge(prometheus.GaugeOpts{Name: "comity_ledger_suspended",
		Help: "1 while the ledger has published no checkpoint for longer than its max merge delay (too few witnesses, or a disk that refuses writes): it issues no receipts and the node releases nothing."})
	n.suspensions = promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_ledger_suspensions_total",
		Help: "Times the ledger stopped issuing receipts because it could not publish within its max merge delay."})
	if n.logger == nil {
		n.logger = slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level(cfg.LogLevel)}))
	}
	n.logger = n.logger.With("node", cfg.Name)
	routeKlog(n.logger)
	return n
}

// openTLS loads the node key and its certificates (the node's, pinned by
// peers, then the one for browsers) and the roots it trusts.
func (n *Node) openTLS() (tls.Certificate, *x509.CertPool, error) {
	var err error
	if n.key, err = federation.LoadPrivateKey(n.Config.Key); err != nil {
		return tls.Certificate{}, nil, fmt.Errorf("node key: %w", err)
	}
	cert, err := n.certificate()
	if err != nil {
		return cert, nil, err
	}
	roots, err := federation.LoadCertPool(n.Config.TLS.Roots...)
	if err != nil {
		return cert, nil, fmt.Errorf("tls roots: %w", err)
	}
	n.tls = federation.ServerTLSConfig(cert, roots)
	if web, ok, err := n.webCertificate(); err != nil {
		return cert, nil, err
	} else if ok {
		// After the node certificate: a TLS server picks the first one the
		// client supports, so peers (which offer Ed25519) get the pinned one.
		n.tls.Certificates = append(n.tls.Certificates, web)
	}
	return cert, roots, nil
}

// openMounts returns the handlers the API serves beside its own routes: the log,
// and in a federation the witness (which it opens).
func (n *Node) openMounts(ctx context.Context, m *federation.Manifest) ([]comityhttp.Mount, error) {
	mounts := []comityhttp.Mount{{Pattern: "GET /log/", Handler: http.StripPrefix("/log", n.Log.Handler())}}
	if m == nil {
		return mounts, nil
	}
	var err error
	if n.Witness, err = n.openWitness(ctx, m); err != nil {
		return nil, fmt.Errorf("witness: %w", err)
	}
	wh := http.StripPrefix("/witness", n.Witness.Handler())
	// The cosigned checkpoints a witness holds and its evidence are
	// public, like the logs they are about: any auditor may compare.
	// A witness cosigns a log's consistent checkpoint whatever manifest
	// serial the log's node is on: a stale-manifest problem would read
	// as a fork to it (tlog-witness 409).
	return append(mounts, comityhttp.Mount{Pattern: "POST /witness/add-checkpoint", Roles: []comity.Role{comity.RolePeer}, Handler: wh, AnySerial: true},
		comityhttp.Mount{Pattern: "GET /witness/checkpoint", Handler: wh},
		comityhttp.Mount{Pattern: "GET /witness/evidence", Handler: wh}), nil
}

// openRulebooks loads the node's rulebooks directory: with a manifest,
// every state's bundle must be signed by that state's data-protection
// authority, and agreements in force reach the parties' data.
func (n *Node) openRulebooks(ctx context.Context, m *federation.Manifest, agreements *federation.Agreements) (*rulebook.Policy, error) {
	cfg := rulebook.Config{Volume: n.DB.Releases(), KindOf: rulebook.KindOf, Agreements: agreements.Parties,
		// Attestations are signed by this node, the home of the records.
		NodeKeys: rulebook.Keys{n.Config.Jurisdiction: n.key.Public().(ed25519.PublicKey)}}
	if m != nil {
		cfg.Keys = m.KeysByRole(comity.RoleDPA)
		cfg.CentralAuthorityKeys = m.KeysByRole(comity.RoleCentralAuthority)
		cfg.Quorum = m.BaselineQuorum
	}
	return rulebook.OpenDir(ctx, n.Config.Rulebooks, cfg)
}

// policy is the gate's policy chain, outermost first: a node that its
// federation no longer lists releases nothing (federation.Membership.Policy,
// a no-op outside a federation); law enforcement reaches data homed here
// from abroad only through judicial assistance (judicial.Guard, which lets
// the judicial service's own executions through); then the rulebooks
// decide, with the home-controller rule until this state's own rulebook is
// installed (rulebook.Policy.AtHome). A test may replace the rulebooks
// (Options.Policy); the outer links stay.
func (n *Node) policy(rulebooks comity.Policy) comity.Policy {
	if rulebooks == nil {
		rulebooks = n.Rulebooks.AtHome(n.Config.Jurisdiction)
	}
	return n.fed.Policy(judicial.Guard{Policy: rulebooks})
}

// openGate builds the gate over the store, the log and the minimiser, and
// the classifier records are filed with.
func (n *Node) openGate(ctx context.Context, policy comity.Policy) (*comity.Gate, error) {
	cfg := n.Config
	minimiser, err := pii.NewMinimiser(ctx, pii.MinimiserConfig{Key: n.derivedKey("comity/minimise/v1")})
	if err != nil {
		return nil, err
	}
	// Categories follow the law of the node's state: PIPL Art. 28 in CN,
	// GDPR Arts. 9 and 10 in the EU, CPRA's sensitive information in the US.
	if n.classifier, err = pii.NewClassifier(ctx, pii.ClassifierConfig{Jurisdiction: cfg.Jurisdiction}); err != nil {
		return nil, err
	}
	return &comity.Gate{Node: cfg.Jurisdiction, NodeName: cfg.Name, Records: n.DB.Records(), Policy: policy,
		Ledger: n.Log, Minimiser: minimiser, Releases: n.DB.Releases(), Transfers: n.DB.Transfers(),
		Screen: pii.Screen{}, Vocabulary: n.Rulebooks.Vocabulary(),
		Consents: n.DB.Consents(), AcceptedConsent: func(home comity.Jurisdiction) []comity.ConsentKind {
			return n.Rulebooks.Engine().AcceptedConsent(home)
		},
		Notifier: &notices{n: n, count: promauto.With(n.registry).NewCounter(prometheus.CounterOpts{
			Name: "comity_dpa_notices_total", Help: "Releases notified at once to the state's data-protection authority."})},
		Locker: n.DB}, nil
}

// forwarder sends requests for data homed elsewhere to the node of its
// home; nil outside a federation.
func (n *Node) forwarder() comity.Forwarder {
	if n.Peers == nil {
		return nil
	}
	return &client.Forwarder{Peers: n.Peers}
}

// transfers is the transfer-case service: its authority is this state's
// data-protection authority, whose key the live manifest gives.
func (n *Node) transfers(forward comity.Forwarder) *comity.TransferService {
	cfg := n.Config
	auth := authority{home: cfg.Jurisdiction}
	if n.Peers != nil {
		auth.key = func() ed25519.PublicKey { return n.Peers.Manifest().KeysByRole(comity.RoleDPA)[cfg.Jurisdiction] }
	}
	return &comity.TransferService{Node: cfg.Jurisdiction, NodeName: cfg.Name, Store: n.DB.Transfers(),
		Ledger: n.Log, Authority: auth, Forward: forward, Notify: n.notify}
}

// peerAuth names the peer node a TLS client certificate belongs to; nil
// outside a federation.
func (n *Node) peerAuth() func(*tls.ConnectionState) (comity.Jurisdiction, string, error) {
	if n.Peers == nil {
		return nil
	}
	return func(cs *tls.ConnectionState) (comity.Jurisdiction, string, error) {
		p, err := n.Peers.Identify(cs)
		if err != nil {
			return "", "", err
		}
		return p.Jurisdiction, p.Node.Name, nil
	}
}

// info is what GET /v1/node tells about the node's log and, in a
// federation, its witness; functions are evaluated on each request, so
// that they follow the manifest the node runs on.
func (n *Node) info() (map[string]any, error) {
	info := map[string]any{
		"log_origin": n.Log.Origin(), "log_url_path": "/log/", "log_public_key": n.Log.VerifierKey(),
		"max_merge_delay": n.Log.MaxMergeDelay().String(),
	}
	if n.Witness == nil {
		return info, nil
	}
	name := n.Config.Name
	_, vkey, err := witness.KeyFromEd25519(witnessName(name), n.key)
	if err != nil {
		return nil, err
	}
	info["witness_public_key"] = vkey
	// Verifiers take this log's witnesses and quorum from the signed
	// manifest (comity audit, comity receipt verify); log_witnesses is
	// the same, for reading. Both follow the manifest the node runs on.
	info["witness_quorum"] = func() any {
		if n.fed.Departed() != nil {
			return 0
		}
		return n.fed.Manifest().Witness.Threshold
	}
	info["manifest"] = func() any { return n.fed.Manifest() }
	info["log_witnesses"] = func() any {
		ws := []string{}
		if n.fed.Departed() != nil {
			return ws // no longer witnessed: it signs alone
		}
		for _, p := range n.fed.Manifest().Witnesses(name) {
			if k, err := witness.VerifierKey(witnessName(p.Name), ed25519.PublicKey(p.PublicKey)); err == nil {
				ws = append(ws, k)
			}
		}
		return ws
	}
	return info, nil
}

// recoverClaims settles the decisions a crash left claimed and not
// committed (see comity.Claim), before the node serves: each is committed
// exactly as its log entry says, or undone if it has none.
func (n *Node) recoverClaims(ctx context.Context, transfers *comity.TransferService) error {
	decided, released, err := transfers.Recover(ctx)
	if err != nil {
		return fmt.Errorf("recover transfer decisions: %w", err)
	}
	committed, undone, err := n.Judicial.Recover(ctx)
	if err != nil {
		return fmt.Errorf("recover judicial steps: %w", err)
	}
	if decided+released+committed+undone > 0 {
		n.logger.Warn("recovered claims left by a crash", "transfers_decided_as_logged", decided,
			"transfers_pending_again", released, "judicial_steps_committed_as_logged", committed, "judicial_steps_undone", undone)
	}
	return nil
}

func (n *Node) certificate() (tls.Certificate, error) {
	keyFile := n.Config.TLS.Key
	if keyFile == "" {
		keyFile = n.Config.Key
	}
	cert, err := federation.LoadNodeCertificate(n.Config.TLS.Cert, keyFile)
	if err != nil {
		return cert, fmt.Errorf("tls certificate: %w", err)
	}
	return cert, nil
}

// webCertificate loads the certificate for browsers (TLSConfig.WebCert);
// ok is false when none is configured and the default files do not exist.
func (n *Node) webCertificate() (cert tls.Certificate, ok bool, err error) {
	c := n.Config.TLS
	if c.webDefault {
		if _, err := os.Stat(c.WebCert); errors.Is(err, os.ErrNotExist) {
			n.logger.Warn("no certificate for browsers: the API serves only the node's Ed25519 certificate, which browsers refuse", "web_cert", c.WebCert)
			return cert, false, nil
		}
	}
	if cert, err = federation.LoadNodeCertificate(c.WebCert, c.WebKey); err != nil {
		return cert, false, fmt.Errorf("tls web certificate: %w", err)
	}
	return cert, true, nil
}

// openLedger opens the node's log. In a federation, its checkpoints are
// published only once the manifest's witness policy is met.
func (n *Node) openLedger(ctx context.Context, m *federation.Manifest) (*ledger.Log, error) {
	skey, _, err := ledger.KeyFromEd25519(n.Config.Name, n.key)
	if err != nil {
		return nil, err
	}
	subjectKey, err := os.ReadFile(n.Config.Ledger.SubjectKey)
	if err != nil {
		return nil, fmt.Errorf("subject key: %w", err)
	}
	cfg := ledger.Config{Dir: n.Config.Ledger.Dir, MySQL: n.Config.Ledger.URL, Key: skey, SubjectKey: subjectKey,
		MaxMergeDelay: n.Config.Ledger.MaxMergeDelay, OnWitnessRefusal: n.onWitnessRefusal, OnSuspend: n.onSuspend,
		Screen: pii.Screen{}}
	if m != nil && m.Witness.Threshold > 0 {
		if cfg.Witnesses, cfg.HTTPClient, err = n.witnesses(m); err != nil {
			return nil, err
		}
		cfg.Quorum = m.Witness.Threshold
	}
	return ledger.Open(ctx, cfg)
}

// derivedKey derives a purpose-bound secret from the node key, so that one
// key file serves every keyed hash without one purpose's output revealing
// another's.
func (n *Node) derivedKey(purpose string) []byte {
	mac := hmac.New(sha256.New, n.key.Seed())
	mac.Write([]byte(purpose))
	return mac.Sum(nil)
}

// onSuspend hears the ledger stop and resume issuing receipts.
func (n *Node) onSuspend(suspended bool) {
	if !suspended {
		n.suspended.Set(0)
		n.logger.Warn("ledger resumed: checkpoints are published again; receipts and releases resume")
		return
	}
	n.suspended.Set(1)
	n.suspensions.Inc()
	n.logger.Error("LEDGER SUSPENDED: no checkpoint published within the max merge delay (witness quorum lost or disk refusing writes); no receipts are issued and nothing is released until it publishes again")
}

func (n *Node) ready(ctx context.Context) error {
	if err := n.Log.Suspended(); err != nil {
		return err
	}
	if err := n.DB.Ping(ctx); err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if _, err := n.Log.Checkpoint(ctx); err != nil {
		return fmt.Errorf("ledger: %w", err)
	}
	return nil
}

// Serve serves the API over TLS on ln until ctx is done, then shuts down
// gracefully: in-flight requests get up to 10 seconds to finish. It returns
// only once the runners it started (judicial deadlines, advisories, note
// comparison, the release monitor) have stopped.
func (n *Node) Serve(ctx context.Context, ln net.Listener) error {
	srv := n.API.HTTPServer(n.tls)
	errc := make(chan error, 1)
	ln = comityhttp.LimitListener(ln, n.Config.HTTP.MaxConnections)
	go func() { errc <- srv.ServeTLS(ln, "", "") }()
	ctx, stopRunners := context.WithCancel(ctx)
	var runners sync.WaitGroup
	defer func() {
		stopRunners()
		runners.Wait()
	}()
	runners.Go(func() { n.Judicial.Run(ctx, time.Minute) })
	runners.Go(func() { n.Advisories.Run(ctx, advisoryPoll) })
	runners.Go(func() { n.Advisories.RunDuties(ctx, n.Config.Advisories.dutyEvery()) })
	if n.Peers != nil {
		runners.Go(func() { n.followAdvisories(ctx, n.Config.Advisories.followEvery()) })
	}
	if n.Witness != nil {
		runners.Go(func() { n.compareNotes(ctx, max(n.Log.MaxMergeDelay(), time.Second)) })
	}
	if len(n.Config.Releases.Watch) > 0 {
		runners.Go(func() { n.watchReleases(ctx) })
	}
	n.logger.Info("serving", "addr", ln.Addr().String(), "jurisdiction", n.Config.Jurisdiction)
	var failed error
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	case <-n.Log.Failed():
		// Crash-only: after a failed fsync only a restart knows what is
		// durable (ledger.Log.Failed). Stop, and say why.
		failed = fmt.Errorf("stopping: %w", n.Log.Suspended())
		n.logger.Error("LEDGER DISK FAILED: the node stops; restart it to recover from what is durable", "err", failed)
	case <-storeFailed(n.DB):
		failed = errors.New("stopping: the store's disk failed a write (an I/O error, as from a failed fsync); restart to recover from what is durable")
		n.logger.Error("STORE DISK FAILED: the node stops; restart it to recover from what is durable")
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdown)
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	if failed != nil {
		err = failed
	}
	n.logger.Info("stopped")
	return err
}

// storeFailed is the store's Failed channel (sqlite.DB.Failed), or nil (a
// channel that never fires) for a store that has none.
func storeFailed(s Store) <-chan struct{} {
	if f, ok := s.(interface{ Failed() <-chan struct{} }); ok {
		return f.Failed()
	}
	return nil
}

// Close releases the node's resources: background work (webhook
// deliveries, alarms) is stopped and waited for, the log is flushed, then
// the store closed.
func (n *Node) Close(ctx context.Context) error {
	n.bg.stop()
	var errs []error
	if n.Log != nil {
		// Closing waits for a published checkpoint that covers every receipt;
		// bound the wait when witnesses are gone, so that a node that lost
		// its federation still stops. It publishes the rest when it restarts.
		if _, ok := ctx.Deadline(); !ok {
			var cancel context.CancelFunc
			ctx, cancel = context.WithTimeout(ctx, n.Log.MaxMergeDelay()+ledger.DefaultWitnessTimeout)
			defer cancel()
		}
		errs = append(errs, n.Log.Close(ctx))
	}
	if n.Peers != nil {
		n.Peers.Close()
	}
	if n.DB != nil {
		errs = append(errs, n.DB.Close())
	}
	return errors.Join(errs...)
}

func level(s string) slog.Level {
	switch s {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}
