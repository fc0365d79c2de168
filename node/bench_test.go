package node_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	comityhttp "github.com/comity-project/comity/http"
)

// The benchmarks run one real node (SQLite store, Tessera ledger, HTTPS on
// loopback) and call it with the client package from the same process, so
// client and server share the machine's cores. Each reports its rate as a
// custom metric (reads/s, writes/s, records/s).
//
//	go test ./node/ -run '^$' -bench . -benchtime 5s

// benchNode starts a one-node federation (CN) for a benchmark.
func benchNode(b *testing.B) (*testFed, *client.Client) {
	b.Helper()
	f := startFederation(b, "CN")
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

// BenchmarkGateRead measures single-record reads at home by the
// controller: authentication, the gate's decision, a ledger entry and a
// signed receipt per read, over HTTPS from parallel clients.
func BenchmarkGateRead(b *testing.B) {
	ctx := context.Background()
	_, c := benchNode(b)
	const records = 1000
	if _, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(ndjson("CN-READ", records))); err != nil {
		b.Fatal(err)
	}
	b.SetParallelism(8) // 8 × GOMAXPROCS clients in flight
	var next atomic.Int64
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := fmt.Sprintf("CN-READ-%07d", next.Add(1)%records)
			rel, err := c.ReadRecord(ctx, id, "")
			if err != nil {
				b.Error(err)
				return
			}
			if len(rel.Records) != 1 || rel.Receipt == nil {
				b.Errorf("release %+v", rel)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reads/s")
}

// BenchmarkCreate measures single-record creates (one transaction each)
// from parallel clients.
func BenchmarkCreate(b *testing.B) {
	ctx := context.Background()
	_, c := benchNode(b)
	fields := json.RawMessage(`{"name":"用户","phone":"+86 139 1234 5678","city":"上海"}`)
	var next atomic.Int64
	b.SetParallelism(8)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			id := fmt.Sprintf("CN-W-%09d", next.Add(1))
			if _, err := c.CreateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal,
				Subjects: []string{"s-" + id}, Fields: fields}); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "writes/s")
}

// BenchmarkImport measures bulk import of new records: NDJSON batches of
// 5,000 records per POST /v1/import (the CLI's default batch), each stored
// in one transaction, two requests in flight so that parsing overlaps
// writing.
func BenchmarkImport(b *testing.B) {
	ctx := context.Background()
	_, c := benchNode(b)
	const batch = 5000
	bodies := make([][]byte, b.N)
	for i := range bodies {
		bodies[i] = ndjson(fmt.Sprintf("CN-B%06d", i), batch)
	}
	var next atomic.Int64
	b.SetParallelism(1)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			body := bodies[next.Add(1)-1]
			res, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(body))
			if err != nil {
				b.Error(err)
				return
			}
			if res.Created != batch {
				b.Errorf("import: %+v", res)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "records/s")
}
