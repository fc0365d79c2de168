package node

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
)

// membership is the node's place in its federation: the chain of manifests
// it has accepted and the move to the next one while it runs. A new
// manifest goes verify -> log -> keep (fsynced) -> take effect, in that
// order, in UpdateManifest; the node then hands it to its peers, and peers
// that hear of a newer serial fetch it (see PeerSerial).
type membership struct {
	n     *Node
	chain *federation.Chain

	mu       sync.Mutex                          // serialises updates
	departed atomic.Pointer[federation.Manifest] // set once a manifest no longer lists this node
	fetching sync.Mutex                          // one fetch from peers at a time

	triedMu sync.Mutex
	tried   map[string]time.Time // "peer serial" -> last fetch, so that a peer cannot make this node fetch (and log) the same refusal on every request
}

// refetchAfter is how soon a node asks a peer again for the same serial.
const refetchAfter = time.Minute

var _ comityhttp.Federation = (*membership)(nil)

// Manifest implements comityhttp.Federation: the manifest the node runs on.
func (f *membership) Manifest() *federation.Manifest {
	if d := f.departed.Load(); d != nil {
		return d
	}
	return f.n.Peers.Manifest()
}

// Accepted implements comityhttp.Federation.
func (f *membership) Accepted(serial uint64) (*federation.Manifest, error) {
	m, err := f.chain.Get(serial)
	if err != nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "this node never accepted a manifest with serial %d", serial)
	}
	return m, nil
}

// UpdateManifest implements comityhttp.Federation.
func (f *membership) UpdateManifest(ctx context.Context, by *comity.Principal, data []byte) (*comityhttp.ManifestInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	cur := f.Manifest()
	err := comity.CheckJSON(data) // as strict from a peer as from the API
	var next *federation.Manifest
	if err == nil {
		next, err = federation.ParseManifest(data)
	}
	if err != nil {
		sum := sha256.Sum256(data) // what was refused, for the record
		if lerr := f.log(ctx, by, "live, sha256 "+hex.EncodeToString(sum[:]), cur, nil, err); lerr != nil {
			return nil, lerr
		}
		return nil, err
	}
	if next.Serial == cur.Serial {
		if same, _ := federation.SameManifest(cur, next); same {
			return f.info(next, 0), nil // already current: nothing to log
		}
	}
	err = federation.VerifySuccessor(cur, next)
	if err == nil {
		err = f.checkSelf(next)
	}
	if lerr := f.log(ctx, by, "live", cur, next, err); lerr != nil {
		return nil, lerr
	}
	if err != nil {
		return nil, err
	}
	if err := f.chain.Put(next); err != nil {
		return nil, err
	}
	f.apply(ctx, cur, next, data)
	return f.info(next, cur.Serial), nil
}

// checkSelf refuses a manifest that lists this node under another key or
// state: the node could not take part in that federation. (A manifest that
// no longer lists it at all is its state's departure.)
func (f *membership) checkSelf(m *federation.Manifest) error {
	cfg := f.n.Config
	self, j := m.Node(cfg.Name)
	if self == nil {
		return nil
	}
	if j != cfg.Jurisdiction || !ed25519.PublicKey(self.PublicKey).Equal(f.n.key.Public()) {
		return comity.Errorf(comity.EINVALID, "manifest serial %d lists node %s in %s with another key: a replaced node starts with its own data directory", m.Serial, cfg.Name, j)
	}
	return nil
}

