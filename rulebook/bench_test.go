package rulebook

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// benchRequests are the sample examples' requests: a mix of allow, deny and
// pending across the four sample states and the baseline.
func benchRequests(b testing.TB, e *Engine) []*Request {
	var rs []*Request
	for _, rb := range append([]*Rulebook{e.Baseline()}, e.Rulebooks()...) {
		for _, ex := range rb.Bundle.Examples {
			r := ex.Request
			rs = append(rs, &r)
		}
	}
	if len(rs) == 0 {
		b.Fatal("no example requests")
	}
	return rs
}

// BenchmarkDecide measures decisions per second of the engine (baseline and
// the home's rulebook; no volume store, no approvals to verify), against
// the path it replaced (legacy_test.go) in the same run.
func BenchmarkDecide(b *testing.B) {
	e := sampleEngine(b)
	versus(b, false, benchRequests(b, e), e.Decide, newLegacyEngine(e).Decide)
}

// BenchmarkDecideParallel is BenchmarkDecide on every core.
func BenchmarkDecideParallel(b *testing.B) {
	e := sampleEngine(b)
	versus(b, true, benchRequests(b, e), e.Decide, newLegacyEngine(e).Decide)
}

// BenchmarkDecideFederation shows that the cost of a decision does not grow
// with the number of member states: 4 sample states, then 200 states, each
// with its own policy set (the CN sample re-homed), deciding CN requests.
func BenchmarkDecideFederation(b *testing.B) {
	for _, n := range []int{4, 50, 200} {
		b.Run(fmt.Sprintf("states=%d", n), func(b *testing.B) {
			e := federationEngine(b, n)
			var rs []*Request
			for _, ex := range e.Rulebook("CN").Bundle.Examples {
				r := ex.Request
				rs = append(rs, &r)
			}
			versus(b, true, rs, e.Decide, newLegacyEngine(e).Decide)
		})
	}
}

// versus measures decide under b's timer and old outside it, in ten
// alternating rounds over the same requests, so that on a shared machine
// both meet the same load. It reports decisions/s and CPU per decision of
// each, allocations of each (counted alike, so comparable), and old's time
// over decide's (x-faster).
func versus(b *testing.B, parallel bool, rs []*Request, decide, old func(*Request) *Result) {
	b.Helper()
	run := func(n int, f func(*Request) *Result) (wall, cpu time.Duration, mallocs uint64) {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		m0, c0, t0 := ms.Mallocs, cpuTime(), time.Now()
		workers := 1
		if parallel {
			workers = runtime.GOMAXPROCS(0)
		}
		var next atomic.Int64
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for i := next.Add(1) - 1; i < int64(n); i = next.Add(1) - 1 {
					f(rs[i%int64(len(rs))])
				}
			})
		}
		wg.Wait()
		wall, cpu = time.Since(t0), cpuTime()-c0
		runtime.ReadMemStats(&ms)
		return wall, cpu, ms.Mallocs - m0
	}
	const rounds = 10
	var newWall, newCPU, oldWall, oldCPU time.Duration
	var newMallocs, oldMallocs uint64
	b.ReportAllocs()
	b.ResetTimer()
	b.StopTimer()
	for round := range rounds {
		n := b.N / rounds
		if round == rounds-1 {
			n = b.N - n*(rounds-1)
		}
		b.StartTimer()
		w, c, m := run(n, decide)
		b.StopTimer()
		newWall, newCPU, newMallocs = newWall+w, newCPU+c, newMallocs+m
		w, c, m = run(n, old)
		oldWall, oldCPU, oldMallocs = oldWall+w, oldCPU+c, oldMallocs+m
	}
	per := func(d time.Duration) float64 { return float64(d) / float64(b.N) }
	b.ReportMetric(float64(b.N)/newWall.Seconds(), "decisions/s")
	b.ReportMetric(float64(b.N)/oldWall.Seconds(), "old-decisions/s")
	b.ReportMetric(per(newCPU), "cpu-ns/decision")
	b.ReportMetric(per(oldCPU), "old-cpu-ns/decision")
	if newCPU > 0 {
		b.ReportMetric(2e9/per(newCPU), "decisions/s@2cores")
	}
	b.ReportMetric(float64(newMallocs)/float64(b.N), "new-allocs/op")
	b.ReportMetric(float64(oldMallocs)/float64(b.N), "old-allocs/op")
	b.ReportMetric(oldWall.Seconds()/newWall.Seconds(), "x-faster")
}

// federationEngine builds an engine with the four samples and n-4 more
// states, each with the CN sample's policies re-homed to itself.
func federationEngine(b *testing.B, n int) *Engine {
	e := sampleEngine(b)
	codes := strings.Fields(" AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ" +
		" CA CC CD CF CG CH CI CK CL CM CO CR CU CV CW CX CY CZ DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO" +
		" GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP" +
		" KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT" +
		" MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW" +
		" SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG")
	cn := e.Rulebook("CN").Bundle
	for _, code := range codes[:n-4] {
		nb := *cn
		nb.Jurisdiction = comity.Jurisdiction(code)
		nb.Examples = nil
		nb.Policies = []File{{Name: "rehomed.cedar", Text: strings.ReplaceAll(cn.Policies[0].Text, `resource.home == "CN"`, `resource.home == "`+code+`"`)}}
		rb, err := Compile(&nb)
		if err != nil {
			b.Fatal(err)
		}
		if e, err = e.With(rb); err != nil {
			b.Fatal(err)
		}
	}
	if len(e.Rulebooks()) != n {
		b.Fatalf("%d rulebooks, want %d", len(e.Rulebooks()), n)
	}
	return e
}

