package demo_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/client"
	"github.com/comity-project/comity/demo"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
)

// jurisdictions are the demo's states; every permutation of them is tested.
var jurisdictions = []comity.Jurisdiction{"CN", "DE", "US"}

func rec(j comity.Jurisdiction, i int) string { return fmt.Sprintf("%s-CUST-%06d", j, i) }

// treaties are the agreements the tests install (templates, not legal advice).
var treaties = []federation.Agreement{
	{ID: "CN-US-MLAA-2000", Title: "Agreement between the US and the PRC on Mutual Legal Assistance in Criminal Matters", Parties: []comity.Jurisdiction{"CN", "US"}},
	{ID: "DE-US-MLAT-2003", Title: "Treaty between the US and Germany on Mutual Legal Assistance in Criminal Matters", Parties: []comity.Jurisdiction{"DE", "US"}, Emergency: "24h"},
}

// assist is a federation of three real nodes with rulebooks published and
// an agency in each state.
type assist struct {
	t   *testing.T
	ctx context.Context
	f   *demo.Federation
}

func startAssist(t *testing.T) *assist {
	t.Helper()
	ctx := context.Background()
	f, err := demo.Start(ctx, demo.Config{Dir: t.TempDir(), Records: 30})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Stop() })
	if err := f.PublishRulebooks(ctx); err != nil {
		t.Fatal(err)
	}
	if err := f.AddAgencies(ctx); err != nil {
		t.Fatal(err)
	}
	// Two treaties, each installed at its parties' nodes only; the DE-US
	// treaty gives 24 hours for emergencies.
	for _, ag := range treaties {
		a := ag
		for _, j := range a.Parties {
			if err := a.Sign(f.Manifest, j, f.Members[j].Authorities[comity.RoleCentralAuthority]); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.PublishAgreement(ctx, &a); err != nil {
			t.Fatal(err)
		}
	}
	return &assist{t: t, ctx: ctx, f: f}
}

// file drafts (as the requesting agency) and submits (as the requesting
// central authority) a case for records of holding.
func (a *assist) file(from, holding comity.Jurisdiction, basis string, records ...string) *judicial.Case {
	a.t.Helper()
	c, err := a.f.Client(from, "agency").FileCase(a.ctx, comityhttp.CaseInput{Holding: holding, Offence: "fraud",
		LegalBasis: basis, Scope: judicial.Scope{RecordIDs: records}})
	if err != nil {
		a.t.Fatalf("file: %v", err)
	}
	if c.State != judicial.Draft {
		a.t.Fatalf("new case is %s", c.State)
	}
	if c, err = a.f.Client(from, "central-authority").MoveCase(a.ctx, c.ID, judicial.Step{To: judicial.Submitted}); err != nil {
		a.t.Fatalf("submit: %v", err)
	}
	return c
}

func (a *assist) move(j comity.Jurisdiction, c *judicial.Case, st judicial.Step) *judicial.Case {
	a.t.Helper()
	out, err := a.f.Client(j, "central-authority").MoveCase(a.ctx, c.ID, st)
	if err != nil {
		a.t.Fatalf("%s moves %s to %s: %v", j, c.ID, st.To, err)
	}
	if out.State != st.To {
		a.t.Fatalf("case %s is %s, want %s", c.ID, out.State, st.To)
	}
	return out
}

// granted files, reviews and grants a case for the given records.
func (a *assist) granted(from, holding comity.Jurisdiction, basis string, asked, granted []string) (*judicial.Case, string) {
	a.t.Helper()
	c := a.file(from, holding, basis, asked...)
	c = a.move(holding, c, judicial.Step{To: judicial.UnderReview})
	order, err := a.f.Order(c, granted, len(granted) < len(asked), []string{"use limitation"}, time.Now().Add(time.Hour))
	if err != nil {
		a.t.Fatal(err)
	}
	c = a.move(holding, c, judicial.Step{To: judicial.Granted, Order: order})
	return c, order
}

