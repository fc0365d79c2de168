package node_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"golang.org/x/mod/sumdb/note"
)

// crashNodeEnv makes the re-executed test binary run a node (see
// runCrashNode) instead of the test; its value is the node's node.yaml.
const crashNodeEnv = "COMITY_NODE_CRASH_CONFIG"

// crashListenEnv, if set, is the address the child node listens on;
// crashSkewEnv, if set, is how far its clock (comity.Now) is off.
const (
	crashListenEnv = "COMITY_NODE_CRASH_LISTEN"
	crashSkewEnv   = "COMITY_NODE_CRASH_CLOCK_SKEW"
)

// crashInfoLogEnv, if set, makes the child log at info, as comity serve
// does by default, rather than warn.
const crashInfoLogEnv = "COMITY_NODE_CRASH_INFO_LOG"

// crashProfileEnv, if set, is a file the child node writes its CPU
// profile to, from its start until it stops on SIGTERM, and with .allocs
// appended, its allocation profile.
const crashProfileEnv = "COMITY_NODE_CRASH_CPUPROFILE"

// crashRecords is how many records the killed node holds.
const crashRecords = 200

// crashRelease is one successful gated read as the client saw it: data
// left the node, so a log entry must stand behind it.
type crashRelease struct {
	id      string // the record read
	receipt *comity.Receipt
}

// TestNodeSurvivesKill runs a real node in a child process (this test
// binary, re-executed, running node.Open and Serve on a data directory
// made by node.Init), drives gated reads over HTTPS from several
// goroutines, and kills the node with SIGKILL in the middle of the load,
// three times over, restarting it each time. After every restart it checks
// that
//   - the node comes back ready on the same data directory,
//   - it publishes a checkpoint covering every receipt it issued before the
//     kill within its maximum merge delay,
//   - every receipt handed out with released data is signed by the node's
//     log key and proves inclusion (audit.CheckReceipt) of an entry that is
//     the allow decision for exactly that read: no data left without its
//     own log entry,
//   - no index was handed out twice, and
//   - the whole log verifies (audit.Verify, consistent with the checkpoint
//     seen after the previous restart).
//
// A standalone node has no witnesses: its log publishes its own
// checkpoints.
func TestNodeSurvivesKill(t *testing.T) {
	if cfg := os.Getenv(crashNodeEnv); cfg != "" {
		runCrashNode(t, cfg)
		return
	}
	if testing.Short() {
		t.Skip("spawns node processes")
	}
	ctx := context.Background()
	dir := t.TempDir()
	cfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Jurisdiction: "DE", Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "node.yaml")
	roots, err := federation.LoadCertPool(cfg.TLS.Roots...)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 16}}
	defer hc.CloseIdleConnections()

	// The log's key, derived from the node key on disk as the node derives
	// it, not taken from the node's own answer.
	key, err := federation.LoadPrivateKey(cfg.Key)
	if err != nil {
		t.Fatal(err)
	}
	_, vkey, err := ledger.KeyFromEd25519(cfg.Name, key)
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := note.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	mmd := cfg.Ledger.MaxMergeDelay
	if mmd == 0 {
		mmd = audit.DefaultMergeDelay
	}
	auditState := filepath.Join(t.TempDir(), "audit.state")
	// The pseudonym key, to check which record each entry commits to.
	pseudonymKey, err := os.ReadFile(cfg.Ledger.SubjectKey)
	if err != nil {
		t.Fatal(err)
	}

	var (
		releases []crashRelease
		proved   int // releases whose receipts are proved
		token    string
	)
	const rounds = 3
	for round := 0; round <= rounds; round++ {
		start := time.Now()
		n := startCrashNode(t, cfgPath, hc)
		ready := time.Now()
		t.Logf("round %d: node ready on %s in %v", round, n.url, ready.Sub(start).Round(time.Millisecond))
		c := &client.Client{BaseURL: n.url, HTTP: hc}
		logURL := n.url + "/log/"

		if round == 0 {
			c.Token = opToken
			p, err := c.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "controller", Organisation: "acme",
				Roles: []comity.Role{comity.RoleController}})
			if err != nil {
				t.Fatal(err)
			}
			token = p.Token
			c.Token = token
			if res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(crashNDJSON(crashRecords))); err != nil {
				t.Fatal(err)
			} else if res.Created != crashRecords {
				t.Fatalf("import: %+v", res)
			}
		}
		c.Token = token

		if round > 0 {
			// Everything issued before the kill is published within the
			// merge delay of the restart, and proves.
			var maxIndex uint64
			for _, r := range releases {
				maxIndex = max(maxIndex, r.receipt.Index)
			}
			size := crashWaitPublished(t, hc, logURL, verifier, maxIndex+1, ready.Add(mmd))
			t.Logf("round %d: checkpoint of %d entries %v after ready (%d receipts so far, highest index %d)",
				round, size, time.Since(ready).Round(time.Millisecond), len(releases), maxIndex)
			// Receipts of earlier rounds were proved against the checkpoint
			// of an earlier audit, which this audit proves consistent with.
			checked := time.Now()
			crashCheckReleases(t, hc, logURL, verifier, mmd, pseudonymKey, releases[proved:])
			t.Logf("round %d: %d receipts of the killed node proved in %v", round, len(releases)-proved,
				time.Since(checked).Round(time.Millisecond))
			proved = len(releases)
			rep, err := audit.Verify(ctx, audit.Config{URL: logURL, Verifier: verifier, HTTPClient: hc, StateFile: auditState})
			if err != nil {
				t.Fatalf("round %d: the log does not verify after the kill: %v", round, err)
			}
			allowed := 0
			for _, f := range rep.Flows {
				if f.Requester == "acme" && f.Outcome == string(comity.Allow) {
					allowed += f.Count
				}
			}
			t.Logf("round %d: audit of %d entries (previous audit %d): %d allow decisions for acme, %d reads released",
				round, rep.Checkpoint.Size, rep.PreviousSize, allowed, len(releases))
			if allowed < len(releases) {
				t.Fatalf("round %d: %d releases but only %d allow decisions in the log", round, len(releases), allowed)
			}
		}
		if round == rounds {
			// The last restart is stopped gracefully: it must shut down
			// cleanly too.
			if err := n.terminate(); err != nil {
				t.Fatalf("node did not stop cleanly: %v\n%s", err, n.logs())
			}
			break
		}

		loaded := time.Now()
		got := crashDrive(t, c, n, 250+100*round)
		t.Logf("round %d: %d reads released in %v, then SIGKILL", round, len(got), time.Since(loaded).Round(time.Millisecond))
		for _, r := range got {
			if slices.ContainsFunc(releases, func(o crashRelease) bool { return o.receipt.Index == r.receipt.Index }) {
				t.Fatalf("index %d handed out twice (after a restart)", r.receipt.Index)
			}
		}
		releases = append(releases, got...)
	}
}

