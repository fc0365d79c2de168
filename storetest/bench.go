package storetest

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/rulebook"
)

// Bench measures, at the store, the operations behind the gate's hot
// paths, so that adapters compare on the same work: a point read (a gated
// read's load), a create, a bulk import of 5,000 records in one
// transaction, a transfer decision (claim, then commit: the store's part
// of deciding a case) and a cross-border release (the requester lock, the
// volume count and the release write). Each runs from 64 goroutines.
//
//	go test ./sqlite ./postgres -run '^$' -bench Stores
func Bench(b *testing.B, open func(tb testing.TB) Stores) {
	ctx := context.Background()
	run := func(b *testing.B, op func(i int64) error) {
		var next atomic.Int64
		b.SetParallelism(32)
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				if err := op(next.Add(1) - 1); err != nil {
					b.Error(err)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "ops/s")
	}
	b.Run("op=get", func(b *testing.B) {
		s := open(b)
		const n = 1000
		importN(b, s, n)
		run(b, func(i int64) error {
			_, err := s.Records.GetRecord(ctx, fmt.Sprintf("CN-%06d", i%n))
			return err
		})
	})
	b.Run("op=create", func(b *testing.B) {
		s := open(b)
		run(b, func(i int64) error { return s.Records.CreateRecord(ctx, NewRecord(int(i), "acme")) })
	})
	b.Run("op=import", func(b *testing.B) {
		s := open(b)
		const batch = 5000
		b.SetParallelism(1)
		var next atomic.Int64
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				k := int(next.Add(1) - 1)
				rs := make([]*comity.Record, batch)
				for j := range rs {
					rs[j] = NewRecord(k*batch+j, "acme")
				}
				if res, err := s.Records.ImportRecords(ctx, rs); err != nil || res.Created != batch {
					b.Errorf("import: %+v, %v", res, err)
					return
				}
			}
		})
		b.ReportMetric(float64(b.N*batch)/b.Elapsed().Seconds(), "records/s")
	})
	b.Run("op=decide", func(b *testing.B) {
		s := open(b)
		ts := make([]*comity.Transfer, b.N)
		for i := range ts {
			ts[i] = newTransfer(i)
			if err := s.Transfers.CreateTransfer(ctx, ts[i]); err != nil {
				b.Fatal(err)
			}
		}
		run(b, func(i int64) error {
			c := comity.NewClaim(0)
			if err := s.Transfers.ClaimTransfer(ctx, decided(ts[i], i%2 == 0), c); err != nil {
				return err
			}
			_, err := s.Transfers.DecideTransfer(ctx, ts[i].ID, c.Token)
			return err
		})
	})
	b.Run("op=release", func(b *testing.B) {
		// 16 requesters, each already holding 1,000 people: the lock, the
		// count over the window and the write, as the gate does them.
		s := open(b)
		const requesters, held = 16, 1000
		req := func(i int) *comity.AccessRequest {
			return &comity.AccessRequest{Requester: &comity.Principal{Organisation: fmt.Sprintf("org-%d", i), Jurisdiction: "DE"}}
		}
		for i := range requesters {
			var rs []*comity.Record
			for j := range held {
				rs = append(rs, NewRecord(i*held+j, "acme"))
			}
			if err := s.Releases.Released(ctx, req(i), rs); err != nil {
				b.Fatal(err)
			}
		}
		run(b, func(i int64) error {
			r, rec := req(int(i%requesters)), NewRecord(int(1e6+i), "acme")
			unlock, err := s.Locker.LockRequester(ctx, r.Requester.Organisation+"\x00DE")
			if err != nil {
				return err
			}
			defer unlock()
			c, err := s.Volume.DistinctSubjects(ctx, rulebook.VolumeQuery{Requester: r.Requester.Organisation, RequesterIn: "DE",
				Home: "CN", Since: time.Now().Add(-24 * time.Hour), Adding: map[comity.Category][]string{rec.Category: rec.Subjects}})
			if err != nil || c.Total < held {
				return fmt.Errorf("counted %+v, %v", c, err)
			}
			return s.Releases.Released(ctx, r, []*comity.Record{rec})
		})
	})
}

func importN(b *testing.B, s Stores, n int) {
	var rs []*comity.Record
	for i := range n {
		rs = append(rs, NewRecord(i, "acme"))
	}
	if _, err := s.Records.ImportRecords(context.Background(), rs); err != nil {
		b.Fatal(err)
	}
}
