package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// BenchmarkImportRecords imports batches of new records (5,000 per
// transaction, the CLI's batch) alternately with the previous
// implementation (one INSERT per record and one per subject, kept below as
// importRowByRow) and the current one (importRows records per INSERT),
// each into its own database file, so that both see the same load on a
// shared machine. It reports both rates and their ratio.
//
//	go test ./sqlite -run '^$' -bench ImportRecords -benchtime 20x
func BenchmarkImportRecords(b *testing.B) {
	const batch = 5000
	for _, sync := range []string{"full", "normal"} {
		b.Run("sync="+sync, func(b *testing.B) {
			ctx := context.Background()
			open := func(name string) *RecordStore {
				db, err := Open(ctx, Config{Path: filepath.Join(b.TempDir(), name), Synchronous: sync})
				if err != nil {
					b.Fatal(err)
				}
				b.Cleanup(func() { db.Close() })
				return db.Records()
			}
			prev, cur := open("previous.db"), open("current.db")
			var tPrev, tCur, cpuPrev, cpuCur time.Duration
			for i := range b.N {
				runs := []struct {
					t, cpu *time.Duration
					fn     func([]*comity.Record) (comity.ImportResult, error)
				}{
					{&tPrev, &cpuPrev, func(rs []*comity.Record) (comity.ImportResult, error) { return prev.importRowByRow(ctx, rs) }},
					{&tCur, &cpuCur, func(rs []*comity.Record) (comity.ImportResult, error) { return cur.ImportRecords(ctx, rs) }},
				}
				if i%2 == 1 { // neither always goes first
					runs[0], runs[1] = runs[1], runs[0]
				}
				for _, run := range runs {
					rs := benchRecords(i, batch)
					t0, c0 := time.Now(), cpuTime()
					res, err := run.fn(rs)
					*run.t += time.Since(t0)
					*run.cpu += cpuTime() - c0
					if err != nil || res.Created != batch {
						b.Fatalf("import = %+v, %v", res, err)
					}
				}
			}
			n := float64(b.N * batch)
			b.ReportMetric(n/tPrev.Seconds(), "previous-records/s")
			b.ReportMetric(n/tCur.Seconds(), "records/s")
			b.ReportMetric(tPrev.Seconds()/tCur.Seconds(), "x-previous")
			b.ReportMetric(float64(cpuPrev.Microseconds())/n, "previous-cpu-µs/record")
			b.ReportMetric(float64(cpuCur.Microseconds())/n, "cpu-µs/record")
		})
	}
}

func benchRecords(batch, n int) []*comity.Record {
	rs := make([]*comity.Record, n)
	for i := range rs {
		id := fmt.Sprintf("CN-B%06d-%07d", batch, i)
		rs[i] = &comity.Record{ID: id, Home: "CN", Controller: "cn-shop", Category: comity.CategoryPersonal,
			Subjects: []string{fmt.Sprint("subject-", i)}, Kinds: []comity.DataKind{"contact"},
			Classification: &comity.Classification{Detected: comity.CategoryPersonal, Fields: map[string][]string{"phone": {"phone"}}},
			Fields:         json.RawMessage(fmt.Sprintf(`{"name":"用户%d","phone":"+86 139 %04d %04d","city":"上海","seq":%d}`, i, i%10000, (i*7)%10000, i))}
	}
	return rs
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// importRowByRow is ImportRecords as it was before multi-row inserts (one
// INSERT per record, one per subject), kept for the benchmark's baseline.
func (s *RecordStore) importRowByRow(ctx context.Context, rs []*comity.Record) (comity.ImportResult, error) {
	var res comity.ImportResult
	err := s.db.inTx(ctx, func(sqlTx *sql.Tx) error {
		res = comity.ImportResult{}
		tx := &txStmts{tx: sqlTx}
		for _, r := range rs {
			created, err := insertRecord(ctx, tx, r)
			if err != nil {
				return err
			}
			if created {
				res.Created++
				continue
			}
			var owner string
			if err := sqlTx.QueryRowContext(ctx, `SELECT controller FROM records WHERE id = ?`, r.ID).Scan(&owner); err != nil {
				return err
			}
			if owner != r.Controller {
				return comity.Errorf(comity.EFORBIDDEN, "record %s is controlled by another organisation", r.ID)
			}
			changed, err := updateRecord(ctx, tx, r, true)
			if err != nil {
				return err
			}
			if changed {
				res.Updated++
			} else {
				res.Unchanged++
			}
		}
		return nil
	})
	return res, err
}
