package node_test

import (
	"context"
	"crypto/ed25519"
	"database/sql"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/node"
	"github.com/comity-project/comity/rulebook"
	"github.com/comity-project/comity/sqlite"
)

// historyExemptBelow is the CN rulebook's exempt_below_personal in the
// history: a foreign requester receives data on at most
// historyExemptBelow-1 CN people in the calendar year without an approval;
// the read that would make it more is held pending, as a transfer case.
const historyExemptBelow = 6

// historyVolumeLimit is how many people homed in home the organisation
// org, established in in, may receive in the history's window without an
// approval (the requesters of the history never present one): CN's
// rulebook exempts fewer than historyExemptBelow; DE and US install none,
// so nothing of theirs crosses a border; at home, no limit (-1). The
// agencies (…-police) receive what a production order grants, which no
// volume rule limits.
func historyVolumeLimit(org string, in, home comity.Jurisdiction) int {
	switch {
	case in == home || strings.HasSuffix(org, "-police"):
		return -1
	case home == "CN":
		return historyExemptBelow - 1
	}
	return 0
}

// setupHistoryRoles installs CN's sample rulebook (signed by CN's DPA, with
// its exemption lowered to historyExemptBelow people) and makes the
// principals of the judicial and transfer roles in the stopped nodes'
// stores: a central authority in every state, an agency in DE and US, and
// CN's data-protection authority.
func setupHistoryRoles(t *testing.T, f *testFed) {
	t.Helper()
	ctx := context.Background()
	all, err := rulebook.SampleRulebooks()
	if err != nil {
		t.Fatal(err)
	}
	b := all[slices.IndexFunc(all, func(b *rulebook.Bundle) bool { return b.Jurisdiction == "CN" })]
	b.Examples = nil // they assume the sample's thresholds
	b.Params["exempt_below_personal"] = json.RawMessage(fmt.Sprint(historyExemptBelow))
	if err := b.Sign(f.Authorities["CN"]); err != nil {
		t.Fatal(err)
	}
	data, err := b.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range states {
		cfg, err := node.LoadConfig(filepath.Join(f.Nodes[j].Dir, "node.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		if j == "CN" {
			if err := os.MkdirAll(cfg.Rulebooks, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(cfg.Rulebooks, "CN.rulebook.json"), data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		db, err := sqlite.Open(ctx, sqlite.Config{Path: cfg.Store.Path})
		if err != nil {
			t.Fatal(err)
		}
		lower := strings.ToLower(string(j))
		ps := []*comity.Principal{{ID: "central-authority", Organisation: lower + "-central-authority", Jurisdiction: j,
			Roles: []comity.Role{comity.RoleCentralAuthority}}}
		if j == "CN" {
			ps = append(ps, &comity.Principal{ID: "dpa", Organisation: "cn-dpa", Jurisdiction: j, Roles: []comity.Role{comity.RoleDPA}})
		} else {
			ps = append(ps, &comity.Principal{ID: "agency", Organisation: lower + "-police", Jurisdiction: j, Roles: []comity.Role{comity.RoleAgency}})
		}
		for _, p := range ps {
			if f.Nodes[j].Tokens[p.ID], err = db.Principals().CreatePrincipal(ctx, p, 0); err != nil {
				t.Fatal(err)
			}
		}
		db.Close()
	}
}

// historyStep runs one request of a role client and records it: its kind,
// case, start, end and outcome.
func historyStep(add func(*historyOp), at comity.Jurisdiction, kind, caseID string, call func() error) error {
	op := &historyOp{kind: kind, at: at, home: "CN", caseID: caseID, start: time.Now()}
	err := call()
	op.end = time.Now()
	op.code = outcomeCode(err)
	op.receipt = receiptOf(err)
	add(op)
	return err
}

// judicialClient is the agency and central authority of from asking CN
// for a record through judicial assistance, again and again until ctx
// ends: the agency drafts a case for a CN record pick returns, from's
// central authority files it, CN's central authority reviews it and
// grants it with a production order signed by its key, and the agency
// executes the order three times at once (and again while none has
// succeeded). Every step is retried while the faults refuse it.
func judicialClient(ctx, runCtx context.Context, f *testFed, from comity.Jurisdiction, seed uint64, pick func(*rand.Rand) string, add func(*historyOp)) {
	rng := rand.New(rand.NewPCG(seed, 17))
	agency, fromCA, cnCA := f.client(from, "agency"), f.client(from, "central-authority"), f.client("CN", "central-authority")
	retry := func(kind, id string, call func() error) bool {
		for try := 0; try < 20 && runCtx.Err() == nil; try++ {
			err := historyStep(add, from, kind, id, call)
			if err == nil {
				return true
			}
			time.Sleep(100 * time.Millisecond)
		}
		return false
	}
	for runCtx.Err() == nil {
		rec := pick(rng)
		if rec == "" {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		var c *judicial.Case
		if !retry("case-file", "", func() (err error) {
			c, err = agency.FileCase(ctx, comityhttp.CaseInput{Holding: "CN", Offence: "fraud", LegalBasis: judicial.Reciprocity,
				Scope: judicial.Scope{RecordIDs: []string{rec}}})
			return err
		}) {
			continue
		}
		if !retry("case-submit", c.ID, func() error {
			_, err := fromCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Submitted})
			return err
		}) || !retry("case-review", c.ID, func() error {
			_, err := cnCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.UnderReview})
			return err
		}) {
			continue
		}
		o, ap := judicial.NewOrder(c, c.Scope.RecordIDs, false, nil, comity.Now().Add(-time.Minute), comity.Now().Add(time.Hour))
		if err := o.Sign(ap, f.CentralAuthorities["CN"]); err != nil {
			panic(err)
		}
		if !retry("case-grant", c.ID, func() error {
			_, err := cnCA.MoveCase(ctx, c.ID, judicial.Step{To: judicial.Granted, Order: o.Encode()})
			return err
		}) {
			continue
		}
		for round := 0; round < 5 && runCtx.Err() == nil; round++ {
			var wg sync.WaitGroup
			var mu sync.Mutex
			done := false
			for range 3 {
				wg.Go(func() {
					var ev *judicial.Evidence
					err := historyStep(add, from, "order-execute", c.ID, func() (err error) {
						ev, err = agency.ExecuteOrder(ctx, c.ID, &judicial.ExecuteInput{})
						return err
					})
					mu.Lock()
					defer mu.Unlock()
					if err == nil && len(ev.Records) > 0 || strings.Contains(comity.ErrorMessage(err), "executed already") {
						done = true
					}
				})
			}
			wg.Wait()
			if done {
				break
			}
			time.Sleep(time.Duration(100+rng.IntN(200)) * time.Millisecond)
		}
	}
}

