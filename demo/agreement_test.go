package demo_test

import (
	"context"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
)

func TestAgreements(t *testing.T) {
	f := startWithRulebooks(t, 10)
	ctx := context.Background()
	a, err := f.Agreement("DE-US-MLAT-2003", "Treaty between the United States and Germany on Mutual Legal Assistance", "DE", "US")
	if err != nil {
		t.Fatal(err)
	}
	if err := f.PublishAgreement(ctx, a); err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(a)

	// A state that is not a party cannot install it.
	if _, err := f.Client("CN", "dpa").PublishAgreement(ctx, data); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("non-party published: %v", err)
	}
	// An agreement signed by one party only is refused.
	half := *a
	half.ID = "DE-US-HALF"
	half.Signatures = nil
	if err := half.Sign(f.Manifest, "DE", f.Members["DE"].Authorities[comity.RoleDPA]); err != nil {
		t.Fatal(err)
	}
	hdata, _ := json.Marshal(&half)
	if _, err := f.Client("DE", "dpa").PublishAgreement(ctx, hdata); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("half-signed agreement: %v", err)
	}
	// Other terms under the same id are a conflict.
	other, _ := f.Agreement("DE-US-MLAT-2003", "Another text", "DE", "US")
	odata, _ := json.Marshal(other)
	if _, err := f.Client("US", "dpa").PublishAgreement(ctx, odata); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Fatalf("conflicting agreement: %v", err)
	}
	logEntry(t, f, "DE", func(e *audit.Entry) bool { return e.Kind == "agreement" && e.Outcome == "deny" })

	// An agreement between DE and US never reaches CN's data.
	_, err = f.Client("US", "requester").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{"CN-CUST-000001"},
		Purpose: "research", Agreements: []string{"DE-US-MLAT-2003"}})
	if comity.ErrorCode(err) != comity.EDENIED {
		t.Fatalf("DE-US agreement reached CN data: %v", err)
	}
	var dn *comity.Denial
	if !errors.As(err, &dn) || dn.Decision == nil {
		t.Fatalf("a denial without its decision: %#v", err)
	}
	d, _ := json.Marshal(dn.Decision)
	if !strings.Contains(string(d), "baseline/agreements.no-third-state") {
		t.Fatalf("decided by %s, not the baseline's third-state commitment", d)
	}
}
