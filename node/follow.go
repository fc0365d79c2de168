package node

import (
	"context"
	"crypto/ed25519"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"golang.org/x/mod/sumdb/note"

	"github.com/comity-project/comity/advisory"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
)

// followAdvisories polls every other member node for the advisories its
// vendors published, and the support periods they declared for their
// releases, until ctx is done: advisories are public, and
// matching happens where the customers' SBOMs are. Each new revision is
// taken in only once its publication entry is proved to be in the
// publishing node's log (the receipt's signature under the node key in the
// manifest, and an inclusion proof to that log's signed checkpoint), and
// its document hashes to the digest that entry holds.
func (n *Node) followAdvisories(ctx context.Context, every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		m := n.Peers.Manifest()
		for _, mem := range m.Members {
			for _, peer := range mem.Nodes {
				if peer.Name == n.Config.Name {
					continue
				}
				if err := n.followNode(ctx, peer.Name, ed25519.PublicKey(peer.PublicKey)); err != nil && ctx.Err() == nil {
					n.logger.Debug("following advisories", "peer", peer.Name, "err", err)
				}
				if err := n.followSupport(ctx, peer.Name, ed25519.PublicKey(peer.PublicKey)); err != nil && ctx.Err() == nil {
					n.logger.Debug("following support periods", "peer", peer.Name, "err", err)
				}
			}
		}
	}
}

func (n *Node) followNode(ctx context.Context, name string, key ed25519.PublicKey) error {
	hc, base, err := n.Peers.NodeClient(name)
	if err != nil {
		return err
	}
	var pubs []*advisory.Publication
	if err := getJSON(ctx, hc, base+"/v1/advisories", &pubs); err != nil {
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
	for _, p := range pubs {
		if p.Node != name || p.Receipt == nil {
			continue // the peer's own publications only, each from its source
		}
		if known, err := n.Advisories.Known(ctx, p.ID, p.Version); err != nil || known {
			if err != nil {
				return err
			}
			continue
		}
		inc, err := audit.CheckReceipt(ctx, audit.ReceiptConfig{URL: base + "/log/", Verifier: verifier,
			MaxMergeDelay: n.Log.MaxMergeDelay(), HTTPClient: hc}, p.Receipt)
		if errors.Is(err, audit.ErrNotYetPublished) {
			continue // next round
		} else if err != nil {
			return fmt.Errorf("advisory %s %s: %w", p.ID, p.Version, err)
		}
		entry, err := ledger.DecodeEntry(inc.Entry)
		if err != nil {
			return err
		}
		doc, err := getBody(ctx, hc, base+"/v1/advisories/"+url.PathEscape(p.ID)+"?version="+url.QueryEscape(p.Version))
		if err != nil {
			return err
		}
		notified, err := n.Advisories.Follow(ctx, p, doc, &entry.Entry)
		if err != nil {
			return err
		}
		n.logger.Info("followed advisory", "peer", name, "advisory", p.ID, "version", p.Version, "notified", notified)
	}
	return nil
}

func getBody(ctx context.Context, hc *http.Client, u string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, "GET", u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", u, resp.Status)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 64<<20))
}

func getJSON(ctx context.Context, hc *http.Client, u string, v any) error {
	b, err := getBody(ctx, hc, u)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