// transferClient is CN's data-protection authority deciding the transfer
// cases the gate opens when a read would take a requester past CN's
// exemption: for each pending case it sends two approvals and two
// refusals at once, until ctx ends.
func transferClient(ctx, runCtx context.Context, f *testFed, add func(*historyOp)) {
	dpa := f.client("CN", "dpa")
	key := f.Authorities["CN"]
	for runCtx.Err() == nil {
		var ts []*comity.Transfer
		if historyStep(add, "CN", "transfer-list", "", func() (err error) {
			ts, err = dpa.Transfers(ctx, comity.TransferPending)
			return err
		}) != nil || len(ts) == 0 {
			time.Sleep(100 * time.Millisecond)
			continue
		}
		for _, tr := range ts[:min(len(ts), 8)] {
			if runCtx.Err() != nil {
				break
			}
			var wg sync.WaitGroup
			var unavailable atomic.Int32
			for i := range 4 {
				var d comityhttp.TransferDecision
				if i%2 == 0 {
					a := rulebook.ApprovalFor(tr, "CN", comity.Now(), time.Duration(i+1)*time.Hour)
					if err := a.Sign(key); err != nil {
						panic(err)
					}
					d.Approval = a.Encode()
				} else {
					d.Grounds = fmt.Sprintf("refusal %d", i)
					d.Signature = base64.StdEncoding.EncodeToString(ed25519.Sign(key, comity.RefusalMessage(tr.ID, d.Grounds)))
				}
				wg.Go(func() {
					err := historyStep(add, "CN", "transfer-decide", tr.ID, func() error {
						got, err := dpa.DecideTransfer(ctx, tr.ID, d)
						if err == nil && got.State == comity.TransferPending {
							err = fmt.Errorf("decided, yet %s", got.State)
						}
						return err
					})
					if comity.ErrorCode(err) == comity.EUNAVAILABLE {
						unavailable.Add(1)
					}
				})
			}
			wg.Wait()
			if unavailable.Load() == 4 {
				time.Sleep(200 * time.Millisecond) // CN cannot decide now: back off
				break
			}
		}
	}
}

