package federation

import (
	"testing"
	"time"

	"github.com/comity-project/comity"
)

func TestAgreementSignatures(t *testing.T) {
	f := newTestFed(t, nil, "CN", "DE", "US")
	f.signAll(t)
	fresh := func() *Agreement {
		return &Agreement{ID: "DE-US-MLAT-2003", Title: "MLAT", Parties: []comity.Jurisdiction{"DE", "US"}, Standard: "240h"}
	}
	signed := func() *Agreement {
		a := fresh()
		for _, j := range a.Parties {
			if err := a.Sign(f.m, j, f.auth[j]); err != nil {
				t.Fatal(err)
			}
		}
		return a
	}
	if err := signed().Verify(f.m); err != nil {
		t.Fatalf("signed by both parties: %v", err)
	}
	cases := []struct {
		name string
		a    func() *Agreement
	}{
		{"one party missing", func() *Agreement {
			a := fresh()
			a.Sign(f.m, "DE", f.auth["DE"])
			return a
		}},
		{"a third state signed too", func() *Agreement {
			a := signed()
			a.Parties = append(a.Parties, "CN")
			a.Signatures = nil
			for _, j := range []comity.Jurisdiction{"DE", "US"} {
				a.Sign(f.m, j, f.auth[j])
			}
			return a
		}},
		{"terms changed after signing", func() *Agreement {
			a := signed()
			a.Standard = "1h"
			return a
		}},
		{"parties changed after signing", func() *Agreement {
			a := signed()
			a.Parties = []comity.Jurisdiction{"DE", "CN"}
			return a
		}},
		{"signed with another state's key", func() *Agreement {
			a := signed()
			a.Signatures[1].Signature = signed().Signatures[0].Signature
			return a
		}},
		{"party outside the federation", func() *Agreement {
			a := fresh()
			a.Parties = []comity.Jurisdiction{"DE", "FR"}
			a.Sign(f.m, "DE", f.auth["DE"])
			return a
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.a().Verify(f.m); err == nil {
				t.Fatal("verified")
			}
		})
	}
	if err := fresh().Sign(f.m, "CN", f.auth["CN"]); err == nil {
		t.Fatal("a non-party signed")
	}
	a := signed()
	a.NotAfter = time.Now().Add(-time.Hour)
	a.NotBefore = time.Now().Add(-2 * time.Hour)
	if a.InForce(time.Now()) {
		t.Fatal("an expired agreement is in force")
	}
}

func FuzzParseAgreement(f *testing.F) {
	f.Add([]byte(`{"id":"DE-US-1","title":"t","parties":["DE","US"],"standard":"240h"}`))
	f.Add([]byte(`{"id":"x","parties":["DE"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAgreement(data)
		if err != nil {
			return
		}
		if len(a.Parties) < 2 || a.ID == "" {
			t.Fatalf("accepted %q", data)
		}
		a.SignedMessage()
	})
}
