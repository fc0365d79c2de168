// Package http serves a node's API: JSON over HTTPS, authenticated by API
// token or, for peer nodes, by mutual TLS; errors as RFC 9457 problem
// details; described by openapi.yaml.
package http

import (
	"context"
	"crypto/tls"
	"log/slog"
	"net/http"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/judicial"
	"github.com/prometheus/client_golang/prometheus"
)

// Config configures the API server of one node.
type Config struct {
	Node     comity.Jurisdiction
	NodeName string
	// Records is the only way handlers reach record content (through the
	// gate inside it).
	Records    *comity.RecordService
	Principals comity.PrincipalStore
	// PrincipalService creates and revokes principals, each change logged;
	// nil: one over Principals that logs nothing (tests).
	PrincipalService *comity.PrincipalService
	// Screen refuses organisation names that hold personal information
	// (entries name requesters by organisation); nil screens nothing.
	Screen comity.TextScreen
	// Rulebooks publishes and lists state rulebooks; nil serves none.
	Rulebooks Rulebooks
	// SubjectSecret hands a controller the log secret of one of its data
	// subjects, for the subject's own transparency (logged); nil: none.
	SubjectSecret func(ctx context.Context, by *comity.Principal, ref string) (secret []byte, origin string, err error)
	// RecordSecret hands a record's controller the secret of the record's
	// commitments in the log, with which it (or whom it authorises) shows
	// which entries concern the record (logged); nil: none.
	RecordSecret func(ctx context.Context, by *comity.Principal, id string) (secret []byte, origin string, err error)
	// Prove turns a receipt into an inclusion proof; nil: no log.
	Prove Prover
	// ProveIndex returns the log entry at an index with its inclusion proof
	// against the latest published checkpoint; nil: no log.
	ProveIndex func(ctx context.Context, index uint64) (any, error)
	// Agreements publishes and lists agreements between states.
	Agreements Agreements
	// Attestations issues controllers' attestations; nil: none.
	Attestations Attestations
	// Notices lists the notices sent to the state's data-protection
	// authority, newest first; nil: none.
	Notices func(ctx context.Context, limit int) ([]*comity.Notice, error)
	// Organisations registers the organisations of the node's state; nil:
	// none, and principals act for no registered organisation.
	Organisations *comity.OrganisationService
	// Consents keeps controllers' consents; nil: none.
	Consents *comity.ConsentService
	// Transfers runs the transfer workflow; nil keeps no cases.
	Transfers *comity.TransferService
	// Judicial runs judicial assistance (cases between central
	// authorities, production orders, evidence); nil serves none.
	Judicial *judicial.Service
	// Advisories publishes advisories, registers SBOMs and lists
	// notifications; nil serves none.
	Advisories *advisory.Service
	// Federation is the node's membership (manifest, live updates, peers'
	// serials); nil: the node is in no federation.
	Federation Federation
	// Releases is vendor release transparency; nil keeps no releases.
	Releases Releases
	// PeerAuth identifies a peer node from its verified client certificate;
	// it must refuse any certificate that is not in the federation manifest.
	// nil: no peer may call this node.
	PeerAuth func(*tls.ConnectionState) (comity.Jurisdiction, string, error)
	// Ready reports whether the node can serve (store reachable, log open).
	Ready func(context.Context) error
	// Info is returned by GET /v1/node (public keys, log URL, manifest...);
	// a value of type func() any is called at each request.
	Info map[string]any
	// Mounts are extra handlers (the ledger's tile API, witness endpoints)
	// by pattern, each with the roles that may call it; no roles = public.
	Mounts []Mount
	// Registry receives the server's metrics; nil creates one.
	Registry *prometheus.Registry
	Logger   *slog.Logger
	// MaxBodyBytes limits JSON bodies (default 1 MiB); imports may be up to
	// AllowLocalWebhooks admits transfer webhooks to loopback and private
	// addresses (tests); see comity.CheckWebhookURL.
	AllowLocalWebhooks bool
	// MaxImportBytes (default 64 MiB).
	MaxBodyBytes   int64
	MaxImportBytes int64
	// MaxHeaderBytes limits a request's line and headers (default 64 KiB);
	// more is a 431 problem.
	MaxHeaderBytes int
	// BodyIdle is how long a request body may pause (default 30 s), and
	// MinBodyRate the average rate in bytes per second it must keep after
	// that long (default 1 KiB/s); a slower body is cut.
	BodyIdle    time.Duration
	MinBodyRate int64
	// ReadHeaderTimeout is how long a client may take to send its request
	// line and headers (default 10 s).
	ReadHeaderTimeout time.Duration
}

