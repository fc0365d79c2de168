package main

import (
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
	"github.com/spf13/cobra"
	"golang.org/x/mod/sumdb/note"
)

func init() { commands = append(commands, newJudicialCmd) }

func newJudicialCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "judicial",
		Short: "Judicial assistance: requests between central authorities, production orders, transparency",
		Long: `Law enforcement reaches data homed in another state only by asking that state.
The requesting state's central authority (or the agency, for a draft) files a
case at its own node; the case travels to the holding state's node, whose
central authority reviews it, asks for information, and grants it (a
production order signed offline with its key) or refuses it. The agency then
executes the order once and receives evidence signed by the holding node.`,
	}
	cmd.AddCommand(newJudicialFileCmd(), newJudicialListCmd(), newJudicialShowCmd(),
		newJudicialStepCmd("submit", judicial.Submitted, "", "File a draft with the holding state (requesting central authority)"),
		newJudicialStepCmd("review", judicial.UnderReview, "", "Start reviewing a received case (holding central authority)"),
		newJudicialStepCmd("ask", judicial.MoreInformation, "question", "Ask the requesting state for more information (holding central authority)"),
		newJudicialStepCmd("answer", judicial.UnderReview, "information", "Answer the holding state's question (requesting central authority)"),
		newJudicialStepCmd("refuse", judicial.Refused, "grounds", "Refuse a case, with grounds (holding central authority)"),
		newJudicialStepCmd("close", judicial.Closed, "note", "Close a finished case, or withdraw a pending one"),
		newJudicialGrantCmd(), newJudicialExecuteCmd(), newJudicialOverdueCmd(), newJudicialReportCmd())
	return cmd
}

func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ",") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

func newJudicialFileCmd() *cobra.Command {
	var (
		api                                  apiFlags
		in                                   comityhttp.CaseInput
		holding, records, subjects, from, to string
		urgency                              string
	)
	cmd := &cobra.Command{
		Use:   "file --holding STATE --offence CATEGORY --basis AGREEMENT|reciprocity --records IDS|--subjects REFS",
		Short: "Write a draft request for judicial assistance at the requesting state's node",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := comity.ParseJurisdiction(holding)
			if err != nil {
				return err
			}
			in.Holding, in.Urgency = j, judicial.Urgency(urgency)
			in.Scope.RecordIDs, in.Scope.Subjects = splitList(records), splitList(subjects)
			for _, t := range []struct {
				s   string
				dst *time.Time
			}{{from, &in.Scope.From}, {to, &in.Scope.To}} {
				if t.s == "" {
					continue
				}
				if *t.dst, err = time.Parse(time.RFC3339, t.s); err != nil {
					return comity.Errorf(comity.EINVALID, "time %q: want RFC 3339", t.s)
				}
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			out, err := c.FileCase(cmd.Context(), in)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s\n", out.ID, out.State)
			return nil
		},
	}
	f := cmd.Flags()
	api.register(f)
	f.StringVar(&holding, "holding", "", "the state holding the data (required)")
	f.StringVar(&in.Offence, "offence", "", "offence category, such as fraud or cybercrime (required)")
	f.StringVar(&in.LegalBasis, "basis", judicial.Reciprocity, "the treaty or agreement id, or reciprocity")
	f.StringVar(&records, "records", "", "comma-separated record ids homed in the holding state")
	f.StringVar(&subjects, "subjects", "", "comma-separated data-subject references")
	f.StringVar(&from, "from", "", "start of the time range (RFC 3339)")
	f.StringVar(&to, "to", "", "end of the time range (RFC 3339)")
	f.StringVar(&urgency, "urgency", string(judicial.Standard), "standard or emergency")
	f.StringVar(&in.Agency, "agency", "", "the agency that needs the data (default: the calling agency)")
	f.StringVar(&in.Reference, "reference", "", "the requesting authority's own reference")
	f.StringVar(&in.Summary, "summary", "", "the facts and why the data is needed")
	cmd.MarkFlagRequired("holding")
	cmd.MarkFlagRequired("offence")
	return cmd
}

