package demo

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/comity-project/comity/witness"
)

// PrintAccess prints, for each node, what a person needs to explore it:
// API URL, log URL and public key, and every principal's token.
func PrintAccess(f *Federation, out io.Writer) {
	fmt.Fprintf(out, "\nThe federation is running. CA certificate: %s\n", filepath.Join(f.Dir, "ca", "ca.pem"))
	fmt.Fprintf(out, "Manifest: %s\n", filepath.Join(f.Dir, "manifest.json"))
	fmt.Fprintf(out, "Authority keys (each state's dpa and central authority, outside the nodes' data): %s\n", filepath.Join(f.Dir, "authorities"))
	for _, j := range f.States {
		m := f.Members[j]
		fmt.Fprintf(out, "\n%s  %s\n", j, m.Name)
		fmt.Fprintf(out, "  API:        %s\n", m.URL)
		if m.CAFile != filepath.Join(f.Dir, "ca", "ca.pem") {
			fmt.Fprintf(out, "  its CA:     %s\n", m.CAFile)
		}
		fmt.Fprintf(out, "  console:    %s/console/\n", m.URL)
		fmt.Fprintf(out, "  log:        %s/log/\n", m.URL)
		fmt.Fprintf(out, "  log key:    %s\n", m.Node.Log.VerifierKey())
		fmt.Fprintf(out, "  data:       %s (config %s)\n", filepath.Dir(m.ConfigPath), m.ConfigPath)
		if ws, k, err := f.WitnessVerifiers(j); err == nil && k > 0 {
			fmt.Fprintf(out, "  witnesses:  %d of %d must cosign:", k, len(ws))
			for _, w := range f.Manifest.Witnesses(m.Name) {
				vkey, _ := witness.VerifierKey(witness.NodeName(w.Name), ed25519.PublicKey(w.PublicKey))
				fmt.Fprintf(out, " %s", vkey)
			}
			fmt.Fprintln(out)
		}
		ids := make([]string, 0, len(m.Tokens))
		for id := range m.Tokens {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		// Name the principal behind each token: who it acts for, as what.
		who := map[string]string{}
		if ps, err := m.Node.DB.Principals().ListPrincipals(context.Background()); err == nil {
			for _, p := range ps {
				roles := make([]string, len(p.Roles))
				for i, r := range p.Roles {
					roles[i] = string(r)
				}
				who[p.ID] = fmt.Sprintf("%s (%s, %s)", p.ID, p.Organisation, strings.Join(roles, ","))
			}
		}
		fmt.Fprintln(out, "  tokens:")
		width := 0
		for _, id := range ids {
			if who[id] == "" {
				who[id] = id
			}
			width = max(width, len(who[id])+1)
		}
		for _, id := range ids {
			fmt.Fprintf(out, "    %-*s  %s\n", width, who[id]+":", m.Tokens[id])
		}
	}
	fmt.Fprintf(out, "\nTry: curl --cacert %s -H \"Authorization: Bearer <controller token>\" %s/v1/records?limit=3\n",
		filepath.Join(f.Dir, "ca", "ca.pem"), f.Members[f.States[0]].URL)
	first := f.Members[f.States[0]]
	fmt.Fprintf(out, "     comity audit --log %s/log/ --log-key %s --ca %s --manifest %s\n",
		first.URL, first.Node.Log.VerifierKey(), filepath.Join(f.Dir, "ca", "ca.pem"), filepath.Join(f.Dir, "manifest.json"))
}
