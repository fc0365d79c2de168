package demo_test

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/demo"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/rulebook"
)

// logEntries waits until j's published log holds at least want entries
// that ok accepts, and returns them all.
func logEntries(t *testing.T, f *demo.Federation, j comity.Jurisdiction, want int, ok func(*audit.Entry) bool) []*audit.Entry {
	t.Helper()
	v, err := f.LogVerifier(j)
	if err != nil {
		t.Fatal(err)
	}
	var got []*audit.Entry
	for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(200 * time.Millisecond) {
		rep, err := audit.Verify(context.Background(), audit.Config{URL: f.LogURL(j), Verifier: v, HTTPClient: f.HTTPClient(), KeepEntries: true})
		if err != nil {
			t.Fatal(err)
		}
		got = got[:0]
		for _, e := range rep.Entries {
			if ok(e) {
				got = append(got, e)
			}
		}
		if len(got) >= want || time.Now().After(deadline) {
			return got
		}
	}
}

// race runs every call at once and returns their errors, in order.
func race(calls []func() error) []error {
	errs := make([]error, len(calls))
	start := make(chan struct{})
	var wg sync.WaitGroup
	for i, call := range calls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = call()
		}()
	}
	close(start)
	wg.Wait()
	return errs
}

// oneWinner checks that exactly one call succeeded and every other got a
// conflict, and returns the winner's index.
func oneWinner(t *testing.T, what string, errs []error) int {
	t.Helper()
	winner := -1
	for i, err := range errs {
		switch {
		case err == nil && winner >= 0:
			t.Fatalf("%s: decisions %d and %d both succeeded", what, winner, i)
		case err == nil:
			winner = i
		case comity.ErrorCode(err) != comity.ECONFLICT:
			t.Fatalf("%s: decision %d: %v, want a conflict", what, i, err)
		}
	}
	if winner < 0 {
		t.Fatalf("%s: no decision succeeded", what)
	}
	return winner
}

// TestRacingTransferDecisions sends many approvals and refusals of one
// transfer case at once, and many approvals (each with its own expiry) of
// another, to a real node: each case is decided once in the store, its log
// holds exactly one decision, the one stored, and every loser is logged as
// a refused attempt that says so.
func TestRacingTransferDecisions(t *testing.T) {
	f := startWithRulebooks(t, 120)
	ctx := context.Background()
	dpa := f.Client("CN", "dpa")
	key := f.Members["CN"].Authorities[comity.RoleDPA]
	const each = 4

	approve := func(tr *comity.Transfer, life time.Duration) func() error {
		a := rulebook.ApprovalFor(tr, "CN", comity.Now(), life)
		if err := a.Sign(key); err != nil {
			t.Fatal(err)
		}
		return func() error {
			_, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Approval: a.Encode()})
			return err
		}
	}
	refuse := func(tr *comity.Transfer, n int) func() error {
		grounds := fmt.Sprintf("refusal number %d", n)
		sig := base64.StdEncoding.EncodeToString(ed25519.Sign(key, comity.RefusalMessage(tr.ID, grounds)))
		return func() error {
			_, err := dpa.DecideTransfer(ctx, tr.ID, comityhttp.TransferDecision{Grounds: grounds, Signature: sig})
			return err
		}
	}

	mixed, _ := openCase(t, f, 105)
	approvals, _ := openCase(t, f, 105)
	if mixed.ID == approvals.ID {
		t.Fatal("one case for two requests")
	}
	var calls []func() error
	for i := range each {
		calls = append(calls, approve(mixed, time.Duration(i+1)*time.Hour), refuse(mixed, i))
	}
	for i := range 2 * each {
		calls = append(calls, approve(approvals, time.Duration(i+1)*time.Hour))
	}
	errs := race(calls)

	for _, tc := range []struct {
		tr   *comity.Transfer
		errs []error
	}{{mixed, errs[:2*each]}, {approvals, errs[2*each:]}} {
		w := oneWinner(t, tc.tr.ID, tc.errs)
		stored, err := dpa.Transfer(ctx, tc.tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		if tc.tr == mixed && (w%2 == 0) != (stored.State == comity.TransferApproved) {
			t.Errorf("decision %d won but the case is stored %s", w, stored.State)
		}
		entries := logEntries(t, f, "CN", 2*each, func(e *audit.Entry) bool {
			return e.Kind == "case" && e.Detail["case"] == tc.tr.ID
		})
		var accepted, attempts []*audit.Entry
		for _, e := range entries {
			switch e.Detail["step"] {
			case "approved", "refused":
				accepted = append(accepted, e)
			case "refused-attempt":
				attempts = append(attempts, e)
			}
		}
		if len(accepted) != 1 || accepted[0].Detail["step"] != string(stored.State) {
			t.Fatalf("case %s is stored %s; its log holds %d decisions: %v", tc.tr.ID, stored.State, len(accepted), steps(accepted))
		}
		if stored.State == comity.TransferApproved && accepted[0].Detail["expires"] != stored.Expires.UTC().Format(time.RFC3339) {
			t.Errorf("logged expiry %s, stored %s", accepted[0].Detail["expires"], stored.Expires)
		}
		if len(attempts) != 2*each-1 {
			t.Errorf("%d refused attempts logged for %d losers", len(attempts), 2*each-1)
		}
		for _, e := range attempts {
			reason := e.Detail["reason"]
			if e.Outcome != string(comity.Deny) || !strings.Contains(reason, "being decided") && !strings.Contains(reason, "already") {
				t.Errorf("a loser is logged as %s: %q", e.Outcome, reason)
			}
		}
	}
}

