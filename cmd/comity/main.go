// Command comity runs and operates Comity nodes: one binary, a file per
// subcommand. Each subcommand file registers its constructor in init.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// commands holds the constructors of the top-level subcommands; each
// subcommand's file appends its own in init.
var commands []func() *cobra.Command

// Main runs the comity command line with args and returns the exit code.
// Errors are printed as one line, "comity: reason", to stderr.
func Main(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := &cobra.Command{
		Use:           "comity",
		Short:         "Comity: data stays home and crosses borders only by the rules of the state that holds it",
		SilenceUsage:  true,
		SilenceErrors: true,
		Version:       buildVersion(),
	}
	root.SetVersionTemplate("comity {{.Version}}\n")
	for _, c := range commands {
		root.AddCommand(c())
	}
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "comity: %v\n", oneLine(err))
		return 1
	}
	return 0
}
