package judicial_test

import (
	"context"
	"crypto/ed25519"
	"path/filepath"
	"sync"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/sqlite"
)

// entries is a ledger that keeps what it is given (a fake of the
// comity.Ledger interface; the real one is exercised end to end in demo).
type entries struct {
	mu  sync.Mutex
	all []*comity.Entry
	// fail makes Commit fail: "lose" the entry, or keep it and lose the
	// "answer".
	fail string
}

func (l *entries) Commit(_ context.Context, e *comity.Entry) (*comity.Receipt, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.fail == "lose" {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "the ledger lost the entry")
	}
	l.all = append(l.all, e)
	if l.fail == "answer" {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "the ledger lost its answer")
	}
	return &comity.Receipt{Index: uint64(len(l.all) - 1)}, nil
}

// Size and Claimed make the fake a comity.LogSearch.
func (l *entries) Size(context.Context) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return uint64(len(l.all)), nil
}

func (l *entries) Claimed(_ context.Context, from uint64, token string) (bool, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, e := range l.all[min(from, uint64(len(l.all))):] {
		if e.Detail[comity.ClaimDetail] == token {
			return true, nil
		}
	}
	return false, nil
}

func (l *entries) events() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, e := range l.all {
		out = append(out, e.Detail["event"])
	}
	return out
}

// wire connects services in process; with down set, messages are lost.
type wire struct {
	mu       sync.Mutex
	services map[comity.Jurisdiction]*judicial.Service
	down     bool
}

type link struct {
	w    *wire
	self comity.Jurisdiction
}

func (l link) Send(ctx context.Context, to comity.Jurisdiction, m *judicial.Message) (*judicial.Case, error) {
	l.w.mu.Lock()
	down, svc := l.w.down, l.w.services[to]
	l.w.mu.Unlock()
	if down || svc == nil {
		return nil, comity.Errorf(comity.EUNAVAILABLE, "%s unreachable", to)
	}
	return svc.Receive(ctx, l.self, &judicial.Message{Case: m.Case.Clone(), Sync: m.Sync})
}

func (l link) Execute(context.Context, comity.Jurisdiction, *comity.Principal, string, *judicial.ExecuteInput) (*judicial.Evidence, error) {
	return nil, comity.Errorf(comity.EUNAVAILABLE, "not in this test")
}

func newService(t *testing.T, w *wire, j comity.Jurisdiction, keys map[comity.Jurisdiction]ed25519.PublicKey) (*judicial.Service, *entries) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), sqlite.Config{Path: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	svc, log := newServiceOn(t, w, j, keys, db.Judicial())
	return svc, log
}

func newServiceOn(t *testing.T, w *wire, j comity.Jurisdiction, keys map[comity.Jurisdiction]ed25519.PublicKey, store judicial.Store) (*judicial.Service, *entries) {
	t.Helper()
	log := &entries{}
	svc, err := judicial.New(context.Background(), judicial.Config{Node: j, NodeName: string(j) + "-node", Store: store,
		Gate: &comity.Gate{Node: j}, Ledger: log, Transport: link{w, j},
		AuthorityKey: func(s comity.Jurisdiction) ed25519.PublicKey { return keys[s] }})
	if err != nil {
		t.Fatal(err)
	}
	w.services[j] = svc
	return svc, log
}

