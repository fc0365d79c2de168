package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/spf13/cobra"
	"golang.org/x/mod/sumdb/note"
)

func init() { commands = append(commands, newReceiptCmd) }

func newReceiptCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "receipt", Short: "Work with ledger receipts"}
	cmd.AddCommand(newReceiptVerifyCmd())
	return cmd
}

func newReceiptVerifyCmd() *cobra.Command {
	var (
		logURL, key string
		mmd         time.Duration
		vf          verifyFlags
	)
	cmd := &cobra.Command{
		Use:   "verify --log URL --log-key VKEY RECEIPT.json",
		Short: "Prove that a receipt's entry is in the node's published log",
		Long: `Check a receipt's signature, fetch the log's signed checkpoint with its witnesses'
cosignatures, prove it consistent with the checkpoint of the log seen last (kept
in --state, shared with audit), and prove that the entry hash the receipt
promises is at its index. RECEIPT.json is a receipt, or any JSON object with a
"receipt" member (a release, a problem document); "-" reads standard input. A
receipt whose entry is not published after the maximum merge delay is reported
as not honoured: evidence that the node broke its promise.

The witnesses and their quorum come from the federation manifest, as for audit
(/v1/node by default, or --manifest); --unwitnessed checks none and says so.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := note.NewVerifier(key)
			if err != nil {
				return fmt.Errorf("--log-key: not a signed-note verifier key: %w", err)
			}
			r, err := readReceipt(cmd.InOrStdin(), args[0])
			if err != nil {
				return err
			}
			hc, err := vf.httpClient()
			if err != nil {
				return err
			}
			pol, err := vf.policy(cmd.Context(), logURL, v, hc)
			if err != nil {
				return err
			}
			cfg := audit.ReceiptConfig{URL: logURL, Verifier: v, MaxMergeDelay: mmd, Witnesses: pol.witnesses, Quorum: pol.quorum,
				StateFile: vf.state(v), HTTPClient: hc}
			inc, err := audit.CheckReceipt(cmd.Context(), cfg, r)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "receipt verified: entry %d is in %s, tree size %d, root %s\n",
				r.Index, clean(inc.Checkpoint.Origin), inc.Checkpoint.Size, inc.Checkpoint.Root)
			if inc.PreviousSize > 0 {
				fmt.Fprintf(w, "consistent with the checkpoint of size %d seen before\n", inc.PreviousSize)
			}
			fmt.Fprintln(w, clean(pol.describe(inc.Checkpoint.Cosigners)))
			if inc.Entry != nil {
				fmt.Fprintf(w, "%s\n", clean(string(inc.Entry)))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&logURL, "log", "", "the log's URL (where /checkpoint is served) (required)")
	keyFlag(cmd, &key, "log-key", "the log's public key in signed-note verifier form (required)", true)
	f.DurationVar(&mmd, "max-merge-delay", audit.DefaultMergeDelay, "the log's promised maximum merge delay")
	vf.register(f)
	cmd.MarkFlagRequired("log")
	return cmd
}

func readReceipt(stdin io.Reader, path string) (*comity.Receipt, error) {
	var (
		b   []byte
		err error
	)
	if path == "-" {
		b, err = io.ReadAll(io.LimitReader(stdin, 1<<20))
	} else {
		b, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, err
	}
	var wrapped struct {
		Receipt *comity.Receipt `json:"receipt"`
	}
	if json.Unmarshal(b, &wrapped) == nil && wrapped.Receipt != nil {
		return wrapped.Receipt, nil
	}
	var r comity.Receipt
	if err := json.Unmarshal(b, &r); err != nil || r.Origin == "" {
		return nil, fmt.Errorf("%s: not a receipt", path)
	}
	return &r, nil
}
