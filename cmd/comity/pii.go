package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/pii/corpus"
	"github.com/comity-project/comity/pii/heldout"
	"github.com/comity-project/comity/pii/heldout/fresh"
	"github.com/comity-project/comity/pii/heldout/sealed"
	"github.com/comity-project/comity/pii/heldout/unasked"
	"github.com/comity-project/comity/pii/heldout/unbidden"
	"github.com/comity-project/comity/pii/heldout/unclaimed"
	"github.com/comity-project/comity/pii/heldout/unexplored"
	"github.com/comity-project/comity/pii/heldout/unforeseen"
	"github.com/comity-project/comity/pii/heldout/unheard"
	"github.com/comity-project/comity/pii/heldout/unheeded"
	"github.com/comity-project/comity/pii/heldout/unlisted"
	"github.com/comity-project/comity/pii/heldout/unmapped"
	"github.com/comity-project/comity/pii/heldout/unmarked"
	"github.com/comity-project/comity/pii/heldout/unopened"
	"github.com/comity-project/comity/pii/heldout/unproven"
	"github.com/comity-project/comity/pii/heldout/unquoted"
	"github.com/comity-project/comity/pii/heldout/unread"
	"github.com/comity-project/comity/pii/heldout/unsaid"
	"github.com/comity-project/comity/pii/heldout/unseen"
	"github.com/comity-project/comity/pii/heldout/unshown"
	"github.com/comity-project/comity/pii/heldout/unsigned"
	"github.com/comity-project/comity/pii/heldout/unsought"
	"github.com/comity-project/comity/pii/heldout/unspoken"
	"github.com/comity-project/comity/pii/heldout/unsung"
	"github.com/comity-project/comity/pii/heldout/untold"
	"github.com/comity-project/comity/pii/heldout/untouched"
	"github.com/comity-project/comity/pii/heldout/unuttered"
	"github.com/comity-project/comity/pii/heldout/unvisited"
	"github.com/comity-project/comity/pii/heldout/unvoiced"
	"github.com/comity-project/comity/pii/heldout/unwritten"
)

func init() { commands = append(commands, newPIICmd) }

func newPIICmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "pii",
		Short: "Find, classify and minimise personal information in text and records",
	}
	c.AddCommand(newPIIScanCmd(), newPIIRedactCmd(), newPIIClassifyCmd(), newPIIEvalCmd())
	return c
}

// detectorFlags are the detector options shared by scan and redact.
type detectorFlags struct {
	types     []string
	regions   []string
	minConf   float64
	rulesOnly bool
}

func (f *detectorFlags) register(c *cobra.Command) {
	c.Flags().StringSliceVar(&f.types, "types", nil, "detect only these types (comma-separated, e.g. email,phone); default all")
	c.Flags().StringSliceVar(&f.regions, "regions", nil, "phone regions tried for numbers without a country code (default CN,US,DE)")
	c.Flags().Float64Var(&f.minConf, "min-confidence", 0, "drop findings below this confidence")
	c.Flags().BoolVar(&f.rulesOnly, "rules-only", false, "find person names by the rules alone, without the name model")
}

func (f *detectorFlags) detector(cmd *cobra.Command) (*pii.Detector, error) {
	cfg := pii.Config{Regions: f.regions, MinConfidence: f.minConf, RulesOnly: f.rulesOnly}
	for _, name := range f.types {
		t, err := pii.ParseType(strings.TrimSpace(name))
		if err != nil {
			return nil, comity.Errorf(comity.EINVALID, "--types: %w", err)
		}
		cfg.Types = append(cfg.Types, t)
	}
	d, err := pii.New(cmd.Context(), cfg)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	return d, nil
}

// openInput opens the named file, or stdin for "-" or no argument.
func openInput(cmd *cobra.Command, args []string) (io.ReadCloser, error) {
	if len(args) == 0 || args[0] == "-" {
		return io.NopCloser(cmd.InOrStdin()), nil
	}
	f, err := os.Open(args[0])
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "open %s: %v", args[0], err)
	}
	return f, nil
}

