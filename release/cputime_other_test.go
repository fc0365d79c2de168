//go:build !unix

package release_test

import (
	"testing"
	"time"
)

// cpuTime is unknown here; the benchmarks then report wall time only.
func cpuTime() time.Duration { return 0 }

func reportCPU(b *testing.B, start time.Duration) {}