// apply takes an accepted manifest into effect: peers and their TLS
// identities, the authority keys its rulebooks verify with, the logs this
// node witnesses and the witnesses of its own log; and hands it (data) to
// the other nodes it lists. A manifest that no longer lists this node ends
// its membership: the gate releases nothing more, the log stays served for
// audit.
func (f *membership) apply(ctx context.Context, cur, next *federation.Manifest, data []byte) {
	n := f.n
	if self, _ := next.Node(n.Config.Name); self == nil {
		f.departed.Store(next)
		n.logger.Warn("this node is not in the new federation manifest: it serves no more records", "serial", next.Serial)
		// Former peers no longer witness this log: it goes on publishing
		// under its own signature alone, so that it stays auditable.
		// They will not cosign what is pending: do not wait long for them.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
		defer cancel()
		if err := n.Log.SetWitnesses(ctx, nil, 0, nil); err != nil {
			n.logger.Error("departure: witnesses of this log", "err", err)
		}
		return
	}
	if err := n.Peers.SetManifest(next); err != nil { // checked by checkSelf
		n.logger.Error("apply manifest", "serial", next.Serial, "err", err)
		return
	}
	f.departed.Store(nil) // listed again
	// Tell the others first: while this log moves to its new witnesses,
	// they move too.
	go f.announce(next, data)
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
	n.logger.Info("federation manifest applied", "serial", next.Serial, "previous", cur.Serial)
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

// announce hands an accepted manifest to every other node it lists; each
// verifies it for itself. Nodes that miss it learn of it from the serial
// header of later traffic.
func (f *membership) announce(m *federation.Manifest, data []byte) {
	n := f.n
	for _, mem := range m.Members {
		for _, node := range mem.Nodes {
			if node.Name == n.Config.Name {
				continue
			}
			if err := f.post(node.Name, data); err != nil {
				n.logger.Warn("announce manifest", "serial", m.Serial, "peer", node.Name, "err", err)
			}
		}
	}
}

func (f *membership) post(peer string, data []byte) error {
	c, base, err := f.n.Peers.NodeClient(peer)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", base+"/v1/federation/manifest", bytes.NewReader(data))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(io.LimitReader(resp.Body, 2048))
		return fmt.Errorf("HTTP %d: %s", resp.StatusCode, strings.TrimSpace(string(b)))
	}
	return nil
}

// PeerSerial implements comityhttp.Federation.
func (f *membership) PeerSerial(peer string, serial uint64) error {
	cur := f.Manifest()
	switch {
	case serial < cur.Serial:
		digest, _ := federation.Digest(cur)
		return comity.Errorf(comity.ESTALE,
			"node %s runs on federation manifest serial %d, but %s is on serial %d (digest %s): fetch it with GET /v1/federation/manifest and try again",
			peer, serial, cur.Federation, cur.Serial, digest).With("manifest_serial", cur.Serial).With("peer_serial", serial)
	case serial > cur.Serial:
		f.fetchFrom(peer, serial)
	}
	return nil
}

// fetchFrom fetches, in the background, the manifest a peer runs on (and,
// if that is not a direct successor of ours, each serial in between) and
// takes it as UpdateManifest does. One fetch runs at a time; a missed one
// is retried on the next traffic that shows the newer serial, the same
// peer and serial at most once a minute.
func (f *membership) fetchFrom(peer string, serial uint64) {
	key, now := peer+" "+strconv.FormatUint(serial, 10), time.Now()
	f.triedMu.Lock()
	if f.tried == nil || len(f.tried) > 1024 {
		f.tried = map[string]time.Time{}
	}
	last, seen := f.tried[key]
	f.triedMu.Unlock()
	if seen && now.Sub(last) < refetchAfter {
		return
	}
	if !f.fetching.TryLock() {
		return
	}
	f.triedMu.Lock()
	f.tried[key] = now
	f.triedMu.Unlock()
	started := f.n.bg.goFunc(func(ctx context.Context) {
		defer f.fetching.Unlock()
		n := f.n
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		_, j := n.Peers.Manifest().Node(peer)
		by := &comity.Principal{ID: "node:" + peer, Organisation: peer, Jurisdiction: j, Roles: []comity.Role{comity.RolePeer}}
		data, err := f.get(ctx, peer, 0)
		if err == nil {
			_, err = f.UpdateManifest(ctx, by, data)
		}
		if err != nil && f.Manifest().Serial+1 < serial {
			// Not a direct successor: walk the chain the peer accepted.
			err = nil
			for s := f.Manifest().Serial + 1; s <= serial && err == nil; s++ {
				if data, err = f.get(ctx, peer, s); err == nil {
					_, err = f.UpdateManifest(ctx, by, data)
				}
			}
		}
		if err != nil {
			n.logger.Warn("fetch newer manifest", "peer", peer, "serial", serial, "err", err)
		}
	})
	if !started {
		f.fetching.Unlock() // the node is closing
	}
}