// BenchmarkPolicyDecide measures the node's path: a comity.AccessRequest
// translated, checked and decided (no volume store).
func BenchmarkPolicyDecide(b *testing.B) {
	states, err := SampleRulebooks()
	if err != nil {
		b.Fatal(err)
	}
	p, err := New(context.Background(), Config{Rulebooks: states})
	if err != nil {
		b.Fatal(err)
	}
	req := &comity.AccessRequest{Requester: rhein, Action: comity.ActionRead, Destination: "DE"}
	recs := personal(1, "bench")
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := p.Decide(ctx, "CN", req, recs); err != nil {
				b.Error(err)
				return
			}
		}
	})
	report(b, start)
}

// cpuTime is the process's user and system CPU time. The benchmarks report
// CPU time per decision beside wall time because the machine they run on is
// shared: CPU time says what a decision costs, wall time what this run got.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// report adds decisions/s (wall), cpu-ns/decision and the decisions/s that
// two dedicated cores would sustain at that CPU cost.
func report(b *testing.B, start time.Duration) {
	cpu := float64(cpuTime()-start) / float64(b.N)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "decisions/s")
	b.ReportMetric(cpu, "cpu-ns/decision")
	if cpu > 0 {
		b.ReportMetric(2e9/cpu, "decisions/s@2cores")
	}
}

// BenchmarkDecideUncachedContext is BenchmarkDecide with a different
// purpose on every request, so that no context is ever reused: the worst
// case for the context cache.
func BenchmarkDecideUncachedContext(b *testing.B) {
	e := sampleEngine(b)
	rs := varied(benchRequests(b, e), 2*maxCached, func(r *Request, i int) { r.Purpose = fmt.Sprintf("purpose-%d", i) })
	versus(b, false, rs, e.Decide, newLegacyEngine(e).Decide)
}

// BenchmarkDecideGrowingVolume gives every request a volume of its own, as
// a requester's counts grow from one request to the next at a node: the
// volume entity is never reused.
func BenchmarkDecideGrowingVolume(b *testing.B) {
	e := sampleEngine(b)
	rs := varied(benchRequests(b, e), 2*maxCached, func(r *Request, i int) { r.Volume.Total += i; r.Volume.Personal += i })
	versus(b, true, rs, e.Decide, newLegacyEngine(e).Decide)
}

// varied returns n copies of the requests rs in turn, the i-th changed by
// vary.
func varied(rs []*Request, n int, vary func(*Request, int)) []*Request {
	out := make([]*Request, n)
	for i := range out {
		r := *rs[i%len(rs)]
		vary(&r, i)
		out[i] = &r
	}
	return out
}

// BenchmarkDecideAlone is BenchmarkDecideParallel without the old path, so
// that a profile (-cpuprofile, -memprofile) shows the engine alone.
func BenchmarkDecideAlone(b *testing.B) {
	e := sampleEngine(b)
	rs := benchRequests(b, e)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	b.RunParallel(func(pb *testing.PB) {
		for i := 0; pb.Next(); i++ {
			e.Decide(rs[i%len(rs)])
		}
	})
	report(b, start)
}

// BenchmarkDecideParallelVaried is BenchmarkDecideParallel with requests
// that differ as a node's do: many requesters and organisations, records
// of their own and prior volumes that vary, so that no cache or memo is
// flattered by a few requests coming round again.
func BenchmarkDecideParallelVaried(b *testing.B) {
	e := sampleEngine(b)
	versus(b, true, variedRequests(benchRequests(b, e)), e.Decide, newLegacyEngine(e).Decide)
}

// BenchmarkDecideFederationVaried is BenchmarkDecideFederation with
// varied requests (see BenchmarkDecideParallelVaried).
func BenchmarkDecideFederationVaried(b *testing.B) {
	for _, n := range []int{4, 50, 200} {
		b.Run(fmt.Sprintf("states=%d", n), func(b *testing.B) {
			e := federationEngine(b, n)
			var rs []*Request
			for _, ex := range e.Rulebook("CN").Bundle.Examples {
				r := ex.Request
				rs = append(rs, &r)
			}
			versus(b, true, variedRequests(rs), e.Decide, newLegacyEngine(e).Decide)
		})
	}
}

// variedRequests returns 2*maxCached copies of rs, each with a requester
// of 1000, an organisation of 300, record ids of their own and prior
// volumes spread over a few hundred counts.
func variedRequests(rs []*Request) []*Request {
	return varied(rs, 2*maxCached, func(r *Request, i int) {
		r.Requester.ID = fmt.Sprintf("requester-%d", i%1000)
		r.Requester.Organisation = fmt.Sprintf("Organisation %d", i%300)
		r.Volume.Total += i % 211
		r.Volume.Personal += i % 199
		r.Volume.Sensitive += i % 7
		r.Records = slices.Clone(r.Records)
		for j := range r.Records {
			rec := &r.Records[j]
			rec.ID = fmt.Sprintf("%s-v%d-%d", rec.Home, i, j)
		}
	})
}
