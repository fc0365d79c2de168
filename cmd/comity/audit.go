package main

import (
	"crypto/sha256"
	"crypto/tls"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/pii"
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
		recordHex, caFile          string
		scanPII                    bool
		witnessKeys                []string
		quorum                     int
		noState                    bool
	)
	cmd := &cobra.Command{
		Use:   "audit LOG_URL",
		Short: "Verify a node's whole ledger and summarise its flows",
		Long: `Fetch and verify a Comity ledger published as C2SP tlog-tiles: the checkpoint's
signature (and witness cosignatures with --quorum), every entry bundle and tile
against the checkpoint's root, and consistency with the checkpoint seen by the
last audit (kept in --state). Prints the flows by requester, destination, data
category and outcome. Exits non-zero on any inconsistency.

With --subject-secret, also lists every entry that touched the data subject
holding that secret; with --record-secret, every entry that concerns the
record whose commitment secret it is (its home node gives it to the record's
controller).

With --pii, also scans every entry with the personal-information detector
and lists each finding with its entry index, member and kinds (never the
text); it exits non-zero if there is any. Nothing personal may be on a log.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := note.NewVerifier(key)
			if err != nil {
				return fmt.Errorf("--key: not a signed-note verifier key: %w", err)
			}
			cfg := audit.Config{URL: args[0], Verifier: v, Quorum: quorum}
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
			if recordHex != "" {
				if cfg.RecordSecret, err = hex.DecodeString(recordHex); err != nil || len(cfg.RecordSecret) == 0 {
					return fmt.Errorf("--record-secret: want the secret in hex")
				}
			}
			if scanPII {
				cfg.Screen = pii.Screen{}
			}
			if caFile != "" {
				pool, err := federation.LoadCertPool(caFile)
				if err != nil {
					return fmt.Errorf("--ca: %w", err)
				}
				cfg.HTTPClient = &http.Client{Timeout: 5 * time.Minute, Transport: &http.Transport{
					TLSClientConfig: &tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true}}
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
			printAudit(cmd.OutOrStdout(), rep, cfg.SubjectSecret != nil, cfg.RecordSecret != nil)
			if scanPII {
				return printPII(cmd.OutOrStdout(), rep.PII)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&key, "key", "", "the log's public key in signed-note verifier form (required)")
	f.StringVar(&stateFile, "state", "", "file keeping the last verified checkpoint (default: in the user cache directory, per log)")
	f.BoolVar(&noState, "no-state", false, "do not read or write a state file")
	f.StringArrayVar(&witnessKeys, "witness", nil, "a witness's verifier key (repeatable)")
	f.IntVar(&quorum, "quorum", 0, "number of --witness cosignatures the checkpoint must carry")
	f.StringVar(&subjectHex, "subject-secret", "", "a data subject's pseudonym secret (hex): list the entries that touched them")
	f.StringVar(&recordHex, "record-secret", "", "a record's commitment secret (hex): list the entries that concern it")
	f.StringVar(&caFile, "ca", "", "CA certificate to trust for the log's TLS certificate (default: the system's)")
	f.BoolVar(&scanPII, "pii", false, "scan every entry for personal information; exit non-zero on any finding")
	cmd.MarkFlagRequired("key")
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

func printAudit(w io.Writer, rep *audit.Report, subject, record bool) {
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
	if subject {
		fmt.Fprintf(w, "\n%d entries touched the data subject:\n", len(rep.Subject))
		printEntries(w, rep.Subject)
	}
	if record {
		fmt.Fprintf(w, "\n%d entries concern the record:\n", len(rep.Record))
		printEntries(w, rep.Record)
	}
}

func printEntries(w io.Writer, es []*audit.Entry) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTIME\tKIND\tREQUESTER\tACTION\tPURPOSE\tDESTINATION\tOUTCOME\tRECORDS")
	for _, e := range es {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", e.Index, e.Time, e.Kind, dash(e.Requester), dash(e.Action),
			dash(e.Purpose), dash(e.Destination), dash(e.Outcome), e.RecordsCount())
	}
	tw.Flush()
}

// printPII lists what --pii found and fails when it found anything.
func printPII(w io.Writer, fs []audit.Finding) error {
	if len(fs) == 0 {
		fmt.Fprintln(w, "no personal information found in any entry")
		return nil
	}
	fmt.Fprintf(w, "\npersonal information in the log:\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tMEMBER\tKINDS")
	entries := map[uint64]bool{}
	for _, f := range fs {
		fmt.Fprintf(tw, "%d\t%s\t%s\n", f.Index, f.Member, strings.Join(f.Kinds, ","))
		entries[f.Index] = true
	}
	tw.Flush()
	return fmt.Errorf("personal information in %d entries (first: entry %d)", len(entries), fs[0].Index)
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
