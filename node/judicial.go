package node

import (
	"context"
	"crypto/ed25519"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/pii"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"
)

// judicialAgreements gives the judicial service the node's signed
// agreements in force, with the deadlines they set.
type judicialAgreements struct{ a *agreements }

var _ judicial.AgreementSource = judicialAgreements{}

// Agreement implements judicial.AgreementSource.
func (j judicialAgreements) Agreement(_ context.Context, id string) (*judicial.Agreement, error) {
	j.a.mu.RLock()
	ag := j.a.byID[id]
	j.a.mu.RUnlock()
	if ag == nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s is known at this node", id)
	}
	if !ag.InForce(comity.Now()) {
		return nil, comity.Errorf(comity.ENOTFOUND, "agreement %s is not in force", id)
	}
	out := &judicial.Agreement{ID: ag.ID, Title: ag.Title, Parties: ag.Parties}
	// The federation validated the durations when the agreement was
	// published; an unparsable one falls back to the defaults.
	out.Emergency, _ = time.ParseDuration(ag.Emergency)
	out.Standard, _ = time.ParseDuration(ag.Standard)
	return out, nil
}

// openJudicial builds the node's judicial-assistance service over its
// store, gate, log, agreements and federation, and wraps the gate's policy
// in judicial.Guard so that the service is the only way law enforcement
// reaches data homed here from abroad.
func (n *Node) openJudicial(ctx context.Context, m *federation.Manifest, as *agreements) (*judicial.Service, error) {
	n.Gate.Policy = judicial.Guard{Policy: n.Gate.Policy}
	overdue := promauto.With(n.registry).NewCounter(prometheus.CounterOpts{Name: "comity_judicial_overdue_total",
		Help: "Judicial-assistance cases held here whose answer became overdue (one alarm each)."})
	cfg := judicial.Config{
		Node: n.Config.Jurisdiction, NodeName: n.Config.Name, Origin: n.Log.Origin(),
		Store: n.DB.Judicial(), Gate: n.Gate, Ledger: n.Log, Key: n.key, Agreements: judicialAgreements{as},
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
