package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/ledger"
)

func init() { commands = append(commands, newVendorCmd) }

func newVendorCmd() *cobra.Command {
	c := &cobra.Command{Use: "vendor", Short: "Evidence about ICT vendors, from the logs"}
	c.AddCommand(newVendorReportCmd(), newVendorKeyCmd())
	return c
}

// vendorAdvisory is one advisory revision in a vendor report.
type vendorAdvisory struct {
	ID        string    `json:"id"`
	Version   string    `json:"version"`
	Format    string    `json:"format"`
	LogIndex  uint64    `json:"log_index"`
	Logged    time.Time `json:"logged"`
	Claimed   string    `json:"claimed_published,omitempty"`
	Exploited string    `json:"first_known_exploitation,omitempty"`
	// LeadTime is logged minus first known exploitation: negative when the
	// vendor published before exploitation was known, positive when after.
	LeadTime string             `json:"lead_time_from_exploitation,omitempty"`
	Forced   []advisory.Finding `json:"forced_upgrade_findings"`
}

func newVendorReportCmd() *cobra.Command {
	var (
		key string
		vf  verifyFlags
	)
	cmd := &cobra.Command{
		Use:   "report VENDOR --node URL --key VKEY",
		Short: "An evidence-based record of a vendor: its advisories as the node's log proves them",
		Long: `Report, for the vendor principal VENDOR at a node, every advisory revision it
published, each proved to be in the node's log (receipt, inclusion proof,
witnessed checkpoint) and checked against the digest logged: when it was
logged, the dates it claims, its lead time from the first known exploitation
it states, and the forced upgrades the document itself shows (affected
products with no fix, or only fixes of another major version). Evidence,
never nationality: nothing here depends on where the vendor is.

Notification latency is not in it: notices are logged as commitments that
only their customers can open, and each customer proves its own.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if vf.node == "" {
				return comity.Errorf(comity.EINVALID, "--node is required")
			}
			v, err := note.NewVerifier(key)
			if err != nil {
				return comity.Errorf(comity.EINVALID, "--key: not a signed-note verifier key: %w", err)
			}
			hc, err := vf.httpClient()
			if err != nil {
				return err
			}
			token := os.Getenv("COMITY_TOKEN")
			if vf.tokenFile != "" {
				b, err := os.ReadFile(vf.tokenFile)
				if err != nil {
					return err
				}
				token = strings.TrimSpace(string(b))
			}
			c := &client.Client{BaseURL: vf.node, Token: token, HTTP: hc}
			logURL := strings.TrimRight(vf.node, "/") + "/log"
			pol, err := vf.policy(ctx, logURL, v, hc)
			if err != nil {
				return err
			}
			pubs, err := c.Advisories(ctx)
			if err != nil {
				return err
			}
			report := struct {
				Vendor     string           `json:"vendor"`
				Node       string           `json:"node"`
				Witnessed  string           `json:"witnessed"`
				Advisories []vendorAdvisory `json:"advisories"`
				// Reports are the reports to the home authority the home
				// rulebook requires, on time, late, overdue or pending.
				Reports []*advisory.Obligation `json:"authority_reports"`
			}{Vendor: args[0], Node: vf.node, Advisories: []vendorAdvisory{}}
			for _, p := range pubs {
				if p.Vendor != args[0] || p.Receipt == nil || p.Receipt.Origin != v.Name() {
					continue // another vendor's, or followed from another node's log
				}
				inc, err := audit.CheckReceipt(ctx, audit.ReceiptConfig{URL: logURL, Verifier: v, Witnesses: pol.witnesses,
					Quorum: pol.quorum, HTTPClient: hc}, p.Receipt)
				if err != nil {
					return fmt.Errorf("advisory %s %s: %w", p.ID, p.Version, err)
				}
				report.Witnessed = pol.describe(inc.Checkpoint.Cosigners)
				e, err := ledger.DecodeEntry(inc.Entry)
				if err != nil {
					return err
				}
				doc, err := c.AdvisoryDocument(ctx, p.ID, p.Version)
				if err != nil {
					return err
				}
				sum := sha256.Sum256(doc)
				if e.Kind != advisory.EntryAdvisory || e.Requester != args[0] || e.Detail["digest"] != "sha256:"+hex.EncodeToString(sum[:]) {
					return comity.Errorf(comity.EINVALID, "advisory %s %s: the document is not the one logged at entry %d", p.ID, p.Version, p.Receipt.Index)
				}
				d, err := advisory.Parse(doc)
				if err != nil || len(d.Advisories) != 1 {
					return fmt.Errorf("advisory %s %s: %v", p.ID, p.Version, err)
				}
				a := d.Advisories[0]
				va := vendorAdvisory{ID: a.ID, Version: a.Version, Format: string(a.Format), LogIndex: p.Receipt.Index,
					Logged: e.Time, Claimed: a.Published, Forced: a.Findings()}
				for _, vul := range a.Vulnerabilities {
					if vul.Exploited != "" && (va.Exploited == "" || vul.Exploited < va.Exploited) {
						va.Exploited = vul.Exploited
					}
				}
				if t, err := time.Parse(time.RFC3339, va.Exploited); err == nil {
					va.LeadTime = e.Time.Sub(t).Round(time.Minute).String()
				}
				if va.Forced == nil {
					va.Forced = []advisory.Finding{}
				}
				report.Advisories = append(report.Advisories, va)
			}
			// Each report and overdue alarm is proved to be on the log
			// as the node describes it: its time, due time and stage.
			if report.Reports, err = c.ReportDuties(ctx, args[0]); err != nil {
				return err
			}
			for _, o := range report.Reports {
				if o.Report != nil {
					if err := checkDutyEntry(ctx, logURL, v, pol, hc, o.Report.Receipt, advisory.EntryReport, o, o.Report.Filed); err != nil {
						return err
					}
				}
				if o.Alarm != nil {
					if err := checkDutyEntry(ctx, logURL, v, pol, hc, o.Alarm.Receipt, advisory.EntryOverdue, o, o.Alarm.Raised); err != nil {
						return err
					}
				}
			}
			return printJSON(cmd, report)
		},
	}
	cmd.Flags().StringVar(&key, "key", "", "the node's log key in signed-note verifier form (required)")
	vf.register(cmd.Flags())
	cmd.MarkFlagRequired("key")
	return cmd
}
