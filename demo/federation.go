// Package demo starts a local federation of Comity nodes on loopback (one
// per state, each with its own data directory, keys and certificates),
// fills it with generated sample records, and walks a newcomer through what
// the gate does. The end-to-end tests use the same federation.
package demo

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// Config configures a local federation.
type Config struct {
	// Dir holds every node's data directory, the CA and the manifest; it
	// must be empty or missing.
	Dir string
	// States are the member jurisdictions; default CN, DE, US.
	States []comity.Jurisdiction
	// Records is how many sample records each node gets (default 200).
	Records int
	// Logger receives the nodes' logs; nil discards them.
	Logger *slog.Logger
	// Webhooks is the nodes' client for transfer-case webhooks (tests
	// point it at their own TLS server); nil uses the system's CAs.
	Webhooks *http.Client
	// AllowLocalWebhooks lets the nodes send webhooks to loopback (tests'
	// receivers); see node.Config.
	AllowLocalWebhooks bool
	// Configure, when set, adjusts each node's configuration before it
	// opens (tests shorten intervals or move clocks).
	Configure func(*node.Config)
}

// Organisation names used by the demo.
const (
	Multinational = "acme-group" // a company with operations in every state
)

// Federation is a running local federation.
type Federation struct {
	Dir      string
	CA       *federation.CA
	Manifest *federation.Manifest
	Members  map[comity.Jurisdiction]*Member
	States   []comity.Jurisdiction

	roots    *x509.CertPool
	logger   *slog.Logger
	webhooks *http.Client
	local    bool            // AllowLocalWebhooks
	runCtx   context.Context // the nodes' serving context, for members that join
	cancel   context.CancelFunc
	wg       sync.WaitGroup
	errs     chan error
}

// Member is one state's node and the credentials the demo made for it.
type Member struct {
	Jurisdiction comity.Jurisdiction
	Name         string
	URL          string
	Node         *node.Node
	ConfigPath   string
	// CAFile is the CA certificate that issued the node's TLS certificate
	// (the demo's CA, or the node's own for a state that joined), for
	// clients of its API.
	CAFile string
	// Tokens are API tokens by principal id: operator, controller (the
	// multinational), requester, auditor, dpa, central-authority.
	Tokens map[string]string
	// Authorities are the state's authority keys by role.
	Authorities map[comity.Role]ed25519.PrivateKey
}

// Start creates and starts a federation. Stop it with Stop.
func Start(ctx context.Context, cfg Config) (_ *Federation, err error) {
	if len(cfg.States) == 0 {
		cfg.States = []comity.Jurisdiction{"CN", "DE", "US"}
	}
	if cfg.Records == 0 {
		cfg.Records = 200
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if entries, _ := os.ReadDir(cfg.Dir); len(entries) > 0 {
		return nil, comity.Errorf(comity.ECONFLICT, "%s is not empty: the demo starts from nothing", cfg.Dir)
	}
	f := &Federation{Dir: cfg.Dir, Members: map[comity.Jurisdiction]*Member{}, States: cfg.States, errs: make(chan error, len(cfg.States)+maxJoins),
		logger: cfg.Logger, webhooks: cfg.Webhooks, local: cfg.AllowLocalWebhooks}
	defer func() {
		if err != nil {
			f.Stop()
		}
	}()
	if f.CA, err = federation.CreateCA(filepath.Join(cfg.Dir, "ca"), "Comity demo federation CA"); err != nil {
		return nil, err
	}
	caFile := filepath.Join(cfg.Dir, "ca", federation.CACertFile)
	f.roots = x509.NewCertPool()
	f.roots.AddCert(f.CA.Certificate)
	manifestPath := filepath.Join(cfg.Dir, "manifest.json")

	// Listen first, so that the manifest can name every node's URL.
	listeners := map[comity.Jurisdiction]net.Listener{}
	defer func() {
		for _, ln := range listeners {
			ln.Close()
		}
	}()
	m := &federation.Manifest{Federation: "comity-demo", Serial: 1, BaselineQuorum: (len(cfg.States) / 2) + 1}
	for _, j := range cfg.States {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		listeners[j] = ln
		name := strings.ToLower(string(j)) + "-node"
		dir := filepath.Join(cfg.Dir, strings.ToLower(string(j)))
		ncfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Name: name, Jurisdiction: j, Listen: ln.Addr().String(),
			Hosts: []string{"127.0.0.1", "localhost"}, CA: f.CA, CAFile: caFile, Manifest: manifestPath})
		if err != nil {
			return nil, fmt.Errorf("init %s: %w", name, err)
		}
		key, err := federation.LoadPrivateKey(ncfg.Key)
		if err != nil {
			return nil, err
		}
		mem := &Member{Jurisdiction: j, Name: name, URL: "https://" + ln.Addr().String(), ConfigPath: filepath.Join(dir, "node.yaml"), CAFile: caFile,
			Tokens: map[string]string{"operator": opToken}, Authorities: map[comity.Role]ed25519.PrivateKey{}}
		entry := federation.Member{Jurisdiction: j, Nodes: []federation.Node{{Name: name, URL: mem.URL, PublicKey: federation.PublicKey(key.Public().(ed25519.PublicKey))}}}
		for _, role := range []comity.Role{comity.RoleDPA, comity.RoleCentralAuthority} {
			k, err := federation.GenerateKey()
			if err != nil {
				return nil, err
			}
			// An authority's key is the authority's, not the node's: it
			// lives outside every node's data directory.
			if err := os.MkdirAll(filepath.Dir(f.AuthorityKeyFile(j, role)), 0o700); err != nil {
				return nil, err
			}
			if err := federation.WritePrivateKey(f.AuthorityKeyFile(j, role), k); err != nil {
				return nil, err
			}
			mem.Authorities[role] = k
			entry.Authorities = append(entry.Authorities, federation.Authority{Role: role, Name: string(j) + " " + string(role),
				PublicKey: federation.PublicKey(k.Public().(ed25519.PublicKey))})
		}
		m.Members = append(m.Members, entry)
		f.Members[j] = mem
	}
	// Each log needs a majority of its witnesses, so that no two quorums
	// can vouch for two histories (2 of 2 with three states).
	m.Witness.Threshold = federation.MajorityThreshold(m)
	for _, j := range cfg.States {
		if err := federation.Sign(m, j, f.Members[j].Authorities[comity.RoleDPA]); err != nil {
			return nil, fmt.Errorf("sign manifest for %s: %w", j, err)
		}
	}
	if err := federation.WriteManifest(manifestPath, m); err != nil {
		return nil, err
	}
	f.Manifest = m

	runCtx, cancel := context.WithCancel(context.Background())
	f.runCtx, f.cancel = runCtx, cancel
	for _, j := range cfg.States {
		mem := f.Members[j]
		ncfg, err := node.LoadConfig(mem.ConfigPath)
		if err != nil {
			return nil, err
		}
		ncfg.AllowLocalWebhooks = cfg.AllowLocalWebhooks
		if cfg.Configure != nil {
			cfg.Configure(ncfg)
		}
		if mem.Node, err = node.Open(ctx, ncfg, node.Options{Logger: cfg.Logger, Webhooks: cfg.Webhooks}); err != nil {
			return nil, fmt.Errorf("open %s: %w", mem.Name, err)
		}
		ln := listeners[j]
		delete(listeners, j)
		f.wg.Add(1)
		go func() {
			defer f.wg.Done()
			if err := mem.Node.Serve(runCtx, ln); err != nil {
				f.errs <- fmt.Errorf("%s: %w", mem.Name, err)
			}
		}()
	}
	if err := f.principals(ctx); err != nil {
		return nil, err
	}
	if err := f.load(ctx, cfg.Records); err != nil {
		return nil, err
	}
	return f, nil
}

