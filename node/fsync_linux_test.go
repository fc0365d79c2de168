//go:build linux

package node_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"database/sql"
	"fmt"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/node"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/sys/unix"
)

// crashFsyncEnv, set in a crash node's environment, arms it: on SIGUSR1
// the child installs a seccomp filter under which sync system calls of
// every thread fail with EIO, as a disk whose write-back fails makes them
// fail. "all" fails every fsync, fdatasync, sync_file_range, syncfs and
// sync; "store:PATH" fails only fsync and fdatasync of the files open at
// that moment whose names begin with PATH (the store's database, its WAL
// and shared memory), so that the log's disk stays sound. Nothing is lost
// in fact (the page cache still holds the data), but the process is told
// that what it writes is not durable.
const crashFsyncEnv = "COMITY_NODE_CRASH_FSYNC_EIO"

func init() {
	armFsyncFault = func() error {
		mode := os.Getenv(crashFsyncEnv)
		if mode == "" {
			return nil
		}
		if _, err := fsyncFilter(nil); err != nil {
			return err
		}
		usr1 := make(chan os.Signal, 1)
		signal.Notify(usr1, syscall.SIGUSR1)
		go func() {
			<-usr1
			var fds []uint32
			if prefix, ok := strings.CutPrefix(mode, "store:"); ok {
				fds = openFiles(prefix)
				if len(fds) == 0 {
					fmt.Fprintf(os.Stderr, "FSYNC FAULT NOT ARMED: no open file begins with %s\n", prefix)
					return
				}
			}
			prog, _ := fsyncFilter(fds)
			// TSYNC puts every thread of the process under the filter,
			// not just this one; threads made later inherit it. The
			// test runs as root (CAP_SYS_ADMIN), so no_new_privs is not
			// needed.
			fp := unix.SockFprog{Len: uint16(len(prog)), Filter: &prog[0]}
			if _, _, errno := unix.Syscall(unix.SYS_SECCOMP, unix.SECCOMP_SET_MODE_FILTER, unix.SECCOMP_FILTER_FLAG_TSYNC,
				uintptr(unsafe.Pointer(&fp))); errno != 0 {
				fmt.Fprintf(os.Stderr, "FSYNC FAULT NOT ARMED: seccomp: %v\n", errno)
				return
			}
			fmt.Fprintf(os.Stderr, "FSYNC FAULT ARMED (%s, descriptors %v)\n", mode, fds)
		}()
		return nil
	}
}

// openFiles returns the descriptors of this process's open files whose
// paths begin with prefix.
func openFiles(prefix string) []uint32 {
	ents, _ := os.ReadDir("/proc/self/fd")
	var out []uint32
	for _, e := range ents {
		target, err := os.Readlink("/proc/self/fd/" + e.Name())
		if err != nil || !strings.HasPrefix(target, prefix) {
			continue
		}
		var fd uint32
		if _, err := fmt.Sscan(e.Name(), &fd); err == nil {
			out = append(out, fd)
		}
	}
	return out
}

// fsyncFilter is the classic-BPF program: on this architecture, the sync
// system calls return EIO; everything else is allowed. With fds, only
// fsync and fdatasync of those descriptors fail.
func fsyncFilter(fds []uint32) ([]unix.SockFilter, error) {
	var arch uint32
	switch runtime.GOARCH {
	case "amd64":
		arch = unix.AUDIT_ARCH_X86_64
	case "arm64":
		arch = unix.AUDIT_ARCH_AARCH64
	default:
		return nil, fmt.Errorf("no seccomp architecture for %s", runtime.GOARCH)
	}
	const (
		ld  = unix.BPF_LD | unix.BPF_W | unix.BPF_ABS
		jeq = unix.BPF_JMP | unix.BPF_JEQ | unix.BPF_K
		ret = unix.BPF_RET | unix.BPF_K
	)
	allow := unix.SockFilter{Code: ret, K: unix.SECCOMP_RET_ALLOW}
	eio := unix.SockFilter{Code: ret, K: unix.SECCOMP_RET_ERRNO | uint32(unix.EIO)}
	// struct seccomp_data: int nr at 0, __u32 arch at 4, __u64 ip at 8,
	// __u64 args[6] from 16 (the low half of args[0] at 16 on these
	// little-endian machines).
	prog := []unix.SockFilter{
		{Code: ld, K: 4},
		{Code: jeq, Jt: 1, K: arch},
		allow, // another ABI: leave it alone
		{Code: ld, K: 0},
	}
	if fds == nil {
		calls := []uint32{unix.SYS_FSYNC, unix.SYS_FDATASYNC, unix.SYS_SYNC_FILE_RANGE, unix.SYS_SYNCFS, unix.SYS_SYNC}
		for i, nr := range calls {
			// Match: jump over the remaining tests and the allow, to EIO.
			prog = append(prog, unix.SockFilter{Code: jeq, Jt: uint8(len(calls) - i), K: nr})
		}
		return append(prog, allow, eio), nil
	}
	// fsync or fdatasync: go on to the descriptor; anything else: jump
	// over the descriptor tests to the allow. Then a match on any of fds
	// jumps over the rest and the allow, to EIO.
	prog = append(prog,
		unix.SockFilter{Code: jeq, Jt: 1, K: unix.SYS_FSYNC},
		unix.SockFilter{Code: jeq, Jf: uint8(len(fds) + 1), K: unix.SYS_FDATASYNC},
		unix.SockFilter{Code: ld, K: 16},
	)
	for i, fd := range fds {
		prog = append(prog, unix.SockFilter{Code: jeq, Jt: uint8(len(fds) - i), K: fd})
	}
	return append(prog, allow, eio), nil
}

