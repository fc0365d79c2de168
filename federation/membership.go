package federation

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
)

// Membership is a node's place in its federation: the chain of manifests
// it has accepted and the move to the next one while it runs. A new
// manifest goes verify -> log -> keep (fsynced) -> take effect, in that
// order, in UpdateManifest; the node then hands it to its peers, and peers
// that hear of a newer serial fetch it (see PeerSerial).
type Membership struct {
	cfg MembershipConfig

	mu       sync.Mutex               // serialises updates
	departed atomic.Pointer[Manifest] // set once a manifest no longer lists this node
	fetching sync.Mutex               // one fetch from peers at a time

	triedMu sync.Mutex
	tried   map[string]time.Time // "peer serial" -> last fetch, so that a peer cannot make this node fetch (and log) the same refusal on every request
}

// MembershipConfig is what NewMembership needs.
type MembershipConfig struct {
	Chain *Chain
	Peers *Peers
	// Name, Jurisdiction and Key are this node's, as manifests must list it.
	Name         string
	Jurisdiction comity.Jurisdiction
	Key          ed25519.PublicKey
	// Ledger logs every manifest, accepted or refused.
	Ledger comity.Ledger
	Logger *slog.Logger
	// Apply takes an accepted manifest that lists this node into effect
	// beyond its peers (which Membership updates itself): the rulebooks'
	// authority keys, the logs this node witnesses, the witnesses of its
	// own log. It is called after the manifest is logged and kept.
	Apply func(ctx context.Context, cur, next *Manifest)
	// Depart is called when an accepted manifest no longer lists this
	// node: its log goes on alone, for audit.
	Depart func(ctx context.Context)
	// Go runs a fetch from peers (FetchFrom) in the background under the
	// node's ownership, which cancels ctx and waits for it on close, and
	// reports whether it was started (not once the node is closing). Nil:
	// a goroutine of its own, which nothing waits for.
	Go func(fn func(ctx context.Context)) bool
}

// NewMembership returns the membership of a node that runs on cfg.Peers'
// manifest; departed is the accepted manifest that no longer lists it, or
// nil while it is a member.
func NewMembership(cfg MembershipConfig, departed *Manifest) *Membership {
	f := &Membership{cfg: cfg}
	f.departed.Store(departed)
	return f
}

// KeepAdopted logs and keeps the manifest accepted that the node adopted
// at start-up (Chain.Adopt verified it), in place of prev: verify -> log ->
// keep -> run on it.
func (f *Membership) KeepAdopted(ctx context.Context, prev, accepted *Manifest) error {
	by := &comity.Principal{Organisation: f.cfg.Name, Jurisdiction: f.cfg.Jurisdiction}
	if err := f.log(ctx, by, "start-up", prev, accepted, nil); err != nil {
		return err
	}
	return f.cfg.Chain.Put(accepted)
}

// Departed returns the accepted manifest that no longer lists this node,
// or nil while it is a member.
func (f *Membership) Departed() *Manifest { return f.departed.Load() }

// ManifestInfo describes a manifest a node accepted.
type ManifestInfo struct {
	Federation string                `json:"federation"`
	Serial     uint64                `json:"serial"`
	Digest     string                `json:"digest"`
	SignedBy   []comity.Jurisdiction `json:"signed_by"`
	Members    []comity.Jurisdiction `json:"members"`
	// Previous is the serial the node ran on before (0 if unchanged).
	Previous uint64 `json:"previous,omitempty"`
	// Departed is set when the manifest no longer lists this node's state:
	// the node serves no more records, only its log.
	Departed bool `json:"departed,omitempty"`
}

// refetchAfter is how soon a node asks a peer again for the same serial.
const refetchAfter = time.Minute

// Manifest returns the manifest the node runs on: the accepted one that
// no longer lists it once it departed, the peers' otherwise.
func (f *Membership) Manifest() *Manifest {
	if d := f.departed.Load(); d != nil {
		return d
	}
	return f.cfg.Peers.Manifest()
}