// principals creates, through each node's API as its operator, the demo's
// organisations and authorities.
func (f *Federation) principals(ctx context.Context) error {
	for _, j := range f.States {
		if err := f.principalsOf(ctx, j); err != nil {
			return err
		}
	}
	return nil
}

// principalsOf creates j's principals through its node's API.
func (f *Federation) principalsOf(ctx context.Context, j comity.Jurisdiction) error {
	mem := f.Members[j]
	op := f.Client(j, "operator")
	for _, p := range []comityhttp.PrincipalInput{
		{ID: "controller", Organisation: Multinational, Roles: []comity.Role{comity.RoleController}},
		{ID: "requester", Organisation: strings.ToLower(string(j)) + "-analytics", Roles: []comity.Role{comity.RoleRequester}},
		{ID: "auditor", Organisation: strings.ToLower(string(j)) + "-audit-office", Roles: []comity.Role{comity.RoleAuditor}},
		{ID: "dpa", Organisation: string(j) + " data-protection authority", Roles: []comity.Role{comity.RoleDPA}},
		{ID: "central-authority", Organisation: string(j) + " central authority", Roles: []comity.Role{comity.RoleCentralAuthority}},
	} {
		out, err := op.CreatePrincipal(ctx, p)
		if err != nil {
			return fmt.Errorf("%s: create principal %s: %w", mem.Name, p.ID, err)
		}
		mem.Tokens[p.ID] = out.Token
	}
	return nil
}

// load imports each state's sample records at its own node.
func (f *Federation) load(ctx context.Context, n int) error {
	for _, j := range f.States {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		for _, r := range SampleRecords(j, Multinational, n, 2020) {
			enc.Encode(comityhttp.RecordInput{ID: r.ID, Category: r.Category, Subjects: r.Subjects, Fields: r.Fields})
		}
		if _, err := f.Client(j, "controller").Import(ctx, "application/x-ndjson", &buf); err != nil {
			return fmt.Errorf("load %s: %w", j, err)
		}
	}
	return nil
}

// AuthorityKeyFile is where the demo keeps the private key of j's
// authority with role (dpa or central-authority): DIR/authorities/<j>/,
// apart from every node's data directory (DIR/<j>/), as authorities keep
// their keys in a real federation.
func (f *Federation) AuthorityKeyFile(j comity.Jurisdiction, role comity.Role) string {
	return filepath.Join(f.Dir, "authorities", strings.ToLower(string(j)), string(role)+".key")
}

// Client returns an API client for principal at j's node.
func (f *Federation) Client(j comity.Jurisdiction, principal string) *client.Client {
	mem := f.Members[j]
	return &client.Client{BaseURL: mem.URL, Token: mem.Tokens[principal], HTTP: f.HTTPClient()}
}

// HTTPClient returns an HTTP client that trusts the federation's CA.
func (f *Federation) HTTPClient() *http.Client {
	return &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: f.roots, MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true}}
}

// Stop shuts every node down gracefully and closes its store and log.
func (f *Federation) Stop() error {
	if f.cancel == nil {
		return nil
	}
	// Close every node while all still serve, so that each log's last
	// checkpoint finds its witnesses; then stop the servers.
	var (
		errs []error
		mu   sync.Mutex
		wg   sync.WaitGroup
	)
	for _, mem := range f.Members {
		if mem.Node != nil {
			wg.Go(func() {
				err := mem.Node.Close(context.Background())
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
			})
		}
	}
	wg.Wait()
	f.cancel()
	f.cancel = nil
	f.wg.Wait()
	close(f.errs)
	for err := range f.errs {
		errs = append(errs, err)
	}
	f.Members = nil
	return errors.Join(errs...)
}
