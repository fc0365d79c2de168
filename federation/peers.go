package federation

import (
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/comity-project/comity"
)

// PeersConfig configures a node's view of its federation (see NewPeers).
type PeersConfig struct {
	// Manifest is the federation manifest; the caller verifies it first
	// (Verify, or VerifySuccessor against the previous one).
	Manifest *Manifest
	// Certificate is this node's TLS certificate and key: served to clients
	// and presented to peers.
	Certificate tls.Certificate
	// Roots are CAs named to TLS clients as acceptable issuers. Peers are
	// admitted by the keys the manifest pins, not by a CA (see PeerFromTLS).
	Roots *x509.CertPool
	// Self is this node's name in the manifest; Client never returns it.
	Self string
	// Timeout bounds one request to a peer, body included; zero means 30 s.
	Timeout time.Duration
	// OnNewer, if set, is called when a peer answers with a manifest
	// serial above the current one (the SerialHeader of its response), so
	// that the node fetches the newer manifest. It must not block.
	OnNewer func(peer string, serial uint64)
}

// SerialHeader is the HTTP header in which nodes exchange the serial of the
// manifest they run on, on every request and response between them.
const SerialHeader = "Comity-Manifest-Serial"

// Peers is a node's live view of its federation: the current manifest, the
// TLS configurations built from it, and HTTP clients for calling each peer.
// It is safe for concurrent use; SetManifest swaps the manifest atomically.
type Peers struct {
	cfg PeersConfig

	mu       sync.RWMutex
	manifest *Manifest
	clients  map[string]*http.Client // node name -> client
	known    map[[32]byte]cachedPeer // leaf certificate hash -> identity
}

type cachedPeer struct {
	peer    *Peer
	expires time.Time
}

// identifyCacheSize bounds the certificate cache; it is cleared when full,
// which costs only re-verification.
const identifyCacheSize = 4096

// identifyCacheTTL is how long a verified certificate is trusted without
// checking its chain again.
const identifyCacheTTL = 5 * time.Minute

// NewPeers returns the federation view for the node cfg.Self. It does no
// I/O; clients connect on first use.
func NewPeers(cfg PeersConfig) (*Peers, error) {
	if cfg.Timeout == 0 {
		cfg.Timeout = 30 * time.Second
	}
	p := &Peers{cfg: cfg}
	if err := p.SetManifest(cfg.Manifest); err != nil {
		return nil, err
	}
	return p, nil
}

// Manifest returns the current manifest. Callers must not modify it.
func (p *Peers) Manifest() *Manifest {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.manifest
}

// SetManifest replaces the manifest (the caller has verified it, normally
// with VerifySuccessor), drops cached peer identities and closes idle
// connections, so that a removed node loses access at once.
func (p *Peers) SetManifest(m *Manifest) error {
	if m == nil {
		return invalid(ErrBadManifest, "no federation manifest")
	}
	if p.cfg.Self != "" {
		if n, _ := m.Node(p.cfg.Self); n == nil {
			return invalid(ErrBadManifest, "this node %q is not in federation manifest %s", p.cfg.Self, m.Federation)
		}
	}
	p.mu.Lock()
	old := p.clients
	p.manifest, p.clients, p.known = m, map[string]*http.Client{}, map[[32]byte]cachedPeer{}
	p.mu.Unlock()
	for _, c := range old {
		c.CloseIdleConnections()
	}
	return nil
}

// Update moves to the manifest next if it may replace the current one (see
// VerifySuccessor): use it to apply a newly published manifest at runtime.
func (p *Peers) Update(next *Manifest) error {
	if err := VerifySuccessor(p.Manifest(), next); err != nil {
		return err
	}
	return p.SetManifest(next)
}

// ServerTLSConfig returns the API server's TLS configuration (see the
// package function ServerTLSConfig).
func (p *Peers) ServerTLSConfig() *tls.Config {
	return ServerTLSConfig(p.cfg.Certificate, p.cfg.Roots)
}

// Identify is PeerFromTLS against the current manifest, caching verified
// certificates so that a peer's requests do not each rebuild its chain.
func (p *Peers) Identify(cs *tls.ConnectionState) (*Peer, error) {
	if cs == nil || len(cs.PeerCertificates) == 0 {
		return PeerFromTLS(p.Manifest(), cs)
	}
	leaf := cs.PeerCertificates[0]
	key := sha256.Sum256(leaf.Raw)
	now := time.Now()
	p.mu.RLock()
	c, ok := p.known[key]
	m := p.manifest
	p.mu.RUnlock()
	if ok && now.Before(c.expires) {
		return c.peer, nil
	}
	peer, err := PeerFromTLS(m, cs)
	if err != nil {
		return nil, err
	}
	expires := now.Add(identifyCacheTTL)
	if leaf.NotAfter.Before(expires) {
		expires = leaf.NotAfter
	}
	p.mu.Lock()
	if p.manifest == m { // not replaced meanwhile
		if len(p.known) >= identifyCacheSize {
			clear(p.known)
		}
		p.known[key] = cachedPeer{peer, expires}
	}
	p.mu.Unlock()
	return peer, nil
}

