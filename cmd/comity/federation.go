package main

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

func init() { commands = append(commands, newFederationCmd) }

func newFederationCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "federation",
		Short: "Create keys, a federation CA, node certificates and the signed federation manifest",
		Long: `Set up a federation by hand:

  comity federation key new --out authorities/cn-dpa.key   # each authority, kept by it
  comity federation key new --node --out cn-1.key          # each node (or comity init)
  comity federation ca --out ca/                           # optional: each member may run its own CA
  comity federation cert --ca ca/ --name cn-1 --jurisdiction CN --key cn-1.key --host 127.0.0.1 --out certs/
  comity federation manifest new --out federation.json --federation demo
  comity federation manifest add-member --manifest federation.json --jurisdiction CN --dpa-key authorities/cn-dpa.key
  comity federation manifest add-node --manifest federation.json --jurisdiction CN --name cn-1 --url https://127.0.0.1:8441 --key cn-1.key
  comity federation manifest sign --manifest federation.json --jurisdiction CN --key authorities/cn-dpa.key   # every member
  comity federation manifest verify --manifest federation.json

Change it while the nodes run (a state joins or leaves, a key rotates, a node
is replaced): edit a copy (its serial rises), have it signed by the current
manifest's baseline quorum and by every new key, check it and hand it to one
running node, which logs it, applies it and passes it on:

  cp federation.json next.json
  comity federation manifest add-member --manifest next.json --jurisdiction JP --dpa-key authorities/jp-dpa.pub
  comity federation manifest add-node --manifest next.json --jurisdiction JP --name jp-1 --url https://jp.example:7443 --key jp-1.pub
  comity federation manifest sign --manifest next.json --jurisdiction JP --key authorities/jp-dpa.key  # the joiner
  comity federation manifest sign --manifest next.json --jurisdiction CN --key authorities/cn-dpa.key  # a quorum of members
  comity federation manifest verify --manifest next.json --previous federation.json
  comity federation manifest publish --node https://127.0.0.1:8441 --ca cn/ca/ca.pem --token-file cn/operator.token next.json

Nodes are admitted by the keys the manifest lists, so a joining state brings its
own certificates ('comity init' makes a CA per node) or a CSR ('federation csr')
that a member signs with 'federation cert --csr'; no one shares a CA key.

Keys are PKCS#8 PEM files (mode 0600, never overwritten). An authority's key
(dpa, central authority) stays with the authority, in a directory of its own:
key new refuses to write one inside a node's data directory, which a node's
operator controls. Wherever a public
key is asked for, give a key file (private or public) or the key itself in
base64 or signed-note verifier form.`,
	}
	cmd.AddCommand(newFederationKeyCmd(), newFederationCACmd(), newFederationCertCmd(), newFederationCSRCmd(), newFederationManifestCmd())
	return cmd
}

func newFederationKeyCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "key", Short: "Create Ed25519 keys for nodes and authorities, and show public keys"}
	var (
		out     string
		forNode bool
	)
	newCmd := &cobra.Command{
		Use:   "new --out FILE",
		Short: "Create an Ed25519 key file and print its public key (base64)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if dir := nodeDataDir(out); dir != "" && !forNode {
				return comity.Errorf(comity.EINVALID, "%s is inside the data directory of a node (%s): keep an authority's key in a directory "+
					"of its own, outside every node's data; for a node key, say --node", out, dir)
			}
			key, err := federation.GenerateKey()
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o700); err != nil {
				return err
			}
			if err := federation.WritePrivateKey(out, key); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), federation.FormatPublicKey(key.Public().(ed25519.PublicKey)))
			return nil
		},
	}
	newCmd.Flags().StringVar(&out, "out", "", "key file to create (required; refused if it exists)")
	newCmd.Flags().BoolVar(&forNode, "node", false, "the key is a node's: it may be written into a node's data directory")
	newCmd.MarkFlagRequired("out")

	var keyFile, name string
	pubCmd := &cobra.Command{
		Use:   "public --key FILE [--name NAME]",
		Short: "Print a key file's public key: base64, or signed-note verifier form with --name",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			pub, err := federation.LoadPublicKey(keyFile)
			if err != nil {
				return err
			}
			s := federation.FormatPublicKey(pub)
			if name != "" {
				if s, err = federation.VerifierKey(name, pub); err != nil {
					return comity.Errorf(comity.EINVALID, "verifier key name %q: %v", name, err)
				}
			}
			fmt.Fprintln(cmd.OutOrStdout(), s)
			return nil
		},
	}
	pubCmd.Flags().StringVar(&keyFile, "key", "", "private or public key file (required)")
	pubCmd.Flags().StringVar(&name, "name", "", "print the signed-note verifier key under this name (a node's log origin)")
	pubCmd.MarkFlagRequired("key")
	cmd.AddCommand(newCmd, pubCmd)
	return cmd
}

