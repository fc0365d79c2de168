package main

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/spf13/cobra"
	fnote "github.com/transparency-dev/formats/note"
	tclient "github.com/transparency-dev/tessera/client"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/release"
)

// logHTTP returns a client for logs, trusting caFile if given.
func logHTTP(caFile string) (*http.Client, error) {
	tr := &http.Transport{TLSClientConfig: &tls.Config{MinVersion: tls.VersionTLS12}}
	if caFile != "" {
		pool, err := federation.LoadCertPool(caFile)
		if err != nil {
			return nil, err
		}
		tr.TLSClientConfig.RootCAs = pool
	}
	return &http.Client{Transport: tr, Timeout: time.Minute}, nil
}

// auditLog fetches and verifies a trusted log with package audit (every
// tile and entry bundle against the newest checkpoint with its quorum).
func auditLog(ctx context.Context, l release.TrustedLog, hc *http.Client, stateFile string) (*audit.Report, error) {
	if l.URL == "" {
		return nil, comity.Errorf(comity.EINVALID, "the trust file has no URL for log %s", l.Origin)
	}
	lv, err := note.NewVerifier(l.Key)
	if err != nil {
		return nil, err
	}
	var ws []note.Verifier
	for _, k := range l.Witnesses {
		w, err := fnote.NewVerifierForCosignatureV1(k)
		if err != nil {
			return nil, err
		}
		ws = append(ws, w)
	}
	return audit.Verify(ctx, audit.Config{URL: l.URL, Verifier: lv, Witnesses: ws, Quorum: l.Quorum, HTTPClient: hc,
		KeepEntries: true, StateFile: stateFile})
}

// verifyOnline proves the bundle's checkpoint consistent with the log's
// newest one and looks for a yank of the release.
func verifyOnline(cmd *cobra.Command, tr *release.Trust, v *release.Verified, caFile string) error {
	ctx := cmd.Context()
	l, _ := tr.Log(v.Log)
	hc, err := logHTTP(caFile)
	if err != nil {
		return err
	}
	rep, err := auditLog(ctx, l, hc, "")
	if err != nil {
		return err
	}
	newSize, newRoot := int64(rep.Checkpoint.Size), rep.Checkpoint.Root
	u, err := url.Parse(l.URL + "/")
	if err != nil {
		return err
	}
	f, err := tclient.NewHTTPFetcher(u, hc)
	if err != nil {
		return err
	}
	pb, err := tclient.NewProofBuilder(ctx, uint64(newSize), f.ReadTile)
	if err != nil {
		return err
	}
	raw, err := pb.ConsistencyProof(ctx, v.TreeSize, uint64(newSize))
	if err != nil {
		return err
	}
	proof := make(tlog.TreeProof, len(raw))
	for i, h := range raw {
		copy(proof[i][:], h)
	}
	if err := tlog.CheckTree(proof, newSize, newRoot, int64(v.TreeSize), v.Root); err != nil {
		return fmt.Errorf("%w: the log's newest checkpoint (size %d) is not consistent with the bundle's (size %d): %v",
			release.ErrCheckpoint, newSize, v.TreeSize, err)
	}
	fmt.Fprintf(cmd.OutOrStdout(), "online: %s is at size %d, consistent with the bundle's checkpoint (size %d)\n", l.Origin, newSize, v.TreeSize)
	for _, e := range rep.Entries {
		if e.Kind == string(release.KindRelease) && e.Detail["event"] == release.EventYank && e.Requester == v.Vendor &&
			e.Detail["product"] == v.Statement.Product && e.Detail["version"] == v.Statement.Version {
			return fmt.Errorf("%w: %s was yanked at %s (entry %d): %s", release.ErrYanked, v.Statement.Predicate.PURL, e.Time, e.Index, e.Detail["reason"])
		}
	}
	fmt.Fprintf(cmd.OutOrStdout(), "online: %s is not yanked\n", v.Statement.Predicate.PURL)
	return nil
}

