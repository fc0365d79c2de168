package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
)

// The hostile inputs of issue 19: a name, a mobile number and a resident
// identity number, in a record id and in free text.
const (
	piiRecordID = "CN-LinXiaohong-13912345678-110101199003074258"
	piiText     = "call Lin Xiaohong at +86 139 1234 5678 about ID 110101199003074258"
)

// TestNothingPersonalOnTheLogs runs the demo's walkthrough on three real
// nodes, then tries to put personal information on their logs by every
// road the issue found (record ids at creation and import, at home and
// through another node; purpose and legal basis of a read; a judicial
// filing's reference and scope; an organisation's name), checks that each
// is refused naming the field and kinds but never the value, and that an
// undeclared purpose is logged as "other". Then `comity audit --pii` finds
// nothing on any of the three logs.
func TestNothingPersonalOnTheLogs(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "fed")
	f, err := demo.Start(ctx, demo.Config{Dir: dir, Records: 20})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Stop()
	var walk bytes.Buffer
	if err := demo.Walkthrough(ctx, f, &walk); err != nil {
		t.Fatalf("%v\n%s", err, walk.String())
	}

	refused := func(what string, err error, field string, kinds ...string) {
		t.Helper()
		if comity.ErrorCode(err) != comity.EINVALID {
			t.Errorf("%s: %v, want an invalid problem", what, err)
			return
		}
		msg := err.Error()
		if !strings.Contains(msg, field) {
			t.Errorf("%s: %q does not name the field %q", what, msg, field)
		}
		for _, k := range kinds {
			if !strings.Contains(msg, k) {
				t.Errorf("%s: %q does not name the kind %q", what, msg, k)
			}
		}
		for _, v := range []string{"13912345678", "139 1234", "110101199003074258", "Xiaohong"} {
			if strings.Contains(msg, v) {
				t.Errorf("%s: %q repeats the value", what, msg)
			}
		}
	}
	rec := comityhttp.RecordInput{ID: piiRecordID, Category: comity.CategoryPersonal, Subjects: []string{"s-1"},
		Fields: json.RawMessage(`{"note":"x"}`)}
	_, err = f.Client("CN", "controller").CreateRecord(ctx, rec)
	refused("create at home", err, "record id", "phone", "cn_resident_id")
	_, err = f.Client("DE", "controller").CreateRecord(ctx, rec)
	refused("create through DE", err, "record id", "phone", "cn_resident_id")
	line, _ := json.Marshal(rec)
	_, err = f.Client("CN", "controller").Import(ctx, "application/x-ndjson", bytes.NewReader(append(line, '\n')))
	refused("import", err, "record id", "phone", "cn_resident_id")

	cn1 := "CN-CUST-000001"
	_, err = f.Client("CN", "controller").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn1}, Purpose: piiText})
	refused("purpose", err, "purpose", "phone", "cn_resident_id")
	_, err = f.Client("DE", "requester").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn1}, Home: "CN", Purpose: piiText})
	refused("purpose through DE", err, "purpose", "phone")
	_, err = f.Client("CN", "controller").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn1}, Purpose: "customer-service", LegalBasis: piiText})
	refused("legal basis", err, "legal_basis", "phone")

	_, err = f.Client("US", "agency").FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Offence: "fraud", LegalBasis: judicial.Reciprocity,
		Reference: "suspect +86 139 1234 5678", Scope: judicial.Scope{RecordIDs: []string{cn1}}})
	refused("judicial reference", err, "reference", "phone")
	_, err = f.Client("US", "agency").FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Offence: "fraud", LegalBasis: judicial.Reciprocity,
		Scope: judicial.Scope{RecordIDs: []string{piiRecordID}}})
	refused("judicial scope", err, "scope record id", "phone")
	// A case id of the right shape that holds a phone number: the refused
	// execution would name it in its entry, so the entry itself is refused.
	_, err = f.Client("US", "agency").ExecuteOrder(ctx, "CN-US-13912345678", &judicial.ExecuteInput{})
	refused("execution of a case id", err, "detail.case", "phone")
	_, err = f.Client("CN", "operator").CreatePrincipal(ctx, comityhttp.PrincipalInput{ID: "lin", Organisation: "Lin Xiaohong 13912345678",
		Roles: []comity.Role{comity.RoleRequester}})
	refused("organisation", err, "organisation", "phone")

	// A purpose the CN rulebook does not declare is decided, and logged
	// as "other".
	const undeclared = "quarterly review for the board"
	if _, err := f.Client("CN", "controller").Access(ctx, comityhttp.AccessInput{RecordIDs: []string{cn1}, Purpose: undeclared}); err != nil {
		t.Fatal(err)
	}
	// The controller's record secret finds that decision in CN's log.
	sec, err := f.Client("CN", "controller").RecordSecret(ctx, cn1)
	if err != nil {
		t.Fatal(err)
	}
	secret, _ := hex.DecodeString(sec.Secret)
	v, _ := f.LogVerifier("CN")
	var rep *audit.Report
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(100 * time.Millisecond) {
		rep, err = audit.Verify(ctx, audit.Config{URL: f.LogURL("CN"), Verifier: v, HTTPClient: f.HTTPClient(), KeepEntries: true, RecordSecret: secret})
		if err == nil && len(rep.Record) > 0 && rep.Record[len(rep.Record)-1].Kind == "record-access" || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	last := rep.Record[len(rep.Record)-2]
	if last.Kind != "decision" || last.Purpose != comity.PurposeOther {
		t.Errorf("the undeclared purpose's decision is logged as %+v, want purpose %q", last, comity.PurposeOther)
	}
	for _, e := range rep.Entries {
		if e.Purpose == undeclared || len(e.RecordIDs) > 0 {
			t.Errorf("entry %d names a purpose in the requester's words or a record id in the clear", e.Index)
		}
	}

	for _, j := range f.States { // with Japan, which joined with a CA of its own
		code, out, errOut := runComity("audit", f.LogURL(j), "--log-key", f.Members[j].Node.Log.VerifierKey(), "--ca", f.Members[j].CAFile,
			"--manifest", filepath.Join(dir, "manifest.json"), "--no-state", "--pii")
		if code != 0 || !strings.Contains(out, "no personal information found in any entry") {
			t.Errorf("comity audit --pii of %s: exit %d\n%s%s", j, code, out, errOut)
		}
		t.Logf("%s: %s", j, strings.SplitN(out, "\n", 2)[0])
	}
}
