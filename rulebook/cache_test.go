package rulebook

import (
	"fmt"
	"sync"
	"testing"
)

// TestCache checks that what is put is found at once until the cache is
// full, that what is found is what was put, from any goroutine, and that
// the cache stays bounded however many shapes pass through it.
func TestCache(t *testing.T) {
	var c cache[int]
	for i := range maxCached {
		k := key(fmt.Sprint(i))
		c.put(k, i)
		for _, j := range []int{0, i / 2, i} {
			if v, ok := c.get(key(fmt.Sprint(j))); !ok || v != j {
				t.Fatalf("after putting %d, %d: got %d, %v", i, j, v, ok)
			}
		}
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range 3 * maxCached {
				k := key(fmt.Sprintf("%d/%d", g, i))
				if _, ok := c.get(k); ok {
					t.Errorf("%s found before it was put", k)
					return
				}
				c.put(k, i)
				// Others may have filled the cache since: found or not,
				// never another value.
				if v, ok := c.get(k); ok && v != i {
					t.Errorf("%s: got %d after putting %d", k, v, i)
					return
				}
			}
		})
	}
	wg.Wait()
	c.mu.Lock()
	defer c.mu.Unlock()
	if n := len(*c.read.Load()) + len(c.dirty); n > maxCached+maxCached/4+8 {
		t.Errorf("%d entries, over the bound", n)
	}
}
