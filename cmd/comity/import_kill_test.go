package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/postgres/pgtest"
)

// childEnv marks a re-executed test binary that runs Main (see
// TestMainProcess) instead of the tests.
const childEnv = "COMITY_TEST_MAIN"

// TestMainProcess is not a test of its own: run as a child process with
// childEnv set, the test binary becomes the comity binary, running Main on
// the arguments after "--" with main's signal handling. Tests use it to kill
// a real node process.
func TestMainProcess(t *testing.T) {
	if os.Getenv(childEnv) != "1" {
		t.Skip("runs only as a child process")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, args, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// comityCmd returns the command that runs "comity args..." in a child.
func comityCmd(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], append([]string{"-test.run=^TestMainProcess$", "--"}, args...)...)
	cmd.Env = append(os.Environ(), childEnv+"=1")
	return cmd
}

// server is a "comity serve" child process.
type server struct {
	cmd     *exec.Cmd
	url     string        // https://127.0.0.1:PORT
	imports chan struct{} // one value per successful POST /v1/import it logs
	exited  chan struct{}
	mu      sync.Mutex
	log     bytes.Buffer
	batches int // successful imports logged: each was committed before its answer
	err     error
}

// startServer runs "comity serve" on a free loopback port (COMITY_LISTEN
// overrides the config's address) and waits until /readyz answers 200. A
// port taken between choosing it and binding it is retried.
func startServer(t *testing.T, config string, hc *http.Client) *server {
	t.Helper()
	for attempt := 1; ; attempt++ {
		s, err := tryServer(t, config, hc)
		if err == nil {
			return s
		}
		if attempt == 3 || !strings.Contains(s.logs(), "address already in use") {
			t.Fatalf("%v\n%s", err, s.logs())
		}
	}
}

func tryServer(t *testing.T, config string, hc *http.Client) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	s := &server{cmd: comityCmd("serve", "--config", config), url: "https://" + addr,
		imports: make(chan struct{}, 1000), exited: make(chan struct{})}
	s.cmd.Env = append(s.cmd.Env, "COMITY_LISTEN="+addr)
	stderr, err := s.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := s.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.kill() })
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			line := sc.Text()
			s.mu.Lock()
			s.log.WriteString(line + "\n")
			s.mu.Unlock()
			if strings.Contains(line, `"route":"POST /v1/import"`) && strings.Contains(line, `"status":200`) {
				s.mu.Lock()
				s.batches++
				s.mu.Unlock()
				select {
				case s.imports <- struct{}{}:
				default: // nobody is counting; never block the node's logging
				}
			}
		}
		s.err = s.cmd.Wait()
		close(s.exited)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for {
		resp, err := hc.Get(s.url + "/readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		select {
		case <-s.exited:
			return s, fmt.Errorf("comity serve exited before it was ready: %v", s.err)
		default:
		}
		if time.Now().After(deadline) {
			return s, fmt.Errorf("comity serve not ready after 20s: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *server) logs() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.log.String()
}

// kill sends SIGKILL (no shutdown, no flush) and waits for the exit.
func (s *server) kill() {
	select {
	case <-s.exited:
		return
	default:
	}
	s.cmd.Process.Signal(syscall.SIGKILL)
	<-s.exited
}

// terminate sends SIGTERM and returns the exit error (nil for status 0).
func (s *server) terminate(t *testing.T) error {
	s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return s.err
	case <-time.After(15 * time.Second):
		t.Fatalf("comity serve did not stop 15s after SIGTERM\n%s", s.logs())
		return nil
	}
}

var storedPrefix = regexp.MustCompile(`after (\d+) records stored`)

// TestImportSurvivesKill runs a real node process, SIGKILLs it in the middle
// of "comity import" (itself a child process) three times in a row, and
// checks after each restart that every record the import acknowledged is
// stored; then it runs the import to completion and checks that every
// record is stored exactly once and that the node stops and restarts
// cleanly. It does so on each store: SQLite, and PostgreSQL (a fresh
// schema on the test server; skipped with COMITY_TEST_NO_POSTGRES=1).
func TestImportSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and kills node processes")
	}
	t.Run("store=sqlite", func(t *testing.T) { testImportSurvivesKill(t) })
	t.Run("store=postgres", func(t *testing.T) {
		url, schema := pgtest.Schema(t)
		sep := "?"
		if strings.Contains(url, "?") {
			sep = "&"
		}
		testImportSurvivesKill(t, "--store", url+sep+"search_path="+schema)
	})
}

