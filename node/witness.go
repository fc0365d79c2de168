package node

import (
	"context"
	"crypto/ed25519"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/witness"
)

// witnessName is the name under which a node cosigns other members' logs.
func witnessName(node string) string { return node + "/witness" }

// openWitness makes the node a tlog-witness for the logs of every other
// member's nodes: it cosigns their checkpoints, with its own node key, once
// they are consistent with what it cosigned before, and alarms otherwise.
func (n *Node) openWitness(ctx context.Context, m *federation.Manifest) (*witness.Witness, error) {
	skey, _, err := witness.KeyFromEd25519(witnessName(n.Config.Name), n.key)
	if err != nil {
		return nil, err
	}
	logs, err := witnessLogs(m, n.Config.Jurisdiction)
	if err != nil {
		return nil, err
	}
	return witness.New(ctx, witness.Config{Dir: filepath.Join(n.Config.DataDir, "witness"), Key: skey, Logs: logs,
		Logger: n.logger.With("component", "witness"),
		OnAlarm: func(ctx context.Context, a witness.Alarm) {
			n.alarms.Inc()
		}})
}

// witnessLogs maps the log origin of every node of every member but home to
// the verifier of its checkpoints: the logs a node of home witnesses.
func witnessLogs(m *federation.Manifest, home comity.Jurisdiction) (map[string]note.Verifier, error) {
	logs := map[string]note.Verifier{}
	for _, mem := range m.Members {
		if mem.Jurisdiction == home {
			continue
		}
		for _, peer := range mem.Nodes {
			vkey, err := note.NewEd25519VerifierKey(peer.Name, ed25519.PublicKey(peer.PublicKey))
			if err != nil {
				return nil, err
			}
			if logs[peer.Name], err = note.NewVerifier(vkey); err != nil {
				return nil, err
			}
		}
	}
	return logs, nil
}

// witnesses returns clients for the witnesses of this node's log, as the
// manifest's witness policy names them, and one HTTP client that reaches
// each of them over mutual TLS, pinned to that witness's node key.
func (n *Node) witnesses(m *federation.Manifest) ([]witness.Client, *http.Client, error) {
	var out []witness.Client
	byHost := peerTransport{}
	for _, peer := range m.Witnesses(n.Config.Name) {
		vkey, err := witness.VerifierKey(witnessName(peer.Name), ed25519.PublicKey(peer.PublicKey))
		if err != nil {
			return nil, nil, err
		}
		c, err := witness.NewClient(peer.URL+"/witness", vkey)
		if err != nil {
			return nil, nil, fmt.Errorf("witness %s: %w", peer.Name, err)
		}
		hc, base, err := n.Peers.NodeClient(peer.Name)
		if err != nil {
			return nil, nil, err
		}
		u, err := url.Parse(base)
		if err != nil {
			return nil, nil, err
		}
		byHost[u.Host] = hc.Transport
		out = append(out, c)
	}
	if len(out) < m.Witness.Threshold {
		return nil, nil, comity.Errorf(comity.EINVALID, "the witness policy needs %d witnesses; the manifest names %d for %s",
			m.Witness.Threshold, len(out), n.Config.Name)
	}
	return out, &http.Client{Transport: byHost, Timeout: 10 * time.Second}, nil
}

// peerTransport sends each request with the transport pinned to the node
// at its host, so that one client reaches several peers, each verified.
type peerTransport map[string]http.RoundTripper

func (t peerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	rt, ok := t[r.URL.Host]
	if !ok {
		return nil, fmt.Errorf("%s is not a witness of this log", r.URL.Host)
	}
	return rt.RoundTrip(r)
}
