package main

import (
	"crypto/ed25519"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/judicial"
	"github.com/spf13/cobra"
)

func init() { commands = append(commands, newEvidenceCmd) }

func newEvidenceCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "evidence", Short: "Evidence packages produced by judicial assistance"}
	cmd.AddCommand(newEvidenceVerifyCmd())
	return cmd
}

func newEvidenceVerifyCmd() *cobra.Command {
	var manifestFile, nodeKey, authorityKey string
	cmd := &cobra.Command{
		Use:   "verify FILE|- (--manifest MANIFEST | --node-key KEY [--authority-key KEY])",
		Short: "Check an evidence package's origin and integrity offline",
		Long: `Verify, without contacting any node, that an evidence package is exactly what
the holding node released: its signature by the holding node, the node log's
signature on the receipt, the production order's signatures by the holding
state's central authority, and that every record is homed in the holding
state and within the granted scope. Keys come from the federation manifest
(whose member signatures are checked) or are given directly.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var (
				data []byte
				err  error
			)
			if args[0] == "-" {
				data, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), 256<<20+1))
			} else {
				data, err = os.ReadFile(args[0])
			}
			if err != nil {
				return err
			}
			ev, err := judicial.ParseEvidence(data)
			if err != nil {
				return err
			}
			var (
				cfg judicial.VerifyConfig
				// signer says whose key was checked; a node's name counts
				// as verified only when the manifest ties the key to it.
				signer, checked string
			)
			switch {
			case manifestFile != "":
				m, err := federation.LoadManifest(manifestFile)
				if err != nil {
					return err
				}
				// Its own quorum: a manifest taken live need not carry every
				// member's signature.
				if err := federation.VerifyOwn(m); err != nil {
					return fmt.Errorf("manifest %s: %w", manifestFile, err)
				}
				n, j := m.Node(ev.Node)
				if n == nil || j != ev.Holding {
					return fmt.Errorf("%w: the manifest lists no node %s of %s", judicial.ErrEvidence, ev.Node, ev.Holding)
				}
				if n.Origin() != ev.Origin {
					return fmt.Errorf("%w: node %s's log is %s, not %s", judicial.ErrEvidence, ev.Node, n.Origin(), ev.Origin)
				}
				cfg.NodeKey = ed25519.PublicKey(n.PublicKey)
				cfg.AuthorityKey = m.KeysByRole(comity.RoleCentralAuthority)[ev.Holding]
				signer = fmt.Sprintf("%s (%s)", ev.Node, ev.Holding)
				checked = fmt.Sprintf("%s, node %s's key in the manifest %s (its member signatures verified)",
					federation.FormatPublicKey(cfg.NodeKey), ev.Node, manifestFile)
			case nodeKey != "":
				if cfg.NodeKey, err = federation.ParsePublicKey(nodeKey); err != nil {
					return fmt.Errorf("--node-key: %w", err)
				}
				if authorityKey != "" {
					if cfg.AuthorityKey, err = federation.ParsePublicKey(authorityKey); err != nil {
						return fmt.Errorf("--authority-key: %w", err)
					}
				}
				signer = "the holder of the key given"
				checked = fmt.Sprintf("%s, given with --node-key; the package says it comes from node %s (%s), "+
					"but only a manifest (--manifest) ties a key to a node", federation.FormatPublicKey(cfg.NodeKey), ev.Node, ev.Holding)
			default:
				return comity.Errorf(comity.EINVALID, "give --manifest, or --node-key: the holding node's public key")
			}
			v, err := judicial.VerifyEvidence(ev, cfg)
			if err != nil {
				return fmt.Errorf("%w (key checked: %s)", err, federation.FormatPublicKey(cfg.NodeKey))
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "evidence verifies: case %s, %d records released by %s to %s (%s)\n",
				clean(v.Case), v.Records, clean(signer), clean(ev.Agency), ev.Requesting)
			fmt.Fprintf(out, "  receipt: entry %d of log %s, %s, signed by the same key\n", v.ReceiptIndex, clean(ev.Origin), ev.Receipt.Time.Format("2006-01-02T15:04:05Z07:00"))
			fmt.Fprintf(out, "  key checked: %s\n", checked)
			grant := "in whole"
			if v.Partial {
				grant = "in part"
			}
			if v.OrderVerified {
				fmt.Fprintf(out, "  order: granted %s, signed by the central authority of %s\n", grant, v.Holding)
			} else {
				fmt.Fprintf(out, "  order: granted %s (its signature was not checked: no --authority-key)\n", grant)
			}
			if len(v.Conditions) > 0 {
				fmt.Fprintf(out, "  conditions: %s\n", clean(strings.Join(v.Conditions, "; ")))
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&manifestFile, "manifest", "", "the federation manifest, for the node's and the central authority's keys")
	f.StringVar(&nodeKey, "node-key", "", "the holding node's Ed25519 public key (base64 or verifier form)")
	f.StringVar(&authorityKey, "authority-key", "", "the holding state's central-authority public key")
	return cmd
}
