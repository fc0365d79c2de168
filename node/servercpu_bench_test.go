package node_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger/mysqltest"
)

// serverProfileEnv, if set when BenchmarkServerCPU runs, is a path prefix:
// each sub-benchmark's node process writes its CPU profile to
// PREFIX-storage=S-clients=N.pprof when it stops.
const serverProfileEnv = "COMITY_BENCH_SERVER_PROFILE"

// BenchmarkServerCPU measures what a gated read costs the node, not the
// client: the node runs in its own process (this test binary re-executed,
// as in TestNodeSurvivesKill: node.Init's data directory, node.Open,
// Serve, SQLite and a Tessera log on disk, a JSON log line per request at
// info as comity serve writes by default), and the benchmark drives it
// over HTTPS on loopback with clients requests in flight. It reads the
// node process's CPU time (utime+stime in /proc/PID/stat) around
// alternating phases of b.N/3 GET /healthz and b.N/3 gated reads (GET
// /v1/records/{id} by the controller: authentication, the gate's
// decision, a log entry, a durable release and a signed receipt), three
// rounds each, so that both figures come from the same run and the same
// noise. Each phase waits for the node to go quiet before it reads the
// clock, so the log's batch work for a phase's reads is counted with
// them. It reports the node's CPU-µs per request for both, their ratio,
// and both rates. The rate a closed loop reaches depends on clients, and
// the log's per-batch work is shared by more reads at higher rates.
//
// storage=posix keeps the log in files, as node.Init sets it up;
// storage=mysql puts it in a fresh database on the MariaDB or MySQL server
// COMITY_TEST_MYSQL names (skipped when unset), where the per-batch sync is
// the server's redo log rather than the node's O_SYNC writes, renames and
// directory fsyncs. For mysql it also reads the CPU of every mariadbd or
// mysqld process on this machine around the same phases and reports it
// per request and in a second ratio, (node+mysqld read)/(node+mysqld
// healthz), since moving the log's work to the server only helps if the
// server does it for less. The server is shared: anything else using it
// during the run (another test, another benchmark) is counted too, and a
// server on another machine is not counted at all.
//
//	go test ./node/ -run '^$' -bench ServerCPU -benchtime 9000x
func BenchmarkServerCPU(b *testing.B) {
	for _, storage := range []string{"posix", "mysql"} {
		for _, clients := range []int{4, 32, 256} {
			b.Run(fmt.Sprintf("storage=%s/clients=%d", storage, clients), func(b *testing.B) {
				benchServerCPU(b, storage, clients)
			})
		}
	}
}

