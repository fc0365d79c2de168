package witness_test

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// witnessPub returns the Ed25519 public key inside a witness's private key.
func witnessPub(t testing.TB, skey string) ed25519.PublicKey {
	t.Helper()
	parts := strings.SplitN(skey, "+", 5)
	b, err := base64.StdEncoding.DecodeString(parts[4])
	if err != nil || len(b) != 1+ed25519.SeedSize {
		t.Fatalf("witness key: %v", err)
	}
	return ed25519.NewKeyFromSeed(b[1:]).Public().(ed25519.PublicKey)
}

func fetchEvidence(t *testing.T, e *env) []string {
	t.Helper()
	resp, err := http.Get(strings.TrimSuffix(e.client.URL, "/") + "/evidence?origin=" + origin)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var list witness.EvidenceList
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET /evidence: %s %v", resp.Status, err)
	}
	return list.Evidence
}

// TestSmallerCheckpointIsEvidence: a witness asked to cosign a checkpoint
// smaller than the one it holds records a signed statement of both, once,
// that anyone can fetch and check against the log's and witness's keys.
func TestSmallerCheckpointIsEvidence(t *testing.T) {
	ctx := context.Background()
	e := newEnv(t, t.TempDir(), "", "")
	var honest tree
	honest.grow("a", 10)
	if _, err := e.client.AddCheckpoint(ctx, 0, nil, honest.checkpoint(e.signer)); err != nil {
		t.Fatal(err)
	}
	// The log's key extends the tree with forged entries for this witness.
	forked := honest
	forked.hashes = append([]tlog.Hash(nil), honest.hashes...)
	forked.grow("forged", 1000)
	if _, err := e.client.AddCheckpoint(ctx, 10, forked.proof(10), forked.checkpoint(e.signer)); err != nil {
		t.Fatal(err)
	}
	// The honest log goes on, and asks for the next checkpoint.
	for i := range 3 {
		honest.grow("b", 2)
		_, err := e.client.AddCheckpoint(ctx, 10, honest.proof(10), honest.checkpoint(e.signer))
		var ce *witness.ConflictError
		if !errors.As(err, &ce) || ce.Size != 1010 {
			t.Fatalf("round %d: err = %v", i, err)
		}
	}
	if len(e.alarms) != 1 || e.alarms[0].Kind != witness.EvidenceSmaller {
		t.Fatalf("alarms = %+v, want one %q", e.alarms, witness.EvidenceSmaller)
	}
	list := fetchEvidence(t, e)
	if len(list) != 1 {
		t.Fatalf("%d statements", len(list))
	}
	wv, err := witness.EvidenceVerifier("witness.test/fr", witnessPub(t, e.wskey))
	if err != nil {
		t.Fatal(err)
	}
	ev, err := witness.OpenEvidence([]byte(list[0]), wv, mustVerifier(t, e.logVKey))
	if err != nil {
		t.Fatal(err)
	}
	if ev.Kind != witness.EvidenceSmaller || !strings.HasPrefix(string(ev.Held), origin+"\n1010\n") || !strings.HasPrefix(string(ev.Presented), origin+"\n12\n") {
		t.Fatalf("evidence %+v", ev)
	}
	if !e.client.Satisfied(ev.Held) {
		t.Fatal("the held checkpoint in the evidence does not carry the witness's cosignature")
	}

	t.Run("a statement that was tampered with does not verify", func(t *testing.T) {
		bad := strings.Replace(list[0], "kind smaller", "kind fork", 1)
		if _, err := witness.OpenEvidence([]byte(bad), wv, mustVerifier(t, e.logVKey)); !errors.Is(err, witness.ErrBadEvidence) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("GET /checkpoint serves the cosigned checkpoint held", func(t *testing.T) {
		resp, err := http.Get(e.client.URL + "/checkpoint?origin=" + origin)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !e.client.Satisfied(b) || !strings.HasPrefix(string(b), origin+"\n1010\n") {
			t.Fatalf("%s %q", resp.Status, b)
		}
		if resp, _ := http.Get(e.client.URL + "/checkpoint?origin=nobody"); resp.StatusCode != 404 {
			t.Fatalf("unknown origin: %s", resp.Status)
		}
	})
}

// TestOldCheckpointProvenPrefix: with access to the log's tiles, a witness
// shown an old checkpoint that is a prefix of the held one records nothing.
func TestOldCheckpointProvenPrefix(t *testing.T) {
	ctx := context.Background()
	var tr tree
	e := newEnvProve(t, &tr)
	tr.grow("a", 4)
	old := tr.checkpoint(e.signer)
	tr.grow("a", 6)
	if _, err := e.client.AddCheckpoint(ctx, 0, nil, tr.checkpoint(e.signer)); err != nil {
		t.Fatal(err)
	}
	if _, err := e.client.AddCheckpoint(ctx, 4, nil, old); err == nil {
		t.Fatal("cosigned an old checkpoint")
	}
	if len(e.alarms) != 0 {
		t.Fatalf("alarms = %+v", e.alarms)
	}
}

// newEnvProve is newEnv with Config.Prove answering from tr, the log.
func newEnvProve(t *testing.T, tr *tree) *env {
	skey, vkey, _ := note.GenerateKey(nil, origin)
	e := newEnvWith(t, t.TempDir(), skey, vkey, func(_ context.Context, o string, smaller, larger uint64) ([][]byte, error) {
		if o != origin || int64(larger) > tr.n {
			return nil, errors.New("no such tree")
		}
		p, err := tlog.ProveTree(int64(larger), int64(smaller), tr)
		out := make([][]byte, len(p))
		for i := range p {
			out[i] = p[i][:]
		}
		return out, err
	})
	return e
}

// TestCrossCheck: witnesses compare notes. A fellow witness's checkpoint
// of the same size with another root, or one the log's tiles prove
// inconsistent, is a split view; a consistent one is fine; one the tiles
// cannot prove yet is unproven.
func TestCrossCheck(t *testing.T) {
	ctx := context.Background()
	var tr tree
	e := newEnvProve(t, &tr)
	tr.grow("a", 20)
	if _, err := e.client.AddCheckpoint(ctx, 0, nil, tr.checkpoint(e.signer)); err != nil {
		t.Fatal(err)
	}
	var behind tree
	behind.grow("a", 12)
	if err := e.w.CrossCheck(ctx, origin, "witness b", behind.checkpoint(e.signer)); err != nil {
		t.Fatalf("a consistent smaller checkpoint: %v", err)
	}
	var ahead tree
	ahead.grow("a", 20)
	ahead.grow("x", 5)
	if err := e.w.CrossCheck(ctx, origin, "witness b", ahead.checkpoint(e.signer)); !errors.Is(err, witness.ErrUnproven) {
		t.Fatalf("a larger checkpoint the log's tiles do not have: %v", err)
	}
	if len(e.alarms) != 0 {
		t.Fatalf("alarms = %+v", e.alarms)
	}
	var sameSize tree
	sameSize.grow("z", 20)
	if err := e.w.CrossCheck(ctx, origin, "witness b", sameSize.checkpoint(e.signer)); !errors.Is(err, witness.ErrSplitView) {
		t.Fatalf("same size, other root: %v", err)
	}
	var forkedBelow tree
	forkedBelow.grow("a", 5)
	forkedBelow.grow("y", 5)
	if err := e.w.CrossCheck(ctx, origin, "witness b", forkedBelow.checkpoint(e.signer)); !errors.Is(err, witness.ErrSplitView) {
		t.Fatalf("a smaller fork: %v", err)
	}
	if len(e.alarms) != 2 || e.alarms[0].Kind != witness.EvidenceGossip {
		t.Fatalf("alarms = %+v", e.alarms)
	}
	s, _, _ := note.GenerateKey(nil, origin)
	impostor, _ := note.NewSigner(s)
	if err := e.w.CrossCheck(ctx, origin, "witness b", sameSize.checkpoint(impostor)); !errors.Is(err, witness.ErrForbidden) {
		t.Fatalf("not signed by the log: %v", err)
	}
}

func FuzzOpenEvidence(f *testing.F) {
	skey, vkey, _ := note.GenerateKey(nil, origin)
	s, _ := note.NewSigner(skey)
	wskey, _, _ := witness.GenerateKey("witness.test")
	wv, _ := witness.EvidenceVerifier("witness.test", witnessPub(f, wskey))
	ws, _ := note.NewSigner(wskey)
	var tr tree
	tr.grow("a", 3)
	cp := base64.StdEncoding.EncodeToString(tr.checkpoint(s))
	good, _ := note.Sign(&note.Note{Text: "comity-witness-evidence/v1\nwitness witness.test\norigin " + origin + "\nkind fork\nreason r\ntime 2026-01-01T00:00:00Z\nheld " + cp + "\npresented " + cp + "\n"}, ws)
	f.Add(good)
	f.Add([]byte("comity-witness-evidence/v1\n\n— x y\n"))
	lv := mustVerifierF(vkey)
	f.Fuzz(func(t *testing.T, b []byte) {
		witness.OpenEvidence(b, wv, lv)
	})
}
