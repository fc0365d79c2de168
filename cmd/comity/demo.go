package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/demo"
	"github.com/spf13/cobra"
	"k8s.io/klog/v2"
)

func init() { commands = append(commands, newDemoCmd) }

func newDemoCmd() *cobra.Command {
	var (
		dir         string
		records     int
		keepRunning bool
		verbose     bool
	)
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Start a local federation of CN, DE and US nodes and walk through what the gate does",
		Long: `Start, on loopback, a federation of three nodes (CN, DE, US), each with its own data
directory, keys and TLS certificates issued by a demo CA, and a manifest signed by each
state's authority. Load generated sample records and walk through the gate step by step.
With --keep-running the nodes stay up and their URLs and tokens are printed.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			out := cmd.OutOrStdout()
			ctx := cmd.Context()
			if records < demo.MinRecords || records > 100_000 {
				return comity.Errorf(comity.EINVALID, "--records %d: the walkthrough needs %d to 100000 records per state", records, demo.MinRecords)
			}
			if dir == "" {
				tmp, err := os.MkdirTemp("", "comity-demo-")
				if err != nil {
					return err
				}
				dir = tmp
				if !keepRunning {
					defer os.RemoveAll(tmp)
				}
			}
			logger := slog.New(slog.NewTextHandler(io.Discard, nil))
			if verbose {
				logger = newLogger(cmd.ErrOrStderr(), "info")
			} else {
				klog.SetSlogLogger(logger)
			}
			fmt.Fprintf(out, "Starting a federation of CN, DE and US nodes in %s …\n", dir)
			f, err := demo.Start(ctx, demo.Config{Dir: dir, Records: records, Logger: logger})
			if err != nil {
				return err
			}
			defer f.Stop()
			if err := demo.Walkthrough(ctx, f, out); err != nil {
				return err
			}
			if !keepRunning {
				fmt.Fprintln(out, "Done. Run `comity demo --keep-running` to explore the nodes yourself.")
				return nil
			}
			demo.PrintAccess(f, out)
			fmt.Fprintln(out, "\nThe nodes run until you press Ctrl-C.")
			<-ctx.Done()
			fmt.Fprintln(out, "Stopping the nodes …")
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", "", "directory for the nodes' data (default: a new temporary directory)")
	cmd.Flags().IntVar(&records, "records", 200, "sample records per state")
	cmd.Flags().BoolVar(&keepRunning, "keep-running", false, "leave the nodes up and print their URLs and tokens")
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "show the nodes' logs on stderr")
	return cmd
}
