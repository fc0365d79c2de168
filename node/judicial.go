package node

import (
	"context"
	"crypto/ed25519"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/pii"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// openJudicial builds the node's judicial-assistance service over its
// store, gate, log, agreements and federation. The gate's policy holds
// judicial.Guard (see Node.policy), so that the service is the only way
// law enforcement reaches data homed here from abroad.
func (n *Node) openJudicial(ctx context.Context, as *federation.Agreements) (*judicial.Service, error) {
	overdue := promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_judicial_overdue_total",
		Help: "Judicial-assistance cases held here whose answer became overdue (one alarm each)."})
	cfg := judicial.Config{
		Node: n.Config.Jurisdiction, NodeName: n.Config.Name, Origin: n.Log.Origin(),
		Store: n.DB.Judicial(), Gate: n.Gate, Ledger: n.Log, Key: n.key, Agreements: judicial.Signed{Agreements: as},
		Screen: pii.Screen{}, Logger: n.logger, OnAlarm: func(context.Context, *judicial.Case) { overdue.Inc() },
		Deadlines:    judicial.Deadlines{Emergency: n.Config.Judicial.Emergency, Standard: n.Config.Judicial.Standard},
		MaxOrderLife: n.Config.Judicial.MaxOrderLife,
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
