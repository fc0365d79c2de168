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
)

// serverProfileEnv, if set when BenchmarkServerCPU runs, is a path prefix:
// each sub-benchmark's node process writes its CPU profile to
// PREFIX-clients=N.pprof when it stops.
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
//	go test ./node/ -run '^$' -bench ServerCPU -benchtime 30000x
func BenchmarkServerCPU(b *testing.B) {
	for _, clients := range []int{4, 32, 256} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) { benchServerCPU(b, clients) })
	}
}

func benchServerCPU(b *testing.B, clients int) {
	ctx := context.Background()
	k := newKillFederation(b, b.TempDir())
	hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
		TLSClientConfig: &tls.Config{RootCAs: k.roots, MinVersion: tls.VersionTLS12}, ForceAttemptHTTP2: true,
		MaxIdleConnsPerHost: 64}}
	defer hc.CloseIdleConnections()
	env := []string{crashInfoLogEnv + "=1"}
	if p := os.Getenv(serverProfileEnv); p != "" {
		env = append(env, crashProfileEnv+"="+p+"-"+filepath.Base(b.Name())+".pprof")
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
	var cpu, wall [2]time.Duration
	b.ResetTimer()
	for range rounds {
		for i, fn := range []func(int64) error{healthz, read} {
			quiet(b, pid)
			c0, t0 := procCPU(b, pid), time.Now()
			drive(b, clients, per, fn)
			wall[i] += time.Since(t0)
			quiet(b, pid)
			cpu[i] += procCPU(b, pid) - c0
		}
	}
	b.StopTimer()
	total := float64(rounds * per)
	h, r := cpu[0].Seconds()*1e6/total, cpu[1].Seconds()*1e6/total
	b.ReportMetric(h, "healthz-server-µs/op")
	b.ReportMetric(r, "read-server-µs/op")
	b.ReportMetric(r/h, "read/healthz")
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

// quiet waits until the node process has used no CPU for 100 ms (its
// log's batch work for what came before is done), or for 2 s at most.
func quiet(b *testing.B, pid int) {
	last := procCPU(b, pid)
	for deadline := time.Now().Add(2 * time.Second); time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		now := procCPU(b, pid)
		if now == last {
			return
		}
		last = now
	}
}

// clockTicks is the unit of /proc/PID/stat's times (sysconf(_SC_CLK_TCK),
// 100 on every Linux this runs on).
const clockTicks = 100

// procCPU is the user and system CPU time process pid has used, all its
// threads together.
func procCPU(b *testing.B, pid int) time.Duration {
	raw, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	// The fields after the command name, which is in parentheses and may
	// hold spaces: state is the first, utime the 12th, stime the 13th.
	s := string(raw)
	fields := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	var ticks int64
	for _, f := range fields[11:13] {
		v, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			b.Fatalf("/proc/%d/stat: %v", pid, err)
		}
		ticks += v
	}
	return time.Duration(ticks) * time.Second / clockTicks
}