func newFederationCACmd() *cobra.Command {
	var out, name string
	cmd := &cobra.Command{
		Use:   "ca --out DIR [--name NAME]",
		Short: "Create a federation CA for local use: DIR/ca.pem and DIR/ca.key",
		Long: `Create a certificate authority (ECDSA P-256, valid 10 years) that issues node
certificates. Peers trust a certificate only if it chains to a trusted CA AND
its key is a node's in the signed manifest, so the CA alone cannot admit a node.
Give DIR/ca.pem to every node as a trusted root (tls.roots in node.yaml).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ca, err := federation.CreateCA(out, name)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "created CA %q: %s, %s\n", ca.Certificate.Subject.CommonName,
				filepath.Join(out, federation.CACertFile), filepath.Join(out, federation.CAKeyFile))
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "", "directory for ca.pem and ca.key (required; created if missing)")
	cmd.Flags().StringVar(&name, "name", "Comity federation CA", "the CA's common name")
	cmd.MarkFlagRequired("out")
	return cmd
}

func newFederationCertCmd() *cobra.Command {
	var caDir, name, jur, keyFile, out, csrFile string
	var hosts []string
	var days int
	var useECDSA bool
	cmd := &cobra.Command{
		Use:   "cert --ca DIR (--name NODE --jurisdiction CC --host HOST... [--key FILE | --ecdsa] | --csr FILE) --out DIR",
		Short: "Issue a node's TLS certificate (server and client) from a member's CA",
		Long: `Issue OUT/NODE.pem, valid for TLS server and client authentication.

Every member may run its own CA (comity init makes one per node): peers admit
a node by the key the signed manifest lists for it, not by who issued its
certificate. A joining state therefore needs no one's CA key: it runs 'comity
init' (its own CA), or sends a member a certificate request ('comity federation
csr'), which that member signs here with --csr, without seeing the node's key.

With --key, certify that key: normally the node's Ed25519 key (the one in
node.yaml), so that the manifest's node public_key pins the certificate.
Without --key, create OUT/NODE.key: Ed25519, or ECDSA P-256 with --ecdsa
(for browsers, which do not accept Ed25519 certificates). A certificate whose
key is not the node key must be pinned in the manifest: the command prints the
tls_spki_sha256 value for 'manifest add-node --tls-spki-sha256'.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ca, err := federation.LoadCA(caDir)
			if err != nil {
				return err
			}
			if csrFile != "" {
				return issueFromCSR(cmd, ca, csrFile, out, days)
			}
			if name == "" || jur == "" || len(hosts) == 0 {
				return comity.Errorf(comity.EINVALID, "give --name, --jurisdiction and --host (or --csr)")
			}
			j, err := comity.ParseJurisdiction(jur)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			var key crypto.Signer
			switch {
			case keyFile != "" && useECDSA:
				return comity.Errorf(comity.EINVALID, "give --key or --ecdsa, not both")
			case keyFile != "":
				key, err = federation.LoadSigner(keyFile)
			case useECDSA:
				key, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
			default:
				key, err = federation.GenerateKey()
			}
			if err != nil {
				return err
			}
			certPEM, err := federation.IssueNodeCert(ca, federation.NodeCertConfig{
				Name: name, Jurisdiction: j, PublicKey: key.Public(), Hosts: hosts,
				Validity: time.Duration(days) * 24 * time.Hour,
			})
			if err != nil {
				return err
			}
			if keyFile == "" {
				keyFile = filepath.Join(out, name+".key")
				if err := federation.WritePrivateKey(keyFile, key); err != nil {
					return err
				}
			}
			certFile := filepath.Join(out, name+".pem")
			if err := os.WriteFile(certFile, certPEM, 0o644); err != nil {
				return err
			}
			block, _ := pem.Decode(certPEM)
			cert, err := x509.ParseCertificate(block.Bytes)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "certificate: %s\nkey:         %s\n", certFile, keyFile)
			if pub, ok := key.Public().(ed25519.PublicKey); ok {
				fmt.Fprintf(w, "public_key:  %s\n", federation.FormatPublicKey(pub))
			}
			fmt.Fprintf(w, "tls_spki_sha256: %s\n", federation.SPKIPin(cert))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&caDir, "ca", "", "directory holding ca.pem and ca.key (required)")
	f.StringVar(&name, "name", "", "node name, as in the manifest (required)")
	f.StringVar(&jur, "jurisdiction", "", "the node's member state, ISO 3166-1 alpha-2 (required)")
	f.StringVar(&keyFile, "key", "", "key to certify (PKCS#8 PEM, Ed25519 or ECDSA); default: create OUT/NODE.key")
	f.BoolVar(&useECDSA, "ecdsa", false, "create an ECDSA P-256 key instead of Ed25519 (pin it with tls_spki_sha256)")
	f.StringArrayVar(&hosts, "host", nil, "DNS name or IP address the node serves on; repeat (required)")
	f.StringVar(&out, "out", "", "output directory for NODE.pem (and NODE.key) (required)")
	f.IntVar(&days, "days", 730, "validity in days")
	f.StringVar(&csrFile, "csr", "", "issue for this certificate request (PEM) instead: name, state, hosts and key come from it")
	for _, r := range []string{"ca", "out"} {
		cmd.MarkFlagRequired(r)
	}
	return cmd
}

