package node

import (
	"context"
	"os"
	"sync"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promauto"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/pii"
	"github.com/comity-project/comity/release"
)

// releaseWatch is the release monitor's state: its metric and the alarms
// already raised, so that each is raised once.
type releaseWatch struct {
	releaseAlarms *prometheus.CounterVec
	watchMu       sync.Mutex
	alarmed       map[string]bool
}

// openReleases builds vendor release transparency on the node's log: key
// events and releases are entries of its witnessed log, and a publication
// waits for a checkpoint with the witness quorum up to the merge delay
// plus one witness round.
func (n *Node) openReleases(m *federation.Manifest) (*release.Service, error) {
	n.releaseAlarms = promauto.With(n.registry).NewCounterVec(prometheus.CounterOpts{Name: "comity_release_alarms_total",
		Help: "Release monitor alarms, by kind: unannounced-release, foreign-key, unknown-key-event."}, []string{"kind"})
	n.alarmed = map[string]bool{}
	refused := promauto.With(n.registry).NewCounterVec(prometheus.CounterOpts{Name: "comity_release_refusals_total",
		Help: "Release publications refused after authentication, by reason (key, re-tag)."}, []string{"reason"})
	cfg := release.Config{NodeName: n.Config.Name, Home: n.Config.Jurisdiction, Ledger: n.Log,
		// The receipts come from the node's own store: no need to verify them again.
		Prove: func(ctx context.Context, r *comity.Receipt) (*ledger.Proof, error) {
			return n.Log.ProveEntry(ctx, r.Index, r.EntryHash)
		},

		Checkpoint: n.Log.Checkpoint, Origin: n.Log.Origin(), Store: n.DB.Vendors(), Screen: pii.Screen{},
		BundleWait: n.Log.MaxMergeDelay() + ledger.DefaultWitnessTimeout, LogKey: n.Log.VerifierKey(),
		OnRefusal: func(reason string) { refused.WithLabelValues(reason).Inc() },
		OnSupport: n.supportChanged}
	if m != nil {
		raw, err := os.ReadFile(n.Config.Manifest)
		if err != nil {
			return nil, err
		}
		cfg.Manifest = raw
		if self, _ := m.Node(n.Config.Name); self != nil {
			cfg.LogURL = self.URL + "/log"
		}
	}
	return release.NewService(cfg), nil
}
