package advisory

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"

	"github.com/comity-project/comity"
)

// Webhook headers. The signature is HMAC-SHA256 under the customer's
// webhook secret over the timestamp, a dot, and the body; receivers should
// refuse a stale timestamp and deduplicate on the idempotency key, since
// delivery is at least once.
const (
	HeaderSignature      = "X-Comity-Signature" // "sha256=" + hex
	HeaderTimestamp      = "X-Comity-Timestamp" // Unix seconds
	HeaderIdempotencyKey = "Idempotency-Key"    // the notification id
)

// Sign returns the signature header value for body sent at ts.
func Sign(secret []byte, ts int64, body []byte) string {
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(strconv.FormatInt(ts, 10) + "."))
	mac.Write(body)
	return "sha256=" + hex.EncodeToString(mac.Sum(nil))
}

// Wake tells the delivery loop that deliveries are queued.
func (s *Service) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run delivers queued notifications until ctx is done: at once when woken,
// and every poll interval for retries that come due. The outbox is in the
// store, so deliveries queued before a crash are made after the restart.
func (s *Service) Run(ctx context.Context, poll time.Duration) {
	t := time.NewTicker(poll)
	defer t.Stop()
	for {
		for s.deliverDue(ctx) {
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
	}
}

// deliverDue attempts one batch of due deliveries; it reports whether the
// batch was full, so more may be due.
func (s *Service) deliverDue(ctx context.Context) bool {
	const batch = 64
	ds, err := s.cfg.Store.DueDeliveries(ctx, comity.Now(), batch)
	if err != nil {
		if ctx.Err() == nil {
			s.cfg.Logger.Warn("webhook outbox", "err", err)
		}
		return false
	}
	for _, d := range ds {
		err := s.post(ctx, d)
		if err == nil {
			err = s.cfg.Store.Delivered(ctx, d.ID, comity.Now())
			if err == nil {
				continue
			}
		}
		if ctx.Err() != nil {
			return false
		}
		wait := s.backoff(d.Attempts)
		s.cfg.Logger.Info("webhook delivery failed", "notification", d.Notification.ID, "attempt", d.Attempts+1, "retry_in", wait, "err", err)
		if err := s.cfg.Store.Retry(ctx, d.ID, comity.Now().Add(wait), err.Error()); err != nil {
			return false
		}
	}
	return len(ds) == batch
}

// backoff doubles from MinBackoff per failed attempt up to MaxBackoff, with
// up to 20% jitter so that retries to one receiver do not arrive in step.
func (s *Service) backoff(attempts int) time.Duration {
	d := s.cfg.MinBackoff
	for i := 0; i < attempts && d < s.cfg.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, s.cfg.MaxBackoff)
	return d + time.Duration(rand.Int64N(int64(d)/5+1))
}

func (s *Service) post(ctx context.Context, d Delivery) error {
	body, err := json.Marshal(d.Notification)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, d.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	ts := time.Now().Unix()
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(HeaderIdempotencyKey, d.Notification.ID)
	req.Header.Set(HeaderTimestamp, strconv.FormatInt(ts, 10))
	req.Header.Set(HeaderSignature, Sign(d.Secret, ts, body))
	resp, err := s.cfg.Webhooks.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s", resp.Status)
	}
	return nil
}
