package ledger

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

// WitnessRefusal is a witness's answer, other than a cosignature, to one of
// the log's checkpoints. Tessera stops listening to the other witnesses once
// the quorum is met and drops their errors; the log hears every answer
// through its own transport instead (observer), so that no refusal is
// swallowed because the quorum was met elsewhere.
type WitnessRefusal struct {
	// Witness is the witness's name (its cosignature key name); URL its
	// add-checkpoint endpoint.
	Witness string
	URL     string
	// Status is the HTTP status (0 when the witness could not be reached).
	Status int
	// LogSize is the size of the checkpoint the log asked it to cosign;
	// OldSize the size the log believed the witness held.
	LogSize, OldSize uint64
	// WitnessSize is the size the witness says it cosigned last (409 with
	// a size), if it said one.
	WitnessSize uint64
	// SplitView means the answer proves that someone holding the log's key
	// showed this witness another history: the witness cosigned a larger
	// tree than the log ever reached, or holds a different tree at a size
	// the log did reach.
	SplitView bool
	// Reason says what happened, in a sentence.
	Reason string
}

// observer wraps the transport the log reaches its witnesses with. It
// waits for every witness's answer even after Tessera has moved on (the
// request runs on, detached, for up to the witness timeout), classifies
// it, and reports each new refusal once: a witness's refusal is reported
// again only after it has cosigned in between or refused differently.
type observer struct {
	next    http.RoundTripper
	names   map[string]string // add-checkpoint URL -> witness name
	timeout time.Duration
	report  func(context.Context, WitnessRefusal)

	mu   sync.Mutex
	last map[string]string // witness URL -> key of the last refusal reported

	running *sync.WaitGroup // the detached requests, which Log.Close waits for
}

func (o *observer) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Method != http.MethodPost || !strings.HasSuffix(req.URL.Path, "/add-checkpoint") || req.Body == nil {
		return o.next.RoundTrip(req)
	}
	body, err := io.ReadAll(req.Body)
	req.Body.Close()
	if err != nil {
		return nil, err
	}
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	detached, cancel := context.WithTimeout(context.WithoutCancel(req.Context()), o.timeout)
	r2 := req.Clone(detached)
	r2.Body = io.NopCloser(bytes.NewReader(body))
	r2.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	o.running.Go(func() {
		defer cancel()
		resp, err := o.next.RoundTrip(r2)
		if err != nil {
			o.observe(detached, req.URL.String(), body, 0, "", nil, err)
			done <- result{nil, err}
			return
		}
		rb, err := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
		resp.Body.Close()
		if err != nil {
			done <- result{nil, err}
			return
		}
		o.observe(detached, req.URL.String(), body, resp.StatusCode, resp.Header.Get("Content-Type"), rb, nil)
		resp.Body = io.NopCloser(bytes.NewReader(rb))
		done <- result{resp, nil}
	})
	select {
	case r := <-done:
		return r.resp, r.err
	case <-req.Context().Done():
		return nil, req.Context().Err()
	}
}

// observe classifies one answer to an add-checkpoint request.
func (o *observer) observe(ctx context.Context, url string, reqBody []byte, status int, ctype string, body []byte, rtErr error) {
	oldSize, logSize, ok := parseSizes(reqBody)
	if !ok {
		return
	}
	r := WitnessRefusal{Witness: o.names[url], URL: url, Status: status, LogSize: logSize, OldSize: oldSize}
	if r.Witness == "" {
		r.Witness = url
	}
	text := strings.TrimSpace(string(body))
	switch {
	case rtErr != nil:
		r.Reason = fmt.Sprintf("witness %s unreachable: %v", r.Witness, rtErr)
	case status == http.StatusOK:
		o.mu.Lock()
		delete(o.last, url)
		o.mu.Unlock()
		return
	case status == http.StatusConflict && ctype == "text/x.tlog.size":
		n, err := strconv.ParseUint(text, 10, 64)
		if err != nil {
			r.Reason = fmt.Sprintf("witness %s answered 409 with a bad size %q", r.Witness, text)
			break
		}
		if n <= logSize {
			return // the witness tells its size; Tessera retries from it
		}
		r.WitnessSize, r.SplitView = n, true
		r.Reason = fmt.Sprintf("witness %s has cosigned a checkpoint of size %d; this log never reached it (it is at %d): someone with the log's key showed the witness another history", r.Witness, n, logSize)
	case status == http.StatusConflict:
		r.SplitView = true
		r.Reason = fmt.Sprintf("witness %s holds a different root hash for size %d: a fork", r.Witness, oldSize)
	case status == http.StatusUnprocessableEntity:
		r.SplitView = true
		r.Reason = fmt.Sprintf("witness %s cannot verify that size %d extends the tree it cosigned at %d: it holds another history", r.Witness, logSize, oldSize)
	default:
		r.Reason = fmt.Sprintf("witness %s refused the checkpoint of size %d: %d %s", r.Witness, logSize, status, firstLine(text))
	}
	if errors.Is(rtErr, context.DeadlineExceeded) && r.Status == 0 {
		r.Reason = fmt.Sprintf("witness %s did not answer within %v", r.Witness, o.timeout)
	}
	key := fmt.Sprintf("%d/%d/%t", r.Status, r.WitnessSize, r.SplitView)
	if rtErr != nil {
		key = "unreachable"
	}
	o.mu.Lock()
	seen := o.last[url] == key
	o.last[url] = key
	o.mu.Unlock()
	if !seen {
		o.report(ctx, r)
	}
}

// parseSizes reads the old size and the checkpoint's size from a C2SP
// tlog-witness add-checkpoint body (as Tessera wrote it).
func parseSizes(body []byte) (oldSize, size uint64, ok bool) {
	sc := bufio.NewScanner(bytes.NewReader(body))
	if !sc.Scan() {
		return 0, 0, false
	}
	n, found := strings.CutPrefix(sc.Text(), "old ")
	if !found {
		return 0, 0, false
	}
	oldSize, err := strconv.ParseUint(n, 10, 64)
	if err != nil {
		return 0, 0, false
	}
	for sc.Scan() && sc.Text() != "" {
	}
	if !sc.Scan() || !sc.Scan() { // origin, then size
		return 0, 0, false
	}
	size, err = strconv.ParseUint(sc.Text(), 10, 64)
	return oldSize, size, err == nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if len(s) > 200 {
		s = s[:200]
	}
	return s
}
