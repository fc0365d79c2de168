package federation

import (
	"crypto/tls"
	"crypto/x509"
	"net"
	"testing"
)

// BenchmarkIdentify measures identifying a peer from its certificate on
// each request: with the Peers cache (the path the API server takes) and
// without it (chain verification every time).
func BenchmarkIdentify(b *testing.B) {
	f := newTestFed(b, nil, "CN", "DE", "US")
	p, err := NewPeers(PeersConfig{Manifest: f.m, Certificate: f.nodes["de-1"].cert, Roots: f.roots, Self: "de-1"})
	if err != nil {
		b.Fatal(err)
	}
	cs := &tls.ConnectionState{PeerCertificates: []*x509.Certificate{f.nodes["cn-1"].cert.Leaf}}
	b.Run("cached", func(b *testing.B) {
		for b.Loop() {
			if _, err := p.Identify(cs); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("uncached", func(b *testing.B) {
		for b.Loop() {
			if _, err := PeerFromTLS(f.m, cs); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkHandshake measures full mutual-TLS handshakes between two nodes
// with Ed25519 certificates over loopback (no session resumption).
func BenchmarkHandshake(b *testing.B) {
	f := newTestFed(b, nil, "CN", "DE")
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	defer ln.Close()
	srvCfg := ServerTLSConfig(f.nodes["de-1"].cert, f.roots)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				tc := tls.Server(c, srvCfg)
				tc.Handshake()
				tc.Close()
			}()
		}
	}()
	cliCfg, err := ClientTLSConfig(f.m, f.nodes["cn-1"].cert, f.roots, "de-1")
	if err != nil {
		b.Fatal(err)
	}
	cliCfg.ServerName = "127.0.0.1"
	for b.Loop() {
		c, err := tls.Dial("tcp", ln.Addr().String(), cliCfg)
		if err != nil {
			b.Fatal(err)
		}
		c.Close()
	}
}
