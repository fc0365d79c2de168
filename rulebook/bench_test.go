package rulebook

import (
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// benchRequests are the sample examples' requests: a mix of allow, deny and
// pending across the four sample states and the baseline.
func benchRequests(b *testing.B, e *Engine) []*Request {
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
// the home's rulebook; no volume store, no approvals to verify).
func BenchmarkDecide(b *testing.B) {
	e := sampleEngine(b)
	rs := benchRequests(b, e)
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; b.Loop(); i++ {
		e.Decide(rs[i%len(rs)])
	}
	report(b, start)
}

// BenchmarkDecideParallel is BenchmarkDecide on every core.
func BenchmarkDecideParallel(b *testing.B) {
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
			b.ReportAllocs()
			b.ResetTimer()
			start := cpuTime()
			b.RunParallel(func(pb *testing.PB) {
				for i := 0; pb.Next(); i++ {
					e.Decide(rs[i%len(rs)])
				}
			})
			report(b, start)
		})
	}
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
	rs := benchRequests(b, e)
	purposes := make([]string, 8192)
	for i := range purposes {
		purposes[i] = fmt.Sprintf("purpose-%d", i)
	}
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for i := 0; b.Loop(); i++ {
		r := *rs[i%len(rs)]
		r.Purpose = purposes[i%len(purposes)]
		e.Decide(&r)
	}
	report(b, start)
}
