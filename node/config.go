// Package node assembles a Comity node from its configuration: the store,
// the node key, TLS, the federation, the ledger, the gate and the API
// server. It holds no service of its own: rulebook publication is
// rulebook.Service, agreements and membership are federation.Agreements and
// federation.Membership, the secret handover is ledger.Handover; node wires
// them together (Open) and builds the gate's policy chain (Node.policy).
// cmd/comity's serve, init and demo are thin wrappers around it.
package node

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/postgres"
	"gopkg.in/yaml.v3"
)

// Config is a node's configuration file (YAML). Relative paths are relative
// to the file's directory. Every field may be overridden by the environment
// variable named in its comment.
type Config struct {
	// Name is the node's name in the federation manifest. COMITY_NAME.
	Name string `yaml:"name"`
	// Jurisdiction is the ISO 3166-1 alpha-2 code of the state whose records
	// this node holds. COMITY_JURISDICTION.
	Jurisdiction comity.Jurisdiction `yaml:"jurisdiction"`
	// Listen is the address of the HTTPS API. COMITY_LISTEN.
	Listen string `yaml:"listen"`
	// DataDir holds the database, the log and the keys. COMITY_DATA_DIR.
	DataDir string `yaml:"data_dir"`
	// Key is the node's Ed25519 private key (PKCS#8 PEM): it signs receipts
	// and checkpoints and, by default, is the key of its TLS certificate.
	// COMITY_KEY.
	Key string `yaml:"key"`
	// TLS configures the API's certificate and the CAs trusted for peers.
	TLS TLSConfig `yaml:"tls"`
	// Manifest is the signed federation manifest; empty runs the node on
	// its own, refusing records homed elsewhere. COMITY_MANIFEST.
	Manifest string `yaml:"manifest"`
	// Store selects the record store.
	Store StoreConfig `yaml:"store"`
	// Ledger configures the transparency log.
	Ledger LedgerConfig `yaml:"ledger"`
	// Rulebooks is the directory of installed state rulebooks, signed
	// bundles named <STATE>.rulebook.json (default DataDir/rulebooks).
	// Publishing through the API writes there. COMITY_RULEBOOKS.
	Rulebooks string `yaml:"rulebooks"`
	// Judicial configures judicial assistance at this node.
	Judicial JudicialConfig `yaml:"judicial"`
	// Tokens configures the API tokens this node issues.
	Tokens TokensConfig `yaml:"tokens,omitempty"`
	// HTTP limits what clients may hold of the API server.
	HTTP HTTPConfig `yaml:"http,omitempty"`
	// Advisories configures notification delivery.
	Advisories AdvisoryConfig `yaml:"advisories"`
	// Releases configures the node's release monitor.
	Releases ReleasesConfig `yaml:"releases"`
	// LogLevel is debug, info, warn or error. COMITY_LOG_LEVEL.
	LogLevel string `yaml:"log_level"`
	// DPAWebhook is an https URL of the state's data-protection authority
	// that receives, at once, every notice of a release its rulebook says
	// it must know of (an emergency exemption). Notices are on the ledger
	// and in the console whether or not it is set. COMITY_DPA_WEBHOOK.
	DPAWebhook string `yaml:"dpa_webhook"`

	dir string // the config file's directory
}

// TLSConfig names the node's certificate files.
type TLSConfig struct {
	// Cert is the node's certificate chain (PEM, leaf first). COMITY_TLS_CERT.
	Cert string `yaml:"cert"`
	// Key is the certificate's private key; empty means the node key.
	// COMITY_TLS_KEY.
	Key string `yaml:"key"`
	// Roots are the CA certificates trusted for peer nodes. COMITY_TLS_ROOTS
	// (one path; the file may hold several certificates).
	Roots []string `yaml:"roots"`
	// WebCert and WebKey are a second certificate, for browsers: they do
	// not accept Ed25519 certificates, so the API also serves an ECDSA
	// P-256 one to clients that do not offer Ed25519. Peers and Go clients
	// still get Cert, the key the manifest pins. Default DataDir/web.crt
	// and DataDir/web.key, used when they exist (init creates them).
	// COMITY_TLS_WEB_CERT, COMITY_TLS_WEB_KEY.
	WebCert string `yaml:"web_cert,omitempty"`
	WebKey  string `yaml:"web_key,omitempty"`

	webDefault bool // WebCert was not configured: skip it when missing
}

