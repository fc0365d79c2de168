package node

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/binary"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/prometheus/client_golang/prometheus"
)

// collector reports, at each scrape, what an operator watches: the log's
// size and the age of its published checkpoint and of each witness's
// cosignature, the cases waiting for an authority, and the store's size.
// It reads the node's own files and store, so the figures are as fresh as
// the scrape.
type collector struct {
	n *Node

	logSize, checkpointAge, cosignatureAge, pendingTransfers, openCases, storeBytes *prometheus.Desc
}

func newCollector(n *Node) *collector {
	return &collector{n: n,
		logSize: prometheus.NewDesc("comity_log_entries", "Entries in the log's latest published checkpoint.", nil, nil),
		checkpointAge: prometheus.NewDesc("comity_log_checkpoint_age_seconds",
			"Time since the log last published a checkpoint.", nil, nil),
		cosignatureAge: prometheus.NewDesc("comity_log_cosignature_age_seconds",
			"Age of each witness's cosignature on the published checkpoint: how far the witness lags.", []string{"witness"}, nil),
		pendingTransfers: prometheus.NewDesc("comity_transfer_cases_pending",
			"Transfer cases waiting for this state's authority.", nil, nil),
		openCases: prometheus.NewDesc("comity_judicial_cases_open",
			"Judicial-assistance cases at this node that are not yet decided, by state.", []string{"state"}, nil),
		storeBytes: prometheus.NewDesc("comity_store_size_bytes", "Size of the store's files on disk.", nil, nil),
	}
}

func (c *collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{c.logSize, c.checkpointAge, c.cosignatureAge, c.pendingTransfers, c.openCases, c.storeBytes} {
		ch <- d
	}
}

func (c *collector) Collect(ch chan<- prometheus.Metric) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	n := c.n
	now := time.Now()
	if raw, err := n.Log.Checkpoint(ctx); err == nil {
		size, cosigs := readCheckpoint(raw, n.Log.Origin())
		ch <- prometheus.MustNewConstMetric(c.logSize, prometheus.GaugeValue, float64(size))
		for name, t := range cosigs {
			ch <- prometheus.MustNewConstMetric(c.cosignatureAge, prometheus.GaugeValue, now.Sub(t).Seconds(), name)
		}
	}
	if st, err := os.Stat(filepath.Join(n.Config.Ledger.Dir, "checkpoint")); err == nil {
		ch <- prometheus.MustNewConstMetric(c.checkpointAge, prometheus.GaugeValue, now.Sub(st.ModTime()).Seconds())
	}
	if ts, err := n.DB.Transfers().ListTransfers(ctx, comity.TransferPending, 1_000_000); err == nil {
		ch <- prometheus.MustNewConstMetric(c.pendingTransfers, prometheus.GaugeValue, float64(len(ts)))
	}
	for _, s := range []judicial.State{judicial.Received, judicial.UnderReview, judicial.MoreInformation} {
		if cs, err := n.DB.Judicial().ListCases(ctx, judicial.Filter{State: s, Limit: 1000}); err == nil {
			ch <- prometheus.MustNewConstMetric(c.openCases, prometheus.GaugeValue, float64(len(cs)), string(s))
		}
	}
	var total int64
	for _, suffix := range []string{"", "-wal", "-shm"} {
		if st, err := os.Stat(n.Config.Store.Path + suffix); err == nil {
			total += st.Size()
		}
	}
	ch <- prometheus.MustNewConstMetric(c.storeBytes, prometheus.GaugeValue, float64(total))
}

// readCheckpoint returns the size a published checkpoint commits to and the
// time of each cosignature on it (C2SP tlog-cosignature: key hash, then a
// big-endian timestamp, then the signature), by signer other than origin.
// The note was verified when it was published; here it is only read.
func readCheckpoint(raw []byte, origin string) (uint64, map[string]time.Time) {
	text, sigs, _ := bytes.Cut(raw, []byte("\n\n"))
	lines := bytes.Split(text, []byte("\n"))
	var size uint64
	if len(lines) > 1 {
		size, _ = strconv.ParseUint(string(lines[1]), 10, 64)
	}
	cosigs := map[string]time.Time{}
	for _, line := range bytes.Split(sigs, []byte("\n")) {
		f := bytes.Fields(bytes.TrimPrefix(line, []byte("\u2014 ")))
		if len(f) != 2 || string(f[0]) == origin {
			continue
		}
		sig, err := base64.StdEncoding.DecodeString(string(f[1]))
		if err != nil || len(sig) != 4+8+64 {
			continue
		}
		cosigs[string(f[0])] = time.Unix(int64(binary.BigEndian.Uint64(sig[4:12])), 0)
	}
	return size, cosigs
}
