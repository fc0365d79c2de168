package rulebook

import (
	"context"
	"crypto/ed25519"
	"errors"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// memVolume is a small Volume over a list of deliveries, standing in for
// the node's ledger-backed count (the Policy is the component under test).
type memVolume struct {
	mu    sync.Mutex
	given []delivery
}

type delivery struct {
	requester string
	home      comity.Jurisdiction
	at        time.Time
	category  comity.Category
	subject   string
}

func (v *memVolume) record(requester string, home comity.Jurisdiction, at time.Time, records []*comity.Record) {
	v.mu.Lock()
	defer v.mu.Unlock()
	for _, r := range records {
		for _, s := range r.Subjects {
			v.given = append(v.given, delivery{requester, home, at, r.Category, s})
		}
	}
}

func (v *memVolume) DistinctSubjects(_ context.Context, q VolumeQuery) (Counts, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	by := map[comity.Category][]string{}
	for c, ss := range q.Adding {
		by[c] = append(by[c], ss...)
	}
	for _, d := range v.given {
		if d.requester == q.Requester && d.home == q.Home && !d.at.Before(q.Since) {
			by[d.category] = append(by[d.category], d.subject)
		}
	}
	for c, ss := range by {
		slices.Sort(ss)
		by[c] = slices.Compact(ss)
	}
	return countDistinct(by), nil
}

type fixture struct {
	policy *Policy
	keys   map[comity.Jurisdiction]ed25519.PrivateKey
	volume *memVolume
	now    time.Time
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	f := &fixture{keys: map[comity.Jurisdiction]ed25519.PrivateKey{}, volume: &memVolume{}, now: t0}
	keys := Keys{}
	var bundles []*Bundle
	for _, j := range []comity.Jurisdiction{"CN", "DE", "US"} {
		f.keys[j] = newKey(t)
		keys[j] = f.keys[j].Public().(ed25519.PublicKey)
		b := sample(t, j)
		if err := b.Sign(f.keys[j]); err != nil {
			t.Fatal(err)
		}
		bundles = append(bundles, b)
	}
	p, err := New(context.Background(), Config{Rulebooks: bundles, Keys: keys, Volume: f.volume, Now: func() time.Time { return f.now }})
	if err != nil {
		t.Fatal(err)
	}
	f.policy = p
	return f
}

var rhein = &comity.Principal{ID: "p-rhein", Organisation: "Rhein Logistik GmbH", Jurisdiction: "DE", Roles: []comity.Role{comity.RoleRequester}}

func personal(n int, prefix string) []*comity.Record {
	out := make([]*comity.Record, n)
	for i := range out {
		id := prefix + "-" + string(rune('a'+i%26)) + time.Duration(i).String()
		out[i] = &comity.Record{ID: "CN-" + id, Home: "CN", Controller: "Shanghai Trading Co.", Category: comity.CategoryPersonal, Subjects: []string{"person-" + id}}
	}
	return out
}

func TestPolicyDecide(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	read := &comity.AccessRequest{Requester: rhein, Action: comity.ActionRead, Destination: "DE"}

	t.Run("exempt read", func(t *testing.T) {
		d, err := f.policy.Decide(ctx, "CN", read, personal(1, "one"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Outcome != comity.Allow || !slices.Contains(d.Policies, "CN/exempt-small-volume") {
			t.Errorf("got %+v, want allow by CN/exempt-small-volume", d)
		}
	})

	t.Run("slices add up across requests", func(t *testing.T) {
		// 99,995 people already delivered this year, then slices of 3.
		var bulk []*comity.Record
		for i := 0; i < 99995; i++ {
			bulk = append(bulk, &comity.Record{Category: comity.CategoryPersonal, Subjects: []string{"bulk-" + time.Duration(i).String()}})
		}
		f.volume.record(rhein.Organisation, "CN", f.now.Add(-time.Hour), bulk)
		var outcomes []comity.Outcome
		for i := 0; i < 3; i++ {
			recs := personal(3, "slice"+string(rune('a'+i)))
			d, err := f.policy.Decide(ctx, "CN", read, recs)
			if err != nil {
				t.Fatal(err)
			}
			outcomes = append(outcomes, d.Outcome)
			if d.Outcome == comity.Allow {
				f.volume.record(rhein.Organisation, "CN", f.now, recs)
			}
		}
		if !slices.Equal(outcomes, []comity.Outcome{comity.Allow, comity.Pending, comity.Pending}) {
			t.Errorf("outcomes %v, want allow then pending once 100,000 is reached", outcomes)
		}
	})

	t.Run("last year does not count", func(t *testing.T) {
		g := newFixture(t)
		var bulk []*comity.Record
		for i := 0; i < 150000; i++ {
			bulk = append(bulk, &comity.Record{Category: comity.CategoryPersonal, Subjects: []string{"old-" + time.Duration(i).String()}})
		}
		g.volume.record(rhein.Organisation, "CN", time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), bulk)
		d, err := g.policy.Decide(ctx, "CN", read, personal(1, "new"))
		if err != nil {
			t.Fatal(err)
		}
		if d.Outcome != comity.Allow {
			t.Errorf("CN counts since 1 January: got %s, want allow", d.Outcome)
		}
	})

	recs := personal(2, "case")
	ids := []string{recs[0].ID, recs[1].ID}
	token := func(key ed25519.PrivateKey, mutate func(*Approval)) string {
		a := &Approval{ID: "CN-case-7", Kind: ObligeContract, Home: "CN", Requester: rhein.Organisation, RequesterIn: "DE",
			RecordIDs: ids, IssuedAt: f.now.Add(-time.Hour), Expires: f.now.Add(24 * time.Hour)}
		if mutate != nil {
			mutate(a)
		}
		if err := a.Sign(key); err != nil {
			t.Fatal(err)
		}
		return a.Encode()
	}
	tests := []struct {
		name     string
		approval string
		outcome  comity.Outcome
		policy   string
	}{
		{"no approval: pending", "", comity.Pending, "CN/contract-personal"},
		{"contract on file: allowed", token(f.keys["CN"], nil), comity.Allow, "CN/contract-personal"},
		{"signed by another state's authority", token(f.keys["DE"], nil), comity.Deny, PolicyBadApprovals},
		{"expired", token(f.keys["CN"], func(a *Approval) { a.IssuedAt, a.Expires = f.now.Add(-48*time.Hour), f.now.Add(-time.Hour) }), comity.Deny, PolicyBadApprovals},
		{"issued to someone else", token(f.keys["CN"], func(a *Approval) { a.Requester = "Other GmbH" }), comity.Deny, PolicyBadApprovals},
		{"scope too narrow", token(f.keys["CN"], func(a *Approval) { a.RecordIDs = ids[:1] }), comity.Deny, PolicyBadApprovals},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := *read
			if tt.approval != "" {
				req.Approvals = []string{tt.approval}
			}
			d, err := f.policy.Decide(ctx, "CN", &req, recs)
			if err != nil {
				t.Fatal(err)
			}
			if d.Outcome != tt.outcome || !slices.Contains(d.Policies, tt.policy) {
				t.Errorf("got %s by %v (%v), want %s by %s", d.Outcome, d.Policies, d.Reasons, tt.outcome, tt.policy)
			}
		})
	}

	t.Run("no rulebook at home", func(t *testing.T) {
		jp := []*comity.Record{{ID: "JP-1", Home: "JP", Controller: "Osaka KK", Category: comity.CategoryPersonal}}
		d, err := f.policy.Decide(ctx, "JP", read, jp)
		if err != nil {
			t.Fatal(err)
		}
		if d.Outcome != comity.Deny || !slices.Contains(d.Policies, "baseline/sovereignty.home-rulebook") {
			t.Errorf("got %+v", d)
		}
	})
}

