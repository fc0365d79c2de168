package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/release"
)

// newVendorKeyCmd is "comity vendor key": a vendor's release signing keys.
func newVendorKeyCmd() *cobra.Command {
	key := &cobra.Command{Use: "key", Short: "Make, register, rotate and revoke release signing keys"}
	key.AddCommand(newVendorKeyNewCmd(), newVendorKeyRegisterCmd(false), newVendorKeyRegisterCmd(true), newVendorKeyRevokeCmd())
	return key
}

func newVendorKeyNewCmd() *cobra.Command {
	var out string
	var ecdsa bool
	cmd := &cobra.Command{
		Use:   "new --out KEY.pem [--ecdsa]",
		Short: "Make a release signing key (Ed25519, or ECDSA P-256); writes KEY.pem (0600) and KEY.pem.pub",
		RunE: func(cmd *cobra.Command, args []string) error {
			k, err := release.GenerateKey(ecdsa)
			if err != nil {
				return err
			}
			s, err := release.NewSigner(k)
			if err != nil {
				return err
			}
			if err := federation.WritePrivateKey(out, k); err != nil {
				return err
			}
			if err := os.WriteFile(out+".pub", []byte(s.PublicKey().PEM), 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s (public key %s.pub)\n", s.PublicKey().Alg, s.PublicKey().ID, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "where to write the private key (required; must not exist)")
	cmd.Flags().BoolVar(&ecdsa, "ecdsa", false, "ECDSA P-256 instead of Ed25519")
	cmd.MarkFlagRequired("out")
	return cmd
}

func newVendorKeyRegisterCmd(rotate bool) *cobra.Command {
	var api apiFlags
	var keyFile, replaces string
	use, short := "register --key KEY.pem", "Register a key at the vendor's home node (logged; the private key signs a proof of possession and stays here)"
	if rotate {
		use, short = "rotate --key NEW.pem --replaces KEYID", "Register a new key and retire an old one in one logged entry"
	}
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := federation.LoadSigner(keyFile)
			if err != nil {
				return err
			}
			s, err := release.NewSigner(key)
			if err != nil {
				return err
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			k, err := c.RegisterVendorKey(cmd.Context(), s, replaces)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "registered %s key %s for %s (%s), log entry %d\n", k.Alg, k.KeyID, k.Vendor, k.Jurisdiction, k.Index)
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&keyFile, "key", "", "the private key, PEM (required; it signs the proof of possession and is not sent)")
	cmd.MarkFlagRequired("key")
	if rotate {
		cmd.Flags().StringVar(&replaces, "replaces", "", "ID of the key to retire (required)")
		cmd.MarkFlagRequired("replaces")
	}
	return cmd
}

func newVendorKeyRevokeCmd() *cobra.Command {
	var api apiFlags
	var reason string
	cmd := &cobra.Command{
		Use:   "revoke --reason TEXT KEYID",
		Short: "Revoke a key: every release it signed stops verifying (logged)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			k, err := c.RevokeVendorKey(cmd.Context(), args[0], reason)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "revoked key %s of %s: %s\n", k.KeyID, k.Vendor, k.Reason)
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&reason, "reason", "", "why (required)")
	cmd.MarkFlagRequired("reason")
	return cmd
}