func TestServiceAcrossNodes(t *testing.T) {
	ctx := context.Background()
	cnKey := key(t)
	keys := map[comity.Jurisdiction]ed25519.PublicKey{"CN": pub(cnKey)}
	w := &wire{services: map[comity.Jurisdiction]*judicial.Service{}}
	us, usLog := newService(t, w, "US", keys)
	cn, cnLog := newService(t, w, "CN", keys)
	usCA := &comity.Principal{ID: "us-ca", Organisation: "US DOJ", Jurisdiction: "US", Roles: []comity.Role{comity.RoleCentralAuthority}}
	cnCA := &comity.Principal{ID: "cn-ca", Organisation: "CN MPS", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleCentralAuthority}}
	fbi := &comity.Principal{ID: "fbi", Organisation: "us-fbi", Jurisdiction: "US", Roles: []comity.Role{comity.RoleAgency}}

	c, err := us.File(ctx, fbi, &judicial.Case{Holding: "CN", Offence: "fraud", LegalBasis: judicial.Reciprocity,
		Scope: judicial.Scope{RecordIDs: []string{"CN-1", "CN-2"}, Subjects: []string{"cn-person-1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := cn.Get(ctx, cnCA, c.ID); comity.ErrorCode(err) != comity.ENOTFOUND {
		t.Fatalf("a draft reached the holding node: %v", err)
	}
	// Filing while the holding node is unreachable: the case stays
	// submitted, and submitting again delivers it.
	w.down = true
	if _, err := us.Transition(ctx, usCA, c.ID, &judicial.Step{To: judicial.Submitted}); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("submit while down: %v", err)
	}
	if got, _ := us.Get(ctx, usCA, c.ID); got.State != judicial.Submitted {
		t.Fatalf("after a failed send the case is %s", got.State)
	}
	w.down = false
	if c, err = us.Transition(ctx, usCA, c.ID, &judicial.Step{To: judicial.Submitted}); err != nil || c.State != judicial.Received {
		t.Fatalf("resubmit: %v %v", c, err)
	}
	// A decision whose message is lost reaches the requesting copy on its
	// next read.
	w.down = true
	if _, err := cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.UnderReview}); err != nil {
		t.Fatal(err)
	}
	w.down = false
	if got, err := us.Get(ctx, usCA, c.ID); err != nil || got.State != judicial.UnderReview {
		t.Fatalf("after a lost message the requesting copy is %v (%v)", got.State, err)
	}
	// A grant for a request by data subject may name any record homed at
	// the holding state, and says itself whether it is partial.
	o, a := judicial.NewOrder(c, []string{"CN-1", "CN-7"}, true, nil, comity.Now(), comity.Now().Add(3600e9))
	if err := o.Sign(a, cnKey); err != nil {
		t.Fatal(err)
	}
	if c, err = cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.Granted, Order: o.Encode()}); err != nil {
		t.Fatal(err)
	}
	if got, _ := us.Get(ctx, usCA, c.ID); got.State != judicial.Granted || got.Grant.Order != o.Encode() {
		t.Fatalf("requesting copy %s", got.State)
	}
	// Only the steps each node took are on its log; subjects go to the
	// ledger's pseudonymised field only.
	if got := usLog.events(); len(got) != 1 || got[0] != judicial.EventFiled {
		t.Errorf("US logged %v", got)
	}
	if got := cnLog.events(); len(got) != 3 || got[0] != judicial.EventReceived || got[1] != judicial.EventReview || got[2] != judicial.EventGranted {
		t.Errorf("CN logged %v", got)
	}
	for _, e := range cnLog.all {
		for _, v := range e.Detail {
			if v == "cn-person-1" {
				t.Errorf("a data subject's reference in the entry's detail: %v", e.Detail)
			}
		}
	}
	// A peer may not speak for a state that is not its own.
	forged := c.Clone()
	forged.State = judicial.Closed
	if _, err := cn.Receive(ctx, "DE", &judicial.Message{Case: forged}); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Errorf("DE closed a US-CN case: %v", err)
	}
}

