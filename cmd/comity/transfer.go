package main

import (
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newTransferCmd) }

func newTransferCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "transfer", Short: "Transfer cases: requests waiting for the home state's authority"}
	cmd.AddCommand(newTransferListCmd(), newTransferShowCmd(), newTransferApproveCmd(), newTransferRefuseCmd())
	return cmd
}

func printJSON(cmd *cobra.Command, v any) error {
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func newTransferListCmd() *cobra.Command {
	var (
		api   apiFlags
		state string
	)
	cmd := &cobra.Command{
		Use:   "list [--state pending|approved|refused]",
		Short: "List the cases held at a node (authorities, auditors, operators)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			ts, err := c.Transfers(cmd.Context(), comity.TransferState(state))
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-32s %-9s %-24s %-12s %7s  %s\n", "CASE", "STATE", "REQUESTER", "ACTION", "RECORDS", "OBLIGATIONS")
			for _, t := range ts {
				var obl []string
				for _, o := range t.Obligations {
					if o.Kind != comity.ObligationMinimise {
						obl = append(obl, string(o.Kind))
					}
				}
				fmt.Fprintf(out, "%-32s %-9s %-24s %-12s %7d  %v\n", clean(t.ID), clean(string(t.State)),
					clean(t.Request.Requester.Organisation+" ("+string(t.Request.Requester.Jurisdiction)+")"),
					clean(string(t.Request.Action)), len(t.Request.RecordIDs), clean(fmt.Sprint(obl)))
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&state, "state", "pending", "pending, approved, refused, or empty for all")
	return cmd
}

func newTransferShowCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "show CASE",
		Short: "Print one case as JSON (requesters poll their own cases with it)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			t, err := c.Transfer(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return printJSON(cmd, t)
		},
	}
	api.register(cmd.Flags())
	return cmd
}

// authorityKey reads the authority's Ed25519 private key file.
func authorityKey(path string) (ed25519.PrivateKey, error) {
	if path == "" {
		return nil, comity.Errorf(comity.EINVALID, "--authority-key is required: the authority's private key file")
	}
	return federation.LoadPrivateKey(path)
}

func newTransferApproveCmd() *cobra.Command {
	var (
		api     apiFlags
		keyFile string
		ttl     time.Duration
	)
	cmd := &cobra.Command{
		Use:   "approve CASE --authority-key AUTHORITY.key [--ttl 24h]",
		Short: "Sign an approval of exactly the case's scope, valid for --ttl, and record it at the node",
		Args:  cobra.ExactArgs(1),
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
			t, err := c.Transfer(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			home, err := comity.HomeOf(t.ID)
			if err != nil {
				return err
			}
			ap := rulebook.ApprovalFor(t, home, comity.Now(), ttl)
			if err := ap.Sign(key); err != nil {
				return err
			}
			t, err = c.DecideTransfer(cmd.Context(), t.ID, comityhttp.TransferDecision{Approval: ap.Encode()})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s approved (%s) until %s\n", t.ID, ap.Kind, t.Expires.Format(time.RFC3339))
			return nil
		},
	}
	api.register(cmd.Flags())
	keyFlag(cmd, &keyFile, "authority-key", "the data-protection authority's private key file", true)
	cmd.Flags().DurationVar(&ttl, "ttl", 24*time.Hour, "how long the approval lasts")
	return cmd
}

func newTransferRefuseCmd() *cobra.Command {
	var (
		api     apiFlags
		keyFile string
		grounds string
	)
	cmd := &cobra.Command{
		Use:   "refuse CASE --authority-key AUTHORITY.key --grounds TEXT",
		Short: "Sign a refusal with its grounds and record it at the node",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := authorityKey(keyFile)
			if err != nil {
				return err
			}
			if grounds == "" {
				return comity.Errorf(comity.EINVALID, "--grounds is required")
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			sig := ed25519.Sign(key, comity.RefusalMessage(args[0], grounds))
			t, err := c.DecideTransfer(cmd.Context(), args[0], comityhttp.TransferDecision{Grounds: grounds,
				Signature: base64.StdEncoding.EncodeToString(sig)})
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s refused\n", t.ID)
			return nil
		},
	}
	api.register(cmd.Flags())
	keyFlag(cmd, &keyFile, "authority-key", "the data-protection authority's private key file", true)
	cmd.Flags().StringVar(&grounds, "grounds", "", "why the transfer is refused")
	return cmd
}
