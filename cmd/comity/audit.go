package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/comity-project/comity"
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
holding that secret.`,
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
	f.StringVar(&key, "key", "", "the log's public key in signed-note verifier form (required)")
	f.StringVar(&stateFile, "state", "", "file keeping the last verified checkpoint (default: in the user cache directory, per log)")
	f.BoolVar(&noState, "no-state", false, "do not read or write a state file")
	f.StringArrayVar(&witnessKeys, "witness", nil, "a witness's verifier key (repeatable)")
	f.IntVar(&quorum, "quorum", 0, "number of --witness cosignatures the checkpoint must carry")
	f.StringVar(&subjectHex, "subject-secret", "", "a data subject's pseudonym secret (hex): list the entries that touched them")
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

func printAudit(w io.Writer, rep *audit.Report, subject bool) {
	// Everything below comes from the log, that is from outside: dash and
	// clean escape what could move the cursor or forge a line.
	cp := rep.Checkpoint
	fmt.Fprintf(w, "log %s: %d entries verified", clean(cp.Origin), cp.Size)
	if rep.PreviousSize > 0 {
		fmt.Fprintf(w, ", consistent with the %d seen before", rep.PreviousSize)
	}
	if len(cp.Cosigners) > 0 {
		fmt.Fprintf(w, ", cosigned by %s", clean(strings.Join(cp.Cosigners, ", ")))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REQUESTER\tDESTINATION\tCATEGORY\tOUTCOME\tDECISIONS")
	for _, fl := range rep.Flows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", dash(fl.Requester), dash(fl.Destination), dash(fl.Category), dash(fl.Outcome), fl.Count)
	}
	tw.Flush()
	kinds := slices.Sorted(maps.Keys(rep.Kinds))
	for _, kind := range kinds {
		if kind != "decision" {
			fmt.Fprintf(w, "%d %s entries\n", rep.Kinds[kind], clean(kind))
		}
	}
	if len(rep.Principals) > 0 {
		// Who could act as whom, and from when: an operator's principal
		// for another organisation shows here beside the flows.
		fmt.Fprintf(w, "\n%d principal changes:\n", len(rep.Principals))
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "INDEX\tTIME\tBY\tEVENT\tPRINCIPAL\tORGANISATION\tROLES\tEXPIRES\tOUTCOME")
		for _, e := range rep.Principals {
			by := dash(e.Requester)
			if e.Principal != "" {
				by = dash(e.Principal) + " (" + by + ")"
			}
			event := e.Detail["event"]
			if e.Detail["not_applied"] == "true" {
				event += ", not applied"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Index, dash(e.Time), by, dash(event),
				dash(e.Detail["principal"]), dash(e.Detail["organisation"]), dash(e.Detail["roles"]), dash(e.Detail["expires"]), dash(e.Outcome))
		}
		tw.Flush()
	}
	if !subject {
		return
	}
	fmt.Fprintf(w, "\n%d entries touched the data subject:\n", len(rep.Subject))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "INDEX\tTIME\tKIND\tREQUESTER\tACTION\tPURPOSE\tDESTINATION\tOUTCOME\tRECORDS")
	for _, e := range rep.Subject {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", e.Index, dash(e.Time), dash(e.Kind), dash(e.Requester), dash(e.Action),
			dash(e.Purpose), dash(e.Destination), dash(e.Outcome), dash(strings.Join(e.RecordIDs, ",")))
	}
	tw.Flush()
}

// dash is s fit for a table cell: "-" when empty, escaped otherwise.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return clean(s)
}

// clean escapes what a terminal would act on (a tab too, which would
// shift a table's columns).
func clean(s string) string { return comity.Printable(s) }
