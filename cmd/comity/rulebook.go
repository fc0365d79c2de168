package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/rulebook"
)

func init() { commands = append(commands, newRulebookCmd) }

func newRulebookCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rulebook",
		Short: "Check, test, sign and publish rulebooks; decide and explain requests offline",
		Long: `A rulebook is a member state's published rules for data homed in it: Cedar
policies and parameters, versioned and signed with the state's authority key.
The federation baseline binds every state. Sample rulebooks (CN, DE, FR, US;
templates, not legal advice) are built in and used when --rulebooks is not given.

  comity rulebook lint samples/CN                  # schema, annotations, reach
  comity rulebook test --rulebooks rulebooks/      # run every bundled example
  comity rulebook sign --key cn-dpa.key samples/CN # writes CN.rulebook.json
  comity rulebook publish --to node/rulebooks --manifest federation.json CN.rulebook.json
  comity rulebook decide --request req.json        # decision as JSON
  comity rulebook explain --request req.json       # the same, in words
  comity rulebook baseline propose --from new-baseline/ --out change.json
  comity rulebook baseline sign --change change.json --state CN --key cn-dpa.key   # k of n states
  comity rulebook baseline verify --change change.json --manifest federation.json
  comity rulebook approve --key cn-dpa.key --home CN --kind assessment \
      --requester "Rhein Logistik GmbH" --requester-jurisdiction DE --id CASE-7 --valid 720h

A rulebooks directory holds source directories (<STATE>/rulebook.json with
*.cedar files and examples/*.json; baseline/ for the baseline) and signed
bundle files (<STATE>.rulebook.json). The request format is documented in
rulebook/README.md.`,
	}
	cmd.AddCommand(newRulebookLintCmd(), newRulebookTestCmd(), newRulebookSignCmd(),
		newRulebookPublishCmd(), newRulebookDecideCmd(false), newRulebookDecideCmd(true), newRulebookApproveCmd(), newRulebookBaselineCmd())
	return cmd
}

// rulebookSource is where engine-building commands read rulebooks from.
type rulebookSource struct {
	dir      string // "" means the embedded samples
	manifest string // federation manifest whose DPA keys verify bundles and approvals
}

func (s *rulebookSource) flags(cmd *cobra.Command) {
	cmd.Flags().StringVar(&s.dir, "rulebooks", "", "directory of rulebooks (default: the built-in samples)")
	cmd.Flags().StringVar(&s.manifest, "manifest", "", "federation manifest: verify bundle signatures and approval tokens against its authority keys")
}

// engine reads and compiles the rulebooks; with a manifest, every state
// bundle must be signed by its state's data-protection authority.
func (s *rulebookSource) engine() (*rulebook.Engine, rulebook.Keys, rulebook.Keys, error) {
	var fsys fs.FS
	if s.dir == "" {
		sub, err := fs.Sub(rulebook.Samples, "samples")
		if err != nil {
			return nil, nil, nil, err
		}
		fsys = sub
	} else {
		fsys = os.DirFS(s.dir)
	}
	set, err := rulebook.ReadDir(fsys)
	if err != nil {
		return nil, nil, nil, err
	}
	var dpa, central rulebook.Keys
	if s.manifest != "" {
		m, err := federation.LoadManifest(s.manifest)
		if err != nil {
			return nil, nil, nil, err
		}
		dpa, central = m.KeysByRole(comity.RoleDPA), m.KeysByRole(comity.RoleCentralAuthority)
	}
	e, err := rulebook.Load(set, dpa)
	if err != nil {
		return nil, nil, nil, err
	}
	return e, dpa, central, nil
}

func newRulebookLintCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "lint [PATH...]",
		Short: "Check rulebooks against the schema; print file:line: reason for every problem",
		Long: `Check each PATH — a source directory, a signed bundle file, or a directory
of rulebooks — against the Cedar schema of the entity model and Comity's
rules: every policy has @id and @reason, obligations and minimisations are
well formed, the baseline only forbids, and a state's policies govern only
data homed in that state. With no PATH, the built-in samples are checked.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			out := cmd.OutOrStdout()
			if len(args) == 0 {
				set, err := rulebook.ReadDir(mustSub(rulebook.Samples, "samples"))
				if err != nil {
					return err
				}
				base, err := rulebook.SampleBaseline()
				if err != nil {
					return err
				}
				return lintBundles(out, append([]located{{base, "baseline"}}, locate(set, "samples")...))
			}
			var all []located
			for _, p := range args {
				bs, err := readBundles(p)
				if err != nil {
					return err
				}
				all = append(all, bs...)
			}
			return lintBundles(out, all)
		},
	}
}

// located is a bundle and the path it was read from, for messages.
type located struct {
	b    *rulebook.Bundle
	path string
}

func locate(set *rulebook.Set, dir string) []located {
	var out []located
	if set.Baseline != nil {
		out = append(out, located{set.Baseline, filepath.Join(dir, "baseline")})
	}
	for _, b := range set.States {
		out = append(out, located{b, filepath.Join(dir, string(b.Jurisdiction))})
	}
	return out
}

// readBundles reads a signed bundle file, a source directory, or a
// directory of rulebooks.
func readBundles(p string) ([]located, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		b, err := rulebook.ParseBundle(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		return []located{{b, p}}, nil
	}
	if _, err := os.Stat(filepath.Join(p, rulebook.Manifest)); err == nil {
		b, err := rulebook.ReadSource(os.DirFS(p), ".")
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		return []located{{b, p}}, nil
	}
	set, err := rulebook.ReadDir(os.DirFS(p))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return locate(set, p), nil
}

func lintBundles(out io.Writer, bundles []located) error {
	failed := 0
	for _, l := range bundles {
		rb, err := rulebook.Compile(l.b)
		var problems rulebook.Problems
		switch {
		case errors.As(err, &problems):
			failed++
			for _, p := range problems {
				if strings.HasSuffix(l.path, ".json") {
					p.File = l.path + "#" + p.File // a policy file inside a signed bundle
				} else {
					p.File = filepath.Join(l.path, p.File)
				}
				fmt.Fprintln(out, p.String())
			}
		case err != nil:
			return err
		default:
			fmt.Fprintf(out, "ok  %s version %d: %d policies\n", l.b.Name(), l.b.Version, len(rb.Policies()))
		}
	}
	if failed > 0 {
		return comity.Errorf(comity.EINVALID, "%d of %d rulebooks fail lint", failed, len(bundles))
	}
	return nil
}

func mustSub(fsys fs.FS, dir string) fs.FS {
	sub, err := fs.Sub(fsys, dir)
	if err != nil {
		panic(err) // dir is a constant that the embed directive guarantees
	}
	return sub
}

func newRulebookTestCmd() *cobra.Command {
	var src rulebookSource
	var verbose, coverage bool
	cmd := &cobra.Command{
		Use:   "test [--rulebooks DIR]",
		Short: "Run the example requests of the rulebooks and the baseline examples that apply to them",
		Long: `Decide every example request that the rulebooks ship (the samples, or those in
--rulebooks DIR) and every example of the federation baseline, and compare each
outcome with what the example expects. A baseline example that assumes another
state's rulebook is installed (or absent) runs only where that holds, so that a
new member can test its own rulebooks alone.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			e, _, _, err := src.engine()
			if err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			results := e.RunExamples()
			failed, skipped := 0, 0
			for _, r := range results {
				if r.Skipped != "" {
					skipped++
					fmt.Fprintf(out, "skip %s/%s: %s\n", r.Bundle, r.Name, r.Skipped)
					continue
				}
				if r.Failure != "" {
					failed++
					fmt.Fprintf(out, "FAIL %s/%s: %s\n", r.Bundle, r.Name, r.Failure)
					if verbose {
						fmt.Fprintln(out, indent(rulebook.Explain(r.Result)))
					}
					continue
				}
				fmt.Fprintf(out, "ok   %s/%s: %s (%s)\n", r.Bundle, r.Name, r.Result.Decision.Outcome, strings.Join(r.Result.Decision.Policies, ", "))
			}
			if failed > 0 {
				return fmt.Errorf("%d of %d examples failed", failed, len(results)-skipped)
			}
			fmt.Fprintf(out, "%d examples passed", len(results)-skipped)
			if skipped > 0 {
				if skipped == 1 {
					fmt.Fprint(out, " (1 example assumes other states' rulebooks and did not run)")
				} else {
					fmt.Fprintf(out, " (%d examples assume other states' rulebooks and did not run)", skipped)
				}
			}
			fmt.Fprintln(out)
			if coverage {
				return reportCoverage(out, e.Coverage(results))
			}
			return nil
		},
	}
	src.flags(cmd)
	cmd.Flags().BoolVarP(&verbose, "verbose", "v", false, "explain each failing example")
	cmd.Flags().BoolVar(&coverage, "coverage", false, "also report, per rulebook, the policies and threshold boundaries (figure-1, figure, figure+1) no example exercises; fails unless complete")
	return cmd
}

