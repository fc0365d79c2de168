package node_test

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/client"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger/mysqltest"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/postgres"
	"github.com/comity-project/comity/postgres/pgtest"
)

// BenchmarkStore runs one node's gated reads, creates and bulk imports
// over HTTPS on each store in one run: SQLite (the default, sync=full) and
// PostgreSQL (Debian's, on this machine, over loopback TCP).
//
//	go test ./node -run '^$' -bench 'Store$' -benchtime 3s
func BenchmarkStore(b *testing.B) {
	fields := json.RawMessage(`{"name":"用户","phone":"+86 139 1234 5678","city":"上海"}`)
	for _, store := range []string{"sqlite", "postgres"} {
		open := func(b *testing.B) *client.Client {
			b.Helper()
			if store == "sqlite" {
				_, c := benchNode(b, "full")
				return c
			}
			url := pgURL(b)
			f := startFederationWith(b, func(c *node.Config) { c.Store = node.StoreConfig{Driver: "postgres", URL: url} }, "CN")
			return f.client("CN", "controller")
		}
		b.Run("store="+store+"/op=read", func(b *testing.B) {
			ctx := context.Background()
			c := open(b)
			const records = 1000
			if _, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(ndjson("CN-READ", records))); err != nil {
				b.Fatal(err)
			}
			parallel(b, 64, func(i int64) error {
				_, err := c.ReadRecord(ctx, fmt.Sprintf("CN-READ-%07d", i%records), "")
				return err
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reads/s")
		})
		b.Run("store="+store+"/op=create", func(b *testing.B) {
			ctx := context.Background()
			c := open(b)
			parallel(b, 64, func(i int64) error {
				id := fmt.Sprintf("CN-W-%09d", i)
				_, err := c.CreateRecord(ctx, comityhttp.RecordInput{ID: id, Category: comity.CategoryPersonal,
					Subjects: []string{"s-" + id}, Fields: fields})
				return err
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "writes/s")
		})
		b.Run("store="+store+"/op=import", func(b *testing.B) {
			ctx := context.Background()
			c := open(b)
			const batch = 5000
			bodies := make([][]byte, b.N)
			for i := range bodies {
				bodies[i] = ndjson(fmt.Sprintf("CN-B%06d", i), batch)
			}
			parallel(b, 1, func(i int64) error {
				_, err := c.Import(ctx, "application/x-ndjson", bytes.NewReader(bodies[i]))
				return err
			})
			b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "records/s")
		})
	}
}

// pgURL returns a URL of a fresh schema on the test PostgreSQL.
func pgURL(tb testing.TB) string {
	url, schema := pgtest.Schema(tb)
	sep := "?"
	if strings.Contains(url, "?") {
		sep = "&"
	}
	return url + sep + "search_path=" + schema
}

// BenchmarkProcesses runs gated reads against one node served by one and
// then two serve processes (this test binary re-executed) sharing one
// PostgreSQL and one log in MariaDB; the benchmark's clients spread their
// requests over the processes as a load balancer would.
//
//	go test ./node -run '^$' -bench Processes -benchtime 5s
func BenchmarkProcesses(b *testing.B) {
	for _, procs := range []int{1, 2} {
		b.Run(fmt.Sprintf("procs=%d", procs), func(b *testing.B) {
			ctx := context.Background()
			storeURL := pgURL(b)
			k := newKillFederation(b, b.TempDir())
			setConfig(b, k.cfgPath, map[string]any{"store": storeURL, "ledger": mysqltest.Database(b)})
			db, err := postgres.Open(ctx, postgres.Config{URL: storeURL})
			if err != nil {
				b.Fatal(err)
			}
			defer db.Close()
			token, err := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "controller", Organisation: "cn-shop",
				Jurisdiction: "CN", Roles: []comity.Role{comity.RoleController}}, 0)
			if err != nil {
				b.Fatal(err)
			}
			const records = 1000
			var rs []*comity.Record
			for i := range records {
				rs = append(rs, &comity.Record{ID: fmt.Sprintf("CN-P%06d", i), Home: "CN", Controller: "cn-shop",
					Category: comity.CategoryPersonal, Subjects: []string{fmt.Sprint("p-", i)}, Fields: json.RawMessage(`{"name":"x"}`)})
			}
			if _, err := db.Records().ImportRecords(ctx, rs); err != nil {
				b.Fatal(err)
			}
			hc := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{
				TLSClientConfig: &tls.Config{RootCAs: k.roots, MinVersion: tls.VersionTLS12}, MaxIdleConnsPerHost: 64}}
			defer hc.CloseIdleConnections()
			var cs []*client.Client
			for range procs {
				n := startCrashNode(b, k.cfgPath, hc)
				b.Cleanup(func() { n.terminate() })
				cs = append(cs, &client.Client{BaseURL: n.url, HTTP: hc, Token: token})
			}
			parallel(b, 64, func(i int64) error {
				_, err := cs[i%int64(procs)].ReadRecord(ctx, rs[i%records].ID, "")
				return err
			})
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "reads/s")
		})
	}
}
