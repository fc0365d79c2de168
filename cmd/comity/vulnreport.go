package main

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
)

func newAdvisoryReportCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "report ADVISORY VULNERABILITY STAGE",
		Short: "Report a vulnerability to the home state's authority (role vendor): logged with its time and deadline",
		Long: `Report one stage of a vulnerability of an advisory the vendor published at its
home node to the home state's authority. The stages and their deadlines are
the home rulebook's (EU CRA: early_warning within 24 h, notification within
72 h, final_report 14 days after a remedy, for actively exploited
vulnerabilities; CN: report within 2 days). The report is logged with its
time and whether it was on time; the same stage again returns the first.`,
		Args: cobra.ExactArgs(3),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			r, err := c.FileReport(cmd.Context(), args[0], args[1], args[2])
			if err != nil {
				return err
			}
			return printJSON(cmd, r)
		},
	}
	api.register(cmd.Flags())
	return cmd
}

func newAdvisoryDutiesCmd() *cobra.Command {
	var (
		api    apiFlags
		vendor string
	)
	cmd := &cobra.Command{
		Use:   "duties [--vendor VENDOR]",
		Short: "List the reports vendors owe their home authority here: due times, reports, overdue alarms",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			obs, err := c.ReportDuties(cmd.Context(), vendor)
			if err != nil {
				return err
			}
			return printJSON(cmd, obs)
		},
	}
	cmd.Flags().StringVar(&vendor, "vendor", "", "one vendor's principal id")
	api.register(cmd.Flags())
	return cmd
}

// checkDutyEntry proves that a report or overdue alarm is on the node's
// log, witnessed, with the kind, vulnerability, stage and time the node
// describes.
func checkDutyEntry(ctx context.Context, logURL string, v note.Verifier, pol *policy, hc *http.Client, r *comity.Receipt,
	kind comity.EntryKind, o *advisory.Obligation, at time.Time) error {
	if r == nil || r.Origin != v.Name() {
		return comity.Errorf(comity.EINVALID, "%s of %s in %s: not on this node's log", o.Stage, o.Vulnerability, o.Advisory)
	}
	inc, err := audit.CheckReceipt(ctx, audit.ReceiptConfig{URL: logURL, Verifier: v, Witnesses: pol.witnesses,
		Quorum: pol.quorum, HTTPClient: hc}, r)
	if err != nil {
		return fmt.Errorf("%s of %s in %s: %w", o.Stage, o.Vulnerability, o.Advisory, err)
	}
	e, err := ledger.DecodeEntry(inc.Entry)
	if err != nil {
		return err
	}
	if e.Kind != kind || e.Requester != o.Vendor || e.Detail["advisory"] != o.Advisory || e.Detail["vulnerability"] != o.Vulnerability ||
		e.Detail["stage"] != o.Stage || !e.Time.Equal(at) {
		return comity.Errorf(comity.EINVALID, "%s of %s in %s: the node's account differs from log entry %d", o.Stage, o.Vulnerability, o.Advisory, r.Index)
	}
	return nil
}
