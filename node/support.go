package node

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/release"
)

// followedSupport holds the support periods declared at the other member
// nodes, each proved on the declaring node's log. It is kept in memory:
// the peers' logs hold it, and it is fetched and proved again after a
// restart.
type followedSupport struct {
	mu sync.Mutex
	m  map[string]advisory.SupportPeriod // node + "#" + log index
}

// supportPeriods lists every support period this node knows: its own
// vendors' releases and those followed from the other member nodes.
func (n *Node) supportPeriods(ctx context.Context) ([]advisory.SupportPeriod, error) {
	recs, err := n.DB.Vendors().Releases(ctx, "")
	if err != nil {
		return nil, err
	}
	var out []advisory.SupportPeriod
	for _, r := range recs {
		out = append(out, periods(n.Config.Name, r)...)
	}
	n.support.mu.Lock()
	var followed []advisory.SupportPeriod
	for _, p := range n.support.m {
		followed = append(followed, p)
	}
	n.support.mu.Unlock()
	sort.Slice(followed, func(i, j int) bool {
		a, b := followed[i], followed[j]
		return a.Node < b.Node || a.Node == b.Node && a.LogIndex < b.LogIndex
	})
	return append(out, followed...), nil
}

func periods(node string, r *release.Record) []advisory.SupportPeriod {
	var out []advisory.SupportPeriod
	for _, d := range r.Support {
		until, err := release.ParseSupportUntil(d.Until)
		if err != nil {
			continue // not accepted when declared; cannot be here
		}
		out = append(out, advisory.SupportPeriod{PURL: r.PURL, Vendor: r.Vendor, Node: node, LogIndex: d.Index,
			Declared: d.Until, Until: until, ShortenedFrom: d.ShortenedFrom})
	}
	return out
}

// supportChanged looks, in the background, for the forced upgrades a new
// support declaration reveals (the periodic check would find them too,
// within a duty_check interval).
func (n *Node) supportChanged() {
	n.bg.goFunc(func(ctx context.Context) {
		ctx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if _, err := n.Advisories.CheckSupport(ctx); err != nil && ctx.Err() == nil {
			n.logger.Warn("checking support periods", "err", err)
		}
	})
}

// remedyWithin reads the home rulebook's deadline for a remedy inside a
// declared support period; unreadable is logged and read as none.
func (n *Node) remedyWithin() time.Duration {
	rb := n.Rulebooks.Engine().Rulebook(n.Config.Jurisdiction)
	if rb == nil {
		return 0
	}
	raw, ok := rb.Bundle.Params[advisory.ParamRemedyWithin]
	if !ok {
		return 0
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		n.logger.Warn("home rulebook's remedy deadline unreadable", "err", err)
		return 0
	}
	d, err := advisory.ParseRemedyWithin(s)
	if err != nil {
		n.logger.Warn("home rulebook's remedy deadline unreadable", "err", err)
		return 0
	}
	return d
}

// followSupport takes in the support periods a peer's vendors declared:
// each declaration is kept once its entry is proved in the peer's log and
// is that declaration (release.CheckDeclaration).
func (n *Node) followSupport(ctx context.Context, name string, key ed25519.PublicKey) error {
	hc, base, err := n.Peers.NodeClient(name)
	if err != nil {
		return err
	}
	var recs []*release.Record
	if err := getJSON(ctx, hc, base+"/v1/releases", &recs); err != nil {
		return err
	}
	vkey, err := note.NewEd25519VerifierKey(name, key)
	if err != nil {
		return err
	}
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		return err
	}
	added := false
	defer func() {
		if added {
			n.supportChanged()
		}
	}()
	for _, r := range recs {
		for i := range r.Support {
			d := &r.Support[i]
			k := fmt.Sprintf("%s#%d", name, d.Index)
			n.support.mu.Lock()
			_, known := n.support.m[k]
			n.support.mu.Unlock()
			if known || d.Receipt == nil || d.Receipt.Index != d.Index {
				continue
			}
			inc, err := audit.CheckReceipt(ctx, audit.ReceiptConfig{URL: base + "/log/", Verifier: verifier,
				MaxMergeDelay: n.Log.MaxMergeDelay(), HTTPClient: hc}, d.Receipt)
			if errors.Is(err, audit.ErrNotYetPublished) {
				continue // next round
			} else if err != nil {
				return fmt.Errorf("support of %s: %w", r.PURL, err)
			}
			e, err := release.ParseLogEntry(inc.Entry)
			if err != nil {
				return err
			}
			if e.Node != name || e.Vendor != r.Vendor {
				return fmt.Errorf("support of %s at entry %d: the entry is not %s's of %s", r.PURL, d.Index, name, r.Vendor)
			}
			if err := release.CheckDeclaration(r, d, e); err != nil {
				return err
			}
			for _, p := range periods(name, &release.Record{PURL: r.PURL, Vendor: r.Vendor, Support: []release.Declaration{*d}}) {
				n.support.mu.Lock()
				n.support.m[k] = p
				n.support.mu.Unlock()
				added = true
				n.logger.Info("followed support period", "peer", name, "purl", r.PURL, "until", p.Declared, "shortened_from", p.ShortenedFrom)
			}
		}
	}
	return nil
}