func newPIIScanCmd() *cobra.Command {
	var df detectorFlags
	c := &cobra.Command{
		Use:   "scan [FILE|-]",
		Short: "Print one JSON object per finding (type, class, start, end, confidence, validation), streaming",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := df.detector(cmd)
			if err != nil {
				return err
			}
			in, err := openInput(cmd, args)
			if err != nil {
				return err
			}
			defer in.Close()
			enc := json.NewEncoder(cmd.OutOrStdout())
			return d.ScanFunc(in, func(f pii.Finding) error { return enc.Encode(f) })
		},
	}
	df.register(c)
	return c
}

func newPIIRedactCmd() *cobra.Command {
	var (
		df      detectorFlags
		method  string
		param   string
		keyFile string
	)
	c := &cobra.Command{
		Use:   "redact [FILE|-]",
		Short: "Write the text back with its personal information minimised, streaming",
		Long: `Write the text back with every finding replaced. --method redact (default) writes [TYPE];
mask keeps the last --param (default 4) letters and digits; pseudonymise writes a keyed
HMAC-SHA256 pseudonym (key from --key-file, or hex in COMITY_PII_KEY); generalise coarsens to the
level --param names: year (default for dates) or month, city or region (default for addresses;
coordinates to 1 or 0 decimals), country, or a number of decimals for coordinates; IP addresses
become networks, emails their domain, phone numbers their country code.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			d, err := df.detector(cmd)
			if err != nil {
				return err
			}
			var key []byte
			switch {
			case keyFile != "":
				if key, err = os.ReadFile(keyFile); err != nil {
					return comity.Errorf(comity.EINVALID, "read key: %w", err)
				}
				key = bytes.TrimSpace(key)
			case os.Getenv("COMITY_PII_KEY") != "":
				if key, err = hex.DecodeString(os.Getenv("COMITY_PII_KEY")); err != nil {
					return comity.Errorf(comity.EINVALID, "COMITY_PII_KEY is not hex: %w", err)
				}
			}
			m, err := pii.NewMinimiser(cmd.Context(), pii.MinimiserConfig{Key: key, Detector: d})
			if err != nil {
				return comity.Errorf(comity.EINVALID, "%w", err)
			}
			in, err := openInput(cmd, args)
			if err != nil {
				return err
			}
			defer in.Close()
			return m.Stream(cmd.OutOrStdout(), in, method, param)
		},
	}
	df.register(c)
	c.Flags().StringVar(&method, "method", pii.MethodRedact, "redact, mask, pseudonymise or generalise")
	c.Flags().StringVar(&param, "param", "", "the method's parameter (mask: characters kept; generalise: year|month|city|region|country or decimals; pseudonymise: domain)")
	c.Flags().StringVar(&keyFile, "key-file", "", "file holding the pseudonymisation key (at least 16 bytes)")
	return c
}

func newPIIClassifyCmd() *cobra.Command {
	var home string
	c := &cobra.Command{
		Use:   "classify [FILE|-]",
		Short: "Print the category of a record's fields (a JSON object) and the personal information per field path",
		Long: `Print the category of a record's fields and the kinds of personal information per field path.
--jurisdiction is the record's home, whose law says what is sensitive: CN (PIPL Art. 28), an EU or
EEA state, GB or CH (GDPR Art. 9 and 10), US (CPRA); without it the strictest (PIPL) applies.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg := pii.ClassifierConfig{}
			if home != "" {
				j, err := comity.ParseJurisdiction(home)
				if err != nil {
					return err
				}
				cfg.Jurisdiction = j
			}
			cl, err := pii.NewClassifier(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			in, err := openInput(cmd, args)
			if err != nil {
				return err
			}
			defer in.Close()
			raw, err := io.ReadAll(io.LimitReader(in, 16<<20))
			if err != nil {
				return fmt.Errorf("read fields: %w", err)
			}
			cat, fields := cl.Classify(raw)
			enc := json.NewEncoder(cmd.OutOrStdout())
			return enc.Encode(struct {
				Category comity.Category     `json:"category"`
				Fields   map[string][]string `json:"fields"`
			}{cat, fields})
		},
	}
	c.Flags().StringVar(&home, "jurisdiction", "", "the record's home (CN, DE, US, …); default: the strictest law")
	return c
}

