package node_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
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

// diskChildEnv marks the test binary re-executed in its own mount
// namespace (see inMountNamespace).
const diskChildEnv = "COMITY_NODE_DISK_CHILD"

// inMountNamespace re-executes the running test, alone, under
// `unshare -m` so that it may mount a small filesystem that no one else
// sees and that vanishes with it. It returns true in the child, which
// runs the test; in the parent it runs the child, fails with its output if
// the child fails, and returns false. It skips, loudly, only where mount
// namespaces cannot be created (not root, no unshare).
func inMountNamespace(t *testing.T) bool {
	if os.Getenv(diskChildEnv) != "" {
		return true
	}
	if os.Geteuid() != 0 {
		t.Skip("SKIPPED: mounting a small filesystem needs root (to create a mount namespace); this fault is NOT tested here")
	}
	unshare, err := exec.LookPath("unshare")
	if err != nil {
		t.Skip("SKIPPED: no unshare(1) (util-linux) to create a mount namespace; this fault is NOT tested here")
	}
	if out, err := exec.Command(unshare, "-m", "--propagation", "private", "true").CombinedOutput(); err != nil {
		t.Skipf("SKIPPED: cannot create a mount namespace (%v: %s); this fault is NOT tested here", err, out)
	}
	cmd := exec.Command(unshare, "-m", "--propagation", "private", os.Args[0], "-test.run=^"+t.Name()+"$", "-test.v", "-test.count=1")
	cmd.Env = append(os.Environ(), diskChildEnv+"=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("in a mount namespace: %v\n%s", err, out)
	}
	t.Logf("in a mount namespace:\n%s", out)
	return false
}

