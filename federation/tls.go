package federation

import (
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"slices"
	"time"

	"github.com/comity-project/comity"
)

// Peer is a member node identified by its TLS certificate.
type Peer struct {
	// Jurisdiction is the member state the node belongs to.
	Jurisdiction comity.Jurisdiction
	// Node is the node's manifest entry.
	Node Node
}

// Principal returns the principal under which the node's requests are
// authorised: role peer, in the node's jurisdiction, with ID "node:NAME".
func (p *Peer) Principal() *comity.Principal {
	return &comity.Principal{
		ID:           "node:" + p.Node.Name,
		Organisation: p.Node.Name,
		Jurisdiction: p.Jurisdiction,
		Roles:        []comity.Role{comity.RolePeer},
	}
}

// AEADCipherSuites are the TLS 1.2 suites a node offers: ECDHE with AES-GCM
// or ChaCha20-Poly1305 only, no CBC and no SHA-1 MACs. (TLS 1.3 suites are
// all AEAD and not configurable.)
var AEADCipherSuites = []uint16{
	tls.TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256, tls.TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,
	tls.TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384, tls.TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,
	tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256, tls.TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,
}

// ServerTLSConfig returns the TLS configuration of a node's API server. It
// presents cert and asks every client for a certificate without requiring
// one: organisations authenticate with API tokens, peer nodes with their
// certificate. The handshake does not check the client certificate, so that
// a bad one gets a problem-details answer instead of a bare TLS alert: call
// PeerFromTLS (or Peers.Identify) on every request that presents one.
// roots only tells clients which CAs are acceptable.
func ServerTLSConfig(cert tls.Certificate, roots *x509.CertPool) *tls.Config {
	return &tls.Config{
		MinVersion:   tls.VersionTLS12, // browsers and tools; node-to-node uses 1.3
		CipherSuites: AEADCipherSuites,
		Certificates: []tls.Certificate{cert},
		ClientAuth:   tls.RequestClientCert,
		ClientCAs:    roots,
		NextProtos:   []string{"h2", "http/1.1"},
	}
}

// PeerFromTLS identifies the member node on the other end of a TLS
// connection: its certificate must carry the key of a node in m (its Ed25519
// public_key, or the certificate's SPKI matches the node's tls_spki_sha256)
// and be valid now for client authentication. The handshake has already
// proved that the peer holds that key.
//
// The manifest, not a certificate authority, is what admits a node: each
// member may run its own CA (or none), and a state joins without anyone's
// CA key, by listing its nodes' keys in a manifest the members sign.
// Errors are EUNAUTHORIZED and wrap
// ErrNoClientCertificate (no certificate: the caller may try another
// credential), ErrUntrustedCertificate (expired, or not for client use) or
// ErrUnknownPeer.
func PeerFromTLS(m *Manifest, cs *tls.ConnectionState) (*Peer, error) {
	if cs == nil || len(cs.PeerCertificates) == 0 {
		return nil, newError(ErrNoClientCertificate, comity.EUNAUTHORIZED, "no client certificate presented")
	}
	leaf := cs.PeerCertificates[0]
	p := matchNode(m, leaf)
	if p == nil {
		return nil, newError(ErrUnknownPeer, comity.EUNAUTHORIZED,
			"client certificate %q (SPKI SHA-256 %s) belongs to no node in federation manifest %s serial %d",
			leaf.Subject.CommonName, SPKIPin(leaf), m.Federation, m.Serial)
	}
	if err := checkLeaf(leaf, x509.ExtKeyUsageClientAuth); err != nil {
		return nil, err
	}
	return p, nil
}