// TestStepsSettle covers a step whose log entry's fate is unknown: when
// the log does not answer the step is committed exactly as logged or
// undone at once, and a claim left by a crash is settled by Recover the
// same way; a case is never left claimed, and a step refused on its merits
// is logged as a refused attempt.
func TestStepsSettle(t *testing.T) {
	ctx := context.Background()
	cnKey := key(t)
	keys := map[comity.Jurisdiction]ed25519.PublicKey{"CN": pub(cnKey)}
	w := &wire{services: map[comity.Jurisdiction]*judicial.Service{}}
	us, _ := newService(t, w, "US", keys)
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "db")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cn, cnLog := newServiceOn(t, w, "CN", keys, db.Judicial())
	usCA := &comity.Principal{ID: "us-ca", Organisation: "US DOJ", Jurisdiction: "US", Roles: []comity.Role{comity.RoleCentralAuthority}}
	cnCA := &comity.Principal{ID: "cn-ca", Organisation: "CN MPS", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleCentralAuthority}}
	c, err := us.File(ctx, usCA, &judicial.Case{Holding: "CN", Agency: "us-fbi", Offence: "fraud", LegalBasis: judicial.Reciprocity,
		Scope: judicial.Scope{RecordIDs: []string{"CN-1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if c, err = us.Transition(ctx, usCA, c.ID, &judicial.Step{To: judicial.Submitted}); err != nil || c.State != judicial.Received {
		t.Fatalf("submit: %v %v", c, err)
	}
	state := func() judicial.State {
		t.Helper()
		got, err := cn.Get(ctx, cnCA, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if cs, _ := db.Judicial().ClaimedCases(ctx); len(cs) != 0 {
			t.Fatalf("%d claims left", len(cs))
		}
		return got.State
	}

	cnLog.fail = "lose"
	if _, err := cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.UnderReview}); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("review with a ledger that loses entries: %v", err)
	}
	if got := state(); got != judicial.Received {
		t.Fatalf("a step whose entry was lost left the case %s", got)
	}
	cnLog.fail = "answer"
	if _, err := cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.UnderReview}); comity.ErrorCode(err) != comity.EUNAVAILABLE {
		t.Fatalf("review with a ledger that loses answers: %v", err)
	}
	if got := state(); got != judicial.UnderReview {
		t.Fatalf("a step whose entry was logged left the case %s", got)
	}
	cnLog.fail = ""

	// A grant signed with another key is refused, and the attempt logged.
	o, a := judicial.NewOrder(c, []string{"CN-1"}, false, nil, comity.Now(), comity.Now().Add(3600e9))
	if err := o.Sign(a, key(t)); err != nil {
		t.Fatal(err)
	}
	if _, err := cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.Granted, Order: o.Encode()}); comity.ErrorCode(err) != comity.EFORBIDDEN {
		t.Fatalf("grant signed with another key: %v", err)
	}
	if got := cnLog.events(); got[len(got)-1] != judicial.EventRefusedAttempt {
		t.Fatalf("the refused grant is not logged: %v", got)
	}

	// Claims a crash left: one logged, one not.
	cur, _ := db.Judicial().GetCase(ctx, c.ID)
	refused := cur.Clone()
	refused.State = judicial.Refused
	claim, _ := comity.ClaimFrom(ctx, cnLog)
	if err := db.Judicial().ClaimCase(ctx, refused, claim); err != nil {
		t.Fatal(err)
	}
	if _, err := cn.Transition(ctx, cnCA, c.ID, &judicial.Step{To: judicial.Refused, Note: "grounds"}); comity.ErrorCode(err) != comity.ECONFLICT {
		t.Fatalf("a step on a claimed case: %v, want conflict", err)
	}
	if n, r, err := cn.Recover(ctx); n != 0 || r != 1 || err != nil {
		t.Fatalf("recover an unlogged claim: %d committed, %d undone, %v", n, r, err)
	}
	if got := state(); got != judicial.UnderReview {
		t.Fatalf("after an unlogged claim the case is %s", got)
	}
	claim, _ = comity.ClaimFrom(ctx, cnLog)
	if err := db.Judicial().ClaimCase(ctx, refused, claim); err != nil {
		t.Fatal(err)
	}
	cnLog.Commit(ctx, &comity.Entry{Kind: judicial.EntryKind, Detail: map[string]string{"event": judicial.EventRefused, comity.ClaimDetail: claim.Token}})
	if n, r, err := cn.Recover(ctx); n != 1 || r != 0 || err != nil {
		t.Fatalf("recover a logged claim: %d committed, %d undone, %v", n, r, err)
	}
	if got := state(); got != judicial.Refused {
		t.Fatalf("after a logged claim the case is %s", got)
	}
}