// reportCoverage prints what each rulebook's examples leave unexercised
// and fails unless nothing is.
func reportCoverage(out io.Writer, cs []rulebook.Coverage) error {
	gaps := 0
	for _, c := range cs {
		fmt.Fprintf(out, "coverage %s: %d of %d policies, %d of %d threshold boundaries\n", c.Bundle,
			c.Policies-len(c.Unexercised), c.Policies, c.Boundaries-len(c.Uncovered), c.Boundaries)
		for _, id := range c.Unexercised {
			fmt.Fprintf(out, "  no example exercises %s\n", id)
		}
		for _, b := range c.Uncovered {
			fmt.Fprintf(out, "  %s\n", b)
		}
		gaps += len(c.Unexercised) + len(c.Uncovered)
	}
	if gaps > 0 {
		return comity.Errorf(comity.EINVALID, "coverage incomplete: %d policies or boundaries are not exercised", gaps)
	}
	return nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}

func newRulebookSignCmd() *cobra.Command {
	var keyFile, out string
	var version int64
	cmd := &cobra.Command{
		Use:   "sign --key FILE [--version N] [--out FILE] SOURCE_DIR|BUNDLE",
		Short: "Sign a state rulebook with its authority's key, after checking it",
		Long: `Read a rulebook source directory (or an existing bundle file, to re-sign it),
check it as lint does, and write the signed bundle: by default
<STATE>.rulebook.json in the current directory; --out - writes to stdout.
The key is the state's authority key file (comity federation key new).`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := federation.LoadPrivateKey(keyFile)
			if err != nil {
				return err
			}
			bs, err := readBundles(args[0])
			if err != nil {
				return err
			}
			if len(bs) != 1 {
				return comity.Errorf(comity.EINVALID, "%s holds %d rulebooks: sign one source directory or bundle", args[0], len(bs))
			}
			b := bs[0].b
			if b.Kind != rulebook.KindState {
				return comity.Errorf(comity.EINVALID, "the baseline is not signed by one state: it changes by a baseline change signed by a quorum")
			}
			if version > 0 {
				b.Version = version
			}
			if _, err := rulebook.Compile(b); err != nil {
				return err
			}
			if err := b.Sign(key); err != nil {
				return err
			}
			data, err := b.Marshal()
			if err != nil {
				return err
			}
			if out == "-" {
				_, err = cmd.OutOrStdout().Write(data)
				return err
			}
			if out == "" {
				out = string(b.Jurisdiction) + ".rulebook.json"
			}
			if err := durable.WriteFile(out, data, 0o600); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "signed %s version %d (%s) -> %s\n", b.Jurisdiction, b.Version, b.Digest()[:16], out)
			return nil
		},
	}
	cmd.Flags().StringVar(&keyFile, "key", "", "the state authority's Ed25519 key file (PKCS#8 PEM)")
	cmd.Flags().StringVar(&out, "out", "", "output file (default <STATE>.rulebook.json; - for stdout)")
	cmd.Flags().Int64Var(&version, "version", 0, "set the version before signing (default: as in rulebook.json)")
	_ = cmd.MarkFlagRequired("key")
	return cmd
}

