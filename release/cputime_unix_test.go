//go:build unix

package release_test

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's CPU time so far, user plus system. The machine
// is shared, so a rate measures the share of it a run got; CPU time per
// operation does not depend on that share.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports CPU microseconds per operation since start.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/1e3/float64(b.N), "cpu-us/op")
}