// TestFsyncFailure runs a standalone node in a child process while a
// controller creates records and readers read them, then makes every
// fsync of the node fail with EIO (a seccomp filter the child installs on
// SIGUSR1). Nothing may be released without a receipt; the node must stop
// answering ready (or exit) within the merge delay; it is then killed and
// restarted without the filter, and every receipt handed out (before and
// after the failure) must prove, the log audit, the database pass SQLite's
// integrity check and hold every record whose creation was acknowledged.
func TestFsyncFailure(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns node processes")
	}
	if os.Geteuid() != 0 {
		t.Skip("SKIPPED: a seccomp filter across all threads (TSYNC) without no_new_privs needs root; this fault is NOT tested here")
	}
	if _, err := fsyncFilter(nil); err != nil {
		t.Skipf("SKIPPED: %v; this fault is NOT tested here", err)
	}
	t.Run("every fsync", func(t *testing.T) { testFsyncFailure(t, false) })
	t.Run("the store's fsyncs", func(t *testing.T) { testFsyncFailure(t, true) })
}

// testFsyncFailure is TestFsyncFailure with every fsync failing, or with
// only the store's (the log's disk sound).
func testFsyncFailure(t *testing.T, storeOnly bool) {
	ctx := context.Background()
	dir := t.TempDir()
	const mmd = time.Second
	cfg, opToken, err := node.Init(ctx, node.InitConfig{Dir: dir, Jurisdiction: "DE", Listen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	cfgPath := filepath.Join(dir, "node.yaml")
	roots, err := federation.LoadCertPool(cfg.TLS.Roots...)
	if err != nil {
		t.Fatal(err)
	}
	hc := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: roots, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 16}}
	defer hc.CloseIdleConnections()
	env := "COMITY_MAX_MERGE_DELAY=" + mmd.String()
	mode := "all"
	if storeOnly {
		mode = "store:" + cfg.Store.Path
	}
	n := startCrashNode(t, cfgPath, hc, env, crashFsyncEnv+"="+mode)
	c := &client.Client{BaseURL: n.url, HTTP: hc, Token: opToken}
	p, err := c.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "controller", Organisation: "acme", Roles: []comity.Role{comity.RoleController}})
	if err != nil {
		t.Fatal(err)
	}
	c.Token = p.Token
	const records = 50
	if res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(crashNDJSON(records))); err != nil || res.Created != records {
		t.Fatalf("import: %+v %v", res, err)
	}

	var (
		mu            sync.Mutex
		released      []crashRelease
		after         int // releases answered after the filter was armed
		created       = map[string]bool{}
		refusals      = map[string]int{}
		armed         time.Time
		failed        error
		runCtx, stop  = context.WithCancel(ctx)
		wg            sync.WaitGroup
		createdAfter  int
		refused       []string // creates the store refused
		notReadyAfter time.Duration
	)
	for i := range records {
		created[crashRecordID(i)] = true
	}
	for g := range 4 {
		wg.Go(func() {
			for i := g; runCtx.Err() == nil; i += 4 {
				id := crashRecordID(i % records)
				rel, err := c.ReadRecord(ctx, id, "customer service")
				mu.Lock()
				switch {
				case err != nil:
					refusals["read: "+comity.ErrorMessage(err)]++
				case rel.Receipt == nil || len(rel.Records) != 1:
					failed = firstErr(failed, fmt.Errorf("read %s released %d records, receipt %v", id, len(rel.Records), rel.Receipt))
				default:
					released = append(released, crashRelease{id: id, receipt: rel.Receipt})
					if !armed.IsZero() {
						after++
					}
				}
				mu.Unlock()
				if err != nil {
					time.Sleep(20 * time.Millisecond)
				}
			}
		})
	}
	wg.Go(func() {
		for i := 0; runCtx.Err() == nil; i++ {
			id := fmt.Sprintf("DE-FSYNC-%d", i)
			_, err := c.CreateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryGeneral, Fields: personal(`{"a":1}`)})
			mu.Lock()
			if err == nil {
				created[id] = true
				if !armed.IsZero() {
					createdAfter++
				}
			} else {
				refusals["create: "+comity.ErrorMessage(err)]++
				if comity.ErrorCode(err) == comity.EUNAVAILABLE && strings.Contains(err.Error(), "store cannot write") {
					refused = append(refused, id)
					if strings.Contains(err.Error(), "nothing was changed") {
						failed = firstErr(failed, fmt.Errorf("create %s refused after a failed fsync, saying nothing was changed: %v", id, err))
					}
				}
			}
			mu.Unlock()
			time.Sleep(10 * time.Millisecond)
		}
	})
	time.Sleep(mmd)
	mu.Lock()
	armed = time.Now()
	mu.Unlock()
	if err := n.cmd.Process.Signal(syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	// Within the merge delay (and a round of publishing), the node stops
	// answering ready, or exits.
	exited := false
	for deadline := armed.Add(mmd + time.Second); ; time.Sleep(20 * time.Millisecond) {
		select {
		case <-n.exited:
			exited = true
		default:
		}
		if ready, _ := readyWithin(hc, n.url, time.Second); exited || !ready {
			notReadyAfter = time.Since(armed)
			break
		}
		if time.Now().After(deadline) {
			stop()
			wg.Wait()
			t.Fatalf("still ready %v after every fsync began to fail\n%s", time.Since(armed), n.logs())
		}
	}
	time.Sleep(mmd) // clients keep trying
	stop()
	wg.Wait()
	// Crash-only: it stops by itself (after at most the graceful
	// shutdown's 10 s for requests in flight).
	select {
	case <-n.exited:
		exited = true
	case <-time.After(15 * time.Second):
	}
	if failed != nil {
		t.Fatal(failed)
	}
	if !strings.Contains(n.logs(), "FSYNC FAULT ARMED") {
		t.Fatalf("the child did not install the filter:\n%s", n.logs())
	}
	// Readiness says why.
	if !exited {
		if resp, err := hc.Get(n.url + "/readyz"); err == nil {
			var b bytes.Buffer
			b.ReadFrom(resp.Body)
			resp.Body.Close()
			t.Logf("/readyz: %d %s", resp.StatusCode, strings.TrimSpace(b.String()))
		}
	}
	logs := n.logs()
	n.kill()
	t.Logf("fsync failing: not ready after %v (exited: %t); %d reads released in all, %d after the fault; %d records created after it; refusals %v",
		notReadyAfter.Round(time.Millisecond), exited, len(released), after, createdAfter, refusals)
	want := "DISK FAILED" // the log's or the store's, whichever fails first
	if storeOnly {
		want = "STORE DISK FAILED"
	}
	if !exited || !strings.Contains(logs, want) {
		t.Errorf("the node did not stop, saying why, when its fsyncs failed (crash-only):\n%s", logs)
	}

	// Restarted without the filter: what was acknowledged is there, and
	// proves.
	n = startCrashNode(t, cfgPath, hc, env)
	defer n.terminate()
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
	crashCheckReleases(t, hc, n.url+"/log/", v, 30*mmd, pseudonymKey, released)
	rep, err := audit.Verify(ctx, audit.Config{URL: n.url + "/log/", Verifier: v, HTTPClient: hc})
	if err != nil {
		t.Fatalf("the log does not verify after failed fsyncs: %v", err)
	}
	db, err := sql.Open("sqlite", "file:"+cfg.Store.Path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var check string
	if err := db.QueryRow("PRAGMA integrity_check").Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q %v", check, err)
	}
	stored := storedRecords(t, cfg.Store.Path)
	for id := range created {
		if _, ok := stored[id]; !ok {
			t.Errorf("record %s was acknowledged and is lost", id)
		}
	}
	appeared := 0
	for _, id := range refused {
		if _, ok := stored[id]; ok {
			appeared++
		}
	}
	t.Logf("creates refused by the store when its fsync failed: %d, of which %d are stored after the restart (their answer said the outcome was unknown until then)", len(refused), appeared)
	t.Logf("after restart: %d receipts proved, log of %d entries audits, %d acknowledged records all stored", len(released), rep.Checkpoint.Size, len(created))
}