// mountTmpfs mounts a tmpfs of size bytes at a new directory.
func mountTmpfs(t *testing.T, size int) string {
	dir := filepath.Join(t.TempDir(), "small")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0700", size)); err != nil {
		t.Fatalf("mount tmpfs: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	return dir
}

// fill writes path until the filesystem has no space left.
func fill(t *testing.T, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, n := range []int{1 << 16, 1 << 12, 1} {
		buf := bytes.Repeat([]byte{0xaa}, n)
		for {
			if _, err := f.Write(buf); err != nil {
				if !errors.Is(err, syscall.ENOSPC) {
					t.Fatal(err)
				}
				break
			}
		}
	}
	f.Sync()
}

// TestDiskFull runs a standalone node whose whole data directory (ledger
// and database) is on a 24 MiB tmpfs, fills the filesystem while a client
// reads, and frees it again. Every read either is released with a receipt
// or refused; the node reports not ready while it cannot publish, resumes
// by itself once space returns, and afterwards every receipt proves, the
// log audits, the allow decisions in the log cover every release, the
// database passes SQLite's integrity check and holds every record
// acknowledged, and the node reopens from that directory.
func TestDiskFull(t *testing.T) {
	if !inMountNamespace(t) {
		return
	}
	ctx := context.Background()
	disk := mountTmpfs(t, 24<<20)
	dir := filepath.Join(disk, "node")
	const mmd = 500 * time.Millisecond
	cfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Jurisdiction: "DE", Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	cfg.Ledger.MaxMergeDelay = mmd
	roots, err := federation.LoadCertPool(cfg.TLS.Roots...)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}}}
	defer hc.CloseIdleConnections()

	open := func() (*node.Node, string, func()) {
		n, err := node.Open(ctx, cfg, node.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
		if err != nil {
			t.Fatal(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		runCtx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- n.Serve(runCtx, ln) }()
		return n, "https://" + ln.Addr().String(), func() {
			cancel()
			<-done
			closeCtx, cancelClose := context.WithTimeout(ctx, 5*time.Second)
			defer cancelClose()
			n.Close(closeCtx)
		}
	}
	n, url, stop := open()
	c := &client.Client{BaseURL: url, HTTP: hc, Token: opToken}
	p, err := c.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "controller", Organisation: "acme", Roles: []comity.Role{comity.RoleController}})
	if err != nil {
		t.Fatal(err)
	}
	c.Token = p.Token
	const records = 20
	if res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(crashNDJSON(records))); err != nil || res.Created != records {
		t.Fatalf("import: %+v %v", res, err)
	}
	var (
		released []crashRelease
		refused  int
	)
	read := func(i int) error {
		id := crashRecordID(i % records)
		rel, err := c.ReadRecord(ctx, id, "customer service")
		if err != nil {
			refused++
			return err
		}
		if rel.Receipt == nil || len(rel.Records) != 1 {
			t.Fatalf("release of %s without a receipt: %+v", id, rel)
		}
		released = append(released, crashRelease{id: id, receipt: rel.Receipt})
		return nil
	}
	ready := func() int {
		resp, err := hc.Get(url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	for i := range 10 {
		if err := read(i); err != nil {
			t.Fatal(err)
		}
	}

	filler := filepath.Join(disk, "filler")
	fill(t, filler)
	var errs []error
	deadline := time.Now().Add(20 * mmd)
	for i := 0; ready() == http.StatusOK; i++ {
		if time.Now().After(deadline) {
			t.Fatalf("still ready %s after the disk filled", 20*mmd)
		}
		if err := read(i); err != nil {
			errs = append(errs, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
	for i := range 5 {
		if err := read(i); comity.ErrorCode(err) != comity.EUNAVAILABLE {
			t.Fatalf("read on a full disk: %v, want EUNAVAILABLE", err)
		}
	}
	// The store refuses writes for want of space with a clear problem,
	// not an internal error.
	_, err = c.CreateRecord(ctx, comityhttp.RecordInput{ID: "DE-FULL-1", Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
	createdWhileFull := err == nil
	if !createdWhileFull && (comity.ErrorCode(err) != comity.EUNAVAILABLE || !strings.Contains(err.Error(), "disk is full")) {
		t.Fatalf("a record write on a full disk: %v, want EUNAVAILABLE naming the disk", err)
	}
	t.Logf("disk full: %d reads released, %d refused (first errors: %v); a record write answered %v", len(released), refused, head(errs, 2), err)

	if err := os.Remove(filler); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(40 * mmd)
	for ready() != http.StatusOK {
		if time.Now().After(deadline) {
			t.Fatalf("not ready %s after space returned: %v", 40*mmd, n.Log.Suspended())
		}
		time.Sleep(20 * time.Millisecond)
	}
	for i := range 10 {
		if err := read(i); err != nil {
			t.Fatalf("read after space returned: %v", err)
		}
	}
	stop()

	// The node reopens from what the fault left on disk, and proves it.
	n, url, stop = open()
	defer stop()
	key, err := federation.LoadPrivateKey(cfg.Key)
	if err != nil {
		t.Fatal(err)
	}
	_, vkey, _ := ledger.KeyFromEd25519(cfg.Name, key)
	v, err := note.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	pseudonymKey, err := os.ReadFile(cfg.Ledger.SubjectKey)
	if err != nil {
		t.Fatal(err)
	}
	crashCheckReleases(t, hc, url+"/log/", v, mmd, pseudonymKey, released)
	rep, err := audit.Verify(ctx, audit.Config{URL: url + "/log/", Verifier: v, HTTPClient: hc})
	if err != nil {
		t.Fatalf("the log does not verify after the disk filled: %v", err)
	}
	allowed := 0
	for _, f := range rep.Flows {
		if f.Requester == "acme" && f.Outcome == string(comity.Allow) {
			allowed += f.Count
		}
	}
	if allowed < len(released) {
		t.Fatalf("%d releases, %d allow decisions in the log", len(released), allowed)
	}
	db, err := sql.Open("sqlite", "file:"+cfg.Store.Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	var count int
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q %v", check, err)
	}
	if err := db.QueryRow("SELECT count(*) FROM records").Scan(&count); err != nil {
		t.Fatal(err)
	}
	want := records
	if createdWhileFull {
		want++
	}
	if count != want {
		t.Fatalf("%d records in the store, %d acknowledged", count, want)
	}
	t.Logf("after the fault: %d releases proved, log of %d entries audits, %d records intact", len(released), rep.Checkpoint.Size, count)
}

func head(errs []error, n int) []string {
	var out []string
	for _, e := range errs[:min(n, len(errs))] {
		out = append(out, strings.SplitN(e.Error(), "\n", 2)[0])
	}
	return out
}