func newReleaseMonitorCmd() *cobra.Command {
	var (
		trustFile, vendor, home, feedFile, webhook, caFile, stateFile string
		products                                                      []string
	)
	cmd := &cobra.Command{
		Use:   "monitor --trust TRUST.json --vendor NAME --jurisdiction CC --feed FEED.json [--product PURL]...",
		Short: "Follow a vendor's releases on its home log; alarm on releases the vendor did not announce or keys it did not register",
		Long: `Fetch and verify the vendor's home log (every tile and entry bundle, the witness quorum,
and consistency with the last run's checkpoint kept in --state), then check every entry
of the vendor: a release of a watched product that FEED (a JSON array of
{"purl","digests"}, the vendor's own announcements) does not list, a release signed by
a key outside the vendor's registered set in TRUST, or a key event TRUST does not know,
raises an alarm: one line each on standard output, a POST of them all as JSON to
--webhook, and a non-zero exit.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			tr, err := loadTrust(trustFile)
			if err != nil {
				return err
			}
			var feed []release.Announcement
			b, err := os.ReadFile(feedFile)
			if err != nil {
				return err
			}
			if err := json.Unmarshal(b, &feed); err != nil {
				return comity.Errorf(comity.EINVALID, "%s: %v", feedFile, err)
			}
			j := comity.Jurisdiction(home)
			logs := tr.Logs(j)
			if len(logs) == 0 {
				return comity.Errorf(comity.EINVALID, "the trust file has no log in %s", home)
			}
			hc, err := logHTTP(caFile)
			if err != nil {
				return err
			}
			var alarms []release.Alarm
			for _, l := range logs {
				rep, err := auditLog(cmd.Context(), l, hc, stateFile)
				if err != nil {
					return err
				}
				m := &release.Monitor{Trust: tr, Log: l.Origin, Home: j, Vendor: vendor, Products: products, Feed: map[string]release.Announcement{}}
				for _, a := range feed {
					m.Feed[a.PURL] = a
				}
				n := 0
				for _, e := range rep.Entries {
					raw, _ := json.Marshal(e)
					if e.Requester == vendor {
						n++
					}
					alarms = append(alarms, m.Check(e.Index, raw)...)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "%s: %d entries verified at size %d, %d of %s\n", l.Origin, len(rep.Entries), rep.Checkpoint.Size, n, vendor)
			}
			for _, a := range alarms {
				fmt.Fprintf(cmd.OutOrStdout(), "ALARM %s %s#%d %s %s: %s\n", a.Kind, a.Log, a.Index, a.PURL, a.KeyID, a.Reason)
			}
			if len(alarms) == 0 {
				return nil
			}
			if webhook != "" {
				body, _ := json.Marshal(map[string]any{"vendor": vendor, "jurisdiction": home, "alarms": alarms})
				req, err := http.NewRequestWithContext(cmd.Context(), "POST", webhook, bytes.NewReader(body))
				if err != nil {
					return err
				}
				req.Header.Set("Content-Type", "application/json")
				resp, err := hc.Do(req)
				if err != nil {
					return fmt.Errorf("webhook: %w", err)
				}
				resp.Body.Close()
				if resp.StatusCode >= 300 {
					return fmt.Errorf("webhook: %s", resp.Status)
				}
			}
			return comity.Errorf(comity.ECONFLICT, "%d alarms for %s", len(alarms), vendor)
		},
	}
	f := cmd.Flags()
	f.StringVar(&trustFile, "trust", "", "trust file (required)")
	f.StringVar(&vendor, "vendor", "", "the vendor's name (its organisation) (required)")
	f.StringVar(&home, "jurisdiction", "", "the vendor's home state (required)")
	f.StringVar(&feedFile, "feed", "", "the vendor's own release feed, JSON (required)")
	f.StringSliceVar(&products, "product", nil, "watched product purl without version (default: all of the vendor's)")
	f.StringVar(&webhook, "webhook", "", "URL to POST alarms to")
	f.StringVar(&caFile, "ca", "", "CA certificate for the log's TLS certificate")
	f.StringVar(&stateFile, "state", "", "file keeping the last verified checkpoint between runs")
	for _, n := range []string{"trust", "vendor", "jurisdiction", "feed"} {
		cmd.MarkFlagRequired(n)
	}
	return cmd
}
