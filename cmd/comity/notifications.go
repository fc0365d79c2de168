package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
)

func init() { commands = append(commands, newSBOMCmd, newNotificationsCmd) }

func newAdvisoryPublishCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "publish ADVISORY.json",
		Short: "Publish an advisory (CSAF 2.0, OSV or OpenVEX) at the vendor's home node (role vendor)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			doc, err := os.ReadFile(args[0])
			if err != nil {
				return comity.Errorf(comity.EINVALID, "%w", err)
			}
			res, err := c.PublishAdvisory(cmd.Context(), doc)
			if err != nil {
				return err
			}
			return printJSON(cmd, res)
		},
	}
	api.register(cmd.Flags())
	return cmd
}

func newAdvisoryListCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the advisory revisions published at a node",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			pubs, err := c.Advisories(cmd.Context())
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%-28s %-8s %-8s %-10s %-26s %s\n", "ADVISORY", "VERSION", "FORMAT", "LOG INDEX", "LOGGED", "VENDOR")
			for _, p := range pubs {
				fmt.Fprintf(out, "%-28s %-8s %-8s %-10d %-26s %s\n", p.ID, p.Version, p.Format, p.LogIndex, p.Logged.Format("2006-01-02T15:04:05Z07:00"), p.Vendor)
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	return cmd
}

func newSBOMCmd() *cobra.Command {
	c := &cobra.Command{Use: "sbom", Short: "Register your deployments' SBOMs at your home node, where they stay"}
	var (
		api  apiFlags
		name string
	)
	reg := &cobra.Command{
		Use:   "register SBOM.json [--name NAME]",
		Short: "Register an SBOM (CycloneDX or SPDX); it is matched against every advisory (role controller)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cl, err := api.client()
			if err != nil {
				return err
			}
			doc, err := os.ReadFile(args[0])
			if err != nil {
				return comity.Errorf(comity.EINVALID, "%w", err)
			}
			if name == "" {
				name = filepath.Base(args[0])
			}
			res, err := cl.RegisterSBOM(cmd.Context(), name, doc)
			if err != nil {
				return err
			}
			return printJSON(cmd, res)
		},
	}
	reg.Flags().StringVar(&name, "name", "", "the deployment's name (default: the file's name)")
	api.register(reg.Flags())
	c.AddCommand(reg)
	return c
}

func newNotificationsCmd() *cobra.Command {
	var (
		api     apiFlags
		webhook string
	)
	cmd := &cobra.Command{
		Use:   "notifications [--webhook URL]",
		Short: "Your vulnerability notifications, one JSON object per line, each with the opening of its logged commitment",
		Long: `List your notifications: one JSON object per line with the component, advisory,
vulnerability, status, remediations and forced_upgrade, the commitment on the
node's log, the nonce that opens it and the receipt of its log entry.

With --webhook URL, set where new notifications are delivered instead, and
print the HMAC secret that signs them (shown once).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			if webhook != "" {
				secret, err := c.SetWebhook(cmd.Context(), webhook)
				if err != nil {
					return err
				}
				return printJSON(cmd, map[string]string{"url": webhook, "secret": secret})
			}
			ns, err := c.Notifications(cmd.Context())
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetEscapeHTML(false)
			for _, n := range ns {
				if err := enc.Encode(n); err != nil {
					return err
				}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&webhook, "webhook", "", "set the webhook (https, or http to a loopback host) and print its secret")
	api.register(cmd.Flags())
	return cmd
}
