package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newPrincipalCmd) }

func newPrincipalCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "principal", Short: "Manage a node's principals (operators only)"}
	var (
		api   apiFlags
		in    comityhttp.PrincipalInput
		roles []string
		ttl   int64
	)
	add := &cobra.Command{
		Use:   "add --id ID --organisation ORG --role ROLE",
		Short: "Create a principal and print its API token once",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			for _, r := range roles {
				role, err := comity.ParseRole(r)
				if err != nil {
					return err
				}
				in.Roles = append(in.Roles, role)
			}
			in.TTLSeconds = ttl
			out, err := c.CreatePrincipal(cmd.Context(), in)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), out.Token)
			fmt.Fprintf(cmd.ErrOrStderr(), "expires %s\n", out.Expires.Format(time.RFC3339))
			return nil
		},
	}
	api.register(add.Flags())
	add.Flags().StringVar(&in.ID, "id", "", "principal id, unique at the node")
	add.Flags().StringVar(&in.Organisation, "organisation", "", "the organisation it acts for (controllers write under this name)")
	add.Flags().StringSliceVar(&roles, "role", nil, "controller, requester, auditor, dpa, central-authority or operator (repeatable)")
	add.Flags().Int64Var(&ttl, "ttl", 0, "token lifetime in seconds (0: the node's cap, by default 90 days; at most a year)")
	add.Flags().StringVar(&in.Entity, "entity", "", "the registered organisation it acts for (see organisation register): volume limits count by it")

	var rapi apiFlags
	revoke := &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke a principal's token",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := rapi.client()
			if err != nil {
				return err
			}
			return c.RevokePrincipal(cmd.Context(), args[0])
		},
	}
	rapi.register(revoke.Flags())

	var lapi apiFlags
	list := &cobra.Command{
		Use:   "list",
		Short: "List the node's principals and their roles (never their tokens)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := lapi.client()
			if err != nil {
				return err
			}
			ps, err := c.ListPrincipals(cmd.Context())
			if err != nil {
				return err
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(w, "ID\tORGANISATION\tSTATE\tROLES\tCREATED\tEXPIRES\tREVOKED")
			for _, p := range ps {
				expires := "never"
				if p.Expires != nil {
					expires = p.Expires.Format(time.RFC3339)
				}
				roles := make([]string, len(p.Roles))
				for i, r := range p.Roles {
					roles[i] = string(r)
				}
				fmt.Fprintf(w, "%s\t%s\t%s\t%s\t%s\t%s\t%v\n", p.ID, p.Organisation, p.Jurisdiction,
					strings.Join(roles, ","), p.Created.Format(time.RFC3339), expires, p.Revoked)
			}
			return w.Flush()
		},
	}
	lapi.register(list.Flags())
	cmd.AddCommand(add, revoke, list)
	return cmd
}
