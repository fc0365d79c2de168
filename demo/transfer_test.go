package demo_test

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/rulebook"
)

// startWithRulebooks starts a federation whose states have published their
// (scaled) sample rulebooks.
func startWithRulebooks(t *testing.T, records int) *demo.Federation {
	t.Helper()
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: records})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	return f
}

// openCase makes de-analytics ask for a bulk export of CN personal records
// that CN's rulebook holds for a security assessment, and returns the case.
func openCase(t *testing.T, f *demo.Federation, limit int) (*comity.Transfer, comityhttp.AccessInput) {
	t.Helper()
	in := comityhttp.AccessInput{Action: comity.ActionBulkExport, Home: "CN", Purpose: "analytics",
		Filter: comity.RecordFilter{Category: comity.CategoryPersonal, Limit: limit}}
	_, err := f.Client("DE", "requester").Access(context.Background(), in)
	if comity.ErrorCode(err) != comity.EPENDING {
		t.Fatalf("bulk export: want pending, got %v", err)
	}
	id, _ := err.(*comity.Error).Detail["transfer"].(string)
	tr, err := f.Client("DE", "requester").Transfer(context.Background(), id)
	if err != nil {
		t.Fatalf("poll %s: %v", id, err)
	}
	if tr.State != comity.TransferPending || len(tr.Request.RecordIDs) != limit {
		t.Fatalf("case %s: state %s with %d records", tr.ID, tr.State, len(tr.Request.RecordIDs))
	}
	return tr, in
}

// logEntries waits until CN's published log holds an entry that ok accepts.
func logEntry(t *testing.T, f *demo.Federation, j comity.Jurisdiction, ok func(*audit.Entry) bool) *audit.Entry {
	t.Helper()
	v, err := f.LogVerifier(j)
	if err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		rep, err := audit.Verify(context.Background(), audit.Config{URL: f.LogURL(j), Verifier: v, HTTPClient: f.HTTPClient(), KeepEntries: true})
		if err != nil {
			continue
		}
		for _, e := range rep.Entries {
			if ok(e) {
				return e
			}
		}
	}
	t.Fatalf("no such entry in %s's log", j)
	return nil
}

