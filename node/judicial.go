package node

import (
	"context"
	"crypto/ed25519"
	"errors"
	"io/fs"
	"path/filepath"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/judicial"
)

// AgreementsFile, in the data directory, lists the agreements on mutual
// legal assistance that the node's state is party to (a JSON list of
// judicial.Agreement). Without it the node uses judicial.SampleAgreements,
// the demo's templates.
const AgreementsFile = "agreements.json"

// agreements returns the node's agreements; the judicial service and the
// rulebooks (Config.Agreements) share them.
func (n *Node) agreements() (judicial.Agreements, error) {
	if n.agreed != nil {
		return n.agreed, nil
	}
	as, err := judicial.LoadAgreements(filepath.Join(n.Config.DataDir, AgreementsFile))
	if errors.Is(err, fs.ErrNotExist) {
		as, err = judicial.SampleAgreements, nil
	}
	n.agreed = as
	return as, err
}

// openJudicial builds the node's judicial-assistance service over its
// store, gate, log and federation, and wraps the gate's policy in
// judicial.Guard so that the service is the only way law enforcement
// reaches data homed here from abroad.
func (n *Node) openJudicial(ctx context.Context, m *federation.Manifest) (*judicial.Service, error) {
	as, err := n.agreements()
	if err != nil {
		return nil, err
	}
	n.Gate.Policy = judicial.Guard{Policy: n.Gate.Policy}
	cfg := judicial.Config{
		Node: n.Config.Jurisdiction, NodeName: n.Config.Name, Origin: n.Log.Origin(),
		Store: n.DB.Judicial(), Gate: n.Gate, Ledger: n.Log, Key: n.key, Agreements: as,
		Logger: n.logger,
	}
	if n.Peers != nil {
		cfg.Transport = &client.JudicialTransport{Peers: n.Peers}
		// Keys come from the live manifest, so that a manifest update
		// (Peers.Update) changes them.
		cfg.AuthorityKey = func(j comity.Jurisdiction) ed25519.PublicKey {
			return n.Peers.Manifest().KeysByRole(comity.RoleCentralAuthority)[j]
		}
		cfg.NodeKey = func(name string) (ed25519.PublicKey, comity.Jurisdiction, string, bool) {
			node, j := n.Peers.Manifest().Node(name)
			if node == nil {
				return nil, "", "", false
			}
			return ed25519.PublicKey(node.PublicKey), j, node.Origin(), true
		}
	}
	return judicial.New(ctx, cfg)
}
