package demo

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/comity-project/comity"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

// MinRecords is the fewest sample records per state with which the
// walkthrough's bulk export still crosses CN's (scaled) volume thresholds.
const MinRecords = 20

// rulebookSteps publish the states' rulebooks and show the three outcomes
// they decide: an exempt read, a bulk export that waits for the home
// state's authority and is released minimised once approved, and a
// transfer refused by the holding state's rules on the way out.
func rulebookSteps(ctx context.Context, f *Federation, w *narrator) (*comity.Release, error) {
	w.step("Each state publishes its rulebook")
	w.say("Each data-protection authority signs its state's rulebook with its own key and publishes it at its node.")
	w.say("(The sample thresholds are divided by %d so that a few hundred records show what a million would.)", Scale)
	if err := f.PublishRulebooks(ctx); err != nil {
		return nil, err
	}
	for _, j := range f.States {
		infos, err := f.Client(j, "auditor").Rulebooks(ctx)
		if err != nil {
			return nil, err
		}
		for _, in := range infos {
			if in.Jurisdiction == j {
				w.say("%s  version %d, %d policies, digest %s…", j, in.Version, len(in.Policies), in.Digest[:16])
			}
		}
	}
	forged, err := f.DemoRulebook("DE", 2)
	if err != nil {
		return nil, err
	}
	forged.Jurisdiction = "CN" // DE's authority signs a rulebook for CN's data
	forged.Title = "A rulebook for China, signed by Germany"
	if err := forged.Sign(f.Members["DE"].Authorities[comity.RoleDPA]); err != nil {
		return nil, err
	}
	data, _ := forged.Marshal()
	_, err = f.Client("CN", "dpa").PublishRulebook(ctx, data)
	if comity.ErrorCode(err) != comity.EFORBIDDEN {
		return nil, fmt.Errorf("a CN rulebook signed by DE's authority was not refused: %v", err)
	}
	w.say("→ a CN rulebook signed with DE's key is refused and the attempt logged: %s", comity.ErrorMessage(err))

	w.step("A German company reads CN-homed personal data under CN's exemption")
	w.say("de-analytics, signed in at the DE node, reads CN-CUST-000002 for customer service.")
	rel, err := f.Client("DE", "requester").ReadRecord(ctx, "CN-CUST-000002", "customer-service")
	if err != nil {
		return nil, fmt.Errorf("exempt read: %w", err)
	}
	w.say("→ %s by %s: %s", rel.Decision.Outcome, strings.Join(rel.Decision.Policies, ", "), first(rel.Decision.Reasons))
	w.say("  receipt: entry %d of log %s", rel.Receipt.Index, rel.Receipt.Origin)

	w.step("A bulk export crosses CN's volume thresholds and waits for CN's authority")
	bulk := comityhttp.AccessInput{Action: comity.ActionBulkExport, Home: "CN", Purpose: "analytics",
		Filter: comity.RecordFilter{Category: comity.CategoryPersonal, Limit: 150}}
	rel, err = f.Client("DE", "requester").Access(ctx, bulk)
	if comity.ErrorCode(err) != comity.EPENDING {
		if rel != nil {
			return nil, fmt.Errorf("bulk export: want pending, got %+v", *rel.Decision)
		}
		return nil, fmt.Errorf("bulk export: want pending, got %v", err)
	}
	caseID, _ := err.(*comity.Error).Detail["transfer"].(string)
	w.say("de-analytics asks for up to 150 personal records at once: from 10 people a year (以上: the figure included)")
	w.say("CN wants a standard contract or certification on file, from 100 a security assessment by its authority:")
	w.say("→ pending: %s", comity.ErrorMessage(err))
	t, err := f.Client("DE", "requester").Transfer(ctx, caseID)
	if err != nil {
		return nil, err
	}
	w.say("  case %s at cn-node: %d records, obligations %s", t.ID, len(t.Request.RecordIDs), obligations(t.Obligations))

	// CN's authority reviews the case at its node and signs an approval
	// of exactly that scope.
	pending, err := f.Client("CN", "dpa").Transfers(ctx, comity.TransferPending)
	if err != nil || len(pending) == 0 {
		return nil, fmt.Errorf("CN's authority sees no pending case: %v", err)
	}
	ap := rulebook.ApprovalFor(pending[0], "CN", comity.Now(), 24*time.Hour)
	if err := ap.Sign(f.Members["CN"].Authorities[comity.RoleDPA]); err != nil {
		return nil, err
	}
	if _, err := f.Client("CN", "dpa").DecideTransfer(ctx, pending[0].ID, comityhttp.TransferDecision{Approval: ap.Encode()}); err != nil {
		return nil, fmt.Errorf("approve: %w", err)
	}
	w.say("CN's data-protection authority signs its %s for exactly these records, valid 24 hours.", ap.Kind)
	if t, err = f.Client("DE", "requester").Transfer(ctx, caseID); err != nil || t.State != comity.TransferApproved {
		return nil, fmt.Errorf("poll: %v %v", t, err)
	}
	w.say("de-analytics polls the case: %s. It asks again with the approval:", t.State)
	bulk.Approvals = []string{t.Approval}
	bulk.Filter = comity.RecordFilter{}
	bulk.RecordIDs = t.Request.RecordIDs
	rel, err = f.Client("DE", "requester").Access(ctx, bulk)
	if err != nil {
		return nil, fmt.Errorf("approved export: %w", err)
	}
	how := "whole: CN's rule for this volume asks for no minimisation"
	if slices.ContainsFunc(rel.Decision.Obligations, func(o comity.Obligation) bool { return o.Kind == comity.ObligationMinimise }) {
		how = "minimised as CN's rulebook says"
	}
	w.say("→ %s: %d records released, %s. The first:", rel.Decision.Outcome, len(rel.Records), how)
	w.say("  %s", rel.Records[0].Fields)

	w.step("A transfer to a country of concern is refused by the US rulebook on the way out")
	w.say("cn-analytics, at the CN node, asks for 50 US-homed records in bulk.")
	_, err = f.Client("CN", "requester").Access(ctx, comityhttp.AccessInput{Action: comity.ActionBulkExport, Home: "US",
		Purpose: "data-brokerage", Filter: comity.RecordFilter{Limit: 50}})
	if comity.ErrorCode(err) != comity.EDENIED {
		return nil, fmt.Errorf("bulk export to a country of concern: want denied, got %v", err)
	}
	var dec comity.Decision
	if dn := (*comity.Denial)(nil); errors.As(err, &dn) && dn.Decision != nil {
		dec = *dn.Decision
	}
	w.say("→ refused by %s: %s", strings.Join(dec.Policies, ", "), comity.ErrorMessage(err))
	return rel, nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

func obligations(os []comity.Obligation) string {
	var out []string
	for _, o := range os {
		s := string(o.Kind)
		if o.Authority != "" {
			s += " by " + string(o.Authority)
		}
		if len(o.Fields) > 0 {
			s += " (" + strings.Join(o.Fields, ", ") + ")"
		}
		out = append(out, s)
	}
	return strings.Join(out, "; ")
}
