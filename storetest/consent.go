package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/comity-project/comity"
)

// NewConsent returns a valid consent of controller's subject to acme-us
// receiving its data in the US for marketing, given at given.
func NewConsent(id, controller, subject string, given time.Time) *comity.Consent {
	return &comity.Consent{ID: id, Controller: controller, Subject: subject, Kind: comity.ConsentSeparate,
		Purpose: "marketing", Recipient: "acme-us", Destination: "US",
		Notice: "sha256:" + fmt.Sprintf("%064x", 1), GivenAt: given.UTC().Truncate(time.Microsecond)}
}

// testConsents is the ConsentStore contract: all or none on create,
// lookup by controller and subject only, withdrawal once and for good,
// listing in id order by controller.
func testConsents(t *testing.T, s Stores) {
	ctx := context.Background()
	given := time.Date(2026, 3, 1, 9, 0, 0, 123456000, time.UTC)
	a := NewConsent("consent-a", "acme", "subject-1", given)
	b := NewConsent("consent-b", "acme", "subject-2", given)
	other := NewConsent("consent-c", "other", "subject-1", given)
	if err := s.Consents.CreateConsents(ctx, []*comity.Consent{a, b, other}); err != nil {
		t.Fatal(err)
	}
	// All or none: one taken id stores nothing of the batch.
	err := s.Consents.CreateConsents(ctx, []*comity.Consent{NewConsent("consent-d", "acme", "subject-3", given), NewConsent("consent-a", "acme", "subject-4", given)})
	if comity.ErrorCode(err) != comity.ECONFLICT {
		t.Fatalf("a taken id: %v, want ECONFLICT", err)
	}
	if _, err := s.Consents.GetConsent(ctx, "consent-d"); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Fatalf("a refused batch stored consent-d: %v", err)
	}
	got, err := s.Consents.GetConsent(ctx, "consent-a")
	if err != nil {
		t.Fatal(err)
	}
	if *got != *a {
		t.Errorf("GetConsent = %+v, want %+v", got, a)
	}

	cs, err := s.Consents.SubjectConsents(ctx, "acme", []string{"subject-1", "subject-9"})
	if err != nil || len(cs) != 1 || cs[0].ID != "consent-a" {
		t.Fatalf("SubjectConsents(acme, subject-1) = %v, %v; want consent-a alone (not other's)", cs, err)
	}

	at := given.Add(time.Hour)
	if _, err := s.Consents.WithdrawConsent(ctx, "other", "consent-a", at); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Errorf("another controller withdrew acme's consent: %v", err)
	}
	w, err := s.Consents.WithdrawConsent(ctx, "acme", "consent-a", at)
	if err != nil || w.WithdrawnAt == nil || !w.WithdrawnAt.Equal(at) {
		t.Fatalf("WithdrawConsent = %+v, %v", w, err)
	}
	if _, err := s.Consents.WithdrawConsent(ctx, "acme", "consent-a", at.Add(time.Hour)); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("second withdrawal: %v, want ECONFLICT", err)
	}
	got, _ = s.Consents.GetConsent(ctx, "consent-a")
	if got.WithdrawnAt == nil || !got.WithdrawnAt.Equal(at) || got.Live(at) || !got.Live(at.Add(-time.Second)) {
		t.Errorf("after withdrawal: %+v", got)
	}

	list, err := s.Consents.ListConsents(ctx, "acme", "", "", 1)
	if err != nil || len(list) != 1 || list[0].ID != "consent-a" {
		t.Fatalf("ListConsents page 1 = %v, %v", list, err)
	}
	list, err = s.Consents.ListConsents(ctx, "acme", "", list[0].ID, 10)
	if err != nil || len(list) != 1 || list[0].ID != "consent-b" {
		t.Fatalf("ListConsents page 2 = %v, %v", list, err)
	}
	list, _ = s.Consents.ListConsents(ctx, "acme", "subject-2", "", 10)
	if len(list) != 1 || list[0].ID != "consent-b" {
		t.Errorf("ListConsents of subject-2 = %v", list)
	}
}
