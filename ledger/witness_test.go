package ledger_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
)

// witnessedMergeDelay is the merge delay of a test log with witnesses: well
// above their 500 ms timeout, or one slow answer on a busy machine stalls
// the log and refuses the next commit (a CI run failed so, the witness's
// first answer taking over 500 ms while other packages' tests ran).
const witnessedMergeDelay = ledger.DefaultMaxMergeDelay

// TestWitnessQuorum runs a log with three real witnesses on loopback and a
// 2-of-3 policy: checkpoints are published with at least two cosignatures
// while two witnesses answer, and not at all when only one does.
func TestWitnessQuorum(t *testing.T) {
	skey, vkey, _ := ledger.GenerateKey("comity.test/de")
	logV, _ := note.NewVerifier(vkey)
	var (
		clients   []witness.Client
		verifiers []note.Verifier
		servers   []*httptest.Server
	)
	for i := range 3 {
		wskey, wvkey, _ := witness.GenerateKey("witness.test/" + string(rune('a'+i)))
		w, err := witness.New(context.Background(), witness.Config{Dir: t.TempDir(), Key: wskey, Logs: map[string]note.Verifier{"comity.test/de": logV}})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(w.Handler())
		t.Cleanup(srv.Close)
		c, err := witness.NewClient(srv.URL, wvkey)
		if err != nil {
			t.Fatal(err)
		}
		clients, verifiers, servers = append(clients, c), append(verifiers, c.Verifier), append(servers, srv)
	}
	l := openTestLog(t, ledger.Config{Key: skey, Witnesses: clients, Quorum: 2, WitnessTimeout: 500 * time.Millisecond, MaxMergeDelay: witnessedMergeDelay})
	commit := func(n int) {
		for i := range n {
			if _, err := l.Commit(context.Background(), decision(i)); err != nil {
				t.Fatal(err)
			}
		}
	}
	commit(10)
	l.waitPublished(t, 10)
	cfg := audit.Config{URL: l.url, Verifier: l.verifier, Witnesses: verifiers, Quorum: 2}
	rep, err := audit.Verify(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Checkpoint.Cosigners) < 2 {
		t.Fatalf("cosigners %v", rep.Checkpoint.Cosigners)
	}

	t.Run("a new log opens while its witnesses are down", func(t *testing.T) {
		down := clients[0]
		down.URL = "http://127.0.0.1:1" // nothing listens there
		l2 := openTestLog(t, ledger.Config{Witnesses: []witness.Client{down}, Quorum: 1, WitnessTimeout: 200 * time.Millisecond})
		if _, err := l2.Commit(context.Background(), decision(1)); err != nil {
			t.Fatal(err)
		}
		cp, _ := l2.Checkpoint(context.Background())
		if size := strings.Split(string(cp), "\n")[1]; size != "0" {
			t.Fatalf("published size %s without a quorum", size)
		}
	})
	t.Run("no quorum: cosignatures are best effort", func(t *testing.T) {
		down := clients[0]
		down.URL = "http://127.0.0.1:1"
		l3 := openTestLog(t, ledger.Config{Witnesses: []witness.Client{down, clients[1]}, WitnessTimeout: 200 * time.Millisecond})
		if _, err := l3.Commit(context.Background(), decision(1)); err != nil {
			t.Fatal(err)
		}
		l3.waitPublished(t, 1)
	})
	t.Run("one witness down", func(t *testing.T) {
		servers[0].Close()
		commit(5)
		l.waitPublished(t, 15)
	})
	t.Run("two witnesses down: nothing new is published", func(t *testing.T) {
		servers[1].Close()
		commit(5)
		time.Sleep(1500 * time.Millisecond)
		cp, _ := l.Checkpoint(context.Background())
		if size := strings.Split(string(cp), "\n")[1]; size != "15" {
			t.Fatalf("published size %s without a quorum", size)
		}
	})
}

// TestSetWitnesses moves a running log from one witness to another (a
// member joined, another left): entries committed before and after are all
// published, the later checkpoints cosigned by the new witness.
func TestSetWitnesses(t *testing.T) {
	skey, vkey, _ := ledger.GenerateKey("comity.test/cn")
	logV, _ := note.NewVerifier(vkey)
	var clients []witness.Client
	for i := range 2 {
		wskey, wvkey, _ := witness.GenerateKey("witness.test/" + string(rune('a'+i)))
		w, err := witness.New(context.Background(), witness.Config{Dir: t.TempDir(), Key: wskey, Logs: map[string]note.Verifier{"comity.test/cn": logV}})
		if err != nil {
			t.Fatal(err)
		}
		srv := httptest.NewServer(w.Handler())
		t.Cleanup(srv.Close)
		c, err := witness.NewClient(srv.URL, wvkey)
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, c)
	}
	l := openTestLog(t, ledger.Config{Key: skey, Witnesses: clients[:1], Quorum: 1, WitnessTimeout: 500 * time.Millisecond, MaxMergeDelay: witnessedMergeDelay})
	for i := range 5 {
		if _, err := l.Commit(context.Background(), decision(i)); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, 5)
	if err := l.SetWitnesses(context.Background(), clients[1:], 1, nil); err != nil {
		t.Fatal(err)
	}
	for i := range 5 {
		if _, err := l.Commit(context.Background(), decision(i)); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, 10)
	rep, err := audit.Verify(context.Background(), audit.Config{URL: l.url, Verifier: l.verifier, Witnesses: []note.Verifier{clients[1].Verifier}, Quorum: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checkpoint.Size != 10 {
		t.Fatalf("audited size %d", rep.Checkpoint.Size)
	}
	if err := l.SetWitnesses(context.Background(), nil, 1, nil); err == nil {
		t.Fatal("a quorum above the witnesses was accepted")
	}
}
