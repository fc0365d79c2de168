package sqlite

import (
	"sync"
	"time"

	"github.com/comity-project/comity"
)

// tokenCacheTTL is how long an authenticated token is answered from memory.
// Every API request authenticates, and the database query was an eighth of
// a gated read's CPU. RevokePrincipal empties the cache, so revocations
// through this DB take effect at once; changes made to the file by another
// process take effect within the TTL. Expiry is checked on every use.
const tokenCacheTTL = 2 * time.Second

// tokenCacheSize bounds the cache; it is emptied when full.
const tokenCacheSize = 4096

// tokenCache maps a token's SHA-256 to its principal.
type tokenCache struct {
	mu      sync.Mutex
	gen     uint64 // incremented by every revocation
	entries map[[32]byte]cachedToken
}

type cachedToken struct {
	p       comity.Principal
	expires int64     // the token's expiry (Unix ns), 0 for never
	until   time.Time // when this entry must be read again
}

// get returns a copy of the cached principal for hash, if fresh.
func (c *tokenCache) get(hash [32]byte, now time.Time) (*comity.Principal, int64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[hash]
	if !ok || now.After(e.until) {
		return nil, 0, false
	}
	p := e.p
	p.Roles = append([]comity.Role(nil), e.p.Roles...)
	return &p, e.expires, true
}

// generation is read before a database lookup and passed to put, so that a
// lookup that raced with a revocation is not cached.
func (c *tokenCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

func (c *tokenCache) put(gen uint64, hash [32]byte, p *comity.Principal, expires int64, now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if c.entries == nil || len(c.entries) >= tokenCacheSize {
		c.entries = map[[32]byte]cachedToken{}
	}
	q := *p
	q.Roles = append([]comity.Role(nil), p.Roles...)
	c.entries[hash] = cachedToken{p: q, expires: expires, until: now.Add(tokenCacheTTL)}
}

// revoked empties the cache after a revocation has committed.
func (c *tokenCache) revoked() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entries = nil
}
