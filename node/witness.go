package node

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	tclient "github.com/transparency-dev/tessera/client"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/witness"
)

// witnessName is the name under which a node cosigns other members' logs.
func witnessName(node string) string { return witness.NodeName(node) }

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
		Prove:  n.proveFromTiles,
		OnAlarm: func(ctx context.Context, a witness.Alarm) {
			n.alarms.Inc()
			sum := sha256.Sum256(a.Evidence)
			n.record(ctx, "witness-alarm", map[string]string{"origin": a.Origin, "kind": a.Kind, "reason": a.Reason,
				"evidence_sha256": hex.EncodeToString(sum[:])})
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

// proveFromTiles fetches a consistency proof between two sizes of the log
// origin (a peer node's name) from that node's published tiles.
func (n *Node) proveFromTiles(ctx context.Context, origin string, smaller, larger uint64) ([][]byte, error) {
	hc, base, err := n.Peers.NodeClient(origin)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(base + "/log/")
	if err != nil {
		return nil, err
	}
	f, err := tclient.NewHTTPFetcher(u, hc)
	if err != nil {
		return nil, err
	}
	pb, err := tclient.NewProofBuilder(ctx, larger, f.ReadTile)
	if err != nil {
		return nil, err
	}
	return pb.ConsistencyProof(ctx, smaller, larger)
}

// onWitnessRefusal hears every refusal of this log's witnesses. A witness
// that claims a size this log never reached, or holds another tree, is
// proof that someone with this node's key showed it another history: an
// alarm, an error log and an entry on this node's own log, whatever the
// other witnesses said. Other refusals are warnings.
func (n *Node) onWitnessRefusal(ctx context.Context, r ledger.WitnessRefusal) {
	if !r.SplitView {
		n.refusals.Inc()
		n.logger.WarnContext(ctx, "witness refused this log's checkpoint", "witness", r.Witness, "status", r.Status, "reason", r.Reason)
		return
	}
	n.splitViews.Inc()
	n.logger.ErrorContext(ctx, "SPLIT VIEW: a witness holds a history of this log that this log does not have",
		"witness", r.Witness, "witness_size", r.WitnessSize, "log_size", r.LogSize, "reason", r.Reason)
	n.record(ctx, "split-view", map[string]string{"witness": r.Witness, "status": strconv.Itoa(r.Status),
		"witness_size": strconv.FormatUint(r.WitnessSize, 10), "log_size": strconv.FormatUint(r.LogSize, 10), "reason": r.Reason})
}

// record writes an alarm to the node's own log, in the background (it is
// called from the log's and the witness's request paths).
func (n *Node) record(ctx context.Context, kind string, detail map[string]string) {
	e := &comity.Entry{Kind: comity.EntryKind(kind), Time: comity.Now(), Node: n.Config.Name, Detail: detail}
	// Owned by n.bg, so that Close waits for it before closing the log;
	// detached from the close, since an alarm should still be logged.
	started := n.bg.goFunc(func(context.Context) {
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		if n.Log == nil {
			return
		}
		if _, err := n.Log.Commit(ctx, e); err != nil {
			n.logger.ErrorContext(ctx, "cannot log an alarm", "kind", kind, "err", err)
		}
	})
	if !started {
		n.logger.ErrorContext(ctx, "cannot log an alarm: the node is closing", "kind", kind)
	}
}

// compareNotes makes this node's witness compare notes every interval
// (over the members of the manifest the node runs on at the time):
// for each log it witnesses, it fetches the checkpoint the log publishes
// and the cosigned checkpoints the log's other witnesses hold, and checks
// each against its own (witness.CrossCheck), which alarms on a fork.
func (n *Node) compareNotes(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if n.fed.Departed() != nil {
			return // no longer a member: no one's notes to compare
		}
		m := n.Peers.Manifest() // the manifest the node runs on now
		for _, mem := range m.Members {
			if mem.Jurisdiction == n.Config.Jurisdiction {
				continue
			}
			for _, peer := range mem.Nodes {
				n.compareLog(ctx, m, peer.Name)
			}
		}
	}
}

func (n *Node) compareLog(ctx context.Context, m *federation.Manifest, origin string) {
	sources := map[string]string{origin + " (published)": "/log/checkpoint"} // node -> path
	for _, w := range m.Witnesses(origin) {
		if w.Name != n.Config.Name {
			sources[w.Name] = "/witness/checkpoint?origin=" + url.QueryEscape(origin)
		}
	}
	for source, path := range sources {
		name, _, _ := strings.Cut(source, " ")
		cp, err := n.fetchPeer(ctx, name, path)
		if err != nil {
			n.logger.DebugContext(ctx, "compare notes: fetch", "log", origin, "from", source, "err", err)
			continue
		}
		switch err := n.Witness.CrossCheck(ctx, origin, source, cp); {
		case err == nil, errors.Is(err, witness.ErrSplitView): // alarmed by the witness
		case errors.Is(err, witness.ErrUnproven):
			// A witness ahead of the log's tiles may be one that a fork was
			// shown to; say so once per claim, and check again next round.
			claim := origin + "\n" + source + "\n" + strings.SplitN(string(cp), "\n", 3)[1]
			if _, seen := n.unproven.LoadOrStore(claim, true); !seen {
				n.logger.WarnContext(ctx, "compare notes: a checkpoint the log's tiles cannot prove consistent yet", "log", origin, "from", source, "err", err)
			}
		default:
			n.logger.WarnContext(ctx, "compare notes", "log", origin, "from", source, "err", err)
		}
	}
}

// fetchPeer GETs path from the node named name over mutual TLS; a 404 (a
// witness that holds nothing yet) is an error like any other.
func (n *Node) fetchPeer(ctx context.Context, name, path string) ([]byte, error) {
	hc, base, err := n.Peers.NodeClient(name)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", path, resp.Status)
	}
	return b, nil
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