// StoreConfig selects and configures the record store. In YAML it is a
// mapping of the fields below, or one string: "sqlite", or a PostgreSQL
// URL (store: postgres://comity@db.example/cn?sslmode=verify-full).
type StoreConfig struct {
	// Driver is "sqlite" (the default) or "postgres" (the default when URL
	// is set). COMITY_STORE_DRIVER.
	Driver string `yaml:"driver"`
	// Path is the SQLite file (default DataDir/comity.db). COMITY_STORE_PATH.
	Path string `yaml:"path,omitempty"`
	// Synchronous is "full" (the default) or "normal"; see sqlite.Config.
	Synchronous string `yaml:"synchronous,omitempty"`
	// URL is the PostgreSQL database (postgres://…, TLS by its sslmode;
	// see postgres.Config). Keep the password out of it: PGPASSWORD or a
	// PGPASSFILE are read too. COMITY_STORE_URL.
	URL string `yaml:"url,omitempty"`
	// Schema holds this node's tables in that database (default the
	// URL's search_path, else public): one node per database or schema.
	Schema string `yaml:"schema,omitempty"`
	// MaxConns bounds each process's connection pool (default 4, or the
	// number of CPUs if more).
	MaxConns int32 `yaml:"max_conns,omitempty"`
	// StatementTimeout cancels a statement running longer (default 30s).
	StatementTimeout time.Duration `yaml:"statement_timeout,omitempty"`
}

// UnmarshalYAML accepts the mapping or the one-string form.
func (s *StoreConfig) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		return s.Set(n.Value)
	}
	type plain StoreConfig
	return n.Decode((*plain)(s))
}

// Set selects the store from one string, as the store key or serve's
// --store flag give it: "sqlite", "sqlite:PATH", or a PostgreSQL URL.
func (s *StoreConfig) Set(v string) error {
	switch {
	case v == "sqlite":
		s.Driver, s.URL = "sqlite", ""
	case strings.HasPrefix(v, "sqlite:"):
		s.Driver, s.URL, s.Path = "sqlite", "", strings.TrimPrefix(v, "sqlite:")
	case strings.HasPrefix(v, "postgres://"), strings.HasPrefix(v, "postgresql://"):
		s.Driver, s.URL = "postgres", v
	default:
		// Not v itself: it may hold a password.
		return comity.Errorf(comity.EINVALID, "store: want sqlite, sqlite:PATH or a postgres:// URL")
	}
	return nil
}

// LedgerConfig configures the node's transparency log. In YAML it is a
// mapping of the fields below, or one string: a directory, or a MySQL URL
// (ledger: mysql://comity@db.example:3306/cn_log?tls=true).
type LedgerConfig struct {
	// Dir is the log directory (default DataDir/log).
	Dir string `yaml:"dir,omitempty"`
	// URL keeps the log in MySQL or MariaDB instead (see ledger.Config.MySQL):
	// mysql://user:password@host:port/database, tls=true off loopback.
	// Several serve processes of the node may append to it. COMITY_LEDGER_URL.
	URL string `yaml:"url,omitempty"`
	// MaxMergeDelay is the longest time between a receipt and a published
	// checkpoint that covers it (default 2s). COMITY_MAX_MERGE_DELAY.
	MaxMergeDelay time.Duration `yaml:"max_merge_delay"`
	// SubjectKey is a file holding the secret for data-subject pseudonyms
	// (default DataDir/subject.key).
	SubjectKey string `yaml:"subject_key"`
}

// UnmarshalYAML accepts the mapping or the one-string form.
func (l *LedgerConfig) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		if strings.HasPrefix(n.Value, "mysql://") {
			l.URL = n.Value
		} else {
			l.Dir = n.Value
		}
		return nil
	}
	type plain LedgerConfig
	return n.Decode((*plain)(l))
}

// JudicialConfig sets the default deadlines for answering judicial-
// assistance requests (agreements may set their own) and how long a
// production order stays executable.
type JudicialConfig struct {
	// Emergency is the deadline for emergency requests (default 8h).
	Emergency time.Duration `yaml:"emergency"`
	// Standard is the deadline for other requests (default 240h, 10 days).
	Standard time.Duration `yaml:"standard"`
	// MaxOrderLife bounds a production order's validity (default 2160h, 90 days).
	MaxOrderLife time.Duration `yaml:"max_order_life"`
}

// TokensConfig caps API token lifetimes.
type TokensConfig struct {
	// MaxLife is the longest lifetime of a token issued here, and the
	// lifetime of one issued without a ttl (default 2160h, 90 days; at most
	// 8760h, a year).
	MaxLife time.Duration `yaml:"max_life,omitempty"`
}