func TestPolicyPublish(t *testing.T) {
	ctx := context.Background()
	f := newFixture(t)
	tests := []struct {
		name   string
		bundle func() *Bundle
		is     error
		code   string
	}{
		{"unsigned", func() *Bundle { return sample(t, "CN") }, ErrSignature, comity.EFORBIDDEN},
		{"signed by another state", func() *Bundle {
			b := sample(t, "CN")
			b.Version = 2
			_ = b.Sign(f.keys["US"])
			return b
		}, ErrSignature, ""},
		{"same version", func() *Bundle {
			b := sample(t, "CN")
			_ = b.Sign(f.keys["CN"])
			return b
		}, nil, comity.ECONFLICT},
		{"reaches another state's data", func() *Bundle {
			b := sample(t, "CN")
			b.Version = 2
			b.Policies = append(b.Policies, File{Name: "grab.cedar", Text: `@id("grab")
@reason("take German data")
permit (principal, action, resource) when { resource.home == "DE" };`})
			_ = b.Sign(f.keys["CN"])
			return b
		}, ErrBundle, comity.EINVALID},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := f.policy.Engine()
			_, err := f.policy.Publish(ctx, tt.bundle(), nil)
			if err == nil {
				t.Fatal("accepted")
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("got %v, want %v", err, tt.is)
			}
			if tt.code != "" && comity.ErrorCode(err) != tt.code {
				t.Errorf("got code %s, want %s", comity.ErrorCode(err), tt.code)
			}
			if f.policy.Engine() != before {
				t.Errorf("a refused bundle changed the installed rulebooks")
			}
		})
	}
	t.Run("newer version installed", func(t *testing.T) {
		b := sample(t, "CN")
		b.Version = 2
		b.Params["exempt_below_personal"] = []byte("1") // now even one person needs a contract
		if err := b.Sign(f.keys["CN"]); err != nil {
			t.Fatal(err)
		}
		if _, err := f.policy.Publish(ctx, b, nil); err != nil {
			t.Fatal(err)
		}
		res, err := f.policy.Evaluate(ctx, "CN", &comity.AccessRequest{Requester: rhein, Action: comity.ActionRead, Destination: "DE"}, personal(1, "v2"))
		if err != nil {
			t.Fatal(err)
		}
		if res.Decision.Outcome != comity.Pending || res.Rulebook != "CN version 2" {
			t.Errorf("got %s under %s, want pending under CN version 2", res.Decision.Outcome, res.Rulebook)
		}
	})
}
