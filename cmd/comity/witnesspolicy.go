package main

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/witness"
	"github.com/spf13/pflag"
	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

// verifyFlags are the flags of the commands that verify a log (audit,
// receipt verify): where the log's witnesses and quorum come from, the
// state that remembers the last checkpoint seen, and TLS.
//
// By default the witnesses and quorum come from the federation manifest
// that the log's node serves at /v1/node (checked: signed by its own
// baseline quorum); --manifest names a manifest the verifier already trusts;
// --witness and --quorum name them by hand. A checkpoint without its
// quorum is refused: it may be a fork shown to this verifier alone.
// --unwitnessed checks no cosignature, and the output says so.
type verifyFlags struct {
	manifest    string
	witnessKeys []string
	quorum      int
	unwitnessed bool
	node        string
	tokenFile   string
	caFile      string
	stateFile   string
	noState     bool
}

func (v *verifyFlags) register(f *pflag.FlagSet) {
	f.StringVar(&v.manifest, "manifest", "", "signed federation manifest giving the log's witnesses and quorum (default: the one the node serves at /v1/node)")
	f.StringArrayVar(&v.witnessKeys, "witness", nil, "a witness's verifier key (repeatable), instead of the manifest's; needs --quorum")
	f.IntVar(&v.quorum, "quorum", 0, "number of --witness cosignatures the checkpoint must carry")
	f.BoolVar(&v.unwitnessed, "unwitnessed", false, "check no witness cosignature (a fork shown to you alone would pass; the output says so)")
	f.StringVar(&v.node, "node", "", "the node's API URL, for /v1/node (default: the log URL without /log)")
	f.StringVar(&v.tokenFile, "token-file", "", "file holding an API token for /v1/node (default: $COMITY_TOKEN)")
	f.StringVar(&v.caFile, "ca", "", "CA certificate to trust for the node's TLS certificate (default: the system's)")
	f.StringVar(&v.stateFile, "state", "", "file keeping the last checkpoint seen of the log (default: in the user cache directory, per log)")
	f.BoolVar(&v.noState, "no-state", false, "do not read or write a state file (no check against the checkpoint seen before)")
}

// policy is the witness policy a verification applies, and where it came from.
type policy struct {
	witnesses []note.Verifier
	quorum    int
	source    string // for the output; empty when unwitnessed
}

// describe says, for the output, what the cosignature check covered.
func (p *policy) describe(cosigners []string) string {
	if p.source == "" {
		return "WARNING: witness cosignatures NOT checked (--unwitnessed): a fork shown to you alone would pass"
	}
	return fmt.Sprintf("witnessed: %d of the %d cosignatures required (%d witnesses, from %s): %s",
		len(cosigners), p.quorum, len(p.witnesses), p.source, strings.Join(cosigners, ", "))
}

func (v *verifyFlags) httpClient() (*http.Client, error) { return httpsClient(v.caFile) }

// state returns the state file to use for the log with verifier lv.
func (v *verifyFlags) state(lv note.Verifier) string {
	switch {
	case v.noState:
		return ""
	case v.stateFile != "":
		return v.stateFile
	}
	return defaultAuditState(lv.Name())
}

