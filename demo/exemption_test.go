package demo_test

import (
	"context"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

// TestExemptionsNeedEvidence is the requester who names a purpose to get
// more than the rules allow: on the scaled CN rulebook, "contract-
// performance" releases nothing without the records' controller's
// attestation, and "emergency" nothing without the authority's approval,
// whose release is then notified to the authority on the ledger.
func TestExemptionsNeedEvidence(t *testing.T) {
	f := startWithRulebooks(t, 60)
	ctx := context.Background()
	req := f.Client("DE", "requester")
	var personal, sensitive []string
	for i := 1; i <= 60; i++ {
		if i%10 == 0 {
			sensitive = append(sensitive, rec("CN", i))
		} else if len(personal) < 20 {
			personal = append(personal, rec("CN", i))
		}
	}

	// Past the small-volume exemption (9 people), a purpose alone waits.
	in := comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "CN", Purpose: "contract-performance", RecordIDs: personal}
	_, err := req.Access(ctx, in)
	if comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("contract-performance without evidence: want pending, got %v", err)
	}
	// Another organisation cannot attest for records it does not hold.
	att := rulebook.AttestationInput{Requester: "de-analytics", RequesterJurisdiction: "DE", Purpose: "contract-performance",
		RecordIDs: personal}
	if _, err := f.Client("CN", "requester").Attest(ctx, att); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("attestation by a non-controller: %v", err)
	}
	// The controller attests; the attestation is logged and covers only
	// its purpose.
	out, err := f.Client("CN", "controller").Attest(ctx, att)
	if err != nil {
		t.Fatal(err)
	}
	in.Approvals = []string{out.Token}
	rel, err := req.Access(ctx, in)
	if err != nil || len(rel.Records) != len(personal) {
		t.Fatalf("attested contract-performance: %v", err)
	}
	if _, err := req.Access(ctx, comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "CN", Purpose: "hr-management",
		RecordIDs: personal, Approvals: []string{out.Token}}); comity.ErrorCode(err) != comity.EDENIED {
		t.Fatalf("an attestation for another purpose: want denied, got %v", err)
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool { return e.Kind == "attestation" && e.Detail["id"] == out.ID })

	// An emergency waits for the authority, which approves the case.
	em := comityhttp.AccessInput{Action: comity.ActionTransfer, Home: "CN", Purpose: "emergency", RecordIDs: sensitive}
	_, err = req.Access(ctx, em)
	if comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("emergency without approval: want pending, got %v", err)
	}
	id, _ := err.(*comity.Error).Detail["transfer"].(string)
	tr, err := req.Transfer(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour)
	if err := a.Sign(f.Members["CN"].Authorities[comity.RoleDPA]); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Client("CN", "dpa").DecideTransfer(ctx, id, comityhttp.TransferDecision{Approval: a.Encode()}); err != nil {
		t.Fatal(err)
	}
	em.Approvals = []string{a.Encode()}
	if rel, err = req.Access(ctx, em); err != nil || len(rel.Records) != len(sensitive) {
		t.Fatalf("approved emergency: %v", err)
	}
	// Its release was notified to CN's authority: in its console, and on
	// CN's log.
	ns, err := f.Client("CN", "dpa").Notices(ctx)
	if err != nil || len(ns) != 1 || ns[0].Purpose != "emergency" || ns[0].Records != len(sensitive) || ns[0].Requester != "de-analytics" {
		t.Fatalf("notices %+v %v", ns, err)
	}
	if _, err := f.Client("CN", "requester").Notices(ctx); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("a requester read the notices: %v", err)
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool {
		return e.Kind == "notice" && e.Detail["to"] == "dpa:CN" && e.Purpose == "emergency" && e.Requester == "de-analytics"
	})
}