// PeerAuth is Identify in the shape of http.Config.PeerAuth: the peer's
// jurisdiction and node name.
func (p *Peers) PeerAuth(cs *tls.ConnectionState) (comity.Jurisdiction, string, error) {
	peer, err := p.Identify(cs)
	if err != nil {
		return "", "", err
	}
	return peer.Jurisdiction, peer.Node.Name, nil
}

// Client returns an HTTP client and base URL (no trailing slash) for a node
// of member state j, other than this node. With several nodes it picks the
// first in manifest order. It fails with ErrNoNode (EUNAVAILABLE, detail
// "jurisdiction") when the manifest lists no such node.
func (p *Peers) Client(j comity.Jurisdiction) (*http.Client, string, error) {
	m := p.Manifest()
	if mem := m.Member(j); mem != nil {
		for _, n := range mem.Nodes {
			if n.Name != p.cfg.Self {
				return p.NodeClient(n.Name)
			}
		}
	}
	err := newError(ErrNoNode, comity.EUNAVAILABLE, "federation %s lists no node for jurisdiction %s", m.Federation, j)
	if mem := m.Member(j); mem != nil && len(mem.Nodes) > 0 {
		err = newError(ErrNoNode, comity.EUNAVAILABLE, "federation %s lists no node for jurisdiction %s other than this one", m.Federation, j)
	}
	return nil, "", err.With("jurisdiction", j)
}

// NodeClient returns an HTTP client and base URL for the node named name.
// The client presents this node's certificate and accepts only that node's
// key (see ClientTLSConfig); it does not use proxies from the environment.
func (p *Peers) NodeClient(name string) (*http.Client, string, error) {
	p.mu.RLock()
	m, c := p.manifest, p.clients[name]
	p.mu.RUnlock()
	n, _ := m.Node(name)
	if n == nil {
		err := newError(ErrNoNode, comity.EUNAVAILABLE, "node %q is not in federation manifest %s", name, m.Federation)
		return nil, "", err.With("node", name)
	}
	base := strings.TrimRight(n.URL, "/")
	if c != nil {
		return c, base, nil
	}
	tc, err := ClientTLSConfig(m, p.cfg.Certificate, p.cfg.Roots, name)
	if err != nil {
		return nil, "", err
	}
	c = &http.Client{
		Timeout: p.cfg.Timeout,
		Transport: &serialTransport{p: p, peer: name, next: &http.Transport{
			DialContext:           (&net.Dialer{Timeout: 5 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
			TLSClientConfig:       tc,
			ForceAttemptHTTP2:     true,
			TLSHandshakeTimeout:   5 * time.Second,
			ResponseHeaderTimeout: p.cfg.Timeout,
			IdleConnTimeout:       90 * time.Second,
			MaxIdleConnsPerHost:   64,
		}},
		// A peer never redirects a forwarded request elsewhere.
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	p.mu.Lock()
	if p.manifest == m {
		if existing := p.clients[name]; existing != nil {
			c = existing
		} else {
			p.clients[name] = c
		}
	}
	p.mu.Unlock()
	return c, base, nil
}

// Close closes idle connections to every peer.
func (p *Peers) Close() {
	p.mu.RLock()
	defer p.mu.RUnlock()
	for _, c := range p.clients {
		c.CloseIdleConnections()
	}
}

// serialTransport tells the peer which manifest serial this node runs on and
// notices when the peer runs on a newer one.
type serialTransport struct {
	p    *Peers
	peer string
	next *http.Transport
}

func (t *serialTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	cur := t.p.Manifest().Serial
	r = r.Clone(r.Context())
	r.Header.Set(SerialHeader, strconv.FormatUint(cur, 10))
	resp, err := t.next.RoundTrip(r)
	if err == nil && t.p.cfg.OnNewer != nil {
		if n, perr := strconv.ParseUint(resp.Header.Get(SerialHeader), 10, 64); perr == nil && n > cur {
			t.p.cfg.OnNewer(t.peer, n)
		}
	}
	return resp, err
}

// CloseIdleConnections closes the underlying transport's idle connections.
func (t *serialTransport) CloseIdleConnections() { t.next.CloseIdleConnections() }