// outcomeCode is an answer's error code, with the reason for an
// unavailable one.
func outcomeCode(err error) string {
	code := comity.ErrorCode(err)
	if code == comity.EUNAVAILABLE {
		switch msg := err.Error(); {
		case strings.Contains(msg, "no receipts are issued"):
			code += " (log suspended)"
		case strings.Contains(msg, "store cannot write"):
			code += " (disk)"
		case strings.Contains(msg, "ledger is not accepting entries"):
			code += " (append failed)"
		case strings.Contains(msg, "connect"), strings.Contains(msg, "EOF"), strings.Contains(msg, "reset"):
			code += " (node down)"
		default:
			code += " (other)"
		}
	}
	return code
}

// historyCheck is one invariant checked over a history: how many items it
// looked at, how many broke it, and the first that did.
type historyCheck struct {
	name   string
	n, bad int
	first  string
	note   string // a figure worth printing with it
}

func (c *historyCheck) fail(format string, args ...any) {
	c.bad++
	if c.first == "" {
		c.first = fmt.Sprintf(format, args...)
	}
}

// onceFacts is what the at-most-once and volume checks read: the answers,
// every entry of CN's log, CN's stored case states, and what CN's store
// says each requester received.
type onceFacts struct {
	ops []*historyOp
	// log is CN's log, every entry (audit.Verify KeepEntries).
	log []*audit.Entry
	// transfers and cases are CN's stored states, by case id.
	transfers, cases map[string]string
	// received is, per requester organisation, state it is established
	// in and home, the distinct people CN's store says it received
	// (its releases table).
	received map[volumeKey]int
}

type volumeKey struct {
	requester string
	in, home  comity.Jurisdiction
}

