package node

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"golang.org/x/mod/sumdb/note"

	fnote "github.com/transparency-dev/formats/note"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/release"
)

// defaultWatchInterval is how often the release monitor looks at the logs.
const defaultWatchInterval = 5 * time.Minute

// watchReleases runs the release monitor until ctx is done.
func (n *Node) watchReleases(ctx context.Context) {
	every := n.Config.Releases.Interval
	if every <= 0 {
		every = defaultWatchInterval
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if _, err := n.CheckReleases(ctx); err != nil && ctx.Err() == nil {
			n.logger.Error("release monitor", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// CheckReleases runs one round of the release monitor over every watched
// vendor: it audits the vendor's home log (every tile and entry against a
// checkpoint with the witness quorum, consistent with the last round's),
// fetches the vendor's keys from its home node and its feed, and returns
// the alarms raised for the first time, each counted, logged and sent to
// the watch's webhook.
func (n *Node) CheckReleases(ctx context.Context) ([]release.Alarm, error) {
	var all []release.Alarm
	for _, w := range n.Config.Releases.Watch {
		alarms, err := n.checkVendor(ctx, w)
		if err != nil {
			return all, fmt.Errorf("watch %s (%s): %w", w.Vendor, w.Jurisdiction, err)
		}
		var fresh []release.Alarm
		n.watchMu.Lock()
		for _, a := range alarms {
			k := fmt.Sprintf("%s/%d/%s", a.Log, a.Index, a.Kind)
			if !n.alarmed[k] {
				n.alarmed[k] = true
				fresh = append(fresh, a)
			}
		}
		n.watchMu.Unlock()
		for _, a := range fresh {
			n.releaseAlarms.WithLabelValues(a.Kind).Inc()
			n.logger.Warn("release alarm", "kind", a.Kind, "vendor", a.Vendor, "log", a.Log, "index", a.Index,
				"purl", a.PURL, "keyid", a.KeyID, "reason", a.Reason)
		}
		if len(fresh) > 0 && w.Webhook != "" {
			n.postAlarms(ctx, w, fresh)
		}
		all = append(all, fresh...)
	}
	return all, nil
}

func (n *Node) checkVendor(ctx context.Context, w ReleaseWatch) ([]release.Alarm, error) {
	if n.Peers == nil || n.Releases == nil {
		return nil, comity.Errorf(comity.EINVALID, "the release monitor needs a federation")
	}
	trust, err := n.vendorTrust(ctx, w.Jurisdiction)
	if err != nil {
		return nil, err
	}
	feed, err := n.readFeed(ctx, w.Feed)
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	var out []release.Alarm
	for _, l := range trust.Logs(w.Jurisdiction) {
		rep, err := n.auditLog(ctx, l)
		if err != nil {
			return nil, err
		}
		m := &release.Monitor{Trust: trust, Log: l.Origin, Home: w.Jurisdiction, Vendor: w.Vendor, Products: w.Products, Feed: feed}
		for _, e := range rep.Entries {
			raw, err := json.Marshal(e)
			if err != nil {
				return nil, err
			}
			out = append(out, m.Check(e.Index, raw)...)
		}
	}
	return out, nil
}

// vendorTrust is the federation manifest this node runs with, plus the
// vendor keys that the vendor's home node exports (from its own log).
func (n *Node) vendorTrust(ctx context.Context, home comity.Jurisdiction) (*release.Trust, error) {
	own, err := n.Releases.Trust(ctx)
	if err != nil {
		return nil, err
	}
	if home == n.Config.Jurisdiction {
		return release.NewTrust(own)
	}
	mem := n.Peers.Manifest().Member(home)
	if mem == nil || len(mem.Nodes) == 0 {
		return nil, comity.Errorf(comity.EINVALID, "no node of %s in the manifest", home)
	}
	hc, base, err := n.Peers.NodeClient(mem.Nodes[0].Name)
	if err != nil {
		return nil, err
	}
	var theirs release.TrustFile
	if err := getJSON(ctx, hc, base+"/v1/releases/trust", &theirs); err != nil {
		return nil, err
	}
	// Logs and witnesses come from this node's own manifest, never from
	// the peer.
	own.VendorKeys = theirs.VendorKeys
	return release.NewTrust(own)
}

func (n *Node) auditLog(ctx context.Context, l release.TrustedLog) (*audit.Report, error) {
	lv, err := note.NewVerifier(l.Key)
	if err != nil {
		return nil, err
	}
	var ws []note.Verifier
	for _, k := range l.Witnesses {
		v, err := fnote.NewVerifierForCosignatureV1(k)
		if err != nil {
			return nil, err
		}
		ws = append(ws, v)
	}
	var hc *http.Client
	if _, j := n.Peers.Manifest().Node(l.Origin); j != n.Config.Jurisdiction {
		if hc, _, err = n.Peers.NodeClient(l.Origin); err != nil {
			return nil, err
		}
	} else {
		// This node's own log, over its own TLS.
		roots, err := federation.LoadCertPool(n.Config.TLS.Roots...)
		if err != nil {
			return nil, err
		}
		hc = &http.Client{Timeout: time.Minute, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}}}
	}
	dir := filepath.Join(n.Config.DataDir, "release-watch")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return audit.Verify(ctx, audit.Config{URL: l.URL, Verifier: lv, Witnesses: ws, Quorum: l.Quorum, HTTPClient: hc,
		KeepEntries: true, StateFile: filepath.Join(dir, l.Origin+".json")})
}

// readFeed reads a vendor's announcements from an https URL or a file.
func (n *Node) readFeed(ctx context.Context, src string) (map[string]release.Announcement, error) {
	var list []release.Announcement
	if strings.HasPrefix(src, "https://") {
		if err := getJSON(ctx, n.operatorHooks, src, &list); err != nil {
			return nil, err
		}
	} else {
		b, err := os.ReadFile(src)
		if err != nil {
			return nil, err
		}
		if err := json.Unmarshal(b, &list); err != nil {
			return nil, comity.Errorf(comity.EINVALID, "%s: %v", src, err)
		}
	}
	out := map[string]release.Announcement{}
	for _, a := range list {
		out[a.PURL] = a
	}
	return out, nil
}

func (n *Node) postAlarms(ctx context.Context, w ReleaseWatch, alarms []release.Alarm) {
	body, _ := json.Marshal(map[string]any{"vendor": w.Vendor, "jurisdiction": w.Jurisdiction, "alarms": alarms})
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, "POST", w.Webhook, bytes.NewReader(body))
	if err != nil {
		return
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.operatorHooks.Do(req)
	if err != nil {
		n.logger.Warn("release alarm webhook failed", "vendor", w.Vendor, "err", err)
		return
	}
	resp.Body.Close()
}