// testImportSurvivesKill is TestImportSurvivesKill on a node made by init
// with the extra arguments given.
func testImportSurvivesKill(t *testing.T, initArgs ...string) {
	ctx := context.Background()
	dir := t.TempDir()
	nodeDir := filepath.Join(dir, "cn")
	var out, errb bytes.Buffer
	if code := Main(ctx, append([]string{"init", "--dir", nodeDir, "--jurisdiction", "CN"}, initArgs...), nil, &out, &errb); code != 0 {
		t.Fatalf("init: %s", errb.String())
	}
	config := filepath.Join(nodeDir, "node.yaml")
	caFile := filepath.Join(nodeDir, "ca", federation.CACertFile)
	roots, err := federation.LoadCertPool(caFile)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: roots}}}

	// The import file: N records with fixed ids, so that a re-run is
	// idempotent.
	const n = 4000
	file := filepath.Join(dir, "records.ndjson")
	var recs bytes.Buffer
	want := map[string]string{} // id -> compact fields
	ids := make([]string, n)
	for i := range n {
		ids[i] = fmt.Sprintf("CN-KILL-%05d", i)
		fields := fmt.Sprintf(`{"name":"用户%d","phone":"+86 139 %04d %04d","seq":%d}`, i, i%10000, (i*7)%10000, i)
		want[ids[i]] = fields
		fmt.Fprintf(&recs, `{"id":%q,"category":"personal","subjects":["cn-subject-%d"],"fields":%s}`+"\n", ids[i], i, fields)
	}
	if err := os.WriteFile(file, recs.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}

	srv := startServer(t, config, hc)
	out.Reset()
	errb.Reset()
	if code := Main(ctx, []string{"principal", "add", "--node", srv.url, "--ca", caFile, "--token-file", filepath.Join(nodeDir, "operator.token"),
		"--id", "importer", "--organisation", "acme-group", "--role", "controller"}, nil, &out, &errb); code != 0 {
		t.Fatalf("principal add: %s", errb.String())
	}
	token := strings.TrimSpace(out.String())
	c := &client.Client{BaseURL: srv.url, Token: token, HTTP: hc}

	importCmd := func() *exec.Cmd {
		cmd := comityCmd("import", file, "--node", srv.url, "--ca", caFile, "--batch", "100", "--quiet")
		cmd.Env = append(cmd.Env, "COMITY_TOKEN="+token)
		return cmd
	}

	for round := 1; round <= 3; round++ {
		// Kill the node after it has acknowledged a few batches of this run.
		drain(srv.imports)
		imp := importCmd()
		var impOut, impErr bytes.Buffer
		imp.Stdout, imp.Stderr = &impOut, &impErr
		if err := imp.Start(); err != nil {
			t.Fatal(err)
		}
		// Rounds reach further each time (the file has n/100 batches), so
		// that each kill lands among records not yet stored.
		for range 10*round - 5 {
			select {
			case <-srv.imports:
			case <-time.After(20 * time.Second):
				t.Fatalf("round %d: no import acknowledged\n%s", round, srv.logs())
			}
		}
		time.Sleep(time.Duration(rand.IntN(3000)) * time.Microsecond) // land anywhere in the next batch
		srv.kill()
		impErr2 := imp.Wait()

		// The node logs an import as successful only after committing it,
		// and the importer sends batches of 100 in file order, so the
		// first 100 × (batches logged by the killed node) records must
		// survive; they include every batch the importer saw acknowledged.
		srv.mu.Lock()
		acked := min(n, 100*srv.batches)
		srv.mu.Unlock()
		if impErr2 == nil {
			t.Logf("round %d: the import finished before the kill", round)
			acked = n
		} else if m := storedPrefix.FindStringSubmatch(impErr.String()); m != nil {
			if k, _ := strconv.Atoi(m[1]); k > acked {
				t.Errorf("round %d: importer saw %d records acknowledged, the node logged only %d", round, k, acked)
			}
		}
		t.Logf("round %d: killed after %d records committed; importer: %s", round, acked, strings.TrimSpace(impErr.String()))
		if acked < 100 {
			t.Errorf("round %d: only %d records acknowledged before the kill", round, acked)
		}

		srv = startServer(t, config, hc)
		c.BaseURL = srv.url
		got := listAll(t, c)
		for _, id := range ids[:acked] {
			if _, ok := got[id]; !ok {
				t.Fatalf("round %d: acknowledged record %s lost after the kill (%d stored)", round, id, len(got))
			}
		}
		checkRecords(t, got, want)
	}

	// Finish the import: every record once, none twice.
	imp := importCmd()
	b, err := imp.CombinedOutput()
	if err != nil {
		t.Fatalf("final import: %v\n%s", err, b)
	}
	var created, updated, unchanged int
	if _, err := fmt.Sscanf(lastLine(string(b)), "imported "+file+": %d created, %d updated, %d unchanged", &created, &updated, &unchanged); err != nil {
		t.Fatalf("final import said %q: %v", b, err)
	}
	if created+unchanged != n || updated != 0 {
		t.Errorf("final import: %d created, %d updated, %d unchanged; want created+unchanged = %d, 0 updated", created, updated, unchanged, n)
	}
	got := listAll(t, c)
	if len(got) != n {
		t.Errorf("%d records stored, want %d", len(got), n)
	}
	checkRecords(t, got, want)

	// A clean stop and restart keeps everything.
	if err := srv.terminate(t); err != nil {
		t.Fatalf("SIGTERM: exit %v\n%s", err, srv.logs())
	}
	srv = startServer(t, config, hc)
	c.BaseURL = srv.url
	if got := listAll(t, c); len(got) != n {
		t.Errorf("after a clean restart: %d records, want %d", len(got), n)
	}
	if err := srv.terminate(t); err != nil {
		t.Fatalf("SIGTERM: exit %v\n%s", err, srv.logs())
	}
}

