package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

func init() { commands = append(commands, newConsentCmd) }

func newConsentCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "consent", Short: "Keep your data subjects' consents at their home node (controllers only)",
		Long: `A controller records here the consents it obtained from its data subjects: the purpose,
the recipient (an organisation, entity:<registered id>, or * for every recipient in the
destination), the destination state, the kind (consent, informed, separate, explicit) and
the SHA-256 of the information the person was given. Consents never leave the node; the gate
counts a rulebook's consent obligation met only for records whose subjects have a live consent
covering the request. Every change is logged under the subjects' pseudonyms.`}
	cmd.AddCommand(newConsentAddCmd(), newConsentWithdrawCmd(), newConsentListCmd(), newConsentImportCmd())
	return cmd
}

func newConsentAddCmd() *cobra.Command {
	var (
		api                           apiFlags
		in                            comityhttp.ConsentInput
		kind, dest, noticeFile, given string
	)
	cmd := &cobra.Command{
		Use:   "add --subject REF --purpose P --recipient ORG --destination XX --kind explicit --notice-file notice.pdf",
		Short: "Record one data subject's consent; prints it with its id and receipt",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			in.Kind, in.Destination = comity.ConsentKind(kind), comity.Jurisdiction(dest)
			if noticeFile != "" {
				data, err := os.ReadFile(noticeFile)
				if err != nil {
					return fmt.Errorf("--notice-file: %w", err)
				}
				sum := sha256.Sum256(data)
				in.Notice = "sha256:" + hex.EncodeToString(sum[:])
			}
			if given != "" {
				t, err := time.Parse(time.RFC3339, given)
				if err != nil {
					return comity.Errorf(comity.EINVALID, "--given-at: want RFC 3339, such as 2026-03-01T09:00:00Z")
				}
				in.GivenAt = t
			}
			if err := comity.CheckConsent(in.Consent(), comity.Now()); err != nil {
				return err
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			out, err := c.GiveConsents(cmd.Context(), []comityhttp.ConsentInput{in})
			if err != nil {
				return err
			}
			return printJSON(cmd, out)
		},
	}
	api.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&in.Subject, "subject", "", "your reference of the data subject, as in your records")
	f.StringVar(&in.Purpose, "purpose", "", "the purpose consented to, as requests will name it")
	f.StringVar(&in.Recipient, "recipient", "", "the organisation consented to, entity:<registered id>, or * for every recipient in the destination")
	f.StringVar(&dest, "destination", "", "the state the data may go to (ISO 3166-1 alpha-2)")
	f.StringVar(&kind, "kind", "", "consent, informed (APPI Art. 28), separate (PIPL Art. 39) or explicit (GDPR Arts. 9, 49(1)(a))")
	f.StringVar(&in.Notice, "notice", "", "sha256:<hex> of the information the person was given")
	f.StringVar(&noticeFile, "notice-file", "", "the information the person was given: its SHA-256 is recorded")
	f.StringVar(&given, "given-at", "", "when the consent was given (RFC 3339; default now)")
	return cmd
}

func newConsentWithdrawCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "withdraw ID",
		Short: "Record that the data subject withdrew a consent: no later decision counts it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			out, err := c.WithdrawConsent(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printJSON(cmd, out)
		},
	}
	api.register(cmd.Flags())
	return cmd
}

func newConsentListCmd() *cobra.Command {
	var (
		api            apiFlags
		subject, after string
		limit          int
		asJSON         bool
	)
	cmd := &cobra.Command{
		Use:   "list [--subject REF]",
		Short: "List your consents in id order (a page at a time: --after the last id shown)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			cs, err := c.Consents(cmd.Context(), subject, after, limit)
			if err != nil {
				return err
			}
			if asJSON {
				return printJSON(cmd, cs)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tSUBJECT\tKIND\tPURPOSE\tRECIPIENT\tDESTINATION\tGIVEN\tWITHDRAWN")
			for _, x := range cs {
				withdrawn := "-"
				if x.WithdrawnAt != nil {
					withdrawn = x.WithdrawnAt.Format(time.RFC3339)
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", x.ID, x.Subject, x.Kind, x.Purpose, x.Recipient, x.Destination,
					x.GivenAt.Format(time.RFC3339), withdrawn)
			}
			return tw.Flush()
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&subject, "subject", "", "only this data subject's consents")
	cmd.Flags().StringVar(&after, "after", "", "list after this consent id")
	cmd.Flags().IntVar(&limit, "limit", 100, "at most this many (1 to 1000)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return cmd
}

func newConsentImportCmd() *cobra.Command {
	var (
		api   apiFlags
		skip  int
		quiet bool
	)
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Bulk-import consents from JSON Lines (one consent per line, as consent add takes them)",
		Long: `Bulk-import consents from a JSON Lines file: one object per line with subject, kind, purpose,
recipient, destination, notice (sha256:<hex>) and optionally given_at. The whole file is
checked before anything is sent; consents are then sent in batches of 1000, each stored whole
or not at all and logged in one entry. The node gives each consent its id, so an import that
stops part-way is finished with --skip N, N being the count it reports stored.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			f, err := os.Open(args[0])
			if err != nil {
				return err
			}
			defer f.Close()
			var all []comityhttp.ConsentInput
			if err := comityhttp.ReadConsents(f, func(in comityhttp.ConsentInput) error {
				all = append(all, in)
				return nil
			}); err != nil {
				return fmt.Errorf("%s: %w", args[0], err)
			}
			if skip < 0 || skip > len(all) {
				return comity.Errorf(comity.EINVALID, "--skip %d: the file holds %d consents", skip, len(all))
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			var bar *progressbar.ProgressBar
			if !quiet {
				bar = progressbar.NewOptions(len(all)-skip, progressbar.OptionSetWriter(cmd.ErrOrStderr()),
					progressbar.OptionSetDescription("importing consents"), progressbar.OptionSetWidth(30),
					progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionShowCount())
				defer bar.Finish()
			}
			stored := skip
			for stored < len(all) {
				n := min(len(all)-stored, comity.MaxConsentsPerCall)
				if _, err := c.GiveConsents(cmd.Context(), all[stored:stored+n]); err != nil {
					return fmt.Errorf("after %d consents stored (rerun with --skip %d): %w", stored, stored, err)
				}
				stored += n
				if bar != nil {
					bar.Add(n)
				}
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\nimported %s: %d consents stored\n", args[0], stored-skip)
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().IntVar(&skip, "skip", 0, "skip the first N consents of the file (stored by an earlier, interrupted import)")
	cmd.Flags().BoolVarP(&quiet, "quiet", "q", false, "no progress bar")
	return cmd
}