func TestTransferApproval(t *testing.T) {
	f := startWithRulebooks(t, 120)
	ctx := context.Background()
	tr, in := openCase(t, f, 105)
	dpa := f.Client("CN", "dpa")
	cnKey := f.Members["CN"].Authorities[comity.RoleDPA]

	sign := func(a *rulebook.Approval, key ed25519.PrivateKey) string {
		t.Helper()
		if err := a.Sign(key); err != nil {
			t.Fatal(err)
		}
		return a.Encode()
	}
	bad := []struct {
		name  string
		token func() string
		code  string
	}{
		{"signed by another state's authority", func() string {
			return sign(rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour), f.Members["DE"].Authorities[comity.RoleDPA])
		}, comity.EFORBIDDEN},
		{"signed by CN's central authority, not its DPA", func() string {
			return sign(rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour), f.Members["CN"].Authorities[comity.RoleCentralAuthority])
		}, comity.EFORBIDDEN},
		{"expired", func() string {
			a := rulebook.ApprovalFor(tr, "CN", comity.Now().Add(-3*time.Hour), time.Hour)
			return sign(a, cnKey)
		}, comity.EFORBIDDEN},
		{"fewer records than the case", func() string {
			a := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour)
			a.RecordIDs = a.RecordIDs[1:]
			return sign(a, cnKey)
		}, comity.EINVALID},
		{"another requester", func() string {
			a := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour)
			a.Requester = "someone-else"
			return sign(a, cnKey)
		}, comity.EINVALID},
		{"not a token", func() string { return "not-a-token" }, comity.EINVALID},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			_, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: tc.token()})
			if comity.ErrorCode(err) != tc.code {
				t.Fatalf("want %s, got %v", tc.code, err)
			}
			if got, _ := dpa.Transfer(ctx, tr.ID); got.State != comity.TransferPending {
				t.Fatalf("case changed to %s", got.State)
			}
		})
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool {
		return e.Kind == "case" && e.Detail["case"] == tr.ID && e.Detail["step"] == "refused-attempt" && e.Outcome == "deny"
	})

	// Only CN's DPA decides; a requester cannot approve its own case.
	if _, err := f.Client("CN", "requester").DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: "x"}); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("requester approving: %v", err)
	}

	good := sign(rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour), cnKey)
	if _, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: good}); err != nil {
		t.Fatal(err)
	}
	if _, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: good}); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Fatalf("second decision: want conflict, got %v", err)
	}
	polled, err := f.Client("DE", "requester").Transfer(ctx, tr.ID)
	if err != nil || polled.State != comity.TransferApproved || polled.Approval != good {
		t.Fatalf("poll after approval: %+v %v", polled, err)
	}

	// The approval releases exactly its scope, minimised.
	in.Filter = comity.RecordFilter{}
	in.RecordIDs = polled.Request.RecordIDs
	in.Approvals = []string{polled.Approval}
	rel, err := f.Client("DE", "requester").Access(ctx, in)
	if err != nil {
		t.Fatalf("approved export: %v", err)
	}
	if len(rel.Records) != 105 || rel.Receipt == nil {
		t.Fatalf("released %d records, receipt %v", len(rel.Records), rel.Receipt)
	}
	for _, r := range rel.Records {
		if strings.Contains(string(r.Fields), "+86 1") && !strings.Contains(string(r.Fields), "*") {
			t.Fatalf("%s released with a clear phone number: %s", r.ID, r.Fields)
		}
	}
	// The node proves its receipt once a witnessed checkpoint covers it.
	var proof *ledger.Proof
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if proof, err = f.Client("CN", "auditor").ProveReceipt(ctx, rel.Receipt); err == nil {
			break
		}
	}
	if proof == nil || proof.Index != rel.Receipt.Index || proof.TreeSize <= proof.Index {
		t.Fatalf("proof of receipt %d: %+v %v", rel.Receipt.Index, proof, err)
	}
	// Outside the scope the approval does not count.
	in.RecordIDs = append(in.RecordIDs[:104:104], outside(t, f, polled.Request.RecordIDs))
	if _, err := f.Client("DE", "requester").Access(ctx, in); comity.ErrorCode(err) != comity.EDENIED {
		t.Fatalf("an approval released records outside its scope: %v", err)
	}
	// Nor for another requester.
	in.RecordIDs = polled.Request.RecordIDs
	if _, err := f.Client("US", "requester").Access(ctx, in); comity.ErrorCode(err) != comity.EDENIED {
		t.Fatalf("another requester used the approval: %v", err)
	}
}

// outside returns a CN record id that is not in ids.
func outside(t *testing.T, f *demo.Federation, ids []string) string {
	for i := 1; i <= 120; i++ {
		id := fmt.Sprintf("CN-CUST-%06d", i)
		if !slices.Contains(ids, id) {
			return id
		}
	}
	t.Fatal("every record is in scope")
	return ""
}

func TestTransferRefusal(t *testing.T) {
	f := startWithRulebooks(t, 120)
	ctx := context.Background()
	tr, _ := openCase(t, f, 105)
	dpa := f.Client("CN", "dpa")
	grounds := "the recipient's security measures are not adequate"

	forged := ed25519.Sign(f.Members["DE"].Authorities[comity.RoleDPA], comity.RefusalMessage(tr.ID, grounds))
	_, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Grounds: grounds, Signature: base64.StdEncoding.EncodeToString(forged)})
	if comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("forged refusal: %v", err)
	}
	sig := ed25519.Sign(f.Members["CN"].Authorities[comity.RoleDPA], comity.RefusalMessage(tr.ID, grounds))
	if _, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Grounds: grounds, Signature: base64.StdEncoding.EncodeToString(sig)}); err != nil {
		t.Fatal(err)
	}
	polled, err := f.Client("DE", "requester").Transfer(ctx, tr.ID)
	if err != nil || polled.State != comity.TransferRefused || polled.Grounds != grounds {
		t.Fatalf("poll after refusal: %+v %v", polled, err)
	}
	// Another organisation cannot see the case.
	if _, err := f.Client("US", "requester").Transfer(ctx, tr.ID); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Fatalf("another requester polled the case: %v", err)
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool {
		return e.Kind == "case" && e.Detail["case"] == tr.ID && e.Detail["step"] == "refused"
	})
}

