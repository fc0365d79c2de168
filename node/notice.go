package node

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/comity-project/comity"
)

// notices tells the state's data-protection authority of releases its
// rulebook says it must know of at once: a "notice" entry on the ledger
// (durable before anything is released, for auditors), the notice kept for
// the console (GET /v1/notices), a counter for Prometheus, a warning in the
// node's log, and a POST of the notice to the authority's webhook when one
// is configured.
type notices struct {
	n     *Node
	count prometheus.Counter
}

var _ comity.Notifier = (*notices)(nil)

// Notify implements comity.Notifier.
func (s *notices) Notify(ctx context.Context, notice *comity.Notice) error {
	e := &comity.Entry{Kind: comity.EntryNotice, Time: notice.Time, Node: notice.Node, Requester: notice.Requester,
		RequesterIn: notice.RequesterIn, Destination: notice.Destination, Purpose: notice.Purpose, Outcome: comity.Allow,
		Policies: notice.Policies, Detail: map[string]string{"to": "dpa:" + string(notice.Authority),
			"records": strconv.Itoa(notice.Records)}}
	if notice.Receipt != nil {
		e.Detail["decision"] = strconv.FormatUint(notice.Receipt.Index, 10)
	}
	if _, err := s.n.Log.Commit(ctx, e); err != nil {
		return err
	}
	if err := s.n.DB.Notices().AddNotice(ctx, notice); err != nil {
		return err
	}
	s.count.Inc()
	s.n.logger.Warn("release notified to the data-protection authority", "authority", notice.Authority,
		"requester", notice.Requester, "purpose", notice.Purpose, "policies", strings.Join(notice.Policies, ","),
		"records", notice.Records)
	if url := s.n.Config.DPAWebhook; url != "" {
		body, err := json.Marshal(notice)
		if err != nil {
			return err
		}
		s.send(url, body)
	}
	return nil
}

// send delivers a notice in the background: it is already on the ledger,
// and a slow authority must not hold the release it was told of. Close
// stops the retries and waits for the attempt in flight.
func (s *notices) send(url string, body []byte) {
	s.n.bg.goFunc(func(ctx context.Context) { s.deliver(ctx, url, body) })
}

// deliver posts a notice to the authority's webhook, retrying a few times,
// until ctx is done.
func (s *notices) deliver(life context.Context, url string, body []byte) {
	for attempt, wait := 0, time.Second; attempt < 5; attempt, wait = attempt+1, wait*2 {
		ctx, cancel := context.WithTimeout(life, 10*time.Second)
		req, err := http.NewRequestWithContext(ctx, "POST", url, bytes.NewReader(body))
		if err != nil {
			cancel()
			return
		}
		req.Header.Set("Content-Type", "application/json")
		resp, err := s.n.webhooks.Do(req)
		cancel()
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				s.n.logger.Info("notice delivered to the data-protection authority", "status", resp.StatusCode)
				return
			}
		}
		s.n.logger.Warn("notice webhook failed", "attempt", attempt+1, "err", err)
		select {
		case <-life.Done():
			return
		case <-time.After(wait):
		}
	}
}
