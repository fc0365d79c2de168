package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/postgres/pgtest"
	"github.com/jackc/pgx/v5"
)

// BenchmarkImportRecords imports batches of new records (5,000 per
// transaction, the CLI's batch) alternately with the previous
// implementation (every INSERT pipelined, kept below as importPipelined)
// and the current one (COPY into a temporary table, one INSERT from it),
// each into its own schema, and reports both rates and their ratio.
//
//	eval "$(.ci/servers start)"; go test ./postgres -run '^$' -bench ImportRecords -benchtime 10x
func BenchmarkImportRecords(b *testing.B) {
	const batch = 5000
	ctx := context.Background()
	open := func() *RecordStore {
		url, schema := pgtest.Schema(b)
		db, err := Open(ctx, Config{URL: url, Schema: schema})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { db.Close() })
		return db.Records()
	}
	prev, cur := open(), open()
	var tPrev, tCur, cpuPrev, cpuCur time.Duration
	for i := range b.N {
		runs := []struct {
			t, cpu *time.Duration
			fn     func([]*comity.Record) (comity.ImportResult, error)
		}{
			{&tPrev, &cpuPrev, func(rs []*comity.Record) (comity.ImportResult, error) { return prev.importPipelined(ctx, rs) }},
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
	// This process's CPU only: the database server's is not counted.
	b.ReportMetric(float64(cpuPrev.Microseconds())/n, "previous-cpu-µs/record")
	b.ReportMetric(float64(cpuCur.Microseconds())/n, "cpu-µs/record")
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

// importPipelined is ImportRecords as it was before COPY, kept as the
// benchmark's baseline. A
// tombstoned id is left deleted: an old import file does not resurrect it.
// The statements go in two pipelined batches (every insert, then an update
// of each record that existed), so a batch of thousands costs two round
// trips to the database, not thousands.
func (s *RecordStore) importPipelined(ctx context.Context, rs []*comity.Record) (comity.ImportResult, error) {
	var res comity.ImportResult
	err := s.db.inTx(ctx, func(tx pgx.Tx) error {
		res = comity.ImportResult{}
		var inserts pgx.Batch
		stamps := make([]int64, len(rs))
		for i, r := range rs {
			q, args, err := insertQuery(r)
			if err != nil {
				return err
			}
			stamps[i] = args[6].(int64)
			inserts.Queue(q, args...)
		}
		br := tx.SendBatch(ctx, &inserts)
		var existing []*comity.Record
		for i, r := range rs {
			var created bool
			if err := br.QueryRow().Scan(&created); err != nil {
				br.Close()
				return fmt.Errorf("insert record %s: %w", r.ID, err)
			}
			if created {
				res.Created++
				r.Version, r.CreatedAt, r.UpdatedAt = 1, time.Unix(0, stamps[i]).UTC(), time.Unix(0, stamps[i]).UTC()
			} else {
				existing = append(existing, r)
			}
		}
		if err := br.Close(); err != nil {
			return fmt.Errorf("insert records: %w", err)
		}
		if len(existing) == 0 {
			return nil
		}
		// An import may update its own records only: an id that another
		// organisation controls refuses the whole batch (it would
		// otherwise change hands).
		ids := make([]string, len(existing))
		for i, r := range existing {
			ids[i] = r.ID
		}
		var other string
		err := tx.QueryRow(ctx, `SELECT r.id FROM records r JOIN unnest($1::text[], $2::text[]) AS u (id, controller)
			ON r.id = u.id WHERE r.controller != u.controller LIMIT 1`, ids, controllers(existing)).Scan(&other)
		if err == nil {
			return comity.Errorf(comity.EFORBIDDEN, "record %s is controlled by another organisation: the import stores nothing", other)
		} else if !errors.Is(err, pgx.ErrNoRows) {
			return fmt.Errorf("import: controllers: %w", err)
		}
		var updates pgx.Batch
		for _, r := range existing {
			q, args, err := updateQuery(r)
			if err != nil {
				return err
			}
			updates.Queue(q, args...)
		}
		br = tx.SendBatch(ctx, &updates)
		defer br.Close()
		for _, r := range existing {
			var version int64
			err := br.QueryRow().Scan(&version)
			switch {
			case errors.Is(err, pgx.ErrNoRows):
				res.Unchanged++
			case err != nil:
				return fmt.Errorf("update record %s: %w", r.ID, err)
			default:
				res.Updated++
				r.Version = version
			}
		}
		return br.Close()
	})
	return res, err
}