// HTTPConfig bounds the API server's clients.
type HTTPConfig struct {
	// MaxConnections is how many client connections the node holds at
	// once (default 1024); more wait in the listen queue.
	// COMITY_HTTP_MAX_CONNECTIONS.
	MaxConnections int `yaml:"max_connections,omitempty"`
	// ReadHeaderTimeout is how long a client may take to send a request's
	// headers (default and at most 10s).
	ReadHeaderTimeout time.Duration `yaml:"read_header_timeout,omitempty"`
	// BodyIdle is how long a request body may pause before it is cut
	// (default and at most 30s); after that long a body must also keep an
	// average of 1 KiB/s.
	BodyIdle time.Duration `yaml:"body_idle,omitempty"`
}

// ReleasesConfig lists the vendors whose releases the node follows on
// their home logs, alarming (metric comity_release_alarms_total, a log
// line, a webhook) on a release its vendor's feed did not announce or
// signed by a key outside the vendor's registered set.
type ReleasesConfig struct {
	Watch []ReleaseWatch `yaml:"watch"`
	// Interval is how often the logs are checked (default 5m).
	Interval time.Duration `yaml:"interval"`
}

// ReleaseWatch is one vendor the node follows.
type ReleaseWatch struct {
	Vendor       string              `yaml:"vendor"`
	Jurisdiction comity.Jurisdiction `yaml:"jurisdiction"`
	// Feed is the vendor's own release announcements: a JSON array of
	// {"purl", "digests"} at an https URL or in a file.
	Feed string `yaml:"feed"`
	// Products are the watched product purls (without version); empty
	// watches every product of the vendor.
	Products []string `yaml:"products"`
	// Webhook receives each round's alarms as JSON.
	Webhook string `yaml:"webhook"`
}

// LoadConfig reads the YAML file at path strictly (unknown keys are errors),
// applies environment overrides and defaults, and validates the result.
func LoadConfig(path string) (*Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	var c Config
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&c); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "config %s: %v", path, err)
	}
	c.dir = filepath.Dir(path)
	c.applyEnv(os.Getenv)
	return &c, c.finish()
}

func (c *Config) applyEnv(getenv func(string) string) {
	set := func(dst *string, name string) {
		if v := getenv(name); v != "" {
			*dst = v
		}
	}
	j := string(c.Jurisdiction)
	set(&c.Name, "COMITY_NAME")
	set(&j, "COMITY_JURISDICTION")
	set(&c.Listen, "COMITY_LISTEN")
	set(&c.DataDir, "COMITY_DATA_DIR")
	set(&c.Key, "COMITY_KEY")
	set(&c.DPAWebhook, "COMITY_DPA_WEBHOOK")
	set(&c.TLS.Cert, "COMITY_TLS_CERT")
	set(&c.TLS.Key, "COMITY_TLS_KEY")
	set(&c.TLS.WebCert, "COMITY_TLS_WEB_CERT")
	set(&c.TLS.WebKey, "COMITY_TLS_WEB_KEY")
	set(&c.Manifest, "COMITY_MANIFEST")
	set(&c.Store.Driver, "COMITY_STORE_DRIVER")
	set(&c.Store.Path, "COMITY_STORE_PATH")
	set(&c.Store.URL, "COMITY_STORE_URL")
	set(&c.Ledger.URL, "COMITY_LEDGER_URL")
	set(&c.LogLevel, "COMITY_LOG_LEVEL")
	set(&c.Rulebooks, "COMITY_RULEBOOKS")
	if v := getenv("COMITY_TLS_ROOTS"); v != "" {
		c.TLS.Roots = []string{v}
	}
	if v := getenv("COMITY_HTTP_MAX_CONNECTIONS"); v != "" {
		if n, err := strconv.Atoi(v); err == nil {
			c.HTTP.MaxConnections = n
		}
	}
	if v := getenv("COMITY_MAX_MERGE_DELAY"); v != "" {
		if d, err := time.ParseDuration(v); err == nil {
			c.Ledger.MaxMergeDelay = d
		}
	}
	c.Jurisdiction = comity.Jurisdiction(j)
}

