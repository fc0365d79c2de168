package demo

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	"github.com/comity-project/comity/rulebook"
)

// Scale divides the sample rulebooks' volume thresholds for the demo, so
// that a few hundred records show what a million would: CN's 100,000-person
// exemption becomes 10, its 1,000,000-person assessment threshold 100.
const Scale = 10_000

// scaledParams are the threshold parameters that Scale divides.
var scaledParams = []string{"exempt_below_personal", "assessment_from_personal", "assessment_from_sensitive",
	"bulk_sensitive", "bulk_identifiers", "bulk_genomic", "bulk_omic", "bulk_biometric", "bulk_geolocation",
	"bulk_health", "bulk_financial", "mass_collection_cap", "exempt_purpose_cap_personal",
	"exempt_purpose_cap_sensitive", "emergency_cap", "destination_cap_people", "newcomer_near_personal"}

// DemoRulebook returns state j's sample rulebook with its thresholds
// scaled down and signed by the state's data-protection authority.
func (f *Federation) DemoRulebook(j comity.Jurisdiction, version int64) (*rulebook.Bundle, error) {
	all, err := rulebook.SampleRulebooks()
	if err != nil {
		return nil, err
	}
	i := slices.IndexFunc(all, func(b *rulebook.Bundle) bool { return b.Jurisdiction == j })
	if i < 0 {
		return nil, fmt.Errorf("no sample rulebook of %s", j)
	}
	b := all[i]
	b.Version = version
	b.Examples = nil // the examples assume the unscaled thresholds
	for _, name := range scaledParams {
		raw, ok := b.Params[name]
		if !ok {
			continue
		}
		var v float64
		if err := json.Unmarshal(raw, &v); err != nil {
			return nil, fmt.Errorf("%s param %s: %w", j, name, err)
		}
		b.Params[name] = json.RawMessage(fmt.Sprint(max(1, int64(math.Round(v/Scale)))))
	}
	b.Title += fmt.Sprintf(" (thresholds divided by %d for the demo)", Scale)
	if err := b.Sign(f.Members[j].Authorities[comity.RoleDPA]); err != nil {
		return nil, err
	}
	return b, nil
}

// PublishRulebooks has each state's data-protection authority publish its
// scaled sample rulebook at its own node.
func (f *Federation) PublishRulebooks(ctx context.Context) error {
	for _, j := range f.States {
		b, err := f.DemoRulebook(j, 1)
		if err != nil {
			return err
		}
		data, err := b.Marshal()
		if err != nil {
			return err
		}
		if _, err := f.Client(j, "dpa").PublishRulebook(ctx, data); err != nil {
			return fmt.Errorf("publish the rulebook of %s: %w", j, err)
		}
	}
	return nil
}

// Agreement returns an agreement between parties, signed by each party's
// data-protection authority.
func (f *Federation) Agreement(id, title string, parties ...comity.Jurisdiction) (*federation.Agreement, error) {
	a := &federation.Agreement{ID: id, Title: title, Parties: parties}
	for _, j := range parties {
		if err := a.Sign(f.Manifest, j, f.Members[j].Authorities[comity.RoleDPA]); err != nil {
			return nil, err
		}
	}
	return a, nil
}

// PublishAgreement gives the agreement to every party's node, each time
// published by that party's authority.
func (f *Federation) PublishAgreement(ctx context.Context, a *federation.Agreement) error {
	data, err := json.Marshal(a)
	if err != nil {
		return err
	}
	for _, j := range a.Parties {
		if _, err := f.Client(j, "dpa").PublishAgreement(ctx, data); err != nil {
			return fmt.Errorf("publish agreement %s at %s: %w", a.ID, j, err)
		}
	}
	return nil
}
