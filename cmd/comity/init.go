package main

import (
	"crypto/ed25519"
	"fmt"
	"path/filepath"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/node"
	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newInitCmd) }

func newInitCmd() *cobra.Command {
	var (
		ic    node.InitConfig
		j     string
		caDir string
		hosts []string
	)
	cmd := &cobra.Command{
		Use:   "init --dir DIR --jurisdiction CC",
		Short: "Create a node's data directory: key, TLS certificate, database, operator token and node.yaml",
		Long: `Create a node's data directory: its Ed25519 node key, a secret for data-subject pseudonyms,
a TLS certificate for the node key (issued by --ca, or by a new local CA in DIR/ca), a
database (SQLite, or the PostgreSQL of --store) with one operator principal whose API token is written to DIR/operator.token,
and DIR/node.yaml. Then run: comity serve --config DIR/node.yaml


It creates no authority key and the node never needs one: a state's data-protection and
central authorities keep theirs in a directory of their own, outside every node's data
directory (comity federation key new --out authorities/cn-dpa.key).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			jur, err := comity.ParseJurisdiction(j)
			if err != nil {
				return err
			}
			ic.Jurisdiction, ic.Hosts = jur, hosts
			if caDir != "" {
				if ic.CA, err = federation.LoadCA(caDir); err != nil {
					return err
				}
				ic.CAFile = filepath.Join(caDir, federation.CACertFile)
			}
			if ic.Manifest != "" {
				if ic.Manifest, err = filepath.Abs(ic.Manifest); err != nil {
					return err
				}
			}
			cfg, _, err := node.Init(cmd.Context(), ic)
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			key, err := federation.LoadPrivateKey(cfg.Key)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "created node %s (%s) in %s\n", cfg.Name, cfg.Jurisdiction, ic.Dir)
			fmt.Fprintf(out, "  node public key: %s\n", federation.FormatPublicKey(key.Public().(ed25519.PublicKey)))
			if caDir == "" {
				fmt.Fprintf(out, "  TLS certificate: %s, from this node's own CA %s\n", cfg.TLS.Cert, filepath.Join(ic.Dir, "ca", federation.CACertFile))
			}
			fmt.Fprintf(out, "  config:          %s\n", filepath.Join(ic.Dir, "node.yaml"))
			fmt.Fprintf(out, "  operator token:  %s (keep it secret)\n", filepath.Join(ic.Dir, "operator.token"))
			fmt.Fprintf(out, "  start it with:   comity serve --config %s\n", filepath.Join(ic.Dir, "node.yaml"))
			if ic.Manifest == "" {
				fmt.Fprintf(out, `
To join a federation, no one's CA key is needed: peers admit this node by the
public key above, once the members list it in a manifest they sign. Send the
members that key, your authority's public key and this node's https URL; they
add you (federation manifest add-member, add-node), sign, and you sign with
your authority key. Set manifest: in node.yaml to the signed manifest, start
the node, and have a member's operator hand the manifest to a running node
(federation manifest publish): the others learn of it without restarting.
If the federation wants certificates from a member's CA instead, send a CSR:
  comity federation csr --key %s --name %s --jurisdiction %s --host HOST --out %s.csr
`, cfg.Key, cfg.Name, cfg.Jurisdiction, cfg.Name)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&ic.Dir, "dir", "", "the node's data directory (created; must not hold a node)")
	f.StringVar(&j, "jurisdiction", "", "ISO 3166-1 alpha-2 code of the state whose records the node holds")
	f.StringVar(&ic.Name, "name", "", "the node's name in the federation manifest (default node-CC)")
	f.StringVar(&ic.Listen, "listen", "127.0.0.1:7443", "address of the HTTPS API")
	f.StringSliceVar(&hosts, "host", nil, "DNS name or IP for the TLS certificate (repeatable; default the listen host, localhost, 127.0.0.1)")
	f.StringVar(&caDir, "ca", "", "directory of a CA (ca.pem, ca.key) you hold that issues the node certificate (default: a new CA of this node's own)")
	f.StringVar(&ic.Manifest, "manifest", "", "path of the signed federation manifest")
	f.StringVar(&ic.Store, "store", "", "the store: sqlite (default), sqlite:PATH, or postgres://… shared by several serve processes")
	f.StringVar(&ic.Ledger, "ledger", "", "the log: a directory (default DIR/log), or mysql://… shared by several serve processes")
	cmd.MarkFlagRequired("dir")
	cmd.MarkFlagRequired("jurisdiction")
	return cmd
}