// listAll pages through the caller's records through the gate and returns
// them by id, failing on a duplicate id.
func listAll(t *testing.T, c *client.Client) map[string]*comity.Record {
	t.Helper()
	out := map[string]*comity.Record{}
	f := comity.RecordFilter{Limit: 1000}
	for {
		rel, err := c.ListRecords(context.Background(), "", f)
		if err != nil {
			t.Fatalf("list records: %v", err)
		}
		for _, r := range rel.Records {
			if _, dup := out[r.ID]; dup {
				t.Fatalf("record %s listed twice", r.ID)
			}
			out[r.ID] = r
		}
		if rel.Next == "" {
			return out
		}
		f.Cursor = rel.Next
	}
}

// checkRecords checks that every stored record is one of the file's, with
// its content, written once (version 1: a repeated import changes nothing).
func checkRecords(t *testing.T, got map[string]*comity.Record, want map[string]string) {
	t.Helper()
	for id, r := range got {
		fields, ok := want[id]
		if !ok {
			t.Fatalf("unexpected record %s", id)
		}
		var a, b any
		if err := errors.Join(json.Unmarshal(r.Fields, &a), json.Unmarshal([]byte(fields), &b)); err != nil {
			t.Fatal(err)
		}
		if !jsonEqual(a, b) || r.Version != 1 || r.Home != "CN" || r.Controller != "acme-group" {
			t.Fatalf("record %s stored as %+v (fields %s), want fields %s at version 1", id, r, r.Fields, fields)
		}
	}
}

func jsonEqual(a, b any) bool {
	x, _ := json.Marshal(a)
	y, _ := json.Marshal(b)
	return bytes.Equal(x, y)
}

func drain(c chan struct{}) {
	for {
		select {
		case <-c:
		default:
			return
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}