// state returns each node's copy's state.
func (a *assist) state(c *judicial.Case) (requesting, holding judicial.State) {
	a.t.Helper()
	r, err := a.f.Client(c.Requesting, "central-authority").Case(a.ctx, c.ID)
	if err != nil {
		a.t.Fatal(err)
	}
	h, err := a.f.Client(c.Holding, "central-authority").Case(a.ctx, c.ID)
	if err != nil {
		a.t.Fatal(err)
	}
	return r.State, h.State
}

func wantCode(t *testing.T, err error, code, contains string) {
	t.Helper()
	if comity.ErrorCode(err) != code {
		t.Fatalf("error %v (%s), want %s", err, comity.ErrorCode(err), code)
	}
	if !strings.Contains(comity.ErrorMessage(err), contains) {
		t.Fatalf("error %q does not say %q", comity.ErrorMessage(err), contains)
	}
}

func TestJudicialAssistance(t *testing.T) {
	a := startAssist(t)
	ctx, f := a.ctx, a.f

	t.Run("walkthrough", func(t *testing.T) {
		var out bytes.Buffer
		if err := demo.JudicialSteps(ctx, f, &out); err != nil {
			t.Fatalf("%v\n%s", err, out.String())
		}
		t.Log(out.String())
	})

	t.Run("every transition", func(t *testing.T) {
		c := a.file("US", "CN", judicial.Reciprocity, rec("CN", 10), rec("CN", 11))
		if r, h := a.state(c); r != judicial.Received || h != judicial.Received {
			t.Fatalf("after submit: requesting %s, holding %s", r, h)
		}
		c = a.move("CN", c, judicial.Step{To: judicial.UnderReview})
		c = a.move("CN", c, judicial.Step{To: judicial.MoreInformation, Note: "Which accounts received the payments?"})
		if r, _ := a.state(c); r != judicial.MoreInformation {
			t.Fatalf("the requesting copy is %s", r)
		}
		c = a.move("US", c, judicial.Step{To: judicial.UnderReview, Note: "Accounts ending 4411 and 9020."})
		if _, h := a.state(c); h != judicial.UnderReview {
			t.Fatalf("the holding copy is %s", h)
		}
		order, err := f.Order(c, []string{rec("CN", 10), rec("CN", 11)}, false, nil, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		c = a.move("CN", c, judicial.Step{To: judicial.Granted, Order: order})
		if c.Grant == nil || c.Grant.Partial {
			t.Fatalf("grant %+v", c.Grant)
		}
		ev, err := f.Client("US", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ev.Records) != 2 {
			t.Fatalf("%d records released", len(ev.Records))
		}
		if r, h := a.state(c); r != judicial.Executed || h != judicial.Executed {
			t.Fatalf("after execution: requesting %s, holding %s", r, h)
		}
		c = a.move("US", c, judicial.Step{To: judicial.Closed, Note: "evidence received"})
		if r, h := a.state(c); r != judicial.Closed || h != judicial.Closed {
			t.Fatalf("after closing: requesting %s, holding %s", r, h)
		}
		var states []judicial.State
		for _, e := range c.History {
			states = append(states, e.State)
		}
		want := []judicial.State{judicial.Draft, judicial.Submitted, judicial.Received, judicial.UnderReview, judicial.MoreInformation,
			judicial.UnderReview, judicial.Granted, judicial.Executed, judicial.Closed}
		if fmt.Sprint(states) != fmt.Sprint(want) {
			t.Fatalf("history %v, want %v", states, want)
		}
	})

	t.Run("refusal with grounds", func(t *testing.T) {
		c := a.file("DE", "US", "DE-US-MLAT-2003", rec("US", 3))
		c = a.move("US", c, judicial.Step{To: judicial.UnderReview})
		_, err := f.Client("US", "central-authority").MoveCase(ctx, c.ID, judicial.Step{To: judicial.Refused})
		wantCode(t, err, comity.EINVALID, "grounds")
		c = a.move("US", c, judicial.Step{To: judicial.Refused, Note: "the conduct is not an offence under US law (dual criminality)"})
		if r, _ := a.state(c); r != judicial.Refused {
			t.Fatalf("requesting copy %s", r)
		}
		_, err = f.Client("DE", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		wantCode(t, err, comity.EDENIED, "not granted")
		a.move("US", c, judicial.Step{To: judicial.Closed})
	})

	t.Run("only the party whose step it is", func(t *testing.T) {
		c := a.file("US", "CN", judicial.Reciprocity, rec("CN", 12))
		for _, tc := range []struct {
			at   comity.Jurisdiction
			step judicial.Step
			code string
		}{
			{"US", judicial.Step{To: judicial.UnderReview}, comity.EFORBIDDEN},               // the requesting state cannot review
			{"DE", judicial.Step{To: judicial.UnderReview}, comity.ENOTFOUND},                // a third state does not see the case
			{"US", judicial.Step{To: judicial.Refused, Note: "x"}, comity.EFORBIDDEN},        // nor refuse its own request
			{"CN", judicial.Step{To: judicial.Submitted}, comity.ECONFLICT},                  // received cases are not submitted again
			{"CN", judicial.Step{To: judicial.Executed}, comity.ECONFLICT},                   // execution is not a step
			{"CN", judicial.Step{To: judicial.MoreInformation, Note: "?"}, comity.ECONFLICT}, // not under review yet
			{"CN", judicial.Step{To: "approved"}, comity.EINVALID},                           // no such state
		} {
			_, err := f.Client(tc.at, "central-authority").MoveCase(ctx, c.ID, tc.step)
			if comity.ErrorCode(err) != tc.code {
				t.Errorf("%s moves to %s: %v, want %s", tc.at, tc.step.To, err, tc.code)
			}
		}
		// An agency takes no central authority's step (refused by the route).
		_, err := f.Client("US", "agency").MoveCase(ctx, c.ID, judicial.Step{To: judicial.Closed})
		wantCode(t, err, comity.EFORBIDDEN, "")
		// Another state's agency does not see the case.
		if _, err := f.Client("DE", "agency").Case(ctx, c.ID); comity.ErrorCode(err) != comity.ENOTFOUND {
			t.Errorf("DE agency reads a US case: %v", err)
		}
		a.move("US", c, judicial.Step{To: judicial.Closed, Note: "withdrawn"})
	})

	t.Run("bad grants", func(t *testing.T) {
		c := a.file("US", "CN", judicial.Reciprocity, rec("CN", 13), rec("CN", 14))
		c = a.move("CN", c, judicial.Step{To: judicial.UnderReview})
		exp := time.Now().Add(time.Hour)
		sign := func(key ed25519.PrivateKey, records []string, partial bool) string {
			o, err := demo.SignOrder(key, c, records, partial, nil, exp)
			if err != nil {
				t.Fatal(err)
			}
			return o
		}
		cnCA := f.Members["CN"].Authorities[comity.RoleCentralAuthority]
		for name, tc := range map[string]struct {
			order string
			code  string
		}{
			"signed by another state's authority":      {sign(f.Members["US"].Authorities[comity.RoleCentralAuthority], []string{rec("CN", 13)}, true), comity.EFORBIDDEN},
			"signed by CN's data-protection authority": {sign(f.Members["CN"].Authorities[comity.RoleDPA], []string{rec("CN", 13)}, true), comity.EFORBIDDEN},
			"partial not declared":                     {sign(cnCA, []string{rec("CN", 13)}, false), comity.EINVALID},
			"records not requested":                    {sign(cnCA, []string{rec("CN", 13), rec("CN", 15)}, false), comity.EINVALID},
			"another state's records":                  {sign(cnCA, []string{rec("DE", 13)}, true), comity.EINVALID},
			"garbage":                                  {"bm90IGFuIG9yZGVy", comity.EINVALID},
		} {
			t.Run(name, func(t *testing.T) {
				_, err := f.Client("CN", "central-authority").MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: tc.order})
				if comity.ErrorCode(err) != tc.code {
					t.Fatalf("%v, want %s", err, tc.code)
				}
			})
		}
		if _, h := a.state(c); h != judicial.UnderReview {
			t.Fatalf("after bad grants the case is %s", h)
		}
	})

	t.Run("bad executions release nothing and are logged", func(t *testing.T) {
		c, order := a.granted("US", "CN", judicial.Reciprocity, []string{rec("CN", 16), rec("CN", 17)}, []string{rec("CN", 16)})
		other, _ := a.granted("US", "CN", judicial.Reciprocity, []string{rec("CN", 18)}, []string{rec("CN", 18)})
		o, err := judicial.DecodeOrder(order)
		if err != nil {
			t.Fatal(err)
		}
		grant, _ := o.Grant()
		grant.RecordIDs = append(grant.RecordIDs, rec("CN", 17)) // widen the scope without a signature
		altered := *o
		altered.Approval = grant.Encode()
		forged, err := f.Order(c, []string{rec("CN", 16)}, true, nil, time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		wrongKey, _ := demo.SignOrder(f.Members["US"].Authorities[comity.RoleCentralAuthority], c, []string{rec("CN", 16)}, true, nil, time.Now().Add(time.Hour))
		us := f.Client("US", "agency")
		for name, tc := range map[string]struct {
			client *client.Client
			id     string
			in     judicial.ExecuteInput
			says   string
		}{
			"altered order":              {us, c.ID, judicial.ExecuteInput{Order: altered.Encode()}, "not signed"},
			"order signed by the US":     {us, c.ID, judicial.ExecuteInput{Order: wrongKey}, "not signed"},
			"another order of CN":        {us, c.ID, judicial.ExecuteInput{Order: forged}, "not the order issued"},
			"order of another case":      {us, c.ID, judicial.ExecuteInput{Order: mustCase(t, a, other).Grant.Order}, "is for case"},
			"record outside the grant":   {us, c.ID, judicial.ExecuteInput{RecordIDs: []string{rec("CN", 17)}}, "outside the granted scope"},
			"another state's agency":     {f.Client("DE", "agency"), c.ID, judicial.ExecuteInput{Order: order}, "DE holds no case"},
			"case unknown at the holder": {us, "US-CN-NOSUCHCASE00", judicial.ExecuteInput{Order: order}, "no case"},
		} {
			t.Run(name, func(t *testing.T) {
				_, err := tc.client.ExecuteOrder(ctx, tc.id, &tc.in)
				if comity.ErrorCode(err) == comity.ENOTFOUND && strings.Contains(tc.says, "no case") {
					return // the requesting node knows no such case either
				}
				wantCode(t, err, comity.EDENIED, tc.says)
				if dn := (*comity.Denial)(nil); !errors.As(err, &dn) || dn.Receipt == nil {
					t.Errorf("refusal without a receipt: not logged")
				}
			})
		}
		if _, h := a.state(c); h != judicial.Granted {
			t.Fatalf("after refused executions the case is %s", h)
		}
		// The right order still works, once.
		ev, err := us.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		if err != nil {
			t.Fatal(err)
		}
		if len(ev.Records) != 1 || ev.Records[0].ID != rec("CN", 16) {
			t.Fatalf("released %v", ev.Records)
		}
		_, err = us.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		wantCode(t, err, comity.EDENIED, "executed already")
		_, err = us.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{Order: order})
		wantCode(t, err, comity.EDENIED, "executed already")
	})

	t.Run("one execution under concurrency", func(t *testing.T) {
		c, order := a.granted("US", "CN", judicial.Reciprocity, []string{rec("CN", 19)}, []string{rec("CN", 19)})
		var wg sync.WaitGroup
		var mu sync.Mutex
		ok, denied := 0, 0
		for range 8 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_, err := f.Client("US", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{Order: order})
				mu.Lock()
				defer mu.Unlock()
				switch comity.ErrorCode(err) {
				case "":
					ok++
				case comity.EDENIED:
					denied++
				default:
					t.Errorf("execution: %v", err)
				}
			}()
		}
		wg.Wait()
		if ok != 1 || denied != 7 {
			t.Fatalf("%d executions succeeded and %d were refused, want 1 and 7", ok, denied)
		}
	})

	t.Run("expired order", func(t *testing.T) {
		c := a.file("US", "CN", judicial.Reciprocity, rec("CN", 20))
		c = a.move("CN", c, judicial.Step{To: judicial.UnderReview})
		order, err := f.Order(c, []string{rec("CN", 20)}, false, nil, time.Now().Add(1500*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		a.move("CN", c, judicial.Step{To: judicial.Granted, Order: order})
		time.Sleep(1600 * time.Millisecond)
		_, err = f.Client("US", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		wantCode(t, err, comity.EDENIED, "expired")
	})

	t.Run("no way around the channel", func(t *testing.T) {
		// A valid order's grant presented to the ordinary access route is
		// refused: orders are executed once, through the channel.
		c, order := a.granted("US", "CN", judicial.Reciprocity, []string{rec("CN", 21)}, []string{rec("CN", 21)})
		o, _ := judicial.DecodeOrder(order)
		_, err := f.Client("US", "agency").Access(ctx, comityhttp.AccessInput{Action: comity.ActionDiscloseToLawEnforce,
			RecordIDs: []string{rec("CN", 21)}, Purpose: judicial.Purpose, Approvals: []string{o.Approval}})
		wantCode(t, err, comity.EDENIED, "judicial-assistance channel")
		if _, h := a.state(c); h != judicial.Granted {
			t.Fatalf("case %s", h)
		}
		for _, from := range jurisdictions {
			for _, home := range jurisdictions {
				if from == home {
					continue
				}
				for name, tc := range map[string]struct {
					principal string
					in        comityhttp.AccessInput
				}{
					"agency discloses":      {"agency", comityhttp.AccessInput{Action: comity.ActionDiscloseToLawEnforce, Purpose: judicial.Purpose}},
					"agency reads":          {"agency", comityhttp.AccessInput{Purpose: "analytics"}},
					"company for its state": {"controller", comityhttp.AccessInput{Purpose: judicial.Purpose}}, // the CLOUD Act case
					"company discloses":     {"controller", comityhttp.AccessInput{Action: comity.ActionDiscloseToLawEnforce}},
					"requester transfers":   {"requester", comityhttp.AccessInput{Action: comity.ActionTransfer, Purpose: judicial.Purpose}},
				} {
					t.Run(fmt.Sprintf("%s at %s for %s data: %s", from, from, home, name), func(t *testing.T) {
						tc.in.RecordIDs = []string{rec(home, 1)}
						_, err := f.Client(from, tc.principal).Access(ctx, tc.in)
						wantCode(t, err, comity.EDENIED, "judicial-assistance channel")
						if dn := (*comity.Denial)(nil); !errors.As(err, &dn) || dn.Receipt == nil {
							t.Errorf("refusal without a receipt: not logged")
						}
					})
				}
			}
		}
	})

	t.Run("third states", func(t *testing.T) {
		agreement := func(x, y comity.Jurisdiction) string {
			for _, ag := range treaties {
				if slices.Contains(ag.Parties, x) && slices.Contains(ag.Parties, y) {
					return ag.ID
				}
			}
			return string(min(x, y)) + "-" + string(max(x, y)) + "-UNKNOWN"
		}
		for _, A := range jurisdictions {
			for _, B := range jurisdictions {
				for _, C := range jurisdictions {
					if A == B || B == C || A == C {
						continue
					}
					ab := agreement(A, B)
					t.Run(fmt.Sprintf("%s-%s agreement, %s data", A, B, C), func(t *testing.T) {
						// A case filed with C under the A-B agreement is refused on receipt.
						c := a.file(A, C, ab, rec(C, 2))
						if c.State != judicial.Refused || c.Grounds == "" {
							t.Fatalf("case under %s for %s data is %s (%s)", ab, C, c.State, c.Grounds)
						}
						// A direct request citing it is refused at C's gate.
						_, err := f.Client(A, "agency").Access(ctx, comityhttp.AccessInput{Action: comity.ActionDiscloseToLawEnforce,
							RecordIDs: []string{rec(C, 2)}, Purpose: judicial.Purpose, Agreements: []string{ab}})
						wantCode(t, err, comity.EDENIED, "")
						// A case may not name C's records while asking B.
						_, err = f.Client(A, "agency").FileCase(ctx, comityhttp.CaseInput{Holding: B, Offence: "fraud", LegalBasis: ab,
							Scope: judicial.Scope{RecordIDs: []string{rec(C, 2)}}})
						wantCode(t, err, comity.EINVALID, "ask "+string(C))
					})
				}
			}
		}
		// An order B granted under the A-B agreement does not open C's data.
		c, order := a.granted("US", "DE", "DE-US-MLAT-2003", []string{rec("DE", 4)}, []string{rec("DE", 4)})
		_, err := f.Client("US", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{Order: order, RecordIDs: []string{rec("CN", 4)}})
		wantCode(t, err, comity.EDENIED, "outside the granted scope")
		ev, err := f.Client("US", "agency").ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
		if err != nil {
			t.Fatalf("DE executes its own grant under the DE-US treaty: %v", err)
		}
		if len(ev.Records) != 1 || ev.Records[0].Home != "DE" {
			t.Fatalf("released %v", ev.Records)
		}
	})

	t.Run("deadlines", func(t *testing.T) {
		svc := f.Members["CN"].Node.Judicial
		now := time.Now()
		std := a.file("DE", "CN", judicial.Reciprocity, rec("CN", 22))
		em, err := f.Client("US", "agency").FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Offence: "kidnapping",
			LegalBasis: judicial.Reciprocity, Urgency: judicial.Emergency, Scope: judicial.Scope{RecordIDs: []string{rec("CN", 24)}}})
		if err != nil {
			t.Fatal(err)
		}
		if em, err = f.Client("US", "central-authority").MoveCase(ctx, em.ID, judicial.Step{To: judicial.Submitted}); err != nil {
			t.Fatal(err)
		}
		// The DE-US treaty sets 24 hours for emergencies instead of 8.
		treaty, err := f.Client("US", "agency").FileCase(ctx, comityhttp.CaseInput{Holding: "DE", Offence: "terrorism",
			LegalBasis: "DE-US-MLAT-2003", Urgency: judicial.Emergency, Scope: judicial.Scope{RecordIDs: []string{rec("DE", 24)}}})
		if err != nil {
			t.Fatal(err)
		}
		treaty, err = f.Client("US", "central-authority").MoveCase(ctx, treaty.ID, judicial.Step{To: judicial.Submitted})
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			c    *judicial.Case
			want time.Duration
		}{{std, 10 * 24 * time.Hour}, {em, 8 * time.Hour}, {treaty, 24 * time.Hour}} {
			if got := tc.c.Due.Sub(now); got < tc.want-time.Minute || got > tc.want+time.Minute {
				t.Errorf("case %s (%s, %s) due in %s, want %s", tc.c.ID, tc.c.Urgency, tc.c.LegalBasis, got, tc.want)
			}
		}
		overdue := func(at time.Duration) map[string]bool {
			t.Helper()
			cs, err := svc.CheckDeadlines(ctx, now.Add(at))
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]bool{}
			for _, c := range cs {
				out[c.ID] = true
			}
			return out
		}
		if o := overdue(7 * time.Hour); o[em.ID] || o[std.ID] {
			t.Fatalf("overdue after 7 hours: %v", o)
		}
		if o := overdue(9 * time.Hour); !o[em.ID] || o[std.ID] {
			t.Fatalf("after 9 hours the emergency is overdue and the standard case is not: %v", o)
		}
		if r := mustCase(t, a, em); !r.Alarmed {
			t.Errorf("the requesting copy of %s shows no alarm", em.ID)
		}
		// While the holding state waits for an answer, its clock stops.
		std = a.move("CN", std, judicial.Step{To: judicial.UnderReview})
		std = a.move("CN", std, judicial.Step{To: judicial.MoreInformation, Note: "Please name the account holder."})
		if o := overdue(11 * 24 * time.Hour); o[std.ID] {
			t.Fatalf("a case waiting for information is overdue")
		}
		std = a.move("DE", std, judicial.Step{To: judicial.UnderReview, Note: "Li Wei."})
		if o := overdue(11 * 24 * time.Hour); !o[std.ID] {
			t.Fatalf("after 11 days the standard case is not overdue")
		}
		// Through the API, at the real time, nothing is overdue.
		cs, err := f.Client("CN", "central-authority").OverdueCases(ctx)
		if err != nil || len(cs) != 0 {
			t.Fatalf("overdue now: %v %v", cs, err)
		}
		a.move("CN", std, judicial.Step{To: judicial.Refused, Note: "insufficient grounds"})
	})

	t.Run("transparency report from the log", func(t *testing.T) {
		// What CN's node holds, as the expected report.
		cs, err := f.Client("CN", "central-authority").Cases(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]*judicial.Row{}
		var total judicial.Row
		for _, c := range cs {
			if c.Holding != "CN" {
				continue
			}
			k := string(c.Requesting) + "/" + c.Offence
			if want[k] == nil {
				want[k] = &judicial.Row{Requesting: string(c.Requesting), Offence: c.Offence}
			}
			for _, r := range []*judicial.Row{want[k], &total} {
				r.Received++
				switch {
				case c.Grant != nil && c.Grant.Partial:
					r.Partly++
				case c.Grant != nil:
					r.Granted++
				case c.Grounds != "":
					r.Refused++
				default:
					r.Pending++
				}
			}
		}
		if total.Partly == 0 || total.Refused == 0 || total.Granted == 0 {
			t.Fatalf("the test needs grants in whole and in part and refusals at CN: %+v", total)
		}
		verifier, err := f.LogVerifier("CN")
		if err != nil {
			t.Fatal(err)
		}
		total.Requesting, total.Offence = "all", "all"
		var rep *judicial.Report
		deadline := time.Now().Add(20 * time.Second)
		for {
			res, err := audit.Verify(ctx, audit.Config{URL: f.LogURL("CN"), Verifier: verifier, HTTPClient: f.HTTPClient(), KeepEntries: true})
			if err != nil {
				t.Fatal(err)
			}
			rep = judicial.NewReport(res.Entries)
			if rep.Total == total || time.Now().After(deadline) {
				break
			}
			time.Sleep(500 * time.Millisecond)
		}
		if rep.Holding != "CN" {
			t.Errorf("report of %q", rep.Holding)
		}
		if rep.Total != total {
			t.Errorf("total %+v, want %+v", rep.Total, total)
		}
		if len(rep.Rows) != len(want) {
			t.Errorf("%d rows, want %d", len(rep.Rows), len(want))
		}
		for _, r := range rep.Rows {
			if w := want[r.Requesting+"/"+r.Offence]; w == nil || *w != r {
				t.Errorf("row %+v, want %+v", r, w)
			}
		}
		// Each node logs its own side: CN decisions, refusals and executions;
		// the US filings and the evidence it received.
		events := func(j comity.Jurisdiction) map[string]int {
			v, err := f.LogVerifier(j)
			if err != nil {
				t.Fatal(err)
			}
			res, err := audit.Verify(ctx, audit.Config{URL: f.LogURL(j), Verifier: v, HTTPClient: f.HTTPClient(), KeepEntries: true})
			if err != nil {
				t.Fatal(err)
			}
			out := map[string]int{}
			for _, e := range res.Entries {
				if e.Kind == string(judicial.EntryKind) {
					out[e.Detail["event"]]++
				}
			}
			return out
		}
		for j, evs := range map[comity.Jurisdiction][]string{
			"CN": {judicial.EventReceived, judicial.EventReview, judicial.EventMoreInformation, judicial.EventInformation,
				judicial.EventGranted, judicial.EventRefused, judicial.EventExecuted, judicial.EventExecutionRefused,
				judicial.EventOverdue, judicial.EventClosed},
			"US": {judicial.EventFiled, judicial.EventEvidenceReceived},
		} {
			got := events(j)
			for _, ev := range evs {
				if got[ev] == 0 {
					t.Errorf("%s's log has no %s entry: %v", j, ev, got)
				}
			}
		}
		var table, csv bytes.Buffer
		rep.WriteTable(&table)
		rep.WriteCSV(&csv)
		t.Logf("\n%s\n%s", table.String(), csv.String())
	})
}

func mustCase(t *testing.T, a *assist, c *judicial.Case) *judicial.Case {
	t.Helper()
	out, err := a.f.Client(c.Requesting, "central-authority").Case(a.ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	return out
}