// Accepted implements http.Federation.
func (f *Membership) Accepted(serial uint64) (*Manifest, error) {
	m, err := f.cfg.Chain.Get(serial)
	if err != nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "this node never accepted a manifest with serial %d", serial)
	}
	return m, nil
}

// UpdateManifest implements http.Federation.
func (f *Membership) UpdateManifest(ctx context.Context, by *comity.Principal, data []byte) (*ManifestInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	cur := f.Manifest()
	err := comity.CheckJSON(data) // as strict from a peer as from the API
	var next *Manifest
	if err == nil {
		next, err = ParseManifest(data)
	}
	if err != nil {
		sum := sha256.Sum256(data) // what was refused, for the record
		if lerr := f.log(ctx, by, "live, sha256 "+hex.EncodeToString(sum[:]), cur, nil, err); lerr != nil {
			return nil, lerr
		}
		return nil, err
	}
	if next.Serial == cur.Serial {
		if same, _ := SameManifest(cur, next); same {
			return f.info(next, 0), nil // already current: nothing to log
		}
	}
	err = VerifySuccessor(cur, next)
	if err == nil {
		err = f.checkSelf(next)
	}
	if lerr := f.log(ctx, by, "live", cur, next, err); lerr != nil {
		return nil, lerr
	}
	if err != nil {
		return nil, err
	}
	if err := f.cfg.Chain.Put(next); err != nil {
		return nil, err
	}
	f.apply(ctx, cur, next, data)
	return f.info(next, cur.Serial), nil
}

// checkSelf refuses a manifest that lists this node under another key or
// state: the node could not take part in that  (A manifest that
// no longer lists it at all is its state's departure.)
func (f *Membership) checkSelf(m *Manifest) error {
	cfg := f.cfg
	self, j := m.Node(cfg.Name)
	if self == nil {
		return nil
	}
	if j != cfg.Jurisdiction || !ed25519.PublicKey(self.PublicKey).Equal(cfg.Key) {
		return comity.Errorf(comity.EINVALID, "manifest serial %d lists node %s in %s with another key: a replaced node starts with its own data directory", m.Serial, cfg.Name, j)
	}
	return nil
}

// apply takes an accepted manifest into effect: peers and their TLS
// identities here, the rest through cfg.Apply; and hands it (data) to the
// other nodes it lists. A manifest that no longer lists this node ends its
// membership: the gate releases nothing more (see Policy), the log stays
// served for audit (cfg.Depart).
func (f *Membership) apply(ctx context.Context, cur, next *Manifest, data []byte) {
	cfg := f.cfg
	if self, _ := next.Node(cfg.Name); self == nil {
		f.departed.Store(next)
		cfg.Logger.Warn("this node is not in the new federation manifest: it serves no more records", "serial", next.Serial)
		if cfg.Depart != nil {
			cfg.Depart(ctx)
		}
		return
	}
	if err := cfg.Peers.SetManifest(next); err != nil { // checked by checkSelf
		cfg.Logger.Error("apply manifest", "serial", next.Serial, "err", err)
		return
	}
	f.departed.Store(nil) // listed again
	// Tell the others first: while this log moves to its new witnesses,
	// they move too.
	go f.announce(next, data)
	if cfg.Apply != nil {
		cfg.Apply(ctx, cur, next)
	}
	cfg.Logger.Info("federation manifest applied", "serial", next.Serial, "previous", cur.Serial)
}

// announce hands an accepted manifest to every other node it lists; each
// verifies it for itself. Nodes that miss it learn of it from the serial
// header of later traffic.
func (f *Membership) announce(m *Manifest, data []byte) {
	for _, mem := range m.Members {
		for _, node := range mem.Nodes {
			if node.Name == f.cfg.Name {
				continue
			}
			if err := f.post(node.Name, data); err != nil {
				f.cfg.Logger.Warn("announce manifest", "serial", m.Serial, "peer", node.Name, "err", err)
			}
		}
	}
}

