package node_test

import (
	"context"
	"crypto/ed25519"
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/judicial"
	"github.com/comity-project/comity/rulebook"
	"github.com/comity-project/comity/sqlite"
	"github.com/comity-project/comity/witness"
	fnote "github.com/transparency-dev/formats/note"
	"golang.org/x/mod/sumdb/note"
)

// The clock tests pin down what a node whose clock (comity.Now, or the
// Now of a service's configuration) is off by minutes to hours does with
// each lifetime, as the README's "Clocks" says: every lifetime is judged
// by the deciding node's own clock, with no leeway beyond the minute by
// which approvals and orders are back-dated when issued. A clock ahead
// ends lifetimes early (refusing); a clock behind refuses what was issued
// within its lag and honours what expired within its lag.

// skewCase is one reading of a node's clock: off by skew from the true
// time, and whether the lifetime is then still honoured.
type skewCase struct {
	skew time.Duration
	ok   bool
	says string // what a refusal says
}

// withClock sets comity.Now to t0+skew for the rest of the test.
func withClock(t *testing.T, at time.Time) {
	old := comity.Now
	comity.Now = func() time.Time { return at.UTC() }
	t.Cleanup(func() { comity.Now = old })
}

// TestClockSkewTokens: an API token issued at t0 for one hour, checked by
// the node whose clock is off.
func TestClockSkewTokens(t *testing.T) {
	ctx := context.Background()
	t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	for _, c := range []skewCase{
		{-3 * time.Hour, true, ""}, // behind: honoured 3 h past its expiry
		{-5 * time.Minute, true, ""},
		{30 * time.Minute, true, ""},
		{59 * time.Minute, true, ""},
		{61 * time.Minute, false, "expired"}, // ahead: refused early
		{3 * time.Hour, false, "expired"},
	} {
		t.Run(c.skew.String(), func(t *testing.T) {
			db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "db.sqlite")})
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			withClock(t, t0) // issued by a node with the true time
			token, err := db.Principals().CreatePrincipal(ctx, &comity.Principal{ID: "p", Organisation: "o", Jurisdiction: "DE",
				Roles: []comity.Role{comity.RoleRequester}}, time.Hour)
			if err != nil {
				t.Fatal(err)
			}
			withClock(t, t0.Add(c.skew))
			_, err = db.Principals().Authenticate(ctx, token)
			if (err == nil) != c.ok || err != nil && (comity.ErrorCode(err) != comity.EUNAUTHORIZED || !strings.Contains(err.Error(), c.says)) {
				t.Fatalf("a 1 h token checked %v off: %v, want honoured %t", c.skew, err, c.ok)
			}
		})
	}
}

// TestClockSkewApprovalsAndOrders: a transfer approval and a production
// order, both issued by an authority with the true time t0 for one hour
// (back-dated one minute, as rulebook.ApprovalFor and the central
// authority's tools do), verified by a node whose clock is off.
func TestClockSkewApprovalsAndOrders(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	_, key, _ := ed25519.GenerateKey(nil)
	pub := key.Public().(ed25519.PublicKey)
	tr := &comity.Transfer{ID: "CN-T-0a1b2c3d4e5f60718293a4b5", Request: &comity.AccessRequest{
		Requester: &comity.Principal{ID: "analyst", Organisation: "de-analytics", Jurisdiction: "DE"},
		Action:    comity.ActionBulkExport, RecordIDs: []string{"CN-1"}, Destination: "DE", Purpose: "analytics"}}
	approval := rulebook.ApprovalFor(tr, "CN", t0, time.Hour)
	if err := approval.Sign(key); err != nil {
		t.Fatal(err)
	}
	c := &judicial.Case{ID: "US-CN-CLOCK0000001", Requesting: "US", Holding: "CN", Agency: "us-police", Offence: "fraud",
		LegalBasis: judicial.Reciprocity, Scope: judicial.Scope{RecordIDs: []string{"CN-1"}}}
	order, ap := judicial.NewOrder(c, c.Scope.RecordIDs, false, nil, t0.Add(-time.Minute), t0.Add(time.Hour))
	if err := order.Sign(ap, key); err != nil {
		t.Fatal(err)
	}
	for _, s := range []skewCase{
		{-2 * time.Hour, false, "not valid before"}, // behind: refused until its clock reaches the issue
		{-5 * time.Minute, false, "not valid before"},
		{-30 * time.Second, true, ""}, // within the minute of back-dating
		{30 * time.Minute, true, ""},
		{59 * time.Minute, true, ""},
		{61 * time.Minute, false, "expired"}, // ahead: expired early
		{2 * time.Hour, false, "expired"},
	} {
		now := t0.Add(s.skew)
		err := approval.Verify(pub, now)
		if (err == nil) != s.ok || err != nil && !strings.Contains(err.Error(), s.says) {
			t.Errorf("approval checked %v off: %v, want honoured %t", s.skew, err, s.ok)
		}
		_, err = order.Verify(pub, now)
		if (err == nil) != s.ok || err != nil && !strings.Contains(err.Error(), s.says) {
			t.Errorf("order checked %v off: %v, want honoured %t", s.skew, err, s.ok)
		}
	}
}

