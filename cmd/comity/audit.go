package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/comity-project/comity/audit"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/term"
)

func init() { commands = append(commands, newAuditCmd) }

func newAuditCmd() *cobra.Command {
	var (
		key, stateFile, subjectHex string
		logURL                     string
		witnessKeys                []string
		quorum                     int
		noState                    bool
	)
	cmd := &cobra.Command{
		Use:   "audit --log URL --log-key VKEY",
		Short: "Verify a node's whole ledger and summarise its flows",
		Long: `Fetch and verify a Comity ledger published as C2SP tlog-tiles: the checkpoint's
signature (and witness cosignatures with --quorum), every entry bundle and tile
against the checkpoint's root, and consistency with the checkpoint seen by the
last audit (kept in --state). Prints the flows by requester, destination, data
category and outcome. Exits non-zero on any inconsistency.

With --subject-secret, also lists every entry that touched the data subject
holding that secret.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := note.NewVerifier(key)
			if err != nil {
				return fmt.Errorf("--log-key: not a signed-note verifier key: %w", err)
			}
			if logURL, err = logArg(logURL, args); err != nil {
				return err
			}
			cfg := audit.Config{URL: logURL, Verifier: v, Quorum: quorum}
			for _, k := range witnessKeys {
				w, err := witnessVerifier(k)
				if err != nil {
					return err
				}
				cfg.Witnesses = append(cfg.Witnesses, w)
			}
			if subjectHex != "" {
				if cfg.SubjectSecret, err = hex.DecodeString(subjectHex); err != nil || len(cfg.SubjectSecret) == 0 {
					return fmt.Errorf("--subject-secret: want the secret in hex")
				}
			}
			switch {
			case noState:
			case stateFile != "":
				cfg.StateFile = stateFile
			default:
				cfg.StateFile = defaultAuditState(v.Name())
			}
			if f, ok := cmd.ErrOrStderr().(*os.File); ok && term.IsTerminal(int(f.Fd())) {
				bar := progressbar.NewOptions64(-1, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("verifying"),
					progressbar.OptionSetWidth(30), progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionShowCount())
				cfg.Progress = func(done, total uint64) { bar.ChangeMax64(int64(total)); bar.Set64(int64(done)) }
				defer bar.Finish()
			}
			rep, err := audit.Verify(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			printAudit(cmd.OutOrStdout(), rep, cfg.SubjectSecret != nil)
			return nil
		},
	}
	f := cmd.Flags()
	keyFlag(cmd, &key, "log-key", "the log's public key in signed-note verifier form (required)", true)
	f.StringVar(&logURL, "log", "", "the log's URL (where /checkpoint is served); or give it as the argument")
	f.StringVar(&stateFile, "state", "", "file keeping the last verified checkpoint (default: in the user cache directory, per log)")
	f.BoolVar(&noState, "no-state", false, "do not read or write a state file")
	f.StringArrayVar(&witnessKeys, "witness", nil, "a witness's verifier key (repeatable)")
	f.IntVar(&quorum, "quorum", 0, "number of --witness cosignatures the checkpoint must carry")
	f.StringVar(&subjectHex, "subject-secret", "", "a data subject's pseudonym secret (hex): list the entries that touched them")
	return cmd
}

// witnessVerifier accepts a witness key in Ed25519 or cosignature/v1 form.
func witnessVerifier(k string) (note.Verifier, error) {
	v, err := fnote.NewVerifierForCosignatureV1(k)
	if err != nil {
		return nil, fmt.Errorf("--witness %q: %w", k, err)
	}
	return v, nil
}

// defaultAuditState is the state file for a log in the user's cache
// directory, or "" (no state) when there is none.
func defaultAuditState(origin string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	h := sha256.Sum256([]byte(origin))
	return filepath.Join(dir, "comity", "audit", hex.EncodeToString(h[:8])+".json")
}

func printAudit(w io.Writer, rep *audit.Report, subject bool) {
	cp := rep.Checkpoint
	fmt.Fprintf(w, "log %s: %d entries verified", cp.Origin, cp.Size)
	if rep.PreviousSize > 0 {
		fmt.Fprintf(w, ", consistent with the %d seen before", rep.PreviousSize)
	}
	if len(cp.Cosigners) > 0 {
		fmt.Fprintf(w, ", cosigned by %s", strings.Join(cp.Cosigners, ", "))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REQUESTER\tDESTINATION\tCATEGORY\tOUTCOME\tDECISIONS")
	for _, fl := range rep.Flows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", dash(fl.Requester), dash(fl.Destination), fl.Category, dash(fl.Outcome), fl.Count)
	}
	tw.Flush()
	for kind, n := range rep.Kinds {
		if kind != "decision" {
			fmt.Fprintf(w, "%d %s entries\n", n, kind)
		}
	}
	if !subject {
		return
	}
	fmt.Fprintf(w, "\n%d entries touched the data subject:\n", len(rep.Subject))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTIME\tKIND\tREQUESTER\tACTION\tPURPOSE\tDESTINATION\tOUTCOME\tRECORDS")
	for _, e := range rep.Subject {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Index, e.Time, e.Kind, dash(e.Requester), dash(e.Action),
			dash(e.Purpose), dash(e.Destination), dash(e.Outcome), dash(strings.Join(e.RecordIDs, ",")))
	}
	tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// logArg is the log URL given by --log or, as before, as the only argument.
func logArg(flag string, args []string) (string, error) {
	switch {
	case flag != "" && len(args) > 0 && args[0] != flag:
		return "", fmt.Errorf("give the log URL once: --log %s or %s", flag, args[0])
	case flag != "":
		return flag, nil
	case len(args) > 0:
		return args[0], nil
	}
	return "", fmt.Errorf("no log: give --log URL")
}
