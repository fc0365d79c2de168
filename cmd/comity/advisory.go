package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/advisory"
)

func init() { commands = append(commands, newAdvisoryCmd) }

func newAdvisoryCmd() *cobra.Command {
	c := &cobra.Command{
		Use:   "advisory",
		Short: "Read security advisories (CSAF, OSV, OpenVEX) and match them against SBOMs",
	}
	c.AddCommand(newAdvisoryMatchCmd(), newAdvisoryPublishCmd(), newAdvisoryListCmd(), newAdvisoryReportCmd(), newAdvisoryDutiesCmd())
	return c
}

func newAdvisoryMatchCmd() *cobra.Command {
	var sbomPaths []string
	c := &cobra.Command{
		Use:   "match --sbom SBOM.json [--sbom SBOM.json ...] ADVISORY.json [ADVISORY.json ...]",
		Short: "Match advisories against SBOMs offline, one JSON object per line",
		Long: `Match advisories against SBOMs, offline: nothing is contacted.

Inputs are recognised by content: CSAF 2.0, OSV (one record or a list) and
OpenVEX advisories; CycloneDX (JSON 1.2-1.6 or XML) and SPDX 2.3 JSON SBOMs.
One JSON object is printed per (sbom, component, advisory, vulnerability)
where the advisory names the component's package or product:
  {"sbom", "component", "advisory", "vulnerability",
   "status": "affected|fixed|not_affected|unknown",
   "remediations": [...], "forced_upgrade": true|false}`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(sbomPaths) == 0 {
				return comity.Errorf(comity.EINVALID, "at least one --sbom is required")
			}
			var sboms []*advisory.SBOM
			var advs []*advisory.Advisory
			for _, p := range sbomPaths {
				d, err := readDocument(p)
				if err != nil {
					return err
				}
				if d.SBOM == nil {
					return comity.Errorf(comity.EINVALID, "%s: not an SBOM (CycloneDX or SPDX)", p)
				}
				d.SBOM.Name = filepath.Base(p)
				sboms = append(sboms, d.SBOM)
			}
			for _, p := range args {
				d, err := readDocument(p)
				if err != nil {
					return err
				}
				if d.SBOM != nil {
					return comity.Errorf(comity.EINVALID, "%s: an SBOM where an advisory was expected; pass it with --sbom", p)
				}
				advs = append(advs, d.Advisories...)
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			enc := json.NewEncoder(w)
			enc.SetEscapeHTML(false)
			if err := advisory.MatchAll(sboms, advs, func(m advisory.Match) error { return enc.Encode(m) }); err != nil {
				return err
			}
			return w.Flush()
		},
	}
	c.Flags().StringArrayVar(&sbomPaths, "sbom", nil, "an SBOM to match (CycloneDX or SPDX); repeat for several")
	return c
}

// readDocument reads and parses one input file, naming it in any error.
func readDocument(path string) (*advisory.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	d, err := advisory.Parse(data)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%s: %v", path, err)
	}
	return d, nil
}
