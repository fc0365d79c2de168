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
		key, subjectHex, recordHex string
		logURL                     string
		scanPII                    bool
		vf                         verifyFlags
	)
	cmd := &cobra.Command{
		Use:   "audit --log URL --log-key VKEY",
		Short: "Verify a node's whole ledger and summarise its flows",
		Long: `Fetch and verify a Comity ledger published as C2SP tlog-tiles: the checkpoint's
signature and its witnesses' cosignatures, every entry bundle and tile against
the checkpoint's root, and consistency with the checkpoint seen last (kept in
--state, shared with receipt verify). Prints the flows by requester, destination,
data category and outcome. Exits non-zero on any inconsistency.

The witnesses and their quorum come from the federation manifest: the one the
log's node serves at /v1/node (needs an API token), or --manifest. A checkpoint
without its quorum is refused: it may be a fork shown to you alone.
--unwitnessed checks no cosignature, and the output says so.

With --subject-secret, also lists every entry that touched the data subject
holding that secret; with --record-secret, every entry that concerns the
record whose commitment secret it is (its home node gives it to the record's
controller).

With --pii, also scans every entry with the personal-information detector
and lists each finding with its entry index, member and kinds (never the
text); it exits non-zero if there is any. Nothing personal may be on a log.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := note.NewVerifier(key)
			if err != nil {
				return fmt.Errorf("--log-key: not a signed-note verifier key: %w", err)
			}
			if logURL, err = logArg(logURL, args); err != nil {
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
			cfg := audit.Config{URL: logURL, Verifier: v, Witnesses: pol.witnesses, Quorum: pol.quorum,
				StateFile: vf.state(v), HTTPClient: hc}
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
			printAudit(cmd.OutOrStdout(), rep, pol, cfg.SubjectSecret != nil, cfg.RecordSecret != nil)
			if scanPII {
				return printPII(cmd.OutOrStdout(), rep.PII)
			}
			return nil
		},
	}
	f := cmd.Flags()
	keyFlag(cmd, &key, "log-key", "the log's public key in signed-note verifier form (required)", true)
	f.StringVar(&logURL, "log", "", "the log's URL (where /checkpoint is served); or give it as the argument")
	f.StringVar(&subjectHex, "subject-secret", "", "a data subject's pseudonym secret (hex): list the entries that touched them")
	f.StringVar(&recordHex, "record-secret", "", "a record's commitment secret (hex): list the entries that concern it")
	f.BoolVar(&scanPII, "pii", false, "scan every entry for personal information; exit non-zero on any finding")
	vf.register(f)
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

func printAudit(w io.Writer, rep *audit.Report, pol *policy, subject, record bool) {
	// Everything below comes from the log, that is from outside: dash and
	// clean escape what could move the cursor or forge a line.
	cp := rep.Checkpoint
	fmt.Fprintf(w, "log %s: %d entries verified", clean(cp.Origin), cp.Size)
	if rep.PreviousSize > 0 {
		fmt.Fprintf(w, ", consistent with the %d seen before", rep.PreviousSize)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, clean(pol.describe(cp.Cosigners)))
	// A node writes on its own log what its witnesses told it of forks.
	for _, kind := range []string{"split-view", "witness-alarm"} {
		if n := rep.Kinds[kind]; n > 0 {
			fmt.Fprintf(w, "WARNING: the log records %d %s alarm(s): a witness saw another history of a log\n", n, kind)
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "REQUESTER\tDESTINATION\tCATEGORY\tOUTCOME\tDECISIONS")
	for _, fl := range rep.Flows {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\n", dash(fl.Requester), dash(fl.Destination), dash(fl.Category), dash(fl.Outcome), fl.Count)
	}
	tw.Flush()
	for _, kind := range slices.Sorted(maps.Keys(rep.Kinds)) {
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
	if subject {
		fmt.Fprintf(w, "\n%d entries touched the data subject:\n", len(rep.Subject))
		printEntries(w, rep.Subject)
		// Releases under their consent, and their consents recorded and
		// withdrawn, are what a person most needs to check.
		var consent []*audit.Entry
		for _, e := range rep.Subject {
			if e.UnderConsent() || e.Kind == string(comity.EntryConsent) || e.Kind == string(comity.EntryConsentWithdrawn) {
				consent = append(consent, e)
			}
		}
		if len(consent) > 0 {
			fmt.Fprintf(w, "\n%d of them concern the data subject's consent (releases under it, consents recorded and withdrawn):\n", len(consent))
			printEntries(w, consent)
		}
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
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", e.Index, dash(e.Time), dash(e.Kind), dash(e.Requester), dash(e.Action),
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
		fmt.Fprintf(tw, "%d\t%s\t%s\n", f.Index, clean(f.Member), clean(strings.Join(f.Kinds, ",")))
		entries[f.Index] = true
	}
	tw.Flush()
	return fmt.Errorf("personal information in %d entries (first: entry %d)", len(entries), fs[0].Index)
}

// dash is s fit for a table cell: "-" when empty, escaped otherwise.
func dash(s string) string {
	if s == "" {
		return "-"
	}
	return clean(s)
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

// clean escapes what a terminal would act on (a tab too, which would
// shift a table's columns).
func clean(s string) string { return comity.Printable(s) }
