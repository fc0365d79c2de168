package storetest

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/release"
)

// testVendors covers vendor keys and releases: a key registered once, a
// release version reserved once of racing publications through two
// handles (as two processes would), and only logged releases listed.
func testVendors(t *testing.T, s, other Stores) {
	ctx := context.Background()
	k := &release.KeyRecord{Vendor: "acme", Jurisdiction: "CN", KeyID: "k1", Alg: "ed25519", PublicKey: "pk", State: "active",
		Registered: time.Now().UTC().Truncate(time.Second)}
	if err := s.Vendors.AddKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if err := other.Vendors.AddKey(ctx, k); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("second registration of a key: %v, want conflict", err)
	}
	k.State = "retired"
	if err := s.Vendors.UpdateKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if got, err := other.Vendors.Key(ctx, "k1"); err != nil || got.State != "retired" {
		t.Errorf("key = %+v, %v", got, err)
	}
	if _, err := s.Vendors.Key(ctx, "nope"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("unknown key: %v", err)
	}
	if ks, err := s.Vendors.Keys(ctx); err != nil || len(ks) != 1 {
		t.Errorf("keys = %v, %v", ks, err)
	}

	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		reserved int
		digests  = map[string]bool{}
	)
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			st := s
			if i%2 == 1 {
				st = other
			}
			r := &release.Record{Product: "widget", Version: "1.0", Vendor: "acme", Home: "CN", KeyID: "k1",
				Digests: []string{string(rune('a' + i))}, Reserved: time.Now().UTC()}
			old, ok, err := st.Vendors.ReserveRelease(ctx, r)
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				t.Errorf("reserve: %v", err)
			case ok:
				reserved++
				digests[r.Digests[0]] = true
			case old == nil:
				t.Errorf("a lost reservation returned no release")
			default:
				digests[old.Digests[0]] = true
			}
		}()
	}
	wg.Wait()
	if reserved != 1 || len(digests) != 1 {
		t.Fatalf("%d reservations won, %d versions seen; want one", reserved, len(digests))
	}
	if rs, _ := s.Vendors.Releases(ctx, "widget"); len(rs) != 0 {
		t.Errorf("an unlogged release is listed: %v", rs)
	}
	r, err := other.Vendors.Release(ctx, "widget", "1.0")
	if err != nil {
		t.Fatal(err)
	}
	r.Logged, r.Index = true, 7
	if err := s.Vendors.UpdateRelease(ctx, r); err != nil {
		t.Fatal(err)
	}
	if rs, err := other.Vendors.Releases(ctx, ""); err != nil || len(rs) != 1 || rs[0].Index != 7 {
		t.Errorf("releases = %v, %v", rs, err)
	}
	if err := s.Vendors.DropRelease(ctx, "widget", "1.0"); err != nil {
		t.Fatal(err)
	}
	if _, err := other.Vendors.Release(ctx, "widget", "1.0"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("dropped release: %v", err)
	}
}