// checkOnce checks that every production order executed at most once and
// every transfer case was decided at most once, each by the log, by the
// answers and by the store, which must agree; and that no requester
// received more people's data than the volume limit allows, by the
// answers and by the store.
func checkOnce(fs onceFacts, limit func(org string, in, home comity.Jurisdiction) int) (orders, transfers, volume *historyCheck) {
	orders = &historyCheck{name: "every production order executed at most once"}
	transfers = &historyCheck{name: "every transfer case decided at most once"}
	volume = &historyCheck{name: "no requester received more people than its volume limit"}
	executed, decided := map[string]int{}, map[string][]string{}
	for _, e := range fs.log {
		switch {
		case e.Kind == string(judicial.EntryKind) && e.Detail["event"] == judicial.EventExecuted:
			executed[e.Detail["case"]]++
		case e.Kind == string(comity.EntryCase) && (e.Detail["step"] == string(comity.TransferApproved) || e.Detail["step"] == string(comity.TransferRefused)):
			decided[e.Detail["case"]] = append(decided[e.Detail["case"]], e.Detail["step"])
		}
	}
	answered := map[string]int{}
	orderCases, transferCases := map[string]bool{}, map[string]bool{}
	for _, op := range fs.ops {
		switch op.kind {
		case "order-execute":
			orderCases[op.caseID] = true
			if op.code == "" {
				answered[op.caseID]++
			}
		case "transfer-decide":
			transferCases[op.caseID] = true
			if op.code == "" {
				answered[op.caseID]++
			}
		}
	}
	for id := range fs.cases {
		orderCases[id] = true
	}
	for id := range fs.transfers {
		transferCases[id] = true
	}
	for _, id := range sorted(orderCases) {
		orders.n++
		stored := fs.cases[id]
		switch n := executed[id]; {
		case n > 1:
			orders.fail("the order of case %s executed %d times by CN's log", id, n)
		case answered[id] > 1:
			orders.fail("the order of case %s executed %d times by the answers", id, answered[id])
		case answered[id] > n:
			orders.fail("case %s: an execution was answered, but CN's log holds none", id)
		case n == 1 && stored != string(judicial.Executed) && stored != string(judicial.Closed):
			orders.fail("case %s is stored %s, but CN's log holds its execution (its events there: %s)", id, stored, caseEvents(fs.log, id))
		case n == 0 && stored == string(judicial.Executed):
			orders.fail("case %s is stored executed, but CN's log holds no execution", id)
		}
	}
	for _, id := range sorted(transferCases) {
		transfers.n++
		logged, stored := decided[id], fs.transfers[id]
		switch {
		case len(logged) > 1:
			transfers.fail("transfer %s decided %d times by CN's log: %v", id, len(logged), logged)
		case answered[id] > 1:
			transfers.fail("transfer %s decided %d times by the answers", id, answered[id])
		case answered[id] > len(logged):
			transfers.fail("transfer %s: a decision was answered, but CN's log holds none", id)
		case len(logged) == 1 && stored != logged[0]:
			transfers.fail("transfer %s is stored %s, but CN's log holds the decision %s", id, stored, logged[0])
		case len(logged) == 0 && stored != "" && stored != string(comity.TransferPending):
			transfers.fail("transfer %s is stored %s, but CN's log holds no decision", id, stored)
		}
	}
	// Volume, by the answers: the people in the records each requester
	// got back.
	people := map[volumeKey]map[string]bool{}
	for _, op := range fs.ops {
		if op.kind != "read-abroad" || op.code != "" {
			continue
		}
		for _, r := range op.records {
			k := volumeKey{op.requester, op.at, r.Home}
			if people[k] == nil {
				people[k] = map[string]bool{}
			}
			for _, s := range r.Subjects {
				people[k][s] = true
			}
		}
	}
	most := 0
	for _, k := range sortedKeys(people, fs.received) {
		volume.n++
		lim := limit(k.requester, k.in, k.home)
		switch {
		case lim < 0:
			continue
		case len(people[k]) > lim:
			volume.fail("%s (%s) got data on %d people homed in %s by its answers; the limit is %d", k.requester, k.in, len(people[k]), k.home, lim)
		case fs.received[k] > lim:
			volume.fail("%s (%s) received data on %d people homed in %s by %s's store; the limit is %d", k.requester, k.in, fs.received[k], k.home, k.home, lim)
		}
		most = max(most, len(people[k]), fs.received[k])
	}
	volume.note = fmt.Sprintf("most people to one requester abroad: %d", most)
	return orders, transfers, volume
}

// caseEvents lists the judicial events of case id in log, in order.
func caseEvents(log []*audit.Entry, id string) string {
	var out []string
	for _, e := range log {
		if e.Kind == string(judicial.EntryKind) && e.Detail["case"] == id {
			out = append(out, fmt.Sprintf("%d:%s(%s)", e.Index, e.Detail["event"], e.Detail["state"]))
		}
	}
	return strings.Join(out, " ")
}

