package witness_test

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// tree is an in-memory Merkle tree built with tlog, standing in for a log.
type tree struct {
	hashes []tlog.Hash
	n      int64
}

func (t *tree) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for i, x := range idx {
		out[i] = t.hashes[x]
	}
	return out, nil
}

func (t *tree) grow(prefix string, k int) {
	for range k {
		hs, _ := tlog.StoredHashes(t.n, fmt.Appendf(nil, "%s-%d", prefix, t.n), t)
		t.hashes = append(t.hashes, hs...)
		t.n++
	}
}

func (t *tree) root() tlog.Hash { h, _ := tlog.TreeHash(t.n, t); return h }

func (t *tree) proof(old int64) [][]byte {
	p, _ := tlog.ProveTree(t.n, old, t)
	out := make([][]byte, len(p))
	for i := range p {
		out[i] = p[i][:]
	}
	return out
}

const origin = "comity.test/de"

func (t *tree) checkpoint(s note.Signer) []byte {
	h := t.root()
	cp, _ := note.Sign(&note.Note{Text: fmt.Sprintf("%s\n%d\n%s\n", origin, t.n, h)}, s)
	return cp
}

type env struct {
	w       *witness.Witness
	client  witness.Client
	signer  note.Signer
	dir     string
	alarms  []witness.Alarm
	mu      sync.Mutex
	logVKey string
	wskey   string
}

func newEnv(t *testing.T, dir string, skey, vkey string) *env {
	t.Helper()
	return newEnvWith(t, dir, skey, vkey, nil)
}

func newEnvWith(t *testing.T, dir string, skey, vkey string, prove func(context.Context, string, uint64, uint64) ([][]byte, error)) *env {
	t.Helper()
	e := &env{dir: dir}
	if skey == "" {
		skey, vkey, _ = note.GenerateKey(nil, origin)
	}
	e.signer, _ = note.NewSigner(skey)
	e.logVKey = vkey
	lv, _ := note.NewVerifier(vkey)
	wskey, wvkey, err := witness.GenerateKey("witness.test/fr")
	if err != nil {
		t.Fatal(err)
	}
	e.wskey = wskey
	e.w, err = witness.New(context.Background(), witness.Config{Dir: dir, Key: wskey, Logs: map[string]note.Verifier{origin: lv},
		Prove:   prove,
		OnAlarm: func(_ context.Context, a witness.Alarm) { e.mu.Lock(); e.alarms = append(e.alarms, a); e.mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(e.w.Handler())
	t.Cleanup(srv.Close)
	if e.client, err = witness.NewClient(srv.URL, wvkey); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestAddCheckpoint(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, t.TempDir(), "", "")
	var tr tree
	tr.grow("a", 5)

	cosigned, err := e.client.AddCheckpoint(ctx, 0, nil, tr.checkpoint(e.signer))
	if err != nil {
		t.Fatal(err)
	}
	if !e.client.Satisfied(cosigned) {
		t.Fatal("returned checkpoint not cosigned")
	}

	t.Run("grows with a consistency proof", func(t *testing.T) {
		tr.grow("a", 300)
		if _, err := e.client.AddCheckpoint(ctx, 5, tr.proof(5), tr.checkpoint(e.signer)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("same checkpoint again", func(t *testing.T) {
		if _, err := e.client.AddCheckpoint(ctx, uint64(tr.n), nil, tr.checkpoint(e.signer)); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("stale old size gets 409 with the witness's size", func(t *testing.T) {
		_, err := e.client.AddCheckpoint(ctx, 5, tr.proof(5), tr.checkpoint(e.signer))
		var ce *witness.ConflictError
		if !errors.As(err, &ce) || ce.Size != uint64(tr.n) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("fork of the same size raises an alarm", func(t *testing.T) {
		var fork tree
		fork.grow("b", int(tr.n))
		_, err := e.client.AddCheckpoint(ctx, uint64(tr.n), nil, fork.checkpoint(e.signer))
		if !errors.Is(err, witness.ErrFork) {
			t.Fatalf("err = %v", err)
		}
		if len(e.alarms) != 1 || e.alarms[0].Origin != origin {
			t.Fatalf("alarms = %v", e.alarms)
		}
	})
	t.Run("larger fork without a valid proof raises an alarm", func(t *testing.T) {
		var fork tree
		fork.grow("b", int(tr.n)+10)
		_, err := e.client.AddCheckpoint(ctx, uint64(tr.n), fork.proof(tr.n), fork.checkpoint(e.signer))
		if !errors.Is(err, witness.ErrBadProof) {
			t.Fatalf("err = %v", err)
		}
		if len(e.alarms) != 2 {
			t.Fatalf("alarms = %v", e.alarms)
		}
	})
	t.Run("unknown origin", func(t *testing.T) {
		s, _, _ := note.GenerateKey(nil, "other.test")
		os, _ := note.NewSigner(s)
		cp, _ := note.Sign(&note.Note{Text: "other.test\n1\n" + tr.root().String() + "\n"}, os)
		if _, err := e.client.AddCheckpoint(ctx, 0, nil, cp); !errors.Is(err, witness.ErrUnknownLog) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("not signed by the log", func(t *testing.T) {
		s, _, _ := note.GenerateKey(nil, origin)
		impostor, _ := note.NewSigner(s)
		if _, err := e.client.AddCheckpoint(ctx, uint64(tr.n), nil, tr.checkpoint(impostor)); !errors.Is(err, witness.ErrForbidden) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("old size beyond the checkpoint", func(t *testing.T) {
		if _, err := e.client.AddCheckpoint(ctx, uint64(tr.n)+1, nil, tr.checkpoint(e.signer)); !errors.Is(err, witness.ErrBadRequest) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("state survives a restart", func(t *testing.T) {
		w2, err := witness.New(ctx, witness.Config{Dir: e.dir, Key: e.wskey, Logs: map[string]note.Verifier{origin: mustVerifier(t, e.logVKey)}})
		if err != nil {
			t.Fatal(err)
		}
		var fork tree
		fork.grow("c", int(tr.n))
		body := fmt.Appendf(nil, "old %d\n\n%s", tr.n, fork.checkpoint(e.signer))
		if _, err := w2.Add(ctx, body); err == nil {
			t.Fatal("restarted witness cosigned a fork")
		}
	})
}

func mustVerifier(t *testing.T, vkey string) note.Verifier {
	v, err := note.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func FuzzAdd(f *testing.F) {
	skey, vkey, _ := note.GenerateKey(nil, origin)
	s, _ := note.NewSigner(skey)
	var tr tree
	tr.grow("a", 3)
	f.Add(fmt.Appendf(nil, "old 0\n\n%s", tr.checkpoint(s)))
	f.Add([]byte("old 1\nAAAA\n\n"))
	f.Add([]byte("old 01\n\nx\n"))
	wskey, _, _ := witness.GenerateKey("witness.test")
	w, err := witness.New(context.Background(), witness.Config{Dir: f.TempDir(), Key: wskey, Logs: map[string]note.Verifier{origin: mustVerifierF(vkey)}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		w.Add(context.Background(), body)
	})
}

func mustVerifierF(vkey string) note.Verifier { v, _ := note.NewVerifier(vkey); return v }
