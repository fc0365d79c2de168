package demo

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
)

// consentSteps show consent as the controller's record: a requester's
// claim of consent releases nothing; the controller records one person's
// explicit consent at the home node, and only that person's record leaves;
// once withdrawn, nothing does.
func consentSteps(ctx context.Context, f *Federation, w *narrator) error {
	w.step("Consent is the controller's record, not the requester's word")
	ids := []string{"DE-CUST-000001", "DE-CUST-000002"}
	in := comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "DE", Purpose: "marketing", LegalBasis: "explicit-consent",
		RecordIDs: ids, Consent: []string{"we-have-their-consent"}}
	w.say("us-analytics asks for two DE-homed records for marketing, on explicit consent (GDPR Art. 49(1)(a)),")
	w.say("and writes \"we-have-their-consent\" into its request:")
	_, err := f.Client("US", "requester").Access(ctx, in)
	if comity.ErrorCode(err) != comity.EPENDING {
		return fmt.Errorf("self-asserted consent: want pending, got %v", err)
	}
	w.say("→ pending: %s", comity.ErrorMessage(err))

	text := "Acme Group will send your customer record to us-analytics in the United States for marketing. " +
		"The US has no adequacy decision; you may withdraw at any time."
	sum := sha256.Sum256([]byte(text))
	out, err := f.Client("DE", "controller").GiveConsents(ctx, []comityhttp.ConsentInput{{Subject: "de-person-000001",
		Kind: comity.ConsentExplicit, Purpose: "marketing", Recipient: "us-analytics", Destination: "US",
		Notice: "sha256:" + hex.EncodeToString(sum[:])}})
	if err != nil {
		return fmt.Errorf("record consent: %w", err)
	}
	c := out.Consents[0]
	w.say("%s records at the DE node that de-person-000001 gave explicit consent (%s), after being told:", Multinational, c.ID)
	w.say("  %q (kept as %s…)", text, c.Notice[:23])
	w.say("  logged as entry %d under the person's pseudonym; the consent itself never leaves the DE node.", out.Receipt.Index)
	in.Consent = nil
	rel, err := f.Client("US", "requester").Access(ctx, in)
	if err != nil {
		return fmt.Errorf("release under consent: %w", err)
	}
	w.say("us-analytics asks again:")
	w.say("→ %s: %d record released under consent (%s); withheld: %s", rel.Decision.Outcome, len(rel.Records),
		strings.Join(rel.Decision.Policies, ", "), strings.Join(rel.Withheld, ", "))
	w.say("  receipt: entry %d of log %s", rel.Receipt.Index, rel.Receipt.Origin)

	if _, err := f.Client("DE", "controller").WithdrawConsent(ctx, c.ID); err != nil {
		return fmt.Errorf("withdraw: %w", err)
	}
	in.RecordIDs = ids[:1]
	if _, err := f.Client("US", "requester").Access(ctx, in); comity.ErrorCode(err) != comity.EPENDING {
		return fmt.Errorf("after withdrawal: want pending, got %v", err)
	}
	w.say("The person withdraws; %s records it (logged under their pseudonym), and the next request waits again.", Multinational)
	w.say("With the secret the controller hands them, the person finds both entries on the DE log (comity audit --subject-secret).")
	return nil
}
