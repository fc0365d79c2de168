package demo_test

import (
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
)

func notice(n int) string { return fmt.Sprintf("sha256:%064x", n) }

// TestConsentIsTheControllersRecord is issue 24 over real nodes: DE's
// rulebook lets few people's data go to the US on their explicit consent
// (GDPR Art. 49(1)(a)). The requester's own word releases nothing; the
// controller's consent covers only its purpose, recipient, destination
// and accepted kind; a withdrawal stops the next release; the person sees,
// with their secret, the release made under their consent.
func TestConsentIsTheControllersRecord(t *testing.T) {
	f := startWithRulebooks(t, 12)
	ctx := context.Background()
	req := f.Client("US", "requester") // us-analytics
	ids := []string{rec("DE", 1), rec("DE", 2), rec("DE", 3), rec("DE", 4)}
	person := func(i int) string { return fmt.Sprintf("de-person-%06d", i) }
	in := comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "DE", Purpose: "marketing", LegalBasis: "explicit-consent",
		RecordIDs: ids[:1], Consent: []string{"anything", "consent-form-2026-0042"}}

	// The requester's word is no evidence.
	if _, err := req.Access(ctx, in); comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("self-asserted consent: want pending, got %v", err)
	}
	// Only the controller keeps consents, at their home node.
	give := []comityhttp.ConsentInput{
		{Subject: person(1), Kind: comity.ConsentExplicit, Purpose: "marketing", Recipient: "us-analytics", Destination: "US", Notice: notice(1)},
		{Subject: person(2), Kind: comity.ConsentExplicit, Purpose: "research", Recipient: "us-analytics", Destination: "US", Notice: notice(1)},
		{Subject: person(3), Kind: comity.ConsentExplicit, Purpose: "marketing", Recipient: "us-other", Destination: "US", Notice: notice(1)},
		{Subject: person(4), Kind: comity.ConsentOrdinary, Purpose: "marketing", Recipient: "us-analytics", Destination: "US", Notice: notice(1)},
	}
	if _, err := f.Client("DE", "requester").GiveConsents(ctx, give); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("a requester recorded consent: %v", err)
	}
	// Consents are kept where the person's records are: not at the US
	// node, nor for a person the controller holds nothing about.
	if _, err := f.Client("US", "controller").GiveConsents(ctx, give[:1]); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("a consent for a DE subject kept at the US node: %v", err)
	}
	stranger := give[0]
	stranger.Subject = "de-person-999999"
	if _, err := f.Client("DE", "controller").GiveConsents(ctx, append(give[1:2:2], stranger)); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("a consent for a subject without records: %v", err)
	}
	out, err := f.Client("DE", "controller").GiveConsents(ctx, give)
	if err != nil || len(out.Consents) != 4 || out.Receipt == nil {
		t.Fatalf("give consents: %+v %v", out, err)
	}
	first := out.Consents[0].ID

	// Consent from person 1 alone covers the request: only their record
	// leaves; the others (another purpose, another recipient, a kind DE
	// does not accept) are withheld.
	in.Consent = nil
	in.RecordIDs = ids
	rel, err := req.Access(ctx, in)
	if err != nil {
		t.Fatalf("consented access: %v", err)
	}
	if len(rel.Records) != 1 || rel.Records[0].ID != ids[0] || !slices.Equal(rel.Withheld, ids[1:]) {
		t.Fatalf("released %d records, withheld %v; want %s alone", len(rel.Records), rel.Withheld, ids[0])
	}
	if !slices.Contains(rel.Decision.Policies, comity.PolicyConsent) {
		t.Errorf("policies %v do not cite %s", rel.Decision.Policies, comity.PolicyConsent)
	}
	// None of the others alone is covered.
	for _, id := range ids[1:] {
		one := in
		one.RecordIDs = []string{id}
		if _, err := req.Access(ctx, one); comity.ErrorCode(err) != comity.EPENDING {
			t.Errorf("%s without covering consent: want pending, got %v", id, err)
		}
	}
	// Another recipient is not covered by person 1's consent.
	other := in
	other.RecordIDs = ids[:1]
	if _, err := f.Client("US", "controller").Access(ctx, other); comity.ErrorCode(err) == "" {
		t.Error("another organisation received person 1's record under consent to us-analytics")
	}
	// A reference is a pointer: one to a consent that does not cover the
	// request covers nothing, though person 1's own consent would.
	pointed := other
	pointed.Consent = []string{out.Consents[1].ID}
	if _, err := req.Access(ctx, pointed); comity.ErrorCode(err) != comity.EPENDING {
		t.Errorf("a pointer to another purpose's consent: want pending, got %v", err)
	}
	pointed.Consent = []string{first}
	if rel, err := req.Access(ctx, pointed); err != nil || len(rel.Records) != 1 {
		t.Errorf("a pointer to the covering consent: %v", err)
	}

	// Withdrawal stops the next release.
	w, err := f.Client("DE", "controller").WithdrawConsent(ctx, first)
	if err != nil || w.Consent.WithdrawnAt == nil {
		t.Fatalf("withdraw: %+v %v", w, err)
	}
	if _, err := f.Client("DE", "controller").WithdrawConsent(ctx, first); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Errorf("second withdrawal: %v", err)
	}
	if _, err := req.Access(ctx, other); comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("after withdrawal: want pending, got %v", err)
	}
	list, err := f.Client("DE", "controller").Consents(ctx, person(1), "", 0)
	if err != nil || len(list) != 1 || list[0].WithdrawnAt == nil {
		t.Fatalf("list: %+v %v", list, err)
	}

	// The person, with their secret, sees the releases made under their
	// consent and the withdrawal; the log names them only by pseudonym.
	sec, err := f.Client("DE", "controller").SubjectSecret(ctx, person(1))
	if err != nil {
		t.Fatal(err)
	}
	secret, _ := hex.DecodeString(sec.Secret)
	var released, withdrawn int
	logEntry(t, f, "DE", func(e *audit.Entry) bool {
		if e.Index == 0 { // a fresh pass over the log
			released, withdrawn = 0, 0
		}
		if e.Touches(secret) && e.UnderConsent() {
			released++
		}
		if e.Touches(secret) && e.Kind == "consent-withdrawn" && e.Purpose == "marketing" && e.Destination == "US" {
			withdrawn++
		}
		return e.Kind == "subject-access"
	})
	if released != 2 || withdrawn != 1 {
		t.Errorf("person 1 finds %d releases under consent and %d withdrawals, want 2 and 1", released, withdrawn)
	}
}