// TestClockSkewJudicialDeadline: a case under review whose answer is due
// 30 minutes from the true time falls overdue early at a node ahead, late
// at a node behind.
func TestClockSkewJudicialDeadline(t *testing.T) {
	t0 := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	c := &judicial.Case{ID: "US-CN-CLOCK0000002", State: judicial.UnderReview, Due: t0.Add(30 * time.Minute)}
	for _, s := range []struct {
		skew    time.Duration
		overdue bool
	}{{-2 * time.Hour, false}, {-time.Minute, false}, {29 * time.Minute, false}, {31 * time.Minute, true}, {2 * time.Hour, true}} {
		if got := judicial.Overdue(c, t0.Add(s.skew)); got != s.overdue {
			t.Errorf("due in 30 min, clock %v off: overdue %t, want %t", s.skew, got, s.overdue)
		}
	}
}

// TestClockSkewVolumeWindow: the people a requester received, stamped by
// the node's clock when released, counted by the same node later with its
// clock off. CN counts since 1 January (UTC), so a node ahead starts the
// new year's allowance early by its lead; a 365-day window drops a release
// early by the lead and keeps it late by the lag.
func TestClockSkewVolumeWindow(t *testing.T) {
	ctx := context.Background()
	db, err := sqlite.Open(ctx, sqlite.Config{Path: filepath.Join(t.TempDir(), "db.sqlite")})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	req := &comity.AccessRequest{Requester: &comity.Principal{ID: "a", Organisation: "de-analytics", Jurisdiction: "DE"}}
	release := func(at time.Time, home comity.Jurisdiction, people ...string) {
		withClock(t, at)
		var rs []*comity.Record
		for _, p := range people {
			rs = append(rs, &comity.Record{ID: string(home) + "-" + p, Home: home, Category: comity.CategoryPersonal, Subjects: []string{p}})
		}
		if err := db.Releases().Released(ctx, req, rs); err != nil {
			t.Fatal(err)
		}
	}
	count := func(w rulebook.Window, home comity.Jurisdiction, now time.Time) int {
		n, err := db.Releases().DistinctSubjects(ctx, rulebook.VolumeQuery{Requester: "de-analytics", RequesterIn: "DE", Home: home, Since: w.Since(now)})
		if err != nil {
			t.Fatal(err)
		}
		return n.Personal
	}
	year, _ := rulebook.ParseWindow("calendar-year")
	days, _ := rulebook.ParseWindow("365d")
	eve := time.Date(2026, 12, 31, 23, 0, 0, 0, time.UTC)
	release(eve, "CN", "p1", "p2", "p3")
	june := time.Date(2026, 6, 1, 12, 0, 0, 0, time.UTC)
	release(june, "US", "p1", "p2")
	for _, s := range []struct {
		name string
		w    rulebook.Window
		home comity.Jurisdiction
		now  time.Time
		want int
	}{
		{"calendar year, true time", year, "CN", eve.Add(30 * time.Minute), 3},
		{"calendar year, 2 h behind", year, "CN", eve.Add(30*time.Minute - 2*time.Hour), 3},
		{"calendar year, 2 h ahead: the new year's allowance begins early", year, "CN", eve.Add(30*time.Minute + 2*time.Hour), 0},
		{"365 days, an hour before the release leaves the window", days, "US", june.Add(365*24*time.Hour - time.Hour), 2},
		{"365 days, 2 h ahead: it leaves early", days, "US", june.Add(365*24*time.Hour - time.Hour + 2*time.Hour), 0},
		{"365 days, an hour after it left, 2 h behind: kept late", days, "US", june.Add(365*24*time.Hour + time.Hour - 2*time.Hour), 2},
	} {
		if got := count(s.w, s.home, s.now); got != s.want {
			t.Errorf("%s: %d people counted, want %d", s.name, got, s.want)
		}
	}
}

