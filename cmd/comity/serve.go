package main

import (
	"context"
	"fmt"
	"net"
	"time"

	"github.com/comity-project/comity/node"
	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newServeCmd) }

func newServeCmd() *cobra.Command {
	var path, store string
	cmd := &cobra.Command{
		Use:   "serve --config node.yaml",
		Short: "Run one node until SIGTERM or SIGINT, then shut down gracefully",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := node.LoadConfig(path)
			if err != nil {
				return err
			}
			if store != "" {
				if err := cfg.SetStore(store); err != nil {
					return err
				}
			}
			logger := newLogger(cmd.ErrOrStderr(), cfg.LogLevel)
			n, err := node.Open(cmd.Context(), cfg, node.Options{Logger: logger})
			if err != nil {
				return err
			}
			defer func() {
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				defer cancel()
				n.Close(ctx)
			}()
			ln, err := net.Listen("tcp", cfg.Listen)
			if err != nil {
				return fmt.Errorf("listen: %w", err)
			}
			// The three things a first user needs next, on stdout (logs go
			// to stderr): where the API is, where its log is, and the key
			// that verifies the log's checkpoints.
			base := "https://" + ln.Addr().String()
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "node:            %s (console %s/console/)\n", base, base)
			fmt.Fprintf(out, "log:             %s/log/\n", base)
			fmt.Fprintf(out, "log verifier:    %s\n", n.Log.VerifierKey())
			return n.Serve(cmd.Context(), ln)
		},
	}
	cmd.Flags().StringVar(&path, "config", "node.yaml", "the node's configuration file (see comity init)")
	cmd.Flags().StringVar(&store, "store", "", "the store, overriding the file's: sqlite, sqlite:PATH or postgres://… (several serve processes of a node may share one PostgreSQL)")
	return cmd
}
