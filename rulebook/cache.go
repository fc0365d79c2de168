package rulebook

import (
	"strconv"
	"sync"
)

// cache keeps Cedar values built once per request shape: a principal, the
// attributes of a resource, a volume, a context. Building a Cedar record
// is most of a decision's cost (cedar-go sorts, hashes and copies it), and
// the same shapes come again and again. It is bounded (emptied when full)
// and safe for concurrent use.
//
// Keys are bytes the caller appends to a buffer on its stack (see key), so
// that a hit allocates nothing: indexing a map with string(b) does not
// copy b.
type cache[V any] struct {
	mu sync.RWMutex
	m  map[string]V
}

// maxCached bounds each cache; a full cache starts again empty, which
// costs one rebuild per shape still in use.
const maxCached = 4096

func (c *cache[V]) get(k key) (V, bool) {
	c.mu.RLock()
	v, ok := c.m[string(k)]
	c.mu.RUnlock()
	return v, ok
}

func (c *cache[V]) put(k key, v V) {
	c.mu.Lock()
	if c.m == nil || len(c.m) >= maxCached {
		c.m = make(map[string]V)
	}
	c.m[string(k)] = v
	c.mu.Unlock()
}

// key is a cache key under construction. Every variable-length part is
// length-prefixed, so that two keys are equal only when every part is,
// whatever bytes the parts hold: a requester chooses its purpose and must
// not be able to pick up another request's context.
type key []byte

func (k key) str(s string) key {
	k = strconv.AppendInt(k, int64(len(s)), 10)
	k = append(k, ':')
	return append(k, s...)
}

func (k key) strs(ss []string) key {
	k = k.int(len(ss))
	for _, s := range ss {
		k = k.str(s)
	}
	return k
}

func (k key) int(n int) key {
	k = strconv.AppendInt(k, int64(n), 10)
	return append(k, ';')
}

func (k key) bool(b bool) key {
	if b {
		return append(k, 't')
	}
	return append(k, 'f')
}