// drive reads records from several goroutines until want reads have been
// released, kills the node with SIGKILL while the readers are still busy,
// and returns every release the readers received.
func crashDrive(t *testing.T, c *client.Client, n *crashNode, want int) []crashRelease {
	t.Helper()
	const readers = 8
	ctx, stop := context.WithCancel(context.Background())
	var (
		mu     sync.Mutex
		out    []crashRelease
		wg     sync.WaitGroup
		enough = make(chan struct{})
		once   sync.Once
		failed error
	)
	for g := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; ctx.Err() == nil; i += readers {
				id := crashRecordID(i % crashRecords)
				rel, err := c.ReadRecord(ctx, id, "service")
				if err != nil {
					// After the kill, reads fail for lack of a node; before
					// it, nothing may fail.
					if !n.killed() {
						mu.Lock()
						failed = firstErr(failed, fmt.Errorf("read %s before the kill: %w", id, err))
						mu.Unlock()
					}
					continue
				}
				if rel.Receipt == nil || len(rel.Records) != 1 || rel.Records[0].ID != id {
					mu.Lock()
					failed = firstErr(failed, fmt.Errorf("read %s released %d records, receipt %v", id, len(rel.Records), rel.Receipt))
					mu.Unlock()
					continue
				}
				mu.Lock()
				out = append(out, crashRelease{id: id, receipt: rel.Receipt})
				if len(out) >= want {
					once.Do(func() { close(enough) })
				}
				mu.Unlock()
			}
		}()
	}
	select {
	case <-enough:
	case <-time.After(20 * time.Second):
		mu.Lock()
		t.Errorf("only %d reads released in 20s", len(out))
		mu.Unlock()
	}
	n.kill() // readers are mid-request: some of their reads die with the node
	time.Sleep(50 * time.Millisecond)
	stop()
	wg.Wait()
	if failed != nil {
		t.Fatal(failed)
	}
	if logs := n.logs(); strings.Contains(logs, `"level":"ERROR"`) {
		t.Fatalf("the node logged errors before the kill:\n%s", logs)
	}
	return out
}

