package comity

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// eachChunk is how many records a worker of eachRecord takes at a time:
// enough that taking them costs nothing beside checking them.
const eachChunk = 64

// eachRecord calls fn for every record of rs, on as many goroutines as
// there are cores, and returns the first failing record's index and error
// (-1 and nil if none failed): the same as calling fn in order and
// stopping at the first error, except that records after the failing one
// may have been passed to fn too.
func eachRecord(rs []*Record, fn func(*Record) error) (int, error) {
	workers := min(runtime.GOMAXPROCS(0), (len(rs)+eachChunk-1)/eachChunk)
	if workers <= 1 {
		for i, r := range rs {
			if err := fn(r); err != nil {
				return i, err
			}
		}
		return -1, nil
	}
	var (
		next     atomic.Int64
		mu       sync.Mutex
		failed   = len(rs) // the lowest failing index so far
		first    error
		panicked any // re-raised in the caller, where net/http recovers it
		wg       sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() {
				if p := recover(); p != nil {
					mu.Lock()
					panicked, failed = p, -1
					mu.Unlock()
				}
			}()
			for {
				start := int(next.Add(eachChunk)) - eachChunk
				mu.Lock()
				stop := start >= min(len(rs), failed)
				mu.Unlock()
				if stop {
					return
				}
				for i := start; i < min(len(rs), start+eachChunk); i++ {
					if err := fn(rs[i]); err != nil {
						mu.Lock()
						if i < failed {
							failed, first = i, err
						}
						mu.Unlock()
						break
					}
				}
			}
		}()
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	if first == nil {
		return -1, nil
	}
	return failed, first
}