// TestClockSkewCosignatureTimestamps: checkpoints (C2SP tlog-checkpoint)
// carry no time, so a witness has no timestamp to find implausible; its
// cosignatures (tlog-cosignature v1) carry the witness's own time, which
// "verifiers MAY reject ... in the future". Comity's verifiers (the log
// gathering cosignatures, comity audit, comity receipt verify, all through
// witness.Client's verifier) accept a cosignature whatever its time, two
// hours ahead or a day behind: nothing relies on it (the merge delay is
// the log's own clock measuring its publications), and refusing a witness
// for its clock would turn a skewed witness into a lost one and suspend
// the logs it witnesses.
func TestClockSkewCosignatureTimestamps(t *testing.T) {
	skey, vkey, err := note.GenerateKey(nil, "comity.test/log")
	if err != nil {
		t.Fatal(err)
	}
	logSigner, _ := note.NewSigner(skey)
	logVerifier, _ := note.NewVerifier(vkey)
	_, wkey, _ := ed25519.GenerateKey(nil)
	wvkey, err := witness.VerifierKey("witness.test/w", wkey.Public().(ed25519.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	w, err := witness.NewClient("https://witness.test/w", wvkey)
	if err != nil {
		t.Fatal(err)
	}
	body := "comity.test/log\n5\nXfEx+mumEoxMuLpQwbt9pSOTWnlmPUJ4HBxXJWKjOAU=\n"
	for _, skew := range []time.Duration{0, 2 * time.Hour, -24 * time.Hour} {
		at := time.Now().Add(skew).Truncate(time.Second)
		cs := &cosigner{name: w.Verifier.Name(), hash: w.Verifier.KeyHash(), key: wkey, at: at}
		cp, err := note.Sign(&note.Note{Text: body}, logSigner, cs)
		if err != nil {
			t.Fatal(err)
		}
		if !w.Satisfied(cp) {
			t.Errorf("a cosignature timed %v off is refused", skew)
		}
		n, err := note.Open(cp, note.VerifierList(logVerifier, w.Verifier))
		if err != nil || len(n.Sigs) != 2 {
			t.Fatalf("checkpoint with a cosignature timed %v off: %v", skew, err)
		}
		if got, err := fnote.CoSigV1Timestamp(n.Sigs[1]); err != nil || !got.Equal(at) {
			t.Fatalf("cosignature time %v (%v), want %v", got, err, at)
		}
	}
}

// cosigner makes tlog-cosignature v1 (Ed25519) signatures with a chosen
// time, as a witness whose clock is off would.
type cosigner struct {
	name string
	hash uint32
	key  ed25519.PrivateKey
	at   time.Time
}

func (c *cosigner) Name() string    { return c.name }
func (c *cosigner) KeyHash() uint32 { return c.hash }
func (c *cosigner) Sign(msg []byte) ([]byte, error) {
	ts := uint64(c.at.Unix())
	m := fmt.Appendf(nil, "cosignature/v1\ntime %d\n%s", ts, msg)
	return append(binary.BigEndian.AppendUint64(nil, ts), ed25519.Sign(c.key, m)...), nil
}