// issueFromCSR issues OUT/NODE.pem for a node's certificate request.
func issueFromCSR(cmd *cobra.Command, ca *federation.CA, csrFile, out string, days int) error {
	data, err := os.ReadFile(csrFile)
	if err != nil {
		return err
	}
	cfg, err := federation.ParseCSR(data)
	if err != nil {
		return fmt.Errorf("%s: %w", csrFile, err)
	}
	cfg.Validity = time.Duration(days) * 24 * time.Hour
	certPEM, err := federation.IssueNodeCert(ca, cfg)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	certFile := filepath.Join(out, cfg.Name+".pem")
	if err := os.WriteFile(certFile, certPEM, 0o644); err != nil {
		return err
	}
	cert, err := parseCertPEM(certPEM)
	if err != nil {
		return err
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "certificate: %s (for %s in %s, hosts %s)\n", certFile, cfg.Name, cfg.Jurisdiction, strings.Join(cfg.Hosts, ", "))
	if pub, ok := cfg.PublicKey.(ed25519.PublicKey); ok {
		fmt.Fprintf(w, "public_key:  %s\n", federation.FormatPublicKey(pub))
	}
	fmt.Fprintf(w, "tls_spki_sha256: %s\n", federation.SPKIPin(cert))
	return nil
}

func newFederationCSRCmd() *cobra.Command {
	var keyFile, name, jur, out string
	var hosts []string
	cmd := &cobra.Command{
		Use:   "csr --key NODE.key --name NODE --jurisdiction CC --host HOST... --out FILE",
		Short: "Write a certificate request for a node's key, for a member's CA to sign",
		Long: `Write a PEM certificate request for the node's key (normally its node.key, made by
'comity init'), so that a member's CA can certify it with 'comity federation cert
--csr' without the key leaving the node. Not needed if the node's own CA (from
'comity init') is used: peers admit the node by its key in the manifest.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := comity.ParseJurisdiction(jur)
			if err != nil {
				return err
			}
			key, err := federation.LoadSigner(keyFile)
			if err != nil {
				return err
			}
			csr, err := federation.NewCSR(key, name, j, hosts)
			if err != nil {
				return err
			}
			if _, err := os.Stat(out); err == nil {
				return comity.Errorf(comity.ECONFLICT, "%s exists; refusing to replace it", out)
			}
			if err := os.WriteFile(out, csr, 0o644); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "certificate request: %s\n", out)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyFile, "key", "", "the node's private key (PKCS#8 PEM) (required)")
	f.StringVar(&name, "name", "", "node name, as in the manifest (required)")
	f.StringVar(&jur, "jurisdiction", "", "the node's member state (required)")
	f.StringArrayVar(&hosts, "host", nil, "DNS name or IP address the node serves on; repeat (required)")
	f.StringVar(&out, "out", "", "file to write (required)")
	for _, r := range []string{"key", "name", "jurisdiction", "host", "out"} {
		cmd.MarkFlagRequired(r)
	}
	return cmd
}

// publicKeyArg reads a public key given as a file path or as the key itself.
func publicKeyArg(s string) (ed25519.PublicKey, error) {
	if _, err := os.Stat(s); err == nil {
		return federation.LoadPublicKey(s)
	}
	return federation.ParsePublicKey(s)
}

// printManifest writes a summary of m.
func printManifest(w io.Writer, m *federation.Manifest) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "federation %s, serial %d: %d members, baseline quorum %d, witness threshold %d\n",
		m.Federation, m.Serial, len(m.Members), m.BaselineQuorum, m.Witness.Threshold)
	for _, mem := range m.Members {
		for _, n := range mem.Nodes {
			pin := ""
			if n.TLSSPKISHA256 != "" {
				pin = "tls pin " + n.TLSSPKISHA256[:16] + "…"
			}
			fmt.Fprintf(tw, "%s\tnode %s\t%s\t%s\t%s\n", mem.Jurisdiction, n.Name, n.URL, n.PublicKey, pin)
		}
		for _, a := range mem.Authorities {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t\n", mem.Jurisdiction, a.Role, a.Name, a.PublicKey)
		}
	}
	var signed []string
	for _, s := range m.Signatures {
		signed = append(signed, string(s.Jurisdiction))
	}
	fmt.Fprintf(tw, "signatures: %s\n", strings.Join(signed, ", "))
	tw.Flush()
}

// parseCertPEM returns the first certificate in a PEM file.
func parseCertPEM(data []byte) (*x509.Certificate, error) {
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			return nil, fmt.Errorf("no PEM certificate found")
		}
		if block.Type == "CERTIFICATE" {
			return x509.ParseCertificate(block.Bytes)
		}
	}
}

func newFederationManifestCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "manifest",
		Short: "Create, edit, sign and verify the federation manifest",
		Long: `The manifest (JSON) lists the member states, their nodes and authority keys,
the witness policy and the baseline-change quorum, and carries one signature
per member. Any edit removes the signatures (they covered the old content) and,
if the manifest had been signed, raises its serial: every member signs again.`,
	}
	cmd.AddCommand(newManifestNewCmd(), newManifestAddMemberCmd(), newManifestAddNodeCmd(),
		newManifestRemoveCmd(), newManifestSetCmd(), newManifestSignCmd(), newManifestVerifyCmd(), newManifestPublishCmd())
	return cmd
}

func newManifestNewCmd() *cobra.Command {
	var out, name string
	var serial uint64
	var quorum, threshold int
	cmd := &cobra.Command{
		Use:   "new --out FILE --federation NAME",
		Short: "Start an empty manifest",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if _, err := os.Stat(out); err == nil {
				return comity.Errorf(comity.ECONFLICT, "%s exists; refusing to replace a manifest", out)
			}
			m := &federation.Manifest{Federation: name, Serial: serial, Members: []federation.Member{},
				BaselineQuorum: quorum, Witness: federation.WitnessPolicy{Threshold: threshold}}
			if err := federation.Validate(m); err != nil {
				return err
			}
			return federation.WriteManifest(out, m)
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "manifest file to create (required)")
	f.StringVar(&name, "federation", "", "the federation's name (required)")
	f.Uint64Var(&serial, "serial", 1, "first serial number")
	f.IntVar(&quorum, "baseline-quorum", 2, "member states that must sign a change to the baseline commitments (k of n)")
	f.IntVar(&threshold, "witness-threshold", 0, "witness cosignatures each node's checkpoint needs (k of the n other members' nodes, 2k > n); default: a majority, following the nodes as they are added")
	cmd.MarkFlagRequired("out")
	cmd.MarkFlagRequired("federation")
	return cmd
}

func newManifestAddMemberCmd() *cobra.Command {
	var path, jur, name, dpa, dpaName, central, centralName string
	cmd := &cobra.Command{
		Use:   "add-member --manifest FILE --jurisdiction CC [--dpa-key KEY] [--central-authority-key KEY]",
		Short: "Add a member state with its authority keys (at least one)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := comity.ParseJurisdiction(jur)
			if err != nil {
				return err
			}
			if dpa == "" && central == "" {
				return comity.Errorf(comity.EINVALID, "give --dpa-key or --central-authority-key (or both)")
			}
			mem := federation.Member{Jurisdiction: j, Name: name, Nodes: []federation.Node{}}
			for _, a := range []struct {
				role       comity.Role
				key, label string
			}{{comity.RoleDPA, dpa, dpaName}, {comity.RoleCentralAuthority, central, centralName}} {
				if a.key == "" {
					continue
				}
				pub, err := publicKeyArg(a.key)
				if err != nil {
					return err
				}
				mem.Authorities = append(mem.Authorities, federation.Authority{Role: a.role, Name: a.label, PublicKey: federation.PublicKey(pub)})
			}
			return editManifest(cmd, path, func(m *federation.Manifest) error { return m.AddMember(mem) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.StringVar(&jur, "jurisdiction", "", "the member state, ISO 3166-1 alpha-2 (required)")
	f.StringVar(&name, "name", "", "display name of the state")
	f.StringVar(&dpa, "dpa-key", "", "data-protection authority's public key: key file or base64")
	f.StringVar(&dpaName, "dpa-name", "", "display name of the data-protection authority")
	f.StringVar(&central, "central-authority-key", "", "central authority's (judicial assistance) public key: key file or base64")
	f.StringVar(&centralName, "central-authority-name", "", "display name of the central authority")
	cmd.MarkFlagRequired("manifest")
	cmd.MarkFlagRequired("jurisdiction")
	return cmd
}

func newManifestAddNodeCmd() *cobra.Command {
	var path, jur, name, url, key, certFile, pin, origin string
	cmd := &cobra.Command{
		Use:   "add-node --manifest FILE --jurisdiction CC --name NODE --url https://HOST:PORT --key KEY",
		Short: "Add a node to a member state",
		Long: `Add a node. --key is the node's Ed25519 key (its identity; it signs receipts
and checkpoints), as a key file or base64. If the node's TLS certificate has
another key (an externally issued certificate), pin that certificate with
--cert FILE or --tls-spki-sha256 HEX.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := comity.ParseJurisdiction(jur)
			if err != nil {
				return err
			}
			pub, err := publicKeyArg(key)
			if err != nil {
				return err
			}
			if certFile != "" {
				if pin != "" {
					return comity.Errorf(comity.EINVALID, "give --cert or --tls-spki-sha256, not both")
				}
				pool, err := os.ReadFile(certFile)
				if err != nil {
					return err
				}
				cert, err := parseCertPEM(pool)
				if err != nil {
					return comity.Errorf(comity.EINVALID, "%s: %v", certFile, err)
				}
				pin = federation.SPKIPin(cert)
			}
			n := federation.Node{Name: name, URL: url, PublicKey: federation.PublicKey(pub), TLSSPKISHA256: pin, LogOrigin: origin}
			return editManifest(cmd, path, func(m *federation.Manifest) error { return m.AddNode(j, n) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.StringVar(&jur, "jurisdiction", "", "the node's member state (required)")
	f.StringVar(&name, "name", "", "node name, unique in the federation (required)")
	f.StringVar(&url, "url", "", "the node's API base URL, https (required)")
	f.StringVar(&key, "key", "", "the node's Ed25519 public key: key file or base64 (required)")
	f.StringVar(&certFile, "cert", "", "pin this TLS certificate (PEM) by its SPKI hash")
	f.StringVar(&pin, "tls-spki-sha256", "", "pin a TLS certificate by the hex SHA-256 of its SubjectPublicKeyInfo")
	f.StringVar(&origin, "log-origin", "", "origin of the node's log checkpoints (default: the node name)")
	for _, r := range []string{"manifest", "jurisdiction", "name", "url", "key"} {
		cmd.MarkFlagRequired(r)
	}
	return cmd
}

func newManifestRemoveCmd() *cobra.Command {
	var path, jur, node string
	cmd := &cobra.Command{
		Use:   "remove --manifest FILE (--jurisdiction CC | --node NODE)",
		Short: "Remove a member state (with its nodes) or one node",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if (jur == "") == (node == "") {
				return comity.Errorf(comity.EINVALID, "give --jurisdiction or --node, not both")
			}
			return editManifest(cmd, path, func(m *federation.Manifest) error {
				if jur != "" {
					j, err := comity.ParseJurisdiction(jur)
					if err != nil {
						return err
					}
					return m.RemoveMember(j)
				}
				return m.RemoveNode(node)
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.StringVar(&jur, "jurisdiction", "", "member state to remove")
	f.StringVar(&node, "node", "", "node to remove")
	cmd.MarkFlagRequired("manifest")
	return cmd
}

func newManifestSetCmd() *cobra.Command {
	var path string
	var quorum, threshold int
	cmd := &cobra.Command{
		Use:   "set --manifest FILE [--baseline-quorum K] [--witness-threshold K]",
		Short: "Change the federation-wide parameters",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			fl := cmd.Flags()
			if !fl.Changed("baseline-quorum") && !fl.Changed("witness-threshold") {
				return comity.Errorf(comity.EINVALID, "nothing to set: give --baseline-quorum or --witness-threshold")
			}
			return editManifest(cmd, path, func(m *federation.Manifest) error {
				if fl.Changed("baseline-quorum") {
					m.BaselineQuorum = quorum
				}
				if fl.Changed("witness-threshold") {
					m.Witness.Threshold = threshold
				}
				return m.Check()
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.IntVar(&quorum, "baseline-quorum", 0, "member states that must sign a change to the baseline commitments")
	f.IntVar(&threshold, "witness-threshold", 0, "witness cosignatures each node's checkpoint needs (k of the n other members' nodes, 2k > n)")
	cmd.MarkFlagRequired("manifest")
	return cmd
}

func newManifestSignCmd() *cobra.Command {
	var path, jur, keyFile, prev string
	cmd := &cobra.Command{
		Use:   "sign --manifest FILE --jurisdiction CC --key AUTHORITY.key [--previous FILE]",
		Short: "Sign the manifest for a member state with one of its authority keys",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			j, err := comity.ParseJurisdiction(jur)
			if err != nil {
				return err
			}
			key, err := federation.LoadPrivateKey(keyFile)
			if err != nil {
				return err
			}
			m, err := federation.LoadManifest(path)
			if err != nil {
				return err
			}
			var p *federation.Manifest
			if prev != "" {
				if p, err = federation.LoadManifest(prev); err != nil {
					return err
				}
			}
			if err := federation.SignSuccessor(p, m, j, key); err != nil {
				return err
			}
			if err := federation.WriteManifest(path, m); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "signed %s serial %d for %s (%d of %d members have signed)\n",
				m.Federation, m.Serial, j, m.SignedMembers(), len(m.Members))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.StringVar(&jur, "jurisdiction", "", "the member state signing (required)")
	f.StringVar(&keyFile, "key", "", "one of its authority's private key files (required)")
	f.StringVar(&prev, "previous", "", "the manifest this one replaces: sign with a key it lists (an authority whose key this manifest rotates, a state that leaves)")
	for _, r := range []string{"manifest", "jurisdiction", "key"} {
		cmd.MarkFlagRequired(r)
	}
	return cmd
}

func newManifestVerifyCmd() *cobra.Command {
	var path, prev string
	cmd := &cobra.Command{
		Use:   "verify --manifest FILE [--previous FILE]",
		Short: "Check the manifest's signatures and print a summary; exits non-zero if it does not verify",
		Long: `Without --previous, verify a federation's first manifest: every member signed it
with an authority key it lists, and no signature is unknown or invalid.

With --previous (the manifest the nodes run on now), verify it as that one's
successor, the rule every node applies before taking it: same federation,
higher serial, signed by the previous manifest's baseline quorum with the keys
the PREVIOUS manifest lists (a joining state's or a new key's signature does
not count towards it), and by every new authority key (a joining state's own,
a rotated key). Signatures by keys neither manifest lists are refused.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := federation.LoadManifest(path)
			if err != nil {
				return err
			}
			var p *federation.Manifest
			if prev != "" {
				if p, err = federation.LoadManifest(prev); err != nil {
					return err
				}
				err = federation.VerifySuccessor(p, m)
			} else {
				err = federation.Verify(m)
			}
			if err != nil {
				return fmt.Errorf("%s does not verify: %w", path, err)
			}
			w := cmd.OutOrStdout()
			printManifest(w, m)
			if p != nil {
				var endorsed []string
				for _, j := range federation.Endorsers(p, m) {
					endorsed = append(endorsed, string(j))
				}
				fmt.Fprintf(w, "endorsed by %s of serial %d's %d members (quorum %d)\n",
					strings.Join(endorsed, ", "), p.Serial, len(p.Members), p.BaselineQuorum)
			}
			fmt.Fprintln(w, "OK")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&path, "manifest", "", "manifest file (required)")
	f.StringVar(&prev, "previous", "", "the manifest this one replaces (the one the nodes run on)")
	cmd.MarkFlagRequired("manifest")
	return cmd
}

func newManifestPublishCmd() *cobra.Command {
	var api apiFlags
	cmd := &cobra.Command{
		Use:   "publish --node URL [--ca FILE] [--token-file FILE] MANIFEST",
		Short: "Hand a running node a new signed manifest; it checks, logs, keeps and applies it, and tells its peers",
		Long: `Send a signed successor of the federation manifest to a running node as its
operator. The node takes it only if it may replace the one it runs on (see
'manifest verify --previous'), writes the attempt to its ledger either way,
keeps the accepted manifest, applies it at once (peers, witnesses, authority
keys) and hands it to every node it lists, each of which checks it again. No
node restarts. A node whose state the manifest no longer lists stops serving
records; give it the manifest this way too.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			if _, err := federation.ParseManifest(data); err != nil {
				return err
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			info, err := c.PublishManifest(cmd.Context(), data)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%s now runs on %s serial %d (digest %s)\n", api.node, info.Federation, info.Serial, info.Digest)
			fmt.Fprintf(w, "  members:   %v\n  signed by: %v\n", info.Members, info.SignedBy)
			if info.Previous != 0 {
				fmt.Fprintf(w, "  replaced serial %d; the node is telling its peers\n", info.Previous)
			} else {
				fmt.Fprintln(w, "  it already ran on this manifest")
			}
			if info.Departed {
				fmt.Fprintln(w, "  this node's state is not in the manifest: it serves no more records, only its log")
			}
			return nil
		},
	}
	api.register(cmd.Flags())
	return cmd
}

// editManifest edits the manifest file at path (federation.EditFile) and
// tells the operator what else the edit changed.
func editManifest(cmd *cobra.Command, path string, edit func(*federation.Manifest) error) error {
	m, ed, err := federation.EditFile(path, edit)
	if ed.ThresholdFollowed {
		fmt.Fprintf(cmd.ErrOrStderr(), "note: witness threshold %d -> %d, a majority of each log's witnesses (any two quorums share a witness)\n", ed.ThresholdWas, m.Witness.Threshold)
	}
	if err != nil {
		return err
	}
	if ed.Unsigned {
		fmt.Fprintf(cmd.ErrOrStderr(), "note: signatures removed and serial raised to %d; every member must sign again\n", m.Serial)
	}
	return nil
}

// nodeDataDir returns the node data directory (one holding node.yaml) that
// path is in, or "".
func nodeDataDir(path string) string {
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "node.yaml")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