// checkLeaf checks what a pinned certificate must still satisfy: it is
// valid now and usable for usage.
func checkLeaf(leaf *x509.Certificate, usage x509.ExtKeyUsage) error {
	now := time.Now()
	if now.Before(leaf.NotBefore) || now.After(leaf.NotAfter) {
		return newError(ErrUntrustedCertificate, comity.EUNAUTHORIZED,
			"certificate %q is expired or not yet valid (valid %s to %s)", leaf.Subject.CommonName,
			leaf.NotBefore.UTC().Format(time.RFC3339), leaf.NotAfter.UTC().Format(time.RFC3339))
	}
	if len(leaf.ExtKeyUsage) > 0 && !slices.Contains(leaf.ExtKeyUsage, usage) && !slices.Contains(leaf.ExtKeyUsage, x509.ExtKeyUsageAny) {
		return newError(ErrUntrustedCertificate, comity.EUNAUTHORIZED, "certificate %q is not for this use (extended key usage)", leaf.Subject.CommonName)
	}
	return nil
}

// matchNode finds the manifest node whose key or SPKI pin is the leaf's.
func matchNode(m *Manifest, leaf *x509.Certificate) *Peer {
	for _, mem := range m.Members {
		for _, n := range mem.Nodes {
			if nodeHoldsCert(&n, leaf) {
				return &Peer{Jurisdiction: mem.Jurisdiction, Node: n}
			}
		}
	}
	return nil
}

// nodeHoldsCert reports whether leaf carries n's TLS key: the SPKI pin when
// the manifest sets one, otherwise the node's Ed25519 key.
func nodeHoldsCert(n *Node, leaf *x509.Certificate) bool {
	if n.TLSSPKISHA256 != "" {
		return SPKIPin(leaf) == n.TLSSPKISHA256
	}
	k, ok := leaf.PublicKey.(ed25519.PublicKey)
	return ok && k.Equal(ed25519.PublicKey(n.PublicKey))
}

// ClientTLSConfig returns the TLS configuration for calling the node named
// node: it always presents cert and requires the server's certificate to
// carry that node's key in m (see PeerFromTLS), valid now for server use,
// so that no other certificate, whoever issued it, can impersonate it. The
// server's chain is not checked against a CA: the signed manifest pins the
// key, which is what lets every member run its own CA. It fails with
// ErrNoNode (EUNAVAILABLE) if m has no such node.
func ClientTLSConfig(m *Manifest, cert tls.Certificate, roots *x509.CertPool, node string) (*tls.Config, error) {
	n, _ := m.Node(node)
	if n == nil {
		return nil, newError(ErrNoNode, comity.EUNAVAILABLE, "node %q is not in federation manifest %s", node, m.Federation)
	}
	want := *n
	return &tls.Config{
		MinVersion: tls.VersionTLS13,
		RootCAs:    roots,
		// The chain and host name are not what identifies a node: the pin
		// in VerifyConnection is, and it runs on every handshake. The
		// handshake itself still proves the server holds the pinned key.
		InsecureSkipVerify: true,
		// Resumed sessions skip the handshake's signatures; the server
		// still identifies the peer from the certificate kept in the session
		// and VerifyConnection runs again.
		ClientSessionCache: tls.NewLRUClientSessionCache(16),
		// Always present the certificate, even when the server's list of
		// acceptable CAs does not name our issuer: the server decides, and
		// says why in its answer.
		GetClientCertificate: func(*tls.CertificateRequestInfo) (*tls.Certificate, error) { return &cert, nil },
		VerifyConnection: func(cs tls.ConnectionState) error {
			if len(cs.PeerCertificates) == 0 || !nodeHoldsCert(&want, cs.PeerCertificates[0]) {
				return newError(ErrUnknownPeer, comity.EUNAVAILABLE, "server certificate is not node %s's key in federation manifest %s", want.Name, m.Federation)
			}
			if err := checkLeaf(cs.PeerCertificates[0], x509.ExtKeyUsageServerAuth); err != nil {
				return newError(ErrUntrustedCertificate, comity.EUNAVAILABLE, "node %s: %s", want.Name, comity.ErrorMessage(err))
			}
			return nil
		},
	}, nil
}
