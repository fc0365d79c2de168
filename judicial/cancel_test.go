package judicial_test

import (
	"context"
	"crypto/ed25519"
	"path/filepath"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/sqlite"
)

// cancelling is a ledger that logs the entry and then cancels the caller's
// context, as a requesting node killed while its execution was being
// logged (the history test saw this) cancels the forwarded request.
type cancelling struct {
	*entries
	cancel *context.CancelFunc // when set, called after the next entry
}

func (l cancelling) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	r, err := l.entries.Commit(ctx, e)
	if *l.cancel != nil {
		(*l.cancel)()
	}
	return r, err
}

// TestStepSettlesWhenTheCallerGoes: a step whose entry is logged is stored
// even if its caller's context is cancelled between the log and the
// store, so that no claim is left (the case stored as before, its log
// saying otherwise, every other step refused as "being decided") until
// the next restart.
func TestStepSettlesWhenTheCallerGoes(t *testing.T) {
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
	var cancel context.CancelFunc
	log := cancelling{entries: &entries{}, cancel: &cancel}
	cn, err := judicial.New(ctx, judicial.Config{Node: "CN", NodeName: "CN-node", Store: db.Judicial(),
		Gate: &comity.Gate{Node: "CN"}, Ledger: log, Transport: link{w, "CN"},
		AuthorityKey: func(s comity.Jurisdiction) ed25519.PublicKey { return keys[s] }})
	if err != nil {
		t.Fatal(err)
	}
	w.services["CN"] = cn
	usCA := &comity.Principal{ID: "us-ca", Organisation: "US DOJ", Jurisdiction: "US", Roles: []comity.Role{comity.RoleCentralAuthority}}
	cnCA := &comity.Principal{ID: "cn-ca", Organisation: "CN MPS", Jurisdiction: "CN", Roles: []comity.Role{comity.RoleCentralAuthority}}
	c, err := us.File(ctx, usCA, &judicial.Case{Holding: "CN", Agency: "us-fbi", Offence: "fraud", LegalBasis: judicial.Reciprocity,
		Scope: judicial.Scope{RecordIDs: []string{"CN-1"}}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := us.Transition(ctx, usCA, c.ID, &judicial.Step{To: judicial.Submitted}); err != nil {
		t.Fatal(err)
	}
	stepCtx, stop := context.WithCancel(ctx)
	cancel = stop
	_, err = cn.Transition(stepCtx, cnCA, c.ID, &judicial.Step{To: judicial.UnderReview})
	if cs, _ := db.Judicial().ClaimedCases(ctx); len(cs) != 0 {
		t.Fatalf("the caller went after the entry was logged (%v): %d claims left until a restart", err, len(cs))
	}
	got, err := db.Judicial().GetCase(ctx, c.ID)
	if err != nil || got.State != judicial.UnderReview {
		t.Fatalf("the logged step is stored as %s (%v), want %s", got.State, err, judicial.UnderReview)
	}
}
