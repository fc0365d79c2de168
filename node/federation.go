package node

import (
	"context"
	"crypto/ed25519"
	"crypto/tls"
	"crypto/x509"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
)

// joined is where a node stands in its federation at start-up.
type joined struct {
	chain *federation.Chain
	// manifest is the one the node runs on: the latest accepted that lists
	// it (the last one that listed it, once it departed).
	manifest *federation.Manifest
	// departed is the accepted manifest that no longer lists the node; nil
	// while it is a member.
	departed *federation.Manifest
	// adopted is set when the manifest file was newer than the chain, so
	// that the node took it at start-up: it is logged and kept (keep).
	adopted bool
}

// join reads the configured manifest, adopts it into the node's chain if it
// succeeds the accepted one, checks that it lists this node with its key in
// its state, and connects to the peers. nil without a manifest.
func (n *Node) join(cert tls.Certificate, roots *x509.CertPool) (*joined, error) {
	cfg := n.Config
	if cfg.Manifest == "" {
		return nil, nil
	}
	offered, err := federation.LoadManifest(cfg.Manifest)
	if err != nil {
		return nil, err
	}
	j := &joined{}
	if j.chain, err = federation.OpenChain(filepath.Join(cfg.DataDir, "manifests")); err != nil {
		return nil, err
	}
	m, adopted, err := j.chain.Adopt(offered, cfg.Jurisdiction)
	if err != nil {
		return nil, fmt.Errorf("federation manifest %s: %w", cfg.Manifest, err)
	}
	j.manifest, j.adopted = m, adopted
	if m.Serial > offered.Serial {
		n.logger.Info("the manifest file is older than the manifest this node accepted; running on the accepted one",
			"file_serial", offered.Serial, "serial", m.Serial)
	}
	self, in := m.Node(cfg.Name)
	if self == nil {
		// No longer a member (its state left, or it was replaced): run on
		// the last manifest that listed it, releasing nothing, so that its
		// log stays served for audit.
		last, err := j.chain.LatestListing(cfg.Name)
		if err != nil {
			return nil, err
		}
		if last == nil {
			return nil, comity.Errorf(comity.EINVALID, "federation manifest serial %d lists no node %s in %s", m.Serial, cfg.Name, cfg.Jurisdiction)
		}
		j.departed, j.manifest = m, last
		self, in = last.Node(cfg.Name)
	}
	if in != cfg.Jurisdiction {
		return nil, comity.Errorf(comity.EINVALID, "federation manifest serial %d lists node %s in %s, not %s", j.manifest.Serial, cfg.Name, in, cfg.Jurisdiction)
	}
	if !ed25519.PublicKey(self.PublicKey).Equal(n.key.Public()) {
		return nil, comity.Errorf(comity.EINVALID, "the manifest's key for %s is not this node's key", cfg.Name)
	}
	n.Peers, err = federation.NewPeers(federation.PeersConfig{Manifest: j.manifest, Certificate: cert, Roots: roots, Self: cfg.Name,
		OnNewer: func(peer string, serial uint64) {
			if f := n.fed; f != nil { // nil only while the node opens
				f.FetchFrom(peer, serial)
			}
		}})
	if err != nil {
		return nil, err
	}
	return j, nil
}

// membership builds the node's federation membership once its log is open.
func (n *Node) membership(j *joined) {
	n.fed = federation.NewMembership(federation.MembershipConfig{Chain: j.chain, Peers: n.Peers,
		Name: n.Config.Name, Jurisdiction: n.Config.Jurisdiction, Key: n.key.Public().(ed25519.PublicKey),
		Ledger: n.Log, Logger: n.logger, Apply: n.applyManifest, Depart: n.depart, Go: n.bg.goFunc}, j.departed)
}

// keepAdopted logs and keeps a manifest adopted at start-up (see joined).
func (n *Node) keepAdopted(ctx context.Context, j *joined) error {
	if j == nil || !j.adopted {
		return nil
	}
	accepted, prev := j.manifest, (*federation.Manifest)(nil)
	if j.departed != nil {
		accepted, prev = j.departed, j.manifest
	}
	return n.fed.KeepAdopted(ctx, prev, accepted)
}

// applyManifest takes an accepted manifest that lists this node into
// effect in the node's parts (federation.MembershipConfig.Apply): the
// authority keys its rulebooks verify with, the logs this node witnesses
// and the witnesses of its own log.
func (n *Node) applyManifest(ctx context.Context, cur, next *federation.Manifest) {
	n.Rulebooks.SetKeys(next.KeysByRole(comity.RoleDPA), next.KeysByRole(comity.RoleCentralAuthority), next.BaselineQuorum)
	if n.Witness != nil {
		logs, err := witnessLogs(next, n.Config.Jurisdiction)
		if err == nil {
			n.Witness.SetLogs(logs)
		} else {
			n.logger.Error("apply manifest: witnessed logs", "serial", next.Serial, "err", err)
		}
	}
	if witnessPolicy(cur, n.Config.Name) != witnessPolicy(next, n.Config.Name) {
		// The old policy publishes what it receipted, then the new one
		// takes over; bounded so that a missing witness cannot hang the
		// update (the entries are durable and published later).
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), n.Log.MaxMergeDelay()+15*time.Second)
		defer cancel()
		ws, hc, err := n.witnesses(next)
		if err == nil {
			err = n.Log.SetWitnesses(ctx, ws, next.Witness.Threshold, hc)
		}
		if err != nil {
			n.logger.Error("apply manifest: witnesses of this log", "serial", next.Serial, "err", err)
		}
	}
}

// depart is the node's side of a manifest that no longer lists it
// (federation.MembershipConfig.Depart): former peers no longer witness this
// log, so it goes on publishing under its own signature alone and stays
// auditable.
func (n *Node) depart(ctx context.Context) {
	// They will not cosign what is pending: do not wait long for them.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	if err := n.Log.SetWitnesses(ctx, nil, 0, nil); err != nil {
		n.logger.Error("departure: witnesses of this log", "err", err)
	}
}

// witnessPolicy summarises who witnesses the log of node name under m and
// how many must, to tell whether a manifest changes it.
func witnessPolicy(m *federation.Manifest, name string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d", m.Witness.Threshold)
	for _, w := range m.Witnesses(name) {
		fmt.Fprintf(&b, "|%s %s %s", w.Name, w.URL, w.PublicKey)
	}
	return b.String()
}