func (f *membership) get(ctx context.Context, peer string, serial uint64) ([]byte, error) {
	c, base, err := f.n.Peers.NodeClient(peer)
	if err != nil {
		return nil, err
	}
	u := base + "/v1/federation/manifest"
	if serial > 0 {
		u += "?serial=" + strconv.FormatUint(serial, 10)
	}
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, federation.MaxManifestSize+1))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: HTTP %d", u, resp.StatusCode)
	}
	return data, nil
}

// log writes one manifest, accepted or refused, to the ledger: its serial,
// digest and signers, the serial it replaces, and the reason if refused.
func (f *membership) log(ctx context.Context, by *comity.Principal, source string, cur, next *federation.Manifest, failure error) error {
	n := f.n
	e := &comity.Entry{Kind: comity.EntryMembership, Time: comity.Now(), Node: n.Config.Name, Outcome: comity.Allow, Detail: map[string]string{}}
	if by != nil {
		e.Requester, e.RequesterIn = by.Organisation, by.Jurisdiction
	}
	if source != "" {
		e.Detail["source"] = source
	}
	if cur != nil {
		e.Detail["previous_serial"] = strconv.FormatUint(cur.Serial, 10)
		e.Detail["previous_digest"], _ = federation.Digest(cur)
	}
	if next != nil {
		e.Detail["federation"] = next.Federation
		e.Detail["serial"] = strconv.FormatUint(next.Serial, 10)
		e.Detail["digest"], _ = federation.Digest(next)
		e.Detail["signed_by"] = joinJ(federation.Signers(next))
		e.Detail["members"] = joinJ(next.Jurisdictions())
	}
	if failure != nil {
		e.Outcome = comity.Deny
		e.Detail["reason"] = comity.ErrorMessage(failure)
	}
	// A membership change may be what ends a suspension (witnesses that
	// left for good), so it is logged even while the log is suspended.
	_, err := n.Log.Commit(ledger.EvenIfSuspended(ctx), e)
	return err
}

func (f *membership) info(m *federation.Manifest, previous uint64) *comityhttp.ManifestInfo {
	d, _ := federation.Digest(m)
	self, _ := m.Node(f.n.Config.Name)
	return &comityhttp.ManifestInfo{Federation: m.Federation, Serial: m.Serial, Digest: d, SignedBy: federation.Signers(m),
		Members: m.Jurisdictions(), Previous: previous, Departed: self == nil}
}

func joinJ(js []comity.Jurisdiction) string {
	s := make([]string, len(js))
	for i, j := range js {
		s[i] = string(j)
	}
	slices.Sort(s)
	return strings.Join(s, ",")
}

// departedPolicy refuses every release once a manifest no longer lists this
// node: its state left (data homed there is no longer served by anyone), or
// the node was replaced or removed.
type departedPolicy struct {
	next comity.Policy
	f    *membership
}

// ErrDeparted is the refusal of a node that a manifest no longer lists: its
// state left the federation, or the node was replaced or removed.
var ErrDeparted = errors.New("this node is no longer in the federation")

func (p departedPolicy) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	if m := p.f.departed.Load(); m != nil {
		msg := fmt.Sprintf("%s left federation %s with manifest serial %d: data homed there is no longer served; this node's log stays open for audit",
			node, m.Federation, m.Serial)
		if m.Member(node) != nil {
			msg = fmt.Sprintf("node %s is not in federation %s manifest serial %d (replaced or removed): it releases no more records; its log stays open for audit",
				p.f.n.Config.Name, m.Federation, m.Serial)
		}
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "%s", msg), ErrDeparted)
	}
	return p.next.Decide(ctx, node, req, records)
}
