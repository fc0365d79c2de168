package main

import (
	"encoding/json"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

func init() { commands = append(commands, newOrganisationCmd) }

func newOrganisationCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "organisation", Short: "Register the organisations of a node's state (operators only)"}
	var (
		api apiFlags
		in  comityhttp.OrganisationInput
	)
	register := &cobra.Command{
		Use:   "register --id LEI:…|STATE:NUMBER --name NAME",
		Short: "Register an organisation under its LEI or registration number; logged before it takes effect",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			out, err := c.RegisterOrganisation(cmd.Context(), in)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	api.register(register.Flags())
	register.Flags().StringVar(&in.ID, "id", "", "LEI:<20 characters> or <STATE>:<registration number>")
	register.Flags().StringVar(&in.Name, "name", "", "the registered name")
	cmd.AddCommand(register)
	return cmd
}

func init() { commands = append(commands, newAttestCmd) }

func newAttestCmd() *cobra.Command {
	var (
		api         apiFlags
		in          rulebook.AttestationInput
		requesterIn string
	)
	cmd := &cobra.Command{
		Use:   "attest --requester ORG --requester-jurisdiction DE --purpose contract-performance --record ID...",
		Short: "As a controller, attest that transferring your records to a requester is necessary for a purpose; prints the signed token",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			in.RequesterJurisdiction = comity.Jurisdiction(requesterIn)
			out, err := c.Attest(cmd.Context(), in)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&in.Requester, "requester", "", "the receiving organisation")
	cmd.Flags().StringVar(&requesterIn, "requester-jurisdiction", "", "where it is established")
	cmd.Flags().StringVar(&in.Purpose, "purpose", "", "the purpose attested, as the request will name it")
	cmd.Flags().StringSliceVar(&in.RecordIDs, "record", nil, "a record you hold at this node (repeatable)")
	cmd.Flags().StringVar(&in.ValidFor, "valid-for", "", "how long the attestation holds (default 720h)")
	return cmd
}
