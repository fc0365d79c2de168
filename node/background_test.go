package node

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// syncBuffer is a log sink safe for the goroutines under test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestCloseStopsWebhookDeliveries: Close returns only once the node's
// webhook deliveries have stopped, and none is attempted after it: a
// notice's retries end, and a transfer webhook in flight is abandoned and
// waited for, before the log and store they use are closed.
func TestCloseStopsWebhookDeliveries(t *testing.T) {
	var noticeHits atomic.Int32
	firstNotice, transferIn, stop := make(chan struct{}, 1), make(chan struct{}, 1), make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/transfer" {
			transferIn <- struct{}{}
			// An authority that does not answer: only cancelling ends it.
			select {
			case <-r.Context().Done():
			case <-stop:
			}
			return
		}
		noticeHits.Add(1)
		select {
		case firstNotice <- struct{}{}:
		default:
		}
		w.WriteHeader(http.StatusServiceUnavailable) // retried after 1 s, 2 s, ...
	}))
	defer srv.Close()
	defer close(stop)
	var logs syncBuffer
	n := &Node{Config: &Config{Name: "test"}, logger: slog.New(slog.NewTextHandler(&logs, nil)), webhooks: srv.Client(), operatorHooks: srv.Client()}

	(&notices{n: n}).send(srv.URL+"/notice", []byte(`{}`))
	n.notify(context.Background(), &comity.Transfer{ID: "T-1", Webhook: srv.URL + "/transfer"})
	<-firstNotice
	<-transferIn

	start := time.Now()
	if err := n.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Close took %v", d)
	}
	if !strings.Contains(logs.String(), "transfer webhook failed") {
		t.Errorf("Close returned while the transfer webhook was still in flight; log:\n%s", logs.String())
	}
	hits := noticeHits.Load()
	time.Sleep(1500 * time.Millisecond) // past the first retry
	if got := noticeHits.Load(); got != hits {
		t.Errorf("the notice webhook was retried after Close: %d attempts, then %d", hits, got)
	}
	// Work handed over after Close is not started.
	(&notices{n: n}).send(srv.URL+"/notice", []byte(`{}`))
	time.Sleep(100 * time.Millisecond)
	if got := noticeHits.Load(); got != hits {
		t.Errorf("a notice was sent after Close")
	}
}