func newRulebookPublishCmd() *cobra.Command {
	var (
		to, manifest string
		api          apiFlags
	)
	cmd := &cobra.Command{
		Use:   "publish (--node URL | --to DIR [--manifest FILE]) BUNDLE",
		Short: "Publish a signed bundle at a running node, or install it in a rulebooks directory",
		Long: `With --node, send a signed bundle to a running node as its state's
data-protection authority (token from --token-file or $COMITY_TOKEN): the node
verifies it against the federation manifest, installs it in place of the
previous version and logs the publication, or refuses it and logs the attempt.

With --to, verify a signed bundle — against its state's data-protection
authority key in the federation manifest when --manifest is given, otherwise
only against the key it carries — check it as lint does, refuse it unless its
version is higher than the one already in DIR, and write it to
DIR/<STATE>.rulebook.json, which a node reads at start.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			data, err := os.ReadFile(args[0])
			if err != nil {
				return err
			}
			if cmd.Flags().Changed("node") {
				c, err := api.client()
				if err != nil {
					return err
				}
				info, err := c.PublishRulebook(cmd.Context(), data)
				if err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "published %s version %d (%.16s) at %s\n", info.Jurisdiction, info.Version, info.Digest, api.node)
				return nil
			}
			if to == "" {
				return comity.Errorf(comity.EINVALID, "say where to publish: --node URL or --to DIR")
			}
			var keys rulebook.Keys
			if manifest != "" {
				m, err := federation.LoadManifest(manifest)
				if err != nil {
					return err
				}
				keys = m.KeysByRole(comity.RoleDPA)
			} else {
				fmt.Fprintln(cmd.ErrOrStderr(), "warning: no --manifest: the signature is checked only against the key in the bundle")
			}
			b, target, err := rulebook.Install(to, data, keys)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "published %s version %d (%s) -> %s\n", b.Jurisdiction, b.Version, b.Digest()[:16], target)
			return nil
		},
	}
	cmd.Flags().StringVar(&to, "to", "", "the node's rulebooks directory")
	cmd.Flags().StringVar(&manifest, "manifest", "", "federation manifest holding the authority keys")
	api.register(cmd.Flags())
	return cmd
}

// decisionOutput is what decide prints: the decision, the facts it used,
// the policies that matched and the explanation.
type decisionOutput struct {
	comity.Decision
	Home        comity.Jurisdiction `json:"home"`
	Rulebook    string              `json:"rulebook,omitempty"`
	Volume      rulebook.Counts     `json:"volume"`
	Evidence    []string            `json:"evidence,omitempty"`
	Matched     []rulebook.Match    `json:"matched,omitempty"`
	Explanation string              `json:"explanation"`
}

func newRulebookDecideCmd(explain bool) *cobra.Command {
	var src rulebookSource
	var request string
	use, short := "decide", "Decide one request offline and print the decision as JSON"
	if explain {
		use, short = "explain", "Decide one request offline and say why, in plain words"
	}
	cmd := &cobra.Command{
		Use:   use + " [--rulebooks DIR] --request FILE|-",
		Short: short,
		Long: short + `, against the federation baseline and the
rulebooks in DIR (default: the built-in samples). The request is JSON in the
format of rulebook/README.md (or a rulebook example file); - reads it from
stdin. Nothing is contacted:
the request itself states the requester's prior volume and the evidence on
file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var data []byte
			var err error
			if request == "-" {
				data, err = io.ReadAll(io.LimitReader(cmd.InOrStdin(), 8<<20+1))
			} else {
				data, err = os.ReadFile(request)
			}
			if err != nil {
				return err
			}
			req, err := rulebook.ParseRequest(data)
			if err != nil {
				// An example file (request plus expectation) is accepted too.
				ex, exErr := rulebook.ParseExample(data)
				if exErr != nil {
					return err
				}
				req = &ex.Request
			}
			e, dpa, central, err := src.engine()
			if err != nil {
				return err
			}
			res := e.DecideWithKeys(req, dpa, central)
			if explain {
				_, err = io.WriteString(cmd.OutOrStdout(), rulebook.Explain(res))
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(decisionOutput{Decision: *res.Decision, Home: res.Home, Rulebook: res.Rulebook,
				Volume: res.Volume, Evidence: res.Evidence, Matched: res.Matched, Explanation: rulebook.Explain(res)})
		},
	}
	src.flags(cmd)
	cmd.Flags().StringVar(&request, "request", "", "request file in the JSON request format, or - for stdin")
	_ = cmd.MarkFlagRequired("request")
	return cmd
}