// firstErr keeps the first error.
func firstErr(first, err error) error {
	if first != nil {
		return first
	}
	return err
}

// crashWaitPublished polls the log until its signed checkpoint covers size
// entries, failing the test if that takes beyond deadline.
func crashWaitPublished(t *testing.T, hc *http.Client, logURL string, v note.Verifier, size uint64, deadline time.Time) uint64 {
	t.Helper()
	for {
		var got uint64
		resp, err := hc.Get(logURL + "checkpoint")
		if err == nil {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if n, err := note.Open(b, note.VerifierList(v)); err != nil {
				t.Fatalf("checkpoint does not verify: %v\n%s", err, b)
			} else if lines := strings.SplitN(n.Text, "\n", 3); len(lines) == 3 {
				fmt.Sscan(lines[1], &got)
			}
		}
		if got >= size {
			return got
		}
		if time.Now().After(deadline) {
			t.Fatalf("after the merge delay the published log has %d entries, receipts were issued up to index %d", got, size-1)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// crashCheckReleases proves every release's receipt against the published log:
// the receipt is the node's, its entry is in the log, and that entry is the
// allow decision for exactly the record released, with pseudonyms only.
func crashCheckReleases(t *testing.T, hc *http.Client, logURL string, v note.Verifier, mmd time.Duration, key []byte, rs []crashRelease) {
	t.Helper()
	cfg := audit.ReceiptConfig{URL: logURL, Verifier: v, MaxMergeDelay: mmd, HTTPClient: hc}
	work := make(chan crashRelease)
	errc := make(chan error, len(rs))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := range work {
				errc <- crashCheckRelease(cfg, key, r)
			}
		}()
	}
	for _, r := range rs {
		work <- r
	}
	close(work)
	wg.Wait()
	close(errc)
	for err := range errc {
		if err != nil {
			t.Fatal(err)
		}
	}
}

func crashCheckRelease(cfg audit.ReceiptConfig, key []byte, r crashRelease) error {
	inc, err := audit.CheckReceipt(context.Background(), cfg, r.receipt)
	if err != nil {
		return fmt.Errorf("receipt for %s (index %d): %w", r.id, r.receipt.Index, err)
	}
	if inc.Entry == nil {
		return fmt.Errorf("receipt for %s (index %d): entry not fetched", r.id, r.receipt.Index)
	}
	var e audit.Entry
	if err := json.Unmarshal(inc.Entry, &e); err != nil {
		return fmt.Errorf("entry %d: %v", r.receipt.Index, err)
	}
	if e.Kind != "decision" || e.Outcome != string(comity.Allow) || e.Requester != "acme" ||
		e.Records == nil || len(e.Records.Tags) != 1 || !e.Concerns(ledger.RecordSecret(key, r.id)) ||
		e.Subjects == nil || len(e.Subjects.Tags) != 1 {
		return fmt.Errorf("release of %s has receipt %d for another entry: %s", r.id, r.receipt.Index, inc.Entry)
	}
	if bytes.Contains(inc.Entry, []byte(crashSubject(r.id))) {
		return fmt.Errorf("entry %d names its data subject in the clear: %s", r.receipt.Index, inc.Entry)
	}
	return nil
}

func crashRecordID(i int) string    { return fmt.Sprintf("DE-KILL-%04d", i) }
func crashSubject(id string) string { return "subject-" + strings.TrimPrefix(id, "DE-KILL-") }

// crashNDJSON is the import body of the killed node's records.
func crashNDJSON(n int) []byte {
	var buf bytes.Buffer
	for i := range n {
		id := crashRecordID(i)
		fmt.Fprintf(&buf, `{"id":%q,"category":"personal","subjects":[%q],"fields":{"name":"Person %d","city":"Berlin"}}`+"\n",
			id, crashSubject(id), i)
	}
	return buf.Bytes()
}

// crashNode is a node child process.
type crashNode struct {
	cmd     *exec.Cmd
	url     string
	exited  chan struct{}
	err     error     // the exit, once exited is closed
	started time.Time // when the process was started

	mu       sync.Mutex
	stderr   bytes.Buffer
	sigkills bool
}

// startCrashNode starts a node on the data directory of cfgPath, with env
// added to its environment, and waits until it answers /readyz.
func startCrashNode(t testing.TB, cfgPath string, hc *http.Client, env ...string) *crashNode {
	t.Helper()
	return startCrashNodeIn(t, nil, cfgPath, hc, env...)
}

// startCrashNodeIn is startCrashNode with the child started by the command
// wrap (such as ip netns exec NS), if any.
func startCrashNodeIn(t testing.TB, wrap []string, cfgPath string, hc *http.Client, env ...string) *crashNode {
	t.Helper()
	n := &crashNode{exited: make(chan struct{}), started: time.Now()}
	args := append(wrap[:len(wrap):len(wrap)], os.Args[0], "-test.run=^TestNodeSurvivesKill$", "-test.v")
	n.cmd = exec.Command(args[0], args[1:]...)
	n.cmd.Env = append(append(os.Environ(), crashNodeEnv+"="+cfgPath), env...)
	n.cmd.Stderr = &crashLog{mu: &n.mu, w: &n.stderr}
	stdout, err := n.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := n.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.kill)
	addr := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			if a, ok := strings.CutPrefix(sc.Text(), "LISTENING "); ok {
				addr <- a
			}
		}
		n.err = n.cmd.Wait()
		close(n.exited)
	}()
	deadline := time.After(20 * time.Second)
	select {
	case a := <-addr:
		n.url = "https://" + a
	case <-n.exited:
		t.Fatalf("node exited before listening: %v\n%s", n.err, n.logs())
	case <-deadline:
		t.Fatalf("node not listening after 20s\n%s", n.logs())
	}
	for {
		resp, err := hc.Get(n.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return n
			}
		}
		select {
		case <-n.exited:
			t.Fatalf("node exited before it was ready: %v\n%s", n.err, n.logs())
		case <-deadline:
			t.Fatalf("node not ready after 20s: %v\n%s", err, n.logs())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// kill sends SIGKILL: no shutdown, no flush, no deferred code.
func (n *crashNode) kill() {
	n.mu.Lock()
	n.sigkills = true
	n.mu.Unlock()
	select {
	case <-n.exited:
		return
	default:
	}
	n.cmd.Process.Signal(syscall.SIGKILL)
	<-n.exited
}

func (n *crashNode) killed() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sigkills
}

