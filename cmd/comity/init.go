package main

import (
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
a TLS certificate for the node key (issued by --ca, or by a new local CA in DIR/ca), an
SQLite database with one operator principal whose API token is written to DIR/operator.token,
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
			fmt.Fprintf(out, "created node %s (%s) in %s\n", cfg.Name, cfg.Jurisdiction, ic.Dir)
			fmt.Fprintf(out, "  config:          %s\n", filepath.Join(ic.Dir, "node.yaml"))
			fmt.Fprintf(out, "  operator token:  %s (keep it secret)\n", filepath.Join(ic.Dir, "operator.token"))
			fmt.Fprintf(out, "  start it with:   comity serve --config %s\n", filepath.Join(ic.Dir, "node.yaml"))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&ic.Dir, "dir", "", "the node's data directory (created; must not hold a node)")
	f.StringVar(&j, "jurisdiction", "", "ISO 3166-1 alpha-2 code of the state whose records the node holds")
	f.StringVar(&ic.Name, "name", "", "the node's name in the federation manifest (default node-CC)")
	f.StringVar(&ic.Listen, "listen", "127.0.0.1:7443", "address of the HTTPS API")
	f.StringSliceVar(&hosts, "host", nil, "DNS name or IP for the TLS certificate (repeatable; default the listen host, localhost, 127.0.0.1)")
	f.StringVar(&caDir, "ca", "", "directory of the federation CA (ca.pem, ca.key) that issues the node certificate")
	f.StringVar(&ic.Manifest, "manifest", "", "path of the signed federation manifest")
	cmd.MarkFlagRequired("dir")
	cmd.MarkFlagRequired("jurisdiction")
	return cmd
}