func sorted(m map[string]bool) []string {
	var out []string
	for k := range m {
		if k != "" {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func sortedKeys(a map[volumeKey]map[string]bool, b map[volumeKey]int) []volumeKey {
	set := map[volumeKey]bool{}
	for k := range a {
		set[k] = true
	}
	for k := range b {
		set[k] = true
	}
	var out []volumeKey
	for k := range set {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return fmt.Sprint(out[i]) < fmt.Sprint(out[j]) })
	return out
}

// storedOnceFacts reads CN's stored transfer and judicial case states and
// its releases table straight from its SQLite file (read-only).
func storedOnceFacts(t *testing.T, path string) (transfers, cases map[string]string, received map[volumeKey]int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	states := func(q string) map[string]string {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		out := map[string]string{}
		for rows.Next() {
			var id, st string
			if err := rows.Scan(&id, &st); err != nil {
				t.Fatal(err)
			}
			out[id] = st
		}
		return out
	}
	transfers, cases = states("SELECT id, state FROM transfers"), states("SELECT id, state FROM judicial_cases WHERE holding = 'CN'")
	rows, err := db.Query(`SELECT requester, requester_in, home, COUNT(DISTINCT subject) FROM releases
		WHERE category = 'personal' GROUP BY requester, requester_in, home`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	received = map[volumeKey]int{}
	for rows.Next() {
		var k volumeKey
		var n int
		if err := rows.Scan(&k.requester, &k.in, &k.home, &n); err != nil {
			t.Fatal(err)
		}
		received[k] = n
	}
	return transfers, cases, received
}

// TestHistoryCheckerCatches feeds checkOnce a history that keeps every
// promise and, one at a time, histories that break one: an order executed
// twice (by the log, by the answers, or stored executed with no execution
// logged), a transfer decided twice (likewise, or stored otherwise than
// logged), and a requester given one person too many (by its answers, or
// by the store). Each must fail exactly its own check, so that none of the
// history's checks can pass for want of looking.
func TestHistoryCheckerCatches(t *testing.T) {
	executed := func(id string) *audit.Entry {
		return &audit.Entry{Kind: string(judicial.EntryKind), Detail: map[string]string{"event": judicial.EventExecuted, "case": id}}
	}
	decided := func(id string, st comity.TransferState) *audit.Entry {
		return &audit.Entry{Kind: string(comity.EntryCase), Detail: map[string]string{"step": string(st), "case": id}}
	}
	read := func(org string, in comity.Jurisdiction, people ...int) *historyOp {
		op := &historyOp{kind: "read-abroad", at: in, home: "CN", requester: org}
		for _, p := range people {
			op.records = append(op.records, &comity.Record{ID: fmt.Sprintf("CN-%d", p), Home: "CN", Subjects: []string{fmt.Sprint("person-", p)}})
		}
		return op
	}
	lim := historyExemptBelow - 1
	good := func() onceFacts {
		var ppl []int
		for i := range lim {
			ppl = append(ppl, i)
		}
		return onceFacts{
			ops: []*historyOp{
				{kind: "order-execute", caseID: "US-CN-1"}, {kind: "order-execute", caseID: "US-CN-1", code: comity.EDENIED},
				{kind: "transfer-decide", caseID: "CN-T-1"}, {kind: "transfer-decide", caseID: "CN-T-1", code: comity.ECONFLICT},
				read("de-analytics", "DE", ppl...), read("de-analytics", "DE", 0, 1), read("us-analytics", "US", 1),
				{kind: "read-abroad", at: "DE", requester: "de-analytics", code: comity.EPENDING},
			},
			log:       []*audit.Entry{executed("US-CN-1"), decided("CN-T-1", comity.TransferRefused), decided("CN-T-2", comity.TransferApproved)},
			cases:     map[string]string{"US-CN-1": string(judicial.Executed), "US-CN-2": string(judicial.Granted)},
			transfers: map[string]string{"CN-T-1": "refused", "CN-T-2": "approved", "CN-T-3": "pending"},
			received: map[volumeKey]int{{"de-analytics", "DE", "CN"}: lim, {"acme-group", "CN", "CN"}: 1000,
				{"us-police", "US", "CN"}: 1000},
		}
	}
	cases := []struct {
		name   string
		break_ func(*onceFacts)
		want   int // 0 orders, 1 transfers, 2 volume
	}{
		{"an order executed twice by the log", func(f *onceFacts) { f.log = append(f.log, executed("US-CN-1")) }, 0},
		{"an order executed twice by the answers", func(f *onceFacts) { f.ops = append(f.ops, &historyOp{kind: "order-execute", caseID: "US-CN-1"}) }, 0},
		{"an execution answered but not logged", func(f *onceFacts) { f.ops = append(f.ops, &historyOp{kind: "order-execute", caseID: "US-CN-2"}) }, 0},
		{"stored executed, not logged", func(f *onceFacts) { f.cases["US-CN-2"] = string(judicial.Executed) }, 0},
		{"logged executed, stored granted", func(f *onceFacts) { f.cases["US-CN-1"] = string(judicial.Granted) }, 0},
		{"a transfer decided twice by the log", func(f *onceFacts) { f.log = append(f.log, decided("CN-T-1", comity.TransferApproved)) }, 1},
		{"a transfer decided twice by the answers", func(f *onceFacts) {
			f.ops = append(f.ops, &historyOp{kind: "transfer-decide", caseID: "CN-T-1"})
		}, 1},
		{"a transfer stored otherwise than logged", func(f *onceFacts) { f.transfers["CN-T-2"] = "refused" }, 1},
		{"a transfer stored decided, not logged", func(f *onceFacts) { f.transfers["CN-T-3"] = "approved" }, 1},
		{"one person too many by the answers", func(f *onceFacts) { f.ops = append(f.ops, read("de-analytics", "DE", lim)) }, 2},
		{"one person too many by the store", func(f *onceFacts) { f.received[volumeKey{"us-analytics", "US", "CN"}] = lim + 1 }, 2},
		{"anything across a border without a rulebook", func(f *onceFacts) {
			op := read("cn-analytics", "CN", 1)
			op.records[0].Home = "DE"
			f.ops = append(f.ops, op)
		}, 2},
	}
	checks := func(fs onceFacts) []*historyCheck {
		o, tr, v := checkOnce(fs, historyVolumeLimit)
		return []*historyCheck{o, tr, v}
	}
	for i, c := range checks(good()) {
		if c.bad != 0 || c.n == 0 {
			t.Fatalf("a good history: check %d (%s) %d of %d bad: %s", i, c.name, c.bad, c.n, c.first)
		}
	}
	for _, tc := range cases {
		fs := good()
		tc.break_(&fs)
		for i, c := range checks(fs) {
			if (c.bad > 0) != (i == tc.want) {
				t.Errorf("%s: %q found %d bad (%s)", tc.name, c.name, c.bad, c.first)
			}
		}
	}
}

// TestMergeDeadline: a late receipt is excused only by an outage of its
// home that began within one merge delay of its issue (or followed on from
// one), and only by the outage's length.
func TestMergeDeadline(t *testing.T) {
	const mmd = time.Second
	t0 := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	at := func(ms int) time.Time { return t0.Add(time.Duration(ms) * time.Millisecond) }
	for _, tc := range []struct {
		name      string
		downs     []outage
		published int // ms after issue
		onTime    bool
	}{
		{"on time, no outage", nil, 900, true},
		{"late, no outage", nil, 1500, false},
		{"late, an outage long before", []outage{{at(-5000), at(-3000)}}, 1500, false},
		{"late, an outage after the merge delay", []outage{{at(1500), at(4000)}}, 3000, false},
		{"late by less than the outage", []outage{{at(500), at(3500)}}, 3800, true},
		{"late by more than the outage", []outage{{at(500), at(3500)}}, 4800, false},
		{"an outage under way at issue counts from issue", []outage{{at(-2000), at(2000)}}, 2900, true},
		{"chained outages add up", []outage{{at(500), at(2500)}, {at(3000), at(5000)}}, 5200, true},
		{"chained outages, later still", []outage{{at(500), at(2500)}, {at(3000), at(5000)}}, 5500, false},
	} {
		deadline, _ := mergeDeadline(at(0), at(0), mmd, tc.downs)
		if ok := !at(tc.published).After(deadline); ok != tc.onTime {
			t.Errorf("%s: published at +%d ms, deadline +%v: on time %t, want %t", tc.name, tc.published, deadline.Sub(t0), ok, tc.onTime)
		}
	}
}