func newPIIEvalCmd() *cobra.Command {
	var (
		cfg       corpus.Config
		check     bool
		held      bool
		set       string
		heldDocs  int
		rulesOnly bool
	)
	c := &cobra.Command{
		Use:   "eval",
		Short: "Score the detector on a generated labelled corpus: precision, recall and F2 per type",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if held {
				var docs []heldout.Doc
				switch set {
				case "unquoted":
					docs = unquoted.Generate(cfg.Seed, heldDocs)
				case "unmapped":
					docs = unmapped.Generate(cfg.Seed, heldDocs)
				case "unforeseen":
					docs = unforeseen.Generate(cfg.Seed, heldDocs)
				case "unexplored":
					docs = unexplored.Generate(cfg.Seed, heldDocs)
				case "unclaimed":
					docs = unclaimed.Generate(cfg.Seed, heldDocs)
				case "unvisited":
					docs = unvisited.Generate(cfg.Seed, heldDocs)
				case "unproven":
					docs = unproven.Generate(cfg.Seed, heldDocs)
				case "unsought":
					docs = unsought.Generate(cfg.Seed, heldDocs)
				case "unasked":
					docs = unasked.Generate(cfg.Seed, heldDocs)
				case "unshown":
					docs = unshown.Generate(cfg.Seed, heldDocs)
				case "unlisted":
					docs = unlisted.Generate(cfg.Seed, heldDocs)
				case "tuning":
					docs = heldout.Generate(cfg.Seed, heldDocs)
				case "blind":
					docs = heldout.GenerateBlind(cfg.Seed, heldDocs)
				case "unseen":
					docs = unseen.Generate(cfg.Seed, heldDocs)
				case "fresh":
					docs = fresh.Generate(cfg.Seed, heldDocs)
				case "unbidden":
					docs = unbidden.Generate(cfg.Seed, heldDocs)
				case "untouched":
					docs = untouched.Generate(cfg.Seed, heldDocs)
				case "unsigned":
					docs = unsigned.Generate(cfg.Seed, heldDocs)
				case "unmarked":
					docs = unmarked.Generate(cfg.Seed, heldDocs)
				case "unopened":
					docs = unopened.Generate(cfg.Seed, heldDocs)
				case "unwritten":
					docs = unwritten.Generate(cfg.Seed, heldDocs)
				case "unheeded":
					docs = unheeded.Generate(cfg.Seed, heldDocs)
				case "unuttered":
					docs = unuttered.Generate(cfg.Seed, heldDocs)
				case "unspoken":
					docs = unspoken.Generate(cfg.Seed, heldDocs)
				case "unvoiced":
					docs = unvoiced.Generate(cfg.Seed, heldDocs)
				case "unsung":
					docs = unsung.Generate(cfg.Seed, heldDocs)
				case "unsaid":
					docs = unsaid.Generate(cfg.Seed, heldDocs)
				case "unheard":
					docs = unheard.Generate(cfg.Seed, heldDocs)
				case "unread":
					docs = unread.Generate(cfg.Seed, heldDocs)
				case "untold":
					docs = untold.Generate(cfg.Seed, heldDocs)
				case "sealed":
					docs = sealed.Generate(cfg.Seed, heldDocs)
				default:
					return fmt.Errorf("--set %q: want unquoted, unmapped, unforeseen, unexplored, unclaimed, unvisited, unproven, unsought, unasked, unshown, unlisted, untouched, unsigned, unbidden, unmarked, unopened, unwritten, unheeded, unuttered, unspoken, unvoiced, unsung, unsaid, unheard, unread, untold, sealed, fresh, unseen, blind or tuning", set)
				}
				d, err := pii.New(cmd.Context(), pii.Config{RulesOnly: rulesOnly})
				if err != nil {
					return err
				}
				rep := heldout.Evaluate(d, docs)
				if err := rep.Write(cmd.OutOrStdout()); err != nil {
					return err
				}
				if check {
					for _, s := range rep.Scores {
						if p, r := heldout.Target(s.Type); s.Precision < p || s.Recall < r {
							return fmt.Errorf("%s %s: precision %.4f recall %.4f below the %.2f/%.2f target", s.Locale, s.Type, s.Precision, s.Recall, p, r)
						}
					}
				}
				return nil
			}
			rep := corpus.Evaluate(pii.Default, corpus.Generate(cfg))
			if err := rep.Write(cmd.OutOrStdout()); err != nil {
				return err
			}
			if check {
				for _, s := range rep.Scores {
					if want := corpus.Target(s); s.Type.Class() == pii.ClassIdentifier && (s.Precision < want || s.Recall < want) {
						return fmt.Errorf("%s: precision %.4f recall %.4f below the %.2f target", s.Name(), s.Precision, s.Recall, want)
					}
				}
			}
			return nil
		},
	}
	c.Flags().Uint64Var(&cfg.Seed, "seed", 1, "corpus seed (the same seed gives the same corpus)")
	c.Flags().IntVar(&cfg.Docs, "docs", 3000, "number of documents")
	c.Flags().BoolVar(&check, "check", false, "fail unless every structured type has precision and recall >= 0.98 (0.95 for passport/CN and passport/US, see corpus.Target); with --heldout, unless names reach 0.95/0.90 and addresses 0.97/0.95 in every locale")
	c.Flags().BoolVar(&held, "heldout", false, "score names and addresses per locale on a corpus apart from pii/corpus (see --set); a finding must cover the labelled span")
	c.Flags().StringVar(&set, "set", "untouched", "with --heldout, the corpus: untouched (pii/heldout/untouched, written without seeing the detector or the other corpora; scored blind at the start and end of sessions 12 to 15, never read: the figure to report), unquoted (the newest, written the same way at the start of session 21; scored blind, never read: the second figure to report), unmapped (written the same way at the start of session 20; scored blind on four heads, then read and tuned on in session 21), unforeseen (written the same way at the start of session 19; scored blind on four heads, then read and tuned on in session 20), unexplored (written the same way at the start of session 18; scored blind on three heads, then read and tuned on in session 19), unclaimed (written the same way at the start of session 17; scored blind on four heads, then read and tuned on in session 18), unvisited (written the same way at the end of session 16; scored blind on four heads, then read and tuned on in session 17), unproven (written the same way during session 16; scored blind three times, then read for addresses, and for names in session 17), unsought (written the same way at session 16's start; scored blind twice, then read and tuned on for addresses and names in session 16), unasked (written the same way at session 15's start; scored blind five times, then read and tuned on in session 16), unshown (written the same way at session 14's start; scored blind at the start and end of session 14, then read and tuned on in session 15), unlisted (written the same way; scored blind at the start and end of session 13 and after session 14's name tables, then read and tuned on), unsigned (written the same way; scored blind three times, then read and tuned on), unbidden (written the same way; scored blind twice, then read and tuned on), unmarked (written the same way; scored blind twice, then the validation set), unopened (written the same way; scored blind, then the name model's validation set), unwritten (written the same way; scored blind, then the name model's first validation set and training data), unheeded (written the same way; scored blind, then tuned on by round 12), unuttered, unspoken, unvoiced, unsung, unsaid, unheard, unread, untold, sealed, fresh and unseen (written the same way, then tuned on), blind or tuning (pii/heldout's two sets, tuned on)")
	c.Flags().IntVar(&heldDocs, "heldout-docs", 1500, "number of held-out documents")
	c.Flags().BoolVar(&rulesOnly, "rules-only", false, "with --heldout, score the rules alone, without the name model")
	return c
}