func (f *Membership) post(peer string, data []byte) error {
	c, base, err := f.cfg.Peers.NodeClient(peer)
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

// PeerSerial implements http.Federation.
func (f *Membership) PeerSerial(peer string, serial uint64) error {
	cur := f.Manifest()
	switch {
	case serial < cur.Serial:
		digest, _ := Digest(cur)
		return comity.Errorf(comity.ESTALE,
			"node %s runs on federation manifest serial %d, but %s is on serial %d (digest %s): fetch it with GET /v1/federation/manifest and try again",
			peer, serial, cur.Federation, cur.Serial, digest).With("manifest_serial", cur.Serial).With("peer_serial", serial)
	case serial > cur.Serial:
		f.FetchFrom(peer, serial)
	}
	return nil
}

// FetchFrom fetches, in the background, the manifest a peer runs on (and,
// if that is not a direct successor of ours, each serial in between) and
// takes it as UpdateManifest does. One fetch runs at a time; a missed one
// is retried on the next traffic that shows the newer serial, the same
// peer and serial at most once a minute.
func (f *Membership) FetchFrom(peer string, serial uint64) {
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
	run := f.cfg.Go
	if run == nil {
		run = func(fn func(context.Context)) bool { go fn(context.Background()); return true }
	}
	started := run(func(ctx context.Context) {
		defer f.fetching.Unlock()
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		_, j := f.cfg.Peers.Manifest().Node(peer)
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
			f.cfg.Logger.Warn("fetch newer manifest", "peer", peer, "serial", serial, "err", err)
		}
	})
	if !started {
		f.fetching.Unlock() // the node is closing
	}
}

func (f *Membership) get(ctx context.Context, peer string, serial uint64) ([]byte, error) {
	c, base, err := f.cfg.Peers.NodeClient(peer)
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
	data, err := io.ReadAll(io.LimitReader(resp.Body, MaxManifestSize+1))
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
func (f *Membership) log(ctx context.Context, by *comity.Principal, source string, cur, next *Manifest, failure error) error {
	e := &comity.Entry{Kind: comity.EntryMembership, Time: comity.Now(), Node: f.cfg.Name, Outcome: comity.Allow, Detail: map[string]string{}}
	if by != nil {
		e.Requester, e.RequesterIn = by.Organisation, by.Jurisdiction
	}
	if source != "" {
		e.Detail["source"] = source
	}
	if cur != nil {
		e.Detail["previous_serial"] = strconv.FormatUint(cur.Serial, 10)
		e.Detail["previous_digest"], _ = Digest(cur)
	}
	if next != nil {
		e.Detail["federation"] = next.Federation
		e.Detail["serial"] = strconv.FormatUint(next.Serial, 10)
		e.Detail["digest"], _ = Digest(next)
		e.Detail["signed_by"] = joinJ(Signers(next))
		e.Detail["members"] = joinJ(next.Jurisdictions())
	}
	if failure != nil {
		e.Outcome = comity.Deny
		e.Detail["reason"] = comity.ErrorMessage(failure)
	}
	// A membership change may be what ends a suspension (witnesses that
	// left for good), so it is logged even while the log is suspended.
	_, err := f.cfg.Ledger.Commit(ledger.EvenIfSuspended(ctx), e)
	return err
}

func (f *Membership) info(m *Manifest, previous uint64) *ManifestInfo {
	d, _ := Digest(m)
	self, _ := m.Node(f.cfg.Name)
	return &ManifestInfo{Federation: m.Federation, Serial: m.Serial, Digest: d, SignedBy: Signers(m),
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

// Policy wraps next so that it refuses every release once a manifest no
// longer lists this node: its state left (data homed there is no longer
// served by anyone), or the node was replaced or removed. A nil Membership
// (a node in no federation) returns next as it is.
func (f *Membership) Policy(next comity.Policy) comity.Policy {
	if f == nil {
		return next
	}
	return departedPolicy{next: next, f: f}
}

type departedPolicy struct {
	next comity.Policy
	f    *Membership
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
				p.f.cfg.Name, m.Federation, m.Serial)
		}
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "%s", msg), ErrDeparted)
	}
	return p.next.Decide(ctx, node, req, records)
}