// terminate sends SIGTERM and returns the exit error of a node that does
// not stop within 15 seconds or stops with a failure.
func (n *crashNode) terminate() error {
	n.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-n.exited:
		if n.err != nil {
			return n.err
		}
		if !strings.Contains(n.logs(), "NODE STOPPED") {
			return errors.New("node exited without closing")
		}
		return nil
	case <-time.After(15 * time.Second):
		return errors.New("node still running 15s after SIGTERM")
	}
}

func (n *crashNode) logs() string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.stderr.String()
}

// crashLog is a writer safe for the child's stderr copier and the test.
type crashLog struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *crashLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// armFsyncFault, when set (fsync_linux_test.go), prepares the child to
// make its fsyncs fail on a signal from the test.
var armFsyncFault func() error

// runCrashNode is the child: it serves the node configured at cfgPath on a
// free loopback port, printing the address, until SIGTERM (or SIGKILL).
func runCrashNode(t *testing.T, cfgPath string) {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	if v := os.Getenv(crashSkewEnv); v != "" {
		// A node whose clock runs ahead or behind: every time the node
		// reads through comity.Now is off by skew.
		skew, err := time.ParseDuration(v)
		if err != nil {
			t.Fatal(err)
		}
		comity.Now = func() time.Time { return time.Now().Add(skew).UTC() }
	}
	if armFsyncFault != nil {
		if err := armFsyncFault(); err != nil {
			t.Fatal(err)
		}
	}
	if path := os.Getenv(crashProfileEnv); path != "" {
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
		// And what it allocated, by call site, beside it.
		defer func() {
			if a, err := os.Create(path + ".allocs"); err == nil {
				pprof.Lookup("allocs").WriteTo(a, 0)
				a.Close()
			}
		}()
	}
	cfg, err := node.LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	level := slog.LevelWarn
	if os.Getenv(crashInfoLogEnv) != "" {
		level = slog.LevelInfo // comity serve's default: a line per request
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	n, err := node.Open(ctx, cfg, node.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	addr := "127.0.0.1:0"
	if a := os.Getenv(crashListenEnv); a != "" {
		addr = a // a federation member, at its address in the manifest
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("LISTENING %s\n", ln.Addr())
	serveErr := n.Serve(ctx, ln)
	closeCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := n.Close(closeCtx); err != nil {
		t.Fatalf("close: %v", err)
	}
	if serveErr != nil && !errors.Is(serveErr, http.ErrServerClosed) {
		t.Fatalf("serve: %v", serveErr)
	}
	fmt.Fprintln(os.Stderr, "NODE STOPPED")
}
