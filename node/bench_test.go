package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/node"
)

// The benchmarks run one real node (SQLite store, Tessera ledger, HTTPS on
// loopback) and call it with the client package from the same process, so
// client and server share the machine's cores. Each reports its rate as a
// custom metric (reads/s, writes/s, records/s). Sub-benchmarks vary the
// number of requests in flight ("clients") and SQLite's synchronous pragma
// ("full", the default: every commit survives power loss; "normal": every
// commit survives a crash of the process, the last ones may not survive
// power loss).
//
//	go test ./node/ -run '^$' -bench . -benchtime 5s

// benchNode starts a one-node federation (CN) for a benchmark.
func benchNode(b *testing.B, synchronous string) (*testFed, *client.Client) {
	b.Helper()
	f := startFederationWith(b, func(c *node.Config) { c.Store.Synchronous = synchronous }, "CN")
	return f, f.client("CN", "controller")
}

// ndjson returns n records with ids prefix-0..n-1 as an import body.
func ndjson(prefix string, n int) []byte {
	var buf bytes.Buffer
	for i := range n {
		fmt.Fprintf(&buf, `{"id":"%s-%07d","category":"personal","subjects":["subject-%d"],"fields":{"name":"用户%d","phone":"+86 139 %04d %04d","city":"上海","seq":%d}}`+"\n",
			prefix, i, i, i, i%10000, (i*7)%10000, i)
	}
	return buf.Bytes()
}

// parallel runs op from exactly clients goroutines until b.N calls are
// done. Besides the rate, it reports the process's CPU time (client and
// node together) per call, "cpu-µs/op", which other load on a shared
// machine disturbs much less than the rate. (It used b.RunParallel, which
// rounds up to a multiple of GOMAXPROCS: "clients=1" ran two.)
func parallel(b *testing.B, clients int, op func(i int64) error) {
	var (
		next atomic.Int64
		wg   sync.WaitGroup
	)
	b.ResetTimer()
	cpu0 := cpuTime()
	for range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := next.Add(1) - 1; i < int64(b.N); i = next.Add(1) - 1 {
				if err := op(i); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
}

// cpuTime is the process's user and system CPU time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkGateRead measures single-record reads at home by the
// controller: authentication, the gate's decision, a ledger entry and a
// signed receipt per read, over HTTPS. "releases=off" removes the gate's
// release log (one SQLite write transaction per read) to show its cost.
func BenchmarkGateRead(b *testing.B) {
	for _, tc := range []struct {
		sync     string
		clients  int
		releases bool
	}{{"full", 16, true}, {"full", 256, true}, {"normal", 256, true}, {"full", 256, false}} {
		name := fmt.Sprintf("sync=%s/clients=%d", tc.sync, tc.clients)
		if !tc.releases {
			name += "/releases=off"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			f, c := benchNode(b, tc.sync)
			if !tc.releases {
				f.Nodes["CN"].Node.Gate.Releases = nil
			}
			const records = 1000
			if _, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(ndjson("CN-READ", records))); err != nil {
				b.Fatal(err)
			}
			parallel(b, tc.clients, func(i int64) error {
				rel, err := c.ReadRecord(ctx, fmt.Sprintf("CN-READ-%07d", i%records), "")
				if err == nil && (len(rel.Records) != 1 || rel.Receipt == nil) {
					err = fmt.Errorf("release %+v", rel)
				}
				return err
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reads/s")
		})
	}
}

// BenchmarkHealthz measures GET /healthz (no authentication, no store, no
// ledger) from the same clients: the floor that HTTPS on loopback, with the
// client on the same cores, puts under every other figure here.
func BenchmarkHealthz(b *testing.B) {
	f, _ := benchNode(b, "")
	hc := f.httpClient()
	defer hc.CloseIdleConnections()
	url := f.Nodes["CN"].URL + "/healthz"
	parallel(b, 256, func(int64) error {
		resp, err := hc.Get(url)
		if err != nil {
			return err
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("healthz: HTTP %d", resp.StatusCode)
		}
		return nil
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "req/s")
}

// BenchmarkCreate measures single-record creates, one transaction each.
func BenchmarkCreate(b *testing.B) {
	fields := json.RawMessage(`{"name":"用户","phone":"+86 139 1234 5678","city":"上海"}`)
	for _, sync := range []string{"full", "normal"} {
		for _, clients := range []int{16, 64} {
			b.Run(fmt.Sprintf("sync=%s/clients=%d", sync, clients), func(b *testing.B) {
				ctx := context.Background()
				_, c := benchNode(b, sync)
				parallel(b, clients, func(i int64) error {
					id := fmt.Sprintf("CN-W-%09d", i)
					_, err := c.CreateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal,
						Subjects: []string{"s-" + id}, Fields: fields})
					return err
				})
				b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "writes/s")
			})
		}
	}
}

// BenchmarkForwardedCreate measures creates sent to the DE node of records
// homed in CN: DE forwards each over mutual TLS to CN, which stores it.
// Both nodes run in this process.
func BenchmarkForwardedCreate(b *testing.B) {
	ctx := context.Background()
	f := startFederation(b, "CN", "DE")
	c := f.client("DE", "controller")
	fields := json.RawMessage(`{"name":"用户","phone":"+86 139 1234 5678","city":"上海"}`)
	parallel(b, 64, func(i int64) error {
		id := fmt.Sprintf("CN-F-%09d", i)
		_, err := c.CreateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal,
			Subjects: []string{"s-" + id}, Fields: fields})
		return err
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "writes/s")
}

// BenchmarkImportFile measures comity import end to end: an NDJSON file
// of b.N batches of 5,000 records, read and checked by
// client.ImportRecords (the CLI's importer, one batch in flight) and
// parsed, classified and stored by the node, SQLite with synchronous=full.
func BenchmarkImportFile(b *testing.B) {
	const batch = 5000
	ctx := context.Background()
	_, c := benchNode(b, "full")
	var file bytes.Buffer
	for i := range b.N {
		file.Write(ndjson(fmt.Sprintf("CN-F%06d", i), batch))
	}
	b.ResetTimer()
	cpu0 := cpuTime()
	res, err := c.ImportRecords(ctx, func(yield func(*comity.Record) error) error {
		return comity.ReadNDJSON(bytes.NewReader(file.Bytes()), yield)
	}, client.ImportOptions{Batch: batch})
	if err != nil || res.Created != b.N*batch {
		b.Fatalf("import = %+v, %v", res, err)
	}
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/float64(b.N), "cpu-µs/op")
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkImport measures bulk import of new records: NDJSON batches of
// 5,000 records per POST /v1/import (the CLI's default batch), each stored
// in one transaction; with two requests in flight one's parsing and
// classifying overlap the other's writing.
func BenchmarkImport(b *testing.B) {
	const batch = 5000
	for _, sync := range []string{"full", "normal"} {
		for _, clients := range []int{1, 2} {
			b.Run(fmt.Sprintf("sync=%s/clients=%d", sync, clients), func(b *testing.B) {
				ctx := context.Background()
				_, c := benchNode(b, sync)
				bodies := make([][]byte, b.N)
				for i := range bodies {
					bodies[i] = ndjson(fmt.Sprintf("CN-B%06d", i), batch)
				}
				parallel(b, clients, func(i int64) error {
					res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(bodies[i]))
					if err == nil && res.Created != batch {
						err = fmt.Errorf("import: %+v", res)
					}
					return err
				})
				b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "records/s")
			})
		}
	}
}