func steps(es []*audit.Entry) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Detail["step"]+e.Detail["event"])
	}
	return out
}

// TestRacingJudicialDecisions sends many grants and refusals of each of
// several judicial cases at once to the holding node: each case is decided
// once, its log holds exactly one decision, the one stored, the losers are
// logged as refused attempts, and the transparency report computed from the
// log counts what the stores hold. Grants that do not verify (signed with
// another state's key, or naming records never requested) are refused and
// logged the same way.
func TestRacingJudicialDecisions(t *testing.T) {
	a := startAssist(t)
	ctx, f := a.ctx, a.f
	ca := f.Client("CN", "central-authority")
	const cases, each = 3, 4

	asked := []string{rec("CN", 1), rec("CN", 2), rec("CN", 3)}
	var ids []string
	var calls []func() error
	for range cases {
		c := a.file("US", "CN", "CN-US-MLAA-2000", asked...)
		c = a.move("CN", c, judicial.Step{To: judicial.UnderReview})
		ids = append(ids, c.ID)

		// Refused on their merits, before the race.
		wrongKey, err := demo.SignOrder(f.Members["DE"].Authorities[comity.RoleCentralAuthority], c, asked, false, nil, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ca.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: wrongKey})
		wantCode(t, err, comity.EFORBIDDEN, "not signed by the central authority")
		unasked, err := f.Order(c, append([]string{rec("CN", 9)}, asked...), false, nil, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		_, err = ca.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: unasked})
		wantCode(t, err, comity.EINVALID, "was not requested")

		for i := range each {
			records, partial := asked, false
			if i%2 == 1 {
				records, partial = asked[:1+i%len(asked)], true
			}
			order, err := f.Order(c, records, partial, nil, time.Now().Add(time.Duration(i+1)*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			calls = append(calls, func() error {
				_, err := ca.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: order})
				return err
			}, func() error {
				_, err := ca.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Refused, Note: fmt.Sprintf("refusal %d", i)})
				return err
			})
		}
	}
	errs := race(calls)

	for k, id := range ids {
		w := oneWinner(t, id, errs[k*2*each:(k+1)*2*each])
		stored, err := ca.Case(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if want := map[bool]judicial.State{true: judicial.Granted, false: judicial.Refused}[w%2 == 0]; stored.State != want {
			t.Errorf("case %s: decision %d won but the case is stored %s", id, w, stored.State)
		}
		// received, under-review, the two bad grants and the 2*each racing
		// steps: wait for all of them, as the winner's decision may be the
		// last to reach the published checkpoint.
		entries := logEntries(t, f, "CN", 2*each+4, func(e *audit.Entry) bool {
			return e.Kind == string(judicial.EntryKind) && e.Detail["case"] == id
		})
		var accepted, attempts []*audit.Entry
		for _, e := range entries {
			switch e.Detail["event"] {
			case judicial.EventGranted, judicial.EventRefused:
				accepted = append(accepted, e)
			case judicial.EventRefusedAttempt:
				attempts = append(attempts, e)
			}
		}
		if len(accepted) != 1 || accepted[0].Detail["event"] != string(stored.State) {
			t.Fatalf("case %s is stored %s; its log holds %d decisions: %v", id, stored.State, len(accepted), steps(accepted))
		}
		// The two bad grants and every loser.
		if len(attempts) != 2+2*each-1 {
			t.Errorf("case %s: %d refused attempts logged, want %d", id, len(attempts), 2+2*each-1)
		}
		reasons := map[string]bool{}
		for _, e := range attempts {
			if e.Outcome != string(comity.Deny) {
				t.Errorf("a refused attempt is logged as %s", e.Outcome)
			}
			switch r := e.Detail["reason"]; {
			case strings.Contains(r, "not signed by the central authority"):
				reasons["wrong key"] = true
			case strings.Contains(r, "was not requested"):
				reasons["unrequested"] = true
			case strings.Contains(r, "being moved") || strings.Contains(r, "changed meanwhile") || strings.Contains(r, "cannot become"):
				reasons["lost"] = true
			default:
				t.Errorf("refused attempt with reason %q", r)
			}
		}
		if len(reasons) != 3 {
			t.Errorf("case %s: refused attempts %v, want the wrong key, the unrequested records and the losers", id, reasons)
		}
	}

	// The report from CN's log counts what CN's store holds.
	var want judicial.Row
	cs, err := ca.Cases(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		want.Received++
		switch {
		case c.State == judicial.Granted && c.Grant.Partial:
			want.Partly++
		case c.State == judicial.Granted:
			want.Granted++
		case c.State == judicial.Refused:
			want.Refused++
		default:
			want.Pending++
		}
	}
	want.Requesting, want.Offence = "all", "all"
	entries := logEntries(t, f, "CN", 0, func(e *audit.Entry) bool { return true })
	if rep := judicial.NewReport(entries); rep.Total != want {
		t.Errorf("report from the log %+v, stores %+v", rep.Total, want)
	}
}
