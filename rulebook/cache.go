package rulebook

import (
	"encoding/binary"
	"sync"
	"sync/atomic"
)

// cache keeps Cedar values built once per request shape: a principal, the
// attributes of a resource, a volume, a context. Building a Cedar record
// is most of a decision's cost (cedar-go sorts, hashes and copies it), and
// the same shapes come again and again. It is bounded (emptied when full)
// and safe for concurrent use.
//
// Reading takes no lock: entries are published in a map that is never
// written again (read), and new ones wait in dirty, under a lock, until
// there are enough of them to publish a copy; so the cost of copying is a
// constant per entry, and decisions on every core do not contend for a
// lock's cache line. Keys are bytes the caller appends to a buffer on its
// stack (see key), so that a hit allocates nothing: indexing a map with
// string(b) does not copy b.
type cache[V any] struct {
	read  atomic.Pointer[map[string]V]
	mu    sync.Mutex
	dirty map[string]V
}

// maxCached bounds each cache; a full cache starts again empty, which
// costs one rebuild per shape still in use.
const maxCached = 4096

func (c *cache[V]) get(k key) (V, bool) {
	if m := c.read.Load(); m != nil {
		if v, ok := (*m)[string(k)]; ok {
			return v, true
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.dirty[string(k)]; ok {
		return v, true
	}
	// Published since we looked?
	if m := c.read.Load(); m != nil {
		v, ok := (*m)[string(k)]
		return v, ok
	}
	var zero V
	return zero, false
}

func (c *cache[V]) put(k key, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dirty == nil {
		c.dirty = map[string]V{}
	}
	c.dirty[string(k)] = v
	var read map[string]V
	if m := c.read.Load(); m != nil {
		read = *m
	}
	if len(c.dirty) < max(8, len(read)/4) {
		return
	}
	next := c.dirty
	if len(read)+len(c.dirty) <= maxCached {
		next = make(map[string]V, len(read)+len(c.dirty))
		for k, v := range read {
			next[k] = v
		}
		for k, v := range c.dirty {
			next[k] = v
		}
	}
	c.read.Store(&next)
	c.dirty = nil
}

// key is a cache key under construction. Every variable-length part is
// length-prefixed, so that two keys are equal only when every part is,
// whatever bytes the parts hold: a requester chooses its purpose and must
// not be able to pick up another request's context.
type key []byte

func (k key) str(s string) key {
	k = binary.AppendUvarint(k, uint64(len(s)))
	return append(k, s...)
}

func (k key) strs(ss []string) key {
	k = k.int(len(ss))
	for _, s := range ss {
		k = k.str(s)
	}
	return k
}

// int appends n as a varint: no varint is the start of another, so the
// parts need no separator.
func (k key) int(n int) key {
	return binary.AppendVarint(k, int64(n))
}

func (k key) bool(b bool) key {
	if b {
		return append(k, 't')
	}
	return append(k, 'f')
}

// len returns how many entries c holds (for tests).
func (c *cache[V]) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := len(c.dirty)
	if m := c.read.Load(); m != nil {
		n += len(*m)
	}
	return n
}

// reset empties c.
func (c *cache[V]) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.dirty = nil
	c.read.Store(nil)
}