func TestRulebookPublication(t *testing.T) {
	f := startWithRulebooks(t, 10)
	ctx := context.Background()
	cases := []struct {
		name   string
		bundle func() []byte
		code   string
	}{
		{"same version again", func() []byte {
			b, _ := f.DemoRulebook("CN", 1)
			data, _ := b.Marshal()
			return data
		}, comity.ECONFLICT},
		{"signed by another state", func() []byte {
			b, _ := f.DemoRulebook("CN", 2)
			b.Sign(f.Members["US"].Authorities[comity.RoleDPA])
			data, _ := b.Marshal()
			return data
		}, comity.EFORBIDDEN},
		{"unsigned", func() []byte {
			b, _ := f.DemoRulebook("CN", 2)
			b.Signature = nil
			data, _ := b.Marshal()
			return data
		}, comity.EFORBIDDEN},
		{"altered after signing", func() []byte {
			b, _ := f.DemoRulebook("CN", 2)
			b.Params["exempt_below_personal"] = []byte("1000000000")
			data, _ := b.Marshal()
			return data
		}, comity.EFORBIDDEN},
		{"another state's rulebook", func() []byte {
			b, _ := f.DemoRulebook("DE", 2)
			data, _ := b.Marshal()
			return data
		}, comity.EFORBIDDEN},
		{"not JSON", func() []byte { return []byte("{") }, comity.EINVALID},
	}
	before, _ := f.Client("CN", "auditor").Rulebooks(ctx)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := f.Client("CN", "dpa").PublishRulebook(ctx, tc.bundle())
			if comity.ErrorCode(err) != tc.code {
				t.Fatalf("want %s, got %v", tc.code, err)
			}
		})
	}
	after, _ := f.Client("CN", "auditor").Rulebooks(ctx)
	if len(before) != len(after) || before[1].Digest != after[1].Digest {
		t.Fatal("a refused publication changed the installed rulebooks")
	}
	logEntry(t, f, "CN", func(e *audit.Entry) bool { return e.Kind == "rulebook" && e.Outcome == "deny" })

	b, _ := f.DemoRulebook("CN", 2)
	data, _ := b.Marshal()
	info, err := f.Client("CN", "dpa").PublishRulebook(ctx, data)
	if err != nil || info.Version != 2 {
		t.Fatalf("publish version 2: %+v %v", info, err)
	}
}

func TestTransferWebhook(t *testing.T) {
	got := make(chan comity.Transfer, 1)
	srv := httptest.NewTLSServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var tr comity.Transfer
		if r.Method == "POST" && json.NewDecoder(r.Body).Decode(&tr) == nil {
			got <- tr
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 120, Webhooks: srv.Client(), AllowLocalWebhooks: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	in := comityhttp.AccessInput{Action: comity.ActionBulkExport, Home: "CN", Purpose: "analytics", Webhook: srv.URL + "/cases",
		Filter: comity.RecordFilter{Category: comity.CategoryPersonal, Limit: 105}}
	_, err = f.Client("DE", "requester").Access(ctx, in)
	id, _ := err.(*comity.Error).Detail["transfer"].(string)
	if comity.ErrorCode(err) != comity.EPENDING || id == "" {
		t.Fatalf("want a pending case, got %v", err)
	}
	tr, err := f.Client("CN", "dpa").Transfer(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	ap := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Hour)
	if err := ap.Sign(f.Members["CN"].Authorities[comity.RoleDPA]); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Client("CN", "dpa").DecideTransfer(ctx, id, comityhttp.TransferDecision{Approval: ap.Encode()}); err != nil {
		t.Fatal(err)
	}
	select {
	case n := <-got:
		if n.ID != id || n.State != comity.TransferApproved || n.Approval == "" {
			t.Fatalf("webhook got %+v", n)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no webhook call")
	}
	// A webhook that is not https is refused up front.
	in.Webhook = "http://127.0.0.1:1/cases"
	if _, err := f.Client("DE", "requester").Access(ctx, in); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("plain-http webhook: %v", err)
	}
}
