package comity_test

import (
	"testing"
	"time"

	"github.com/comity-project/comity"
)

func TestConsentCovers(t *testing.T) {
	given := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
	withdrawn := given.Add(48 * time.Hour)
	base := comity.Consent{ID: "c", Controller: "acme", Subject: "s", Kind: comity.ConsentExplicit, Purpose: "marketing",
		Recipient: "US Analytics Inc.", Destination: "US", GivenAt: given}
	us := &comity.Principal{Organisation: "us analytics inc.", Jurisdiction: "US"}
	registered := &comity.Principal{Organisation: "USA Inc", Jurisdiction: "US", Entity: "LEI:5493001KJTIIGC8Y1R12"}
	at := given.Add(time.Hour)
	tests := []struct {
		name     string
		edit     func(c *comity.Consent)
		who      *comity.Principal
		purpose  string
		dest     comity.Jurisdiction
		accepted []comity.ConsentKind
		at       time.Time
		want     bool
	}{
		{"covers, name compared normalised", nil, us, "marketing", "US", nil, at, true},
		{"another purpose", nil, us, "research", "US", nil, at, false},
		{"another destination", nil, us, "marketing", "IN", nil, at, false},
		{"another recipient", nil, registered, "marketing", "US", nil, at, false},
		{"before it was given", nil, us, "marketing", "US", nil, given.Add(-time.Second), false},
		{"a kind the rulebook accepts", nil, us, "marketing", "US", []comity.ConsentKind{comity.ConsentExplicit}, at, true},
		{"a kind the rulebook does not accept", nil, us, "marketing", "US", []comity.ConsentKind{comity.ConsentSeparate}, at, false},
		{"before withdrawal", func(c *comity.Consent) { c.WithdrawnAt = &withdrawn }, us, "marketing", "US", nil, at, true},
		{"at withdrawal", func(c *comity.Consent) { c.WithdrawnAt = &withdrawn }, us, "marketing", "US", nil, withdrawn, false},
		{"a registered entity", func(c *comity.Consent) { c.Recipient = "entity:LEI:5493001KJTIIGC8Y1R12" }, registered, "marketing", "US", nil, at, true},
		{"an entity's name is not its id", func(c *comity.Consent) { c.Recipient = "entity:LEI:5493001KJTIIGC8Y1R12" }, us, "marketing", "US", nil, at, false},
		{"every recipient in the destination", func(c *comity.Consent) { c.Recipient = "*" }, registered, "marketing", "US", nil, at, true},
		{"every recipient, but established elsewhere", func(c *comity.Consent) { c.Recipient = "*" },
			&comity.Principal{Organisation: "x", Jurisdiction: "CN"}, "marketing", "US", nil, at, false},
		{"no requester", nil, nil, "marketing", "US", nil, at, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			if tt.edit != nil {
				tt.edit(&c)
			}
			if got := c.Covers(tt.who, tt.purpose, tt.dest, tt.accepted, tt.at); got != tt.want {
				t.Errorf("Covers = %v, want %v", got, tt.want)
			}
		})
	}
}
