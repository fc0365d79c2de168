package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/release"
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

// vendorSupport is one declaration of a release's support period, read
// from the log.
type vendorSupport struct {
	Release       string    `json:"release"`
	SupportUntil  string    `json:"support_until"`
	ShortenedFrom string    `json:"shortened_from,omitempty"`
	LogIndex      uint64    `json:"log_index"`
	Logged        time.Time `json:"logged"`
}

// vendorFinding is a forced upgrade a node found for one of its customers
// and logged as a commitment: the customer and component are not on the
// log, and not here.
type vendorFinding struct {
	Finding  string    `json:"finding"`
	LogIndex uint64    `json:"log_index"`
	Logged   time.Time `json:"logged"`
}

// fromLog reads, from a verified audit of the whole log, the vendor's
// support declarations and the forced upgrades found against it.
func fromLog(entries []*audit.Entry, names ...string) (sup []vendorSupport, found []vendorFinding) {
	sup, found = []vendorSupport{}, []vendorFinding{}
	for _, e := range entries {
		if !slices.Contains(names, e.Requester) {
			continue
		}
		at, _ := time.Parse(time.RFC3339Nano, e.Time)
		switch {
		case e.Kind == string(release.KindRelease) && e.Outcome == string(comity.Allow) && e.Detail["support_until"] != "" &&
			(e.Detail["event"] == release.EventRelease || e.Detail["event"] == release.EventSupport):
			sup = append(sup, vendorSupport{Release: e.Detail["product"] + "@" + e.Detail["version"], SupportUntil: e.Detail["support_until"],
				ShortenedFrom: e.Detail["shortened_from"], LogIndex: e.Index, Logged: at})
		case e.Kind == string(advisory.EntryForcedUpgrade):
			found = append(found, vendorFinding{Finding: e.Detail["finding"], LogIndex: e.Index, Logged: at})
		}
	}
	return sup, found
}

func newVendorReportCmd() *cobra.Command {
	var (
		key, org string
		vf       verifyFlags
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

From a verified audit of the whole log (every entry under a checkpoint
with the witness quorum) it adds the support periods the vendor declared
for its releases, each shortening marked with the end it replaced, and the
forced upgrades this node found for its customers (no remedy past the
home rulebook's deadline inside a declared support period; a support
period shortened): each a logged commitment that names the finding and
the vendor, never the customer. Release entries name the vendor by its
organisation (--organisation, default VENDOR). Run it against the vendor's
home node for its declarations and against its customers' nodes for
their findings.

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
				// Support and Found are read from the log itself.
				Support []vendorSupport `json:"support_declarations"`
				Found   []vendorFinding `json:"forced_upgrades_found"`
			}{Vendor: args[0], Node: vf.node, Advisories: []vendorAdvisory{}}
			if org == "" {
				org = args[0]
			}
			audited, err := audit.Verify(ctx, audit.Config{URL: logURL, Verifier: v, Witnesses: pol.witnesses, Quorum: pol.quorum,
				HTTPClient: hc, KeepEntries: true})
			if err != nil {
				return err
			}
			report.Witnessed = pol.describe(audited.Checkpoint.Cosigners)
			report.Support, report.Found = fromLog(audited.Entries, args[0], org)
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
				// An alarm settled from the log after a crash has its
				// index but no receipt (the process that held it died):
				// it is reported as the node gives it.
				if o.Alarm != nil && o.Alarm.Receipt != nil {
					if err := checkDutyEntry(ctx, logURL, v, pol, hc, o.Alarm.Receipt, advisory.EntryOverdue, o, o.Alarm.Raised); err != nil {
						return err
					}
				}
			}
			return printJSON(cmd, report)
		},
	}
	cmd.Flags().StringVar(&key, "key", "", "the node's log key in signed-note verifier form (required)")
	cmd.Flags().StringVar(&org, "organisation", "", "the vendor's organisation, as its release entries name it (default VENDOR)")
	vf.register(cmd.Flags())
	cmd.MarkFlagRequired("key")
	return cmd
}