// Mount is an extra handler served under the API's authentication.
type Mount struct {
	Pattern string
	Roles   []comity.Role
	Handler http.Handler
	// AnySerial admits peers on an older federation manifest: for
	// protocols with answers of their own, such as a witness's, which a
	// stale-manifest problem would garble. The peer still learns of the
	// newer manifest from the response's ManifestSerialHeader.
	AnySerial bool
}

// Server is the HTTP API of one node.
type Server struct {
	cfg        Config
	principals *comity.PrincipalService
	mux        *http.ServeMux
	metrics    *metrics
	routes     []route
}

// New returns a server for cfg.
func New(cfg Config) *Server {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	if cfg.MaxBodyBytes == 0 {
		cfg.MaxBodyBytes = 1 << 20
	}
	if cfg.MaxImportBytes == 0 {
		cfg.MaxImportBytes = 64 << 20
	}
	if cfg.MaxHeaderBytes == 0 {
		cfg.MaxHeaderBytes = DefaultMaxHeaderBytes
	}
	if cfg.ReadHeaderTimeout == 0 {
		cfg.ReadHeaderTimeout = 10 * time.Second
	}
	if cfg.BodyIdle == 0 {
		cfg.BodyIdle = DefaultBodyIdle
	}
	if cfg.MinBodyRate == 0 {
		cfg.MinBodyRate = DefaultMinBodyRate
	}
	s := &Server{cfg: cfg, mux: http.NewServeMux(), metrics: newMetrics(cfg.Registry), principals: cfg.PrincipalService}
	if s.principals == nil {
		s.principals = &comity.PrincipalService{Store: cfg.Principals}
	}
	s.routes = s.routeTable()
	for _, rt := range s.routes {
		s.mux.Handle(rt.pattern, s.wrap(rt))
	}
	for _, m := range cfg.Mounts {
		rt := route{pattern: m.Pattern, roles: m.Roles, public: len(m.Roles) == 0, anySerial: m.AnySerial}
		s.mux.Handle(m.Pattern, s.wrapHandler(rt, m.Handler))
	}
	return s
}

// Handler returns the server's root handler: headers every response
// carries, the header limit, the routes, and problem details for requests
// no route takes (404, 405).
func (s *Server) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		if r.TLS != nil {
			h.Set("Strict-Transport-Security", "max-age=31536000")
		}
		if n := headerBytes(r); n > s.cfg.MaxHeaderBytes {
			id := newRequestID()
			h.Set(RequestIDHeader, id)
			h.Set("Connection", "close")
			writeProblem(w, ProblemFor(comity.Errorf(comity.EHEADERS, "request headers of %d bytes: at most %d", n, s.cfg.MaxHeaderBytes), id))
			return
		}
		if handler, pattern := s.mux.Handler(r); pattern == "" {
			s.unrouted(w, r, handler)
			return
		}
		s.mux.ServeHTTP(w, r)
	})
}

// HTTPServer returns an *http.Server for s with the timeouts a public
// endpoint needs.
func (s *Server) HTTPServer(tlsConfig *tls.Config) *http.Server {
	return &http.Server{
		Handler:           s.Handler(),
		TLSConfig:         tlsConfig,
		ReadHeaderTimeout: s.cfg.ReadHeaderTimeout,
		// Bodies are held to Config.BodyIdle and MinBodyRate once a request
		// is authenticated (bodyGuard); this bounds the rest, such as an
		// unauthenticated body left unread.
		ReadTimeout:    5 * time.Minute,
		WriteTimeout:   5 * time.Minute,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: hardHeaderBytes,
		ErrorLog:       slog.NewLogLogger(s.cfg.Logger.Handler(), slog.LevelWarn),
	}
}