func newJudicialListCmd() *cobra.Command {
	var (
		api   apiFlags
		state string
	)
	cmd := &cobra.Command{
		Use:   "list [--state STATE]",
		Short: "List the cases visible to the caller",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			cs, err := c.Cases(cmd.Context(), judicial.State(state))
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-22s %-26s %-4s %-4s %-14s %-20s %s\n", "CASE", "STATE", "FROM", "TO", "OFFENCE", "DUE", "AGENCY")
			for _, k := range cs {
				due := "-"
				if !k.Due.IsZero() {
					due = k.Due.Format(time.RFC3339)
					if judicial.Overdue(k, comity.Now()) {
						due += " LATE"
					}
				}
				fmt.Fprintf(out, "%-22s %-26s %-4s %-4s %-14s %-20s %s\n", clean(k.ID), clean(string(k.State)), clean(string(k.Requesting)),
					clean(string(k.Holding)), clean(k.Offence), due, clean(k.Agency))
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&state, "state", "", "only cases in this state")
	return cmd
}

func newJudicialShowCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "show CASE",
		Short: "Print one case as JSON",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			k, err := c.Case(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printJSON(cmd, k)
		},
	}
	api.register(cmd.Flags())
	return cmd
}

// newJudicialStepCmd is a command that moves a case to one state, with an
// optional note flag (required when noteFlag is not "note").
func newJudicialStepCmd(name string, to judicial.State, noteFlag, short string) *cobra.Command {
	var (
		api  apiFlags
		note string
	)
	use := name + " CASE"
	if noteFlag != "" {
		use += " --" + noteFlag + " TEXT"
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			k, err := c.MoveCase(cmd.Context(), args[0], judicial.Step{To: to, Note: note})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s\n", k.ID, k.State)
			if k.State == judicial.Refused && k.Grounds != "" {
				fmt.Fprintf(cmd.OutOrStdout(), "grounds: %s\n", clean(k.Grounds))
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	if noteFlag != "" {
		cmd.Flags().StringVar(&note, noteFlag, "", "the "+noteFlag)
		if noteFlag != "note" {
			cmd.MarkFlagRequired(noteFlag)
		}
	}
	return cmd
}

func newJudicialGrantCmd() *cobra.Command {
	var (
		api              apiFlags
		keyFile, records string
		conditions       []string
		ttl              time.Duration
		partial          bool
	)
	cmd := &cobra.Command{
		Use:   "grant CASE --authority-key CENTRAL-AUTHORITY.key [--records IDS] [--condition TEXT]... [--ttl 720h]",
		Short: "Sign a production order for the granted records and record the grant (holding central authority)",
		Long: `Sign, with the central authority's key on this machine, a production order
that releases the granted records (default: all requested) once to the case's
agency, with the conditions attached, until --ttl from now; then record the
grant at the holding node. A grant of fewer records than requested is partial.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := authorityKey(keyFile)
			if err != nil {
				return err
			}
			if ttl <= 0 || ttl > 366*24*time.Hour {
				return comity.Errorf(comity.EINVALID, "--ttl %s: want a positive duration of at most a year", ttl)
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			k, err := c.Case(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			ids := splitList(records)
			if len(ids) == 0 {
				ids = k.Scope.RecordIDs
			}
			if len(k.Scope.Subjects) == 0 {
				partial = len(ids) < len(k.Scope.RecordIDs)
			}
			now := comity.Now()
			o, a := judicial.NewOrder(k, ids, partial, conditions, now, now.Add(ttl))
			if err := o.Sign(a, key); err != nil {
				return err
			}
			k, err = c.MoveCase(cmd.Context(), k.ID, judicial.Step{To: judicial.Granted, Order: o.Encode()})
			if err != nil {
				return err
			}
			how := "in whole"
			if k.Grant.Partial {
				how = "in part"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s granted %s: %d records until %s\n", k.ID, how, len(k.Grant.RecordIDs), a.Expires.Format(time.RFC3339))
			return nil
		},
	}
	f := cmd.Flags()
	api.register(f)
	keyFlag(cmd, &keyFile, "authority-key", "the central authority's private key file (required)", true)
	f.StringVar(&records, "records", "", "comma-separated granted record ids (default: all requested)")
	f.StringArrayVar(&conditions, "condition", nil, "a condition of the grant, such as a use limitation (repeatable)")
	f.DurationVar(&ttl, "ttl", 30*24*time.Hour, "how long the order stays executable")
	f.BoolVar(&partial, "partial", false, "for requests by data subject: the grant is partial")
	return cmd
}

func newJudicialExecuteCmd() *cobra.Command {
	var (
		api                 apiFlags
		records, outFile, o string
	)
	cmd := &cobra.Command{
		Use:   "execute CASE --out EVIDENCE.json",
		Short: "Execute a granted case's production order, once, and save the evidence (agency)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if outFile == "" {
				return comity.Errorf(comity.EINVALID, "--out is required: where to save the evidence")
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			ev, err := c.ExecuteOrder(cmd.Context(), args[0], &judicial.ExecuteInput{Order: o, RecordIDs: splitList(records)})
			if err != nil {
				return err
			}
			data, err := json.MarshalIndent(ev, "", "  ")
			if err != nil {
				return err
			}
			if err := os.WriteFile(outFile, append(data, '\n'), 0o600); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s executed: %d records from %s, evidence in %s\n", ev.Case, len(ev.Records), ev.Node, outFile)
			return nil
		},
	}
	f := cmd.Flags()
	api.register(f)
	f.StringVar(&outFile, "out", "", "file to write the evidence package to (required)")
	f.StringVar(&records, "records", "", "comma-separated record ids (default: all granted)")
	f.StringVar(&o, "order", "", "the production order token (default: the case's)")
	return cmd
}

func newJudicialOverdueCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "overdue",
		Short: "List cases whose answer is overdue; the node raises one logged alarm per case",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			cs, err := c.OverdueCases(cmd.Context())
			if err != nil {
				return err
			}
			for _, k := range cs {
				fmt.Fprintf(cmd.OutOrStdout(), "%s %s due %s (%s late)\n", k.ID, k.State, k.Due.Format(time.RFC3339),
					comity.Now().Sub(k.Due).Round(time.Minute))
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	return cmd
}

func newJudicialReportCmd() *cobra.Command {
	var (
		key    string
		logURL string
		asCSV  bool
		caFile string
	)
	cmd := &cobra.Command{
		Use:   "report --log URL --log-key VKEY [--csv]",
		Short: "A state's transparency report on judicial assistance, computed from its node's verified log",
		Long: `Verify the holding node's whole log (as comity audit does) and count the
judicial-assistance requests it received, granted in whole or in part, and
refused, by requesting state and offence category. Prints a table, or CSV with
--csv.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			v, err := note.NewVerifier(key)
			if err != nil {
				return fmt.Errorf("--log-key: not a signed-note verifier key: %w", err)
			}
			hc, err := httpsClient(caFile)
			if err != nil {
				return err
			}
			if logURL, err = logArg(logURL, args); err != nil {
				return err
			}
			res, err := audit.Verify(cmd.Context(), audit.Config{URL: logURL, Verifier: v, HTTPClient: hc, KeepEntries: true})
			if err != nil {
				return err
			}
			rep := judicial.NewReport(res.Entries)
			if asCSV {
				return rep.WriteCSV(cmd.OutOrStdout())
			}
			return rep.WriteTable(cmd.OutOrStdout())
		},
	}
	f := cmd.Flags()
	keyFlag(cmd, &key, "log-key", "the log's public key in signed-note verifier form (required)", true)
	f.StringVar(&logURL, "log", "", "the log's URL (where /checkpoint is served); or give it as the argument")
	f.BoolVar(&asCSV, "csv", false, "print CSV")
	f.StringVar(&caFile, "ca", "", "CA certificate to trust for the node's TLS certificate (default: the system's)")
	return cmd
}

// httpsClient trusts caFile, or the system's roots when it is empty.
func httpsClient(caFile string) (*http.Client, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true}
	if caFile != "" {
		pool, err := federation.LoadCertPool(caFile)
		if err != nil {
			return nil, err
		}
		tr.TLSClientConfig.RootCAs = pool
	}
	return &http.Client{Transport: tr, Timeout: 5 * time.Minute}, nil
}