// policy resolves the witness policy for the log at logURL whose key is lv.
func (v *verifyFlags) policy(ctx context.Context, logURL string, lv note.Verifier, hc *http.Client) (*policy, error) {
	given := 0
	for _, b := range []bool{v.unwitnessed, v.manifest != "", len(v.witnessKeys) > 0} {
		if b {
			given++
		}
	}
	if given > 1 {
		return nil, comity.Errorf(comity.EINVALID, "give one of --unwitnessed, --manifest and --witness")
	}
	switch {
	case v.unwitnessed:
		return &policy{}, nil
	case len(v.witnessKeys) > 0:
		if v.quorum < 1 || v.quorum > len(v.witnessKeys) {
			return nil, comity.Errorf(comity.EINVALID, "--quorum must be between 1 and the number of --witness keys (%d)", len(v.witnessKeys))
		}
		p := &policy{quorum: v.quorum, source: "--witness"}
		for _, k := range v.witnessKeys {
			w, err := witnessVerifier(k)
			if err != nil {
				return nil, err
			}
			p.witnesses = append(p.witnesses, w)
		}
		return p, nil
	case v.quorum != 0:
		return nil, comity.Errorf(comity.EINVALID, "--quorum goes with --witness keys")
	case v.manifest != "":
		m, err := federation.LoadManifest(v.manifest)
		if err != nil {
			return nil, err
		}
		return manifestPolicy(m, lv, "manifest "+v.manifest)
	}
	m, err := v.nodeManifest(ctx, logURL, hc)
	if err != nil {
		return nil, fmt.Errorf("%w (give --manifest, or --unwitnessed to check no cosignature)", err)
	}
	return manifestPolicy(m, lv, fmt.Sprintf("the manifest served by %s", v.node))
}

// nodeManifest fetches the manifest the node serves at /v1/node.
func (v *verifyFlags) nodeManifest(ctx context.Context, logURL string, hc *http.Client) (*federation.Manifest, error) {
	if v.node == "" {
		v.node = strings.TrimSuffix(strings.TrimSuffix(logURL, "/"), "/log")
	}
	token := os.Getenv("COMITY_TOKEN")
	if v.tokenFile != "" {
		b, err := os.ReadFile(v.tokenFile)
		if err != nil {
			return nil, err
		}
		token = strings.TrimSpace(string(b))
	}
	if token == "" {
		return nil, comity.Errorf(comity.EINVALID, "no witness policy: reading the node's manifest at %s/v1/node needs an API token (--token-file or $COMITY_TOKEN)", v.node)
	}
	info, err := (&client.Client{BaseURL: v.node, Token: token, HTTP: hc}).Node(ctx)
	if err != nil {
		return nil, fmt.Errorf("no witness policy: %s/v1/node: %w", v.node, err)
	}
	raw, ok := info["manifest"]
	if !ok {
		return nil, comity.Errorf(comity.EINVALID, "no witness policy: the node at %s serves no federation manifest", v.node)
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, err
	}
	return federation.ParseManifest(b)
}

// manifestPolicy checks the manifest (signed by its own baseline quorum: a
// manifest taken live need not carry every member's signature) and finds
// the witnesses of the log whose key is lv: the node with that name and key.
func manifestPolicy(m *federation.Manifest, lv note.Verifier, source string) (*policy, error) {
	if err := federation.VerifyOwn(m); err != nil {
		return nil, err
	}
	n, _ := m.Node(lv.Name())
	if n == nil {
		return nil, comity.Errorf(comity.EINVALID, "%s lists no node %s, the log's key name", source, lv.Name())
	}
	vkey, err := note.NewEd25519VerifierKey(n.Name, ed25519.PublicKey(n.PublicKey))
	if err != nil {
		return nil, err
	}
	if mv, err := note.NewVerifier(vkey); err != nil || mv.KeyHash() != lv.KeyHash() {
		return nil, comity.Errorf(comity.EINVALID, "%s gives node %s another key than --key", source, n.Name)
	}
	p := &policy{quorum: m.Witness.Threshold, source: fmt.Sprintf("%s, federation %s serial %d", source, m.Federation, m.Serial)}
	for _, w := range m.Witnesses(n.Name) {
		k, err := witness.VerifierKey(witness.NodeName(w.Name), ed25519.PublicKey(w.PublicKey))
		if err != nil {
			return nil, err
		}
		wv, err := fnote.NewVerifierForCosignatureV1(k)
		if err != nil {
			return nil, err
		}
		p.witnesses = append(p.witnesses, wv)
	}
	if p.quorum == 0 {
		return nil, comity.Errorf(comity.EINVALID, "%s requires no witness for %s; check it with --unwitnessed", source, n.Name)
	}
	return p, nil
}
