package rulebook

import (
	"context"
	"crypto/ed25519"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/comity-project/comity"
)

func TestBaselineChange(t *testing.T) {
	priv := map[comity.Jurisdiction]ed25519.PrivateKey{"CN": newKey(t), "DE": newKey(t), "US": newKey(t)}
	keys := Keys{}
	for j, k := range priv {
		keys[j] = k.Public().(ed25519.PublicKey)
	}
	old, err := SampleBaseline()
	if err != nil {
		t.Fatal(err)
	}
	change := func(signers ...comity.Jurisdiction) *BaselineChange {
		nb, _ := SampleBaseline()
		nb.Version = 2
		nb.Params["agency_cap"] = []byte("500")
		c := &BaselineChange{Baseline: nb, Previous: old.Digest()}
		for _, j := range signers {
			if err := c.Sign(j, priv[j]); err != nil {
				t.Fatal(err)
			}
		}
		return c
	}
	t.Run("quorum", func(t *testing.T) {
		if err := change("CN", "US").Verify(keys, 2, old); err != nil {
			t.Errorf("2 of 3 with k=2: %v", err)
		}
	})
	tests := []struct {
		name string
		c    *BaselineChange
		k    int
		want string
	}{
		{"below quorum", change("CN"), 2, "1 of the 2"},
		{"one state alone", change("US"), 3, "1 of the 3"},
		{"signed twice by one state", func() *BaselineChange {
			c := change("CN")
			c.Signatures = append(c.Signatures, c.Signatures[0])
			return c
		}(), 2, "signed twice"},
		{"not a member", func() *BaselineChange {
			c := change("CN")
			_ = c.Sign("FR", newKey(t))
			return c
		}(), 2, "FR is not a member"},
		{"forged", func() *BaselineChange {
			c := change("CN", "DE")
			c.Signatures[1].Sig = ed25519.Sign(priv["US"], c.message())
			return c
		}(), 2, "does not verify"},
		{"content changed after signing", func() *BaselineChange {
			c := change("CN", "DE")
			c.Baseline.Params["agency_cap"] = []byte("1")
			return c
		}(), 2, "does not verify"},
		{"other previous baseline", func() *BaselineChange {
			c := change()
			c.Previous = "0000"
			_ = c.Sign("CN", priv["CN"])
			_ = c.Sign("DE", priv["DE"])
			return c
		}(), 2, "replaces baseline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.c.Verify(keys, tt.k, old)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Verify: %v, want it to mention %q", err, tt.want)
			}
		})
	}

	t.Run("installed by the policy", func(t *testing.T) {
		ctx := context.Background()
		usKey := newKey(t)
		keys := Keys{"CN": keys["CN"], "DE": keys["DE"], "US": usKey.Public().(ed25519.PublicKey)}
		priv["US"] = usKey
		us := sample(t, "US")
		if err := us.Sign(usKey); err != nil {
			t.Fatal(err)
		}
		p, err := New(ctx, Config{Rulebooks: []*Bundle{us}, Keys: keys, Quorum: 2})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := p.ChangeBaseline(ctx, change("CN"), nil); !errors.Is(err, ErrSignature) {
			t.Errorf("below quorum: %v", err)
		}
		if v := p.Engine().Baseline().Bundle.Version; v != 1 {
			t.Errorf("refused change installed version %d", v)
		}
		if _, err := p.ChangeBaseline(ctx, change("CN", "DE"), nil); err != nil {
			t.Fatalf("quorum: %v", err)
		}
		if v := p.Engine().Baseline().Bundle.Version; v != 2 {
			t.Errorf("baseline version %d after change, want 2", v)
		}
		// The new cap (500) applies at once to a foreign agency's collection.
		r := &Request{Requester: Requester{Organisation: "Bureau", Jurisdiction: "GB", Kind: KindAgency}, Action: comity.ActionDiscloseToLawEnforce,
			Dataset: &Dataset{Home: "US", Category: comity.CategoryPersonal, Subjects: 600}}
		if err := r.Validate(); err != nil {
			t.Fatal(err)
		}
		res := p.Engine().Decide(r)
		if !slices.ContainsFunc(res.Matched, func(m Match) bool { return m.Policy == "baseline/mass-collection.foreign-agency" }) {
			t.Errorf("600 people under a cap of 500: the agency cap did not match (%s, %v)", res.Decision.Outcome, res.Decision.Policies)
		}
		if _, err := p.ChangeBaseline(ctx, change("CN", "DE"), nil); err == nil {
			t.Errorf("replayed change accepted")
		}
	})
}