func newRulebookApproveCmd() *cobra.Command {
	var (
		keyFile, id, kind, home, requester, requesterIn, action, destination string
		records                                                              []string
		valid                                                                time.Duration
	)
	cmd := &cobra.Command{
		Use:   "approve --key FILE --home STATE --kind KIND --requester ORG --requester-jurisdiction STATE --id ID [--records ID,...]",
		Short: "Sign an approval token as the home state's authority (offline)",
		Long: `Sign evidence as the home state's authority and print it as a token for a
request's "approvals": an approval of a transfer case or a judicial-assistance
grant (both must name --records), or a security assessment, standard contract
or certification on file (which may cover all the requester's transfers).
The token is valid from now for --valid. On a node, approvals come from its
case workflow; this command is for offline use and tests.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			key, err := federation.LoadPrivateKey(keyFile)
			if err != nil {
				return err
			}
			now := comity.Now().Truncate(time.Second)
			a := &rulebook.Approval{ID: id, Kind: kind, Home: comity.Jurisdiction(strings.ToUpper(home)),
				Requester: requester, RequesterIn: comity.Jurisdiction(strings.ToUpper(requesterIn)),
				Action: comity.Action(action), Destination: comity.Jurisdiction(strings.ToUpper(destination)),
				RecordIDs: records, IssuedAt: now, Expires: now.Add(valid)}
			if err := a.Sign(key); err != nil {
				return err
			}
			_, err = fmt.Fprintln(cmd.OutOrStdout(), a.Encode())
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&keyFile, "key", "", "the home authority's Ed25519 key file")
	f.StringVar(&id, "id", "", "case or filing id")
	f.StringVar(&kind, "kind", "approval", "approval, assessment, contract, certification, judicial-assistance, attestation, binding-corporate-rules or code-of-conduct")
	f.StringVar(&home, "home", "", "the approving state, where the data is homed")
	f.StringVar(&requester, "requester", "", "the requester's organisation")
	f.StringVar(&requesterIn, "requester-jurisdiction", "", "where the requester is established")
	f.StringVar(&action, "action", "", "the approved action (default: any)")
	f.StringVar(&destination, "destination", "", "the approved destination (default: the requester's jurisdiction)")
	f.StringSliceVar(&records, "records", nil, "the approved record ids")
	f.DurationVar(&valid, "valid", 30*24*time.Hour, "how long the approval is valid")
	for _, name := range []string{"key", "id", "home", "requester", "requester-jurisdiction"} {
		_ = cmd.MarkFlagRequired(name)
	}
	return cmd
}

func newRulebookBaselineCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "baseline",
		Short: "Propose, sign and verify a change of the federation baseline (k of n member states)",
		Long: `The baseline binds every member state, so no single state changes it: a
change names the new baseline and the digest of the one it replaces, and
takes effect only with the signatures of the federation manifest's
baseline_quorum member states (their data-protection authority keys).`,
	}
	var from, current, out string
	var version int64
	propose := &cobra.Command{
		Use:   "propose --from DIR [--current DIR] [--version N] --out FILE",
		Short: "Write an unsigned baseline change from a baseline source directory",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			nb, err := rulebook.ReadBaseline(from)
			if err != nil {
				return err
			}
			cur, err := rulebook.ReadBaseline(current)
			if err != nil {
				return err
			}
			if version > 0 {
				nb.Version = version
			}
			c, err := rulebook.ProposeBaseline(nb, cur)
			if err != nil {
				return err
			}
			if err := writeJSON(out, c); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "proposed baseline version %d replacing %.16s -> %s\n", nb.Version, c.Previous, out)
			return nil
		},
	}
	propose.Flags().StringVar(&from, "from", "", "source directory of the new baseline (rulebook.json of kind baseline, *.cedar)")
	propose.Flags().StringVar(&current, "current", "", "source directory of the current baseline (default: the built-in one)")
	propose.Flags().Int64Var(&version, "version", 0, "set the new baseline's version")
	propose.Flags().StringVar(&out, "out", "", "the change file to write")
	_ = propose.MarkFlagRequired("from")
	_ = propose.MarkFlagRequired("out")

	var change, state, keyFile, manifest string
	sign := &cobra.Command{
		Use:   "sign --change FILE --state STATE --key FILE",
		Short: "Add a member state's signature to a baseline change",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := rulebook.ReadBaselineChange(change)
			if err != nil {
				return err
			}
			key, err := federation.LoadPrivateKey(keyFile)
			if err != nil {
				return err
			}
			j, err := comity.ParseJurisdiction(state)
			if err != nil {
				return err
			}
			if err := c.Sign(j, key); err != nil {
				return err
			}
			if err := writeJSON(change, c); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s signed baseline version %d (%d signatures)\n", j, c.Baseline.Version, len(c.Signatures))
			return nil
		},
	}
	sign.Flags().StringVar(&change, "change", "", "the change file, updated in place")
	sign.Flags().StringVar(&state, "state", "", "the signing member state")
	sign.Flags().StringVar(&keyFile, "key", "", "the state's data-protection authority key file")
	for _, name := range []string{"change", "state", "key"} {
		_ = sign.MarkFlagRequired(name)
	}

	verify := &cobra.Command{
		Use:   "verify --change FILE --manifest FILE [--current DIR]",
		Short: "Check that a baseline change has the quorum of valid member signatures",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, err := rulebook.ReadBaselineChange(change)
			if err != nil {
				return err
			}
			m, err := federation.LoadManifest(manifest)
			if err != nil {
				return err
			}
			cur, err := rulebook.ReadBaseline(current)
			if err != nil {
				return err
			}
			keys := m.KeysByRole(comity.RoleDPA)
			if err := c.Check(keys, m.BaselineQuorum, cur); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "valid: baseline version %d signed by %d member states (quorum %d of %d)\n",
				c.Baseline.Version, len(c.Signatures), m.BaselineQuorum, len(keys))
			return nil
		},
	}
	verify.Flags().StringVar(&change, "change", "", "the change file")
	verify.Flags().StringVar(&manifest, "manifest", "", "the federation manifest (keys and baseline_quorum)")
	verify.Flags().StringVar(&current, "current", "", "source directory of the current baseline (default: the built-in one)")
	_ = verify.MarkFlagRequired("change")
	_ = verify.MarkFlagRequired("manifest")

	var api apiFlags
	apply := &cobra.Command{
		Use:   "apply --change FILE --node URL",
		Short: "Install a quorum-signed baseline change at a running node (logged there)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			data, err := os.ReadFile(change)
			if err != nil {
				return err
			}
			c, err := api.client()
			if err != nil {
				return err
			}
			info, err := c.ChangeBaseline(cmd.Context(), data)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "baseline version %d (%.16s) in force at %s\n", info.Version, info.Digest, api.node)
			return nil
		},
	}
	apply.Flags().StringVar(&change, "change", "", "the signed change file")
	api.register(apply.Flags())
	_ = apply.MarkFlagRequired("change")

	cmd.AddCommand(propose, sign, verify, apply)
	return cmd
}

func writeJSON(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return durable.WriteFile(path, append(data, '\n'), 0o600)
}
