package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// InitConfig describes a node to create with Init.
type InitConfig struct {
	// Dir is the node's data directory; it must not hold a node already.
	Dir          string
	Name         string
	Jurisdiction comity.Jurisdiction
	// Listen is the API address, such as 127.0.0.1:7443.
	Listen string
	// Hosts are the names and addresses in the TLS certificate; default:
	// the Listen host, localhost and 127.0.0.1.
	Hosts []string
	// CA issues the node's certificate; nil creates a CA in Dir/ca for a
	// node on its own.
	CA *federation.CA
	// CAFile is CA's certificate file, trusted for peers.
	CAFile string
	// Manifest is the federation manifest's path, if already known.
	Manifest string
	// Store is the node's store as serve's --store takes it (default
	// sqlite); the operator principal is created there.
	Store string
	// Ledger is the node's log: a directory, or a mysql:// URL (default
	// DIR/log).
	Ledger string
}

// Init creates a node's data directory: its Ed25519 key, its secret for
// data-subject pseudonyms, a TLS certificate for its key and an ECDSA P-256
// certificate for browsers (web.crt, web.key), a database with
// one operator principal, and node.yaml. It returns the configuration, its
// path and the operator's API token (also written to Dir/operator.token).
func Init(ctx context.Context, ic InitConfig) (*Config, string, error) {
	j, err := comity.ParseJurisdiction(string(ic.Jurisdiction))
	if err != nil {
		return nil, "", err
	}
	if ic.Name == "" {
		ic.Name = "node-" + string(j)
	}
	if ic.Listen == "" {
		ic.Listen = "127.0.0.1:7443"
	}
	var store StoreConfig
	if ic.Store != "" {
		if err := store.Set(ic.Store); err != nil {
			return nil, "", err
		}
	}
	var ledgerCfg LedgerConfig
	if strings.HasPrefix(ic.Ledger, "mysql://") {
		ledgerCfg.URL = ic.Ledger
	} else {
		ledgerCfg.Dir = ic.Ledger
	}
	cfgPath := filepath.Join(ic.Dir, "node.yaml")
	if _, err := os.Stat(cfgPath); err == nil {
		return nil, "", comity.Errorf(comity.ECONFLICT, "%s already holds a node", ic.Dir)
	}
	if err := os.MkdirAll(ic.Dir, 0o700); err != nil {
		return nil, "", err
	}
	key, err := federation.GenerateKey()
	if err != nil {
		return nil, "", err
	}
	if err := federation.WritePrivateKey(filepath.Join(ic.Dir, "node.key"), key); err != nil {
		return nil, "", err
	}
	secret := make([]byte, 32)
	rand.Read(secret)
	if err := os.WriteFile(filepath.Join(ic.Dir, "subject.key"), secret, 0o600); err != nil {
		return nil, "", err
	}

	ca, caFile := ic.CA, ic.CAFile
	if ca == nil {
		if ca, err = federation.CreateCA(filepath.Join(ic.Dir, "ca"), ic.Name+" local CA"); err != nil {
			return nil, "", err
		}
		caFile = filepath.Join(ic.Dir, "ca", federation.CACertFile)
	}
	hosts := ic.Hosts
	if len(hosts) == 0 {
		host, _, _ := net.SplitHostPort(ic.Listen)
		hosts = []string{"localhost", "127.0.0.1"}
		if host != "" && host != "localhost" && host != "127.0.0.1" && host != "0.0.0.0" {
			hosts = append(hosts, host)
		}
	}
	certPEM, err := federation.IssueNodeCert(ca, federation.NodeCertConfig{Name: ic.Name, Jurisdiction: j,
		PublicKey: key.Public(), Hosts: hosts})
	if err != nil {
		return nil, "", err
	}
	if err := os.WriteFile(filepath.Join(ic.Dir, "node.crt"), certPEM, 0o644); err != nil {
		return nil, "", err
	}
	if err := writeWebCert(ic.Dir, ca, ic.Name, j, hosts); err != nil {
		return nil, "", err
	}

	// node.yaml's relative paths are relative to its own directory, not to
	// the working directory init ran in: the local CA is named relative to
	// Dir, anything else absolutely.
	roots := "ca/" + federation.CACertFile
	if ic.CA != nil {
		if roots, err = filepath.Abs(caFile); err != nil {
			return nil, "", err
		}
	}
	manifest := ic.Manifest
	if manifest != "" {
		if manifest, err = filepath.Abs(manifest); err != nil {
			return nil, "", err
		}
	}
	cfg := &Config{Name: ic.Name, Jurisdiction: j, Listen: ic.Listen, DataDir: ".", Manifest: manifest,
		TLS:   TLSConfig{Cert: "node.crt", Roots: []string{roots}, WebCert: "web.crt", WebKey: "web.key"},
		Store: store, Ledger: ledgerCfg}
	if err := cfg.Write(cfgPath); err != nil {
		return nil, "", err
	}
	cfg, err = LoadConfig(cfgPath)
	if err != nil {
		return nil, "", err
	}

	db, err := OpenStore(ctx, cfg.Store)
	if err != nil {
		return nil, "", err
	}
	defer db.Close()
	token, err := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "operator", Organisation: ic.Name,
		Jurisdiction: j, Roles: []comity.Role{comity.RoleOperator}}, 0)
	if err != nil {
		return nil, "", fmt.Errorf("create operator: %w", err)
	}
	if err := os.WriteFile(filepath.Join(ic.Dir, "operator.token"), []byte(token+"\n"), 0o600); err != nil {
		return nil, "", err
	}
	return cfg, token, nil
}

// writeWebCert creates the certificate browsers get (see TLSConfig.WebCert):
// an ECDSA P-256 key and a certificate for it from the node's CA, for the
// same names as the node certificate.
func writeWebCert(dir string, ca *federation.CA, name string, j comity.Jurisdiction, hosts []string) error {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return err
	}
	certPEM, err := federation.IssueNodeCert(ca, federation.NodeCertConfig{Name: name, Jurisdiction: j,
		PublicKey: key.Public(), Hosts: hosts})
	if err != nil {
		return err
	}
	if err := federation.WritePrivateKey(filepath.Join(dir, "web.key"), key); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "web.crt"), certPEM, 0o644)
}