// finish fills defaults, resolves relative paths and validates.
func (c *Config) finish() error {
	j, err := comity.ParseJurisdiction(string(c.Jurisdiction))
	if err != nil {
		return err
	}
	c.Jurisdiction = j
	if c.Name == "" {
		return comity.Errorf(comity.EINVALID, "config needs a node name")
	}
	if c.Listen == "" {
		c.Listen = "127.0.0.1:7443"
	}
	if c.DPAWebhook != "" && !strings.HasPrefix(c.DPAWebhook, "https://") {
		return comity.Errorf(comity.EINVALID, "dpa_webhook %q: want an https URL", c.DPAWebhook)
	}
	if c.DataDir == "" {
		c.DataDir = "."
	}
	c.DataDir = c.abs(c.DataDir)
	def := func(p *string, name string) {
		if *p == "" {
			*p = filepath.Join(c.DataDir, name)
		} else {
			*p = c.abs(*p)
		}
	}
	def(&c.Key, "node.key")
	def(&c.TLS.Cert, "node.crt")
	if c.TLS.Key != "" {
		c.TLS.Key = c.abs(c.TLS.Key)
	}
	c.TLS.webDefault = c.TLS.WebCert == ""
	def(&c.TLS.WebCert, "web.crt")
	def(&c.TLS.WebKey, "web.key")
	for i := range c.TLS.Roots {
		c.TLS.Roots[i] = c.abs(c.TLS.Roots[i])
	}
	if c.Manifest != "" {
		c.Manifest = c.abs(c.Manifest)
	}
	if err := c.finishStore(); err != nil {
		return err
	}
	def(&c.Ledger.Dir, "log")
	def(&c.Ledger.SubjectKey, "subject.key")
	def(&c.Rulebooks, "rulebooks")
	if c.Ledger.MaxMergeDelay <= 0 {
		c.Ledger.MaxMergeDelay = 2 * time.Second
	}
	if c.Ledger.URL != "" {
		if _, err := ledger.ParseMySQL(c.Ledger.URL); err != nil {
			return err
		}
		if c.Ledger.MaxMergeDelay < 2*time.Second {
			return comity.Errorf(comity.EINVALID, "ledger: a log on MySQL needs a max_merge_delay of at least 2s")
		}
	}
	if c.Tokens.MaxLife == 0 {
		c.Tokens.MaxLife = comity.DefaultTokenLife
	}
	if c.Tokens.MaxLife < 0 || c.Tokens.MaxLife > comity.MaxTokenLife {
		return comity.Errorf(comity.EINVALID, "tokens.max_life %s: want up to %s", c.Tokens.MaxLife, comity.MaxTokenLife)
	}
	if c.HTTP.MaxConnections == 0 {
		c.HTTP.MaxConnections = 1024
	}
	if c.HTTP.MaxConnections < 0 {
		return comity.Errorf(comity.EINVALID, "http.max_connections must be positive")
	}
	if c.HTTP.ReadHeaderTimeout == 0 {
		c.HTTP.ReadHeaderTimeout = 10 * time.Second
	}
	if c.HTTP.BodyIdle == 0 {
		c.HTTP.BodyIdle = 30 * time.Second
	}
	if c.HTTP.ReadHeaderTimeout < 0 || c.HTTP.ReadHeaderTimeout > 10*time.Second || c.HTTP.BodyIdle < 0 || c.HTTP.BodyIdle > 30*time.Second {
		return comity.Errorf(comity.EINVALID, "http.read_header_timeout is at most 10s and http.body_idle at most 30s")
	}
	if c.Judicial.Emergency < 0 || c.Judicial.Standard < 0 || c.Judicial.MaxOrderLife < 0 {
		return comity.Errorf(comity.EINVALID, "judicial deadlines and order life must be positive")
	}
	switch c.LogLevel {
	case "", "debug", "info", "warn", "error":
	default:
		return comity.Errorf(comity.EINVALID, "log_level %q: want debug, info, warn or error", c.LogLevel)
	}
	return nil
}

// SetStore selects the store as serve's --store flag does (see
// StoreConfig.Set), overriding the file.
func (c *Config) SetStore(v string) error {
	if err := c.Store.Set(v); err != nil {
		return err
	}
	return c.finishStore()
}

func (c *Config) finishStore() error {
	if c.Store.Driver == "" && c.Store.URL != "" {
		c.Store.Driver = "postgres"
	} else if c.Store.Driver == "" {
		c.Store.Driver = "sqlite"
	}
	switch c.Store.Driver {
	case "sqlite":
		if c.Store.Path == "" {
			c.Store.Path = filepath.Join(c.DataDir, "comity.db")
		} else {
			c.Store.Path = c.abs(c.Store.Path)
		}
	case "postgres":
		if c.Store.URL == "" {
			return comity.Errorf(comity.EINVALID, "store: the postgres driver needs a url")
		}
		if _, err := postgres.ParseConfig(postgres.Config{URL: c.Store.URL}); err != nil {
			return err
		}
	default:
		return comity.Errorf(comity.EINVALID, "store driver %q: want sqlite or postgres", c.Store.Driver)
	}
	if c.Store.MaxConns < 0 || c.Store.StatementTimeout < 0 {
		return comity.Errorf(comity.EINVALID, "store: max_conns and statement_timeout must be positive")
	}
	return nil
}

func (c *Config) abs(p string) string {
	if filepath.IsAbs(p) || c.dir == "" {
		return p
	}
	return filepath.Join(c.dir, p)
}

// Write saves c as YAML at path.
func (c *Config) Write(path string) error {
	b, err := yaml.Marshal(c)
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
