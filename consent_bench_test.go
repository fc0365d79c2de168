package comity_test

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/sqlite"
	"github.com/comity-project/comity/storetest"
)

// consentPolicy is a small fake of a rulebook that asks for consent: it
// allows once the gate names verified consents, and waits on consent
// otherwise, so that the benchmark measures the gate's consent check.
type consentPolicy struct{}

func (consentPolicy) Decide(_ context.Context, _ comity.Jurisdiction, req *comity.AccessRequest, _ []*comity.Record) (*comity.Decision, error) {
	o := comity.Obligation{Kind: "consent", Met: len(req.Consent) > 0}
	if o.Met {
		return &comity.Decision{Outcome: comity.Allow, Obligations: []comity.Obligation{o}}, nil
	}
	return &comity.Decision{Outcome: comity.Pending, Obligations: []comity.Obligation{o}}, nil
}

// BenchmarkGateConsent reads 1000 records, half of whose subjects
// consented, among 100,000 consents kept at the node: the cost of the
// consent check on a release (two decisions, one lookup per 500 subjects).
func BenchmarkGateConsent(b *testing.B) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(b.TempDir(), "node.db"), Synchronous: "normal"})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	const records, consents = 1000, 100_000
	var rs []*comity.Record
	var ids []string
	for i := range records {
		r := storetest.NewRecord(i, "acme")
		rs = append(rs, r)
		ids = append(ids, r.ID)
	}
	if _, err := db.Records().ImportRecords(ctx, rs); err != nil {
		b.Fatal(err)
	}
	given := time.Now().Add(-time.Hour)
	for n := 0; n < consents; n += 1000 {
		var batch []*comity.Consent
		for i := n; i < n+1000; i++ {
			// Subjects 0, 2, 4, ... of the records consented; the rest of
			// the consents are other people's.
			subject := fmt.Sprintf("subject-%d", i*2)
			if i >= records/2 {
				subject = fmt.Sprintf("other-%d", i)
			}
			batch = append(batch, storetest.NewConsent(fmt.Sprintf("consent-%06d", i), "acme", subject, given))
		}
		if err := db.Consents().CreateConsents(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	req := comity.AccessRequest{Requester: &comity.Principal{Organisation: "acme-us", Jurisdiction: "US", Roles: []comity.Role{comity.RoleRequester}},
		Action: comity.ActionTransfer, Purpose: "marketing", RecordIDs: ids}
	// For comparison, the same release when the policy needs no consent.
	b.Run("no-consent-needed", func(b *testing.B) {
		g := &comity.Gate{Node: "CN", NodeName: "cn-bench", Records: db.Records(), Policy: allowPolicy{}, Consents: db.Consents()}
		for range b.N {
			r := req
			if rel, err := g.Read(ctx, &r); err != nil || len(rel.Records) != records {
				b.Fatalf("release: %v", err)
			}
		}
		b.ReportMetric(float64(b.N*records)/b.Elapsed().Seconds(), "records/s")
	})
	b.Run("consent", func(b *testing.B) {
		g := &comity.Gate{Node: "CN", NodeName: "cn-bench", Records: db.Records(), Policy: consentPolicy{}, Consents: db.Consents()}
		for range b.N {
			r := req
			rel, err := g.Read(ctx, &r)
			if err != nil || len(rel.Records) != records/2 || len(rel.Withheld) != records/2 || !slices.Contains(rel.Decision.Policies, comity.PolicyConsent) {
				b.Fatalf("release: %v", err)
			}
		}
		b.ReportMetric(float64(b.N*records)/b.Elapsed().Seconds(), "records/s")
	})
}

type allowPolicy struct{}

func (allowPolicy) Decide(context.Context, comity.Jurisdiction, *comity.AccessRequest, []*comity.Record) (*comity.Decision, error) {
	return &comity.Decision{Outcome: comity.Allow}, nil
}