func benchServerCPU(b *testing.B, storage string, clients int) {
	ctx := context.Background()
	if storage == "mysql" && os.Getenv("COMITY_TEST_MYSQL") == "" {
		b.Skip("COMITY_TEST_MYSQL is unset: start a server with eval \"$(.ci/servers start)\"")
	}
	k := newKillFederation(b, b.TempDir())
	var mysqld []int // the database server's processes, whose CPU is counted too
	if storage == "mysql" {
		setConfig(b, k.cfgPath, map[string]any{"ledger": mysqltest.Database(b)})
		if mysqld = mysqldPIDs(b); len(mysqld) == 0 {
			b.Log("no mariadbd or mysqld process here: its CPU is not counted")
		}
	}
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: k.roots, MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true,
		MaxIdleConnsPerHost: 64}}
	defer hc.CloseIdleConnections()
	env := []string{crashInfoLogEnv + "=1"}
	if p := os.Getenv(serverProfileEnv); p != "" {
		env = append(env, crashProfileEnv+"="+p+"-storage="+storage+"-"+filepath.Base(b.Name())+".pprof")
	}
	n := startCrashNode(b, k.cfgPath, hc, env...)
	op := &client.Client{BaseURL: n.url, HTTP: hc, Token: k.opToken}
	p, err := op.CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "controller", Organisation: "cn-shop",
		Roles: []comity.Role{comity.RoleController}})
	if err != nil {
		b.Fatal(err)
	}
	c := &client.Client{BaseURL: n.url, HTTP: hc, Token: p.Token}
	const records = 1000
	if _, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(ndjson("CN-READ", records))); err != nil {
		b.Fatal(err)
	}
	healthz := func(int64) error {
		resp, err := hc.Get(n.url + "/healthz")
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("healthz: HTTP %d", resp.StatusCode)
		}
		return nil
	}
	read := func(i int64) error {
		rel, err := c.ReadRecord(ctx, fmt.Sprintf("CN-READ-%07d", i%records), "")
		if err == nil && (len(rel.Records) != 1 || rel.Receipt == nil) {
			err = fmt.Errorf("release %+v", rel)
		}
		return err
	}
	pid := n.cmd.Process.Pid
	// Warm both paths (connections, TLS sessions, caches, the heap).
	drive(b, clients, 2000, healthz)
	drive(b, clients, 2000, read)

	const rounds = 3
	per := max(1, (b.N+rounds-1)/rounds)
	var cpu, dbCPU, wall [2]time.Duration
	pids := append([]int{pid}, mysqld...)
	b.ResetTimer()
	for range rounds {
		for i, fn := range []func(int64) error{healthz, read} {
			quiet(b, pids...)
			c0, d0, t0 := procCPU(b, pid), procCPU(b, mysqld...), time.Now()
			drive(b, clients, per, fn)
			wall[i] += time.Since(t0)
			quiet(b, pids...)
			cpu[i] += procCPU(b, pid) - c0
			dbCPU[i] += procCPU(b, mysqld...) - d0
		}
	}
	b.StopTimer()
	total := float64(rounds * per)
	h, r := cpu[0].Seconds()*1e6/total, cpu[1].Seconds()*1e6/total
	b.ReportMetric(h, "healthz-server-µs/op")
	b.ReportMetric(r, "read-server-µs/op")
	b.ReportMetric(r/h, "read/healthz")
	if len(mysqld) > 0 {
		dh, dr := dbCPU[0].Seconds()*1e6/total, dbCPU[1].Seconds()*1e6/total
		b.ReportMetric(dh, "healthz-mysqld-µs/op")
		b.ReportMetric(dr, "read-mysqld-µs/op")
		b.ReportMetric((r+dr)/(h+dh), "read/healthz+mysqld")
	}
	b.ReportMetric(total/wall[0].Seconds(), "healthz/s")
	b.ReportMetric(total/wall[1].Seconds(), "reads/s")
	b.ReportMetric(0, "ns/op")
	if err := n.terminate(); err != nil {
		logs := n.logs() // a line per request: its end is what tells
		b.Errorf("node did not stop cleanly: %v\n%s", err, logs[max(0, len(logs)-4096):])
	}
}

// drive calls fn n times from clients goroutines.
func drive(b *testing.B, clients, n int, fn func(int64) error) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(n); i = next.Add(1) - 1 {
				if err := fn(i); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
}

// quiet waits until the processes (the node, and the database server
// holding its log if any) have used no CPU for 100 ms (the log's batch
// work for what came before is done), or for 2 s at most.
func quiet(b *testing.B, pids ...int) {
	last := procCPU(b, pids...)
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		now := procCPU(b, pids...)
		if now == last {
			return
		}
		last = now
	}
}

// clockTicks is the unit of /proc/PID/stat's times (sysconf(_SC_CLK_TCK),
// 100 on every Linux this runs on).
const clockTicks = 100

// procCPU is the user and system CPU time the processes pids have used,
// all their threads together.
func procCPU(b *testing.B, pids ...int) time.Duration {
	var ticks int64
	for _, pid := range pids {
		raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
		if err != nil {
			b.Fatal(err)
		}
		// The fields after the command name, which is in parentheses and
		// may hold spaces: state is the first, utime the 12th, stime the
		// 13th.
		s := string(raw)
		fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
		for _, f := range fields[11:13] {
			v, err := strconv.ParseInt(f, 10, 64)
			if err != nil {
				b.Fatalf("/proc/%d/stat: %v", pid, err)
			}
			ticks += v
		}
	}
	return time.Duration(ticks) * time.Second / clockTicks
}

// mysqldPIDs finds the MariaDB or MySQL server processes on this machine
// by their command name, all of them: with one server, as .ci/servers
// starts, that is the one COMITY_TEST_MYSQL names, and matching a
// listening socket to its process instead would need every process's fds.
func mysqldPIDs(b *testing.B) []int {
	comms, err := filepath.Glob("/proc/[0-9]*/comm")
	if err != nil {
		b.Fatal(err)
	}
	var pids []int
	for _, path := range comms {
		comm, err := os.ReadFile(path)
		if err != nil {
			continue // gone since the glob
		}
		if name := strings.TrimSpace(string(comm)); name == "mariadbd" || name == "mysqld" {
			pid, _ := strconv.Atoi(filepath.Base(filepath.Dir(path)))
			pids = append(pids, pid)
		}
	}
	return pids
}
