package main

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/release"
)

func init() { commands = append(commands, newReleaseCmd) }

func newReleaseCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "release", Short: "Vendor release transparency: publish, verify, trust files, monitor, yank"}
	trust := &cobra.Command{Use: "trust", Short: "Trust files for offline verification"}
	trust.AddCommand(newReleaseTrustExportCmd())
	cmd.AddCommand(newReleasePublishCmd(), newReleaseVerifyCmd(), trust, newReleaseYankCmd(), newReleaseMonitorCmd())
	return cmd
}

func newReleasePublishCmd() *cobra.Command {
	var (
		api                   apiFlags
		keyFile, purl, flows  string
		envelopeFile, outFile string
		wait                  time.Duration
	)
	cmd := &cobra.Command{
		Use:   "publish --key KEY.pem --purl PURL [--flows FLOWS.json] --out BUNDLE.json ARTEFACT...",
		Short: "Sign a release of the artefacts and log it at the vendor's home node; write its bundle",
		Long: `Build an in-toto Statement v1 naming the SHA-256 digest of every ARTEFACT (binaries,
packages, the SBOM, provenance), sign it in a DSSE envelope with the vendor's registered
key, publish it at the node (role vendor) and write the bundle users verify offline.
PURL names the product with its version (pkg:generic/acme/tool@1.2.0). FLOWS is a JSON
array of the data the product sends out: [{"destination","jurisdictions","data","purpose"}].
--envelope publishes an envelope signed elsewhere instead.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			var env []byte
			if envelopeFile != "" {
				b, err := os.ReadFile(envelopeFile)
				if err != nil {
					return err
				}
				env = b
			} else {
				if keyFile == "" || purl == "" || len(args) == 0 {
					return comity.Errorf(comity.EINVALID, "--key, --purl and at least one ARTEFACT are required (or --envelope)")
				}
				var err error
				if env, err = signRelease(keyFile, purl, flows, args); err != nil {
					return err
				}
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			p, err := c.PublishRelease(cmd.Context(), env)
			if err != nil {
				return err
			}
			deadline := time.Now().Add(wait)
			for p.Bundle == nil && time.Now().Before(deadline) {
				if p, err = c.ReleaseBundle(cmd.Context(), p.Purl, 5*time.Second); err != nil {
					return err
				}
			}
			if p.Bundle == nil {
				return comity.Errorf(comity.EUNAVAILABLE, "%s is logged at index %d but no checkpoint with the witness quorum covers it yet; fetch the bundle later", p.Purl, p.Receipt.Index)
			}
			b, err := p.Bundle.Marshal()
			if err != nil {
				return err
			}
			if err := os.WriteFile(outFile, b, 0o644); err != nil {
				return err
			}
			verb := "logged"
			if p.Existing {
				verb = "already logged"
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s %s at %s index %d; bundle %s\n", p.Purl, verb, p.Bundle.Log, p.Bundle.Index, outFile)
			return nil
		},
	}
	api.register(cmd.Flags())
	f := cmd.Flags()
	f.StringVar(&keyFile, "key", "", "the vendor's private signing key (PEM, Ed25519 or ECDSA P-256)")
	f.StringVar(&purl, "purl", "", "the product's package URL with version")
	f.StringVar(&flows, "flows", "", "JSON file declaring the product's outbound data flows")
	f.StringVar(&envelopeFile, "envelope", "", "publish this signed DSSE envelope instead of signing one")
	f.StringVar(&outFile, "out", "release.bundle.json", "where to write the bundle")
	f.DurationVar(&wait, "wait", 30*time.Second, "how long to wait for the bundle's cosigned checkpoint")
	return cmd
}

// signRelease builds and signs the statement of a release.
func signRelease(keyFile, purl, flowsFile string, artefacts []string) ([]byte, error) {
	key, err := federation.LoadSigner(keyFile)
	if err != nil {
		return nil, err
	}
	s, err := release.NewSigner(key)
	if err != nil {
		return nil, err
	}
	p := release.Predicate{PURL: purl}
	if flowsFile != "" {
		b, err := os.ReadFile(flowsFile)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &p.DataFlows); err != nil {
			return nil, comity.Errorf(comity.EINVALID, "%s: %v", flowsFile, err)
		}
	}
	var subs []release.Subject
	for _, a := range artefacts {
		d, err := fileDigest(a)
		if err != nil {
			return nil, err
		}
		subs = append(subs, release.Subject{Name: filepath.Base(a), SHA256: d})
	}
	st, err := release.NewStatement(p, subs)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	env, err := release.Sign(s, st)
	if err != nil {
		return nil, err
	}
	return env.Marshal()
}

func fileDigest(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

func newReleaseVerifyCmd() *cobra.Command {
	var bundleFile, trustFile, caFile string
	var online bool
	cmd := &cobra.Command{
		Use:   "verify --bundle BUNDLE.json --trust TRUST.json ARTEFACT...",
		Short: "Check artefacts against a release bundle, offline",
		Long: `Check, with nothing contacted: each ARTEFACT's SHA-256 is a subject of the release; the
envelope is signed by a key the trust file lists for the vendor, current when the release
was logged and never revoked; the inclusion proof leads from the log entry to the
checkpoint; the checkpoint is signed by the vendor's home log and cosigned by at least
the manifest's quorum of witnesses. One line per artefact; any failure exits non-zero
with the reason. --online also fetches the log's newest checkpoint, proves it consistent
with the bundle's, and reports a yanked release.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			tr, err := loadTrust(trustFile)
			if err != nil {
				return err
			}
			raw, err := os.ReadFile(bundleFile)
			if err != nil {
				return err
			}
			b, err := release.ParseBundle(raw)
			if err != nil {
				return fmt.Errorf("%s: %w", bundleFile, err)
			}
			v, err := tr.Verify(b)
			if err != nil {
				return fmt.Errorf("%s: %w", bundleFile, err)
			}
			w := cmd.OutOrStdout()
			var failed error
			for _, a := range args {
				d, err := fileDigest(a)
				if err != nil {
					return err
				}
				if s, ok := v.Statement.Find(d); ok {
					fmt.Fprintf(w, "ok    %s sha256:%s is %s in %s (%s, %s) logged at %s #%d, cosigned by %d witnesses\n",
						a, d[:16], s.Name, v.Statement.Predicate.PURL, v.Vendor, v.Home, v.Log, v.Index, len(v.Cosigners))
				} else {
					fmt.Fprintf(w, "FAIL  %s sha256:%s is not an artefact of %s\n", a, d[:16], v.Statement.Predicate.PURL)
					failed = fmt.Errorf("%w: %s is not an artefact of %s", release.ErrNotInRelease, a, v.Statement.Predicate.PURL)
				}
			}
			if failed != nil {
				return failed
			}
			if online {
				return verifyOnline(cmd, tr, v, caFile)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&bundleFile, "bundle", "", "the release bundle (required)")
	f.StringVar(&trustFile, "trust", "", "the trust file (required)")
	f.BoolVar(&online, "online", false, "also check the log's newest checkpoint and whether the release was yanked")
	f.StringVar(&caFile, "ca", "", "with --online: CA certificate for the log's TLS certificate")
	cmd.MarkFlagRequired("bundle")
	cmd.MarkFlagRequired("trust")
	return cmd
}

func loadTrust(path string) (*release.Trust, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	tr, err := release.ParseTrust(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return tr, nil
}

func newReleaseTrustExportCmd() *cobra.Command {
	var api apiFlags
	var out string
	cmd := &cobra.Command{
		Use:   "export --node URL [--out TRUST.json]",
		Short: "Export a node's trust file: the signed manifest and its vendors' keys with their history",
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.publicClient()
			if err != nil {
				return err
			}
			f, err := c.ReleaseTrust(cmd.Context())
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(f, "", "  ")
			if err != nil {
				return err
			}
			if _, err := release.ParseTrust(b); err != nil {
				return fmt.Errorf("the node's trust file: %w", err)
			}
			if out == "" || out == "-" {
				_, err = fmt.Fprintf(cmd.OutOrStdout(), "%s\n", b)
				return err
			}
			return os.WriteFile(out, append(b, '\n'), 0o644)
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&out, "out", "", "where to write the trust file (default standard output)")
	return cmd
}

func newReleaseYankCmd() *cobra.Command {
	var api apiFlags
	var purl, reason string
	cmd := &cobra.Command{
		Use:   "yank --purl PURL --reason TEXT",
		Short: "Yank a release (logged with the reason; nothing is deleted)",
		RunE: func(cmd *cobra.Command, args []string) error {
			c, err := api.client()
			if err != nil {
				return err
			}
			r, err := c.YankRelease(cmd.Context(), purl, reason)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s yanked: %s\n", r.PURL, r.YankReason)
			return nil
		},
	}
	api.register(cmd.Flags())
	cmd.Flags().StringVar(&purl, "purl", "", "the release's package URL with version (required)")
	cmd.Flags().StringVar(&reason, "reason", "", "why (required)")
	cmd.MarkFlagRequired("purl")
	cmd.MarkFlagRequired("reason")
	return cmd
}
