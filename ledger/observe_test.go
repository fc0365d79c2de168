package ledger_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/witness"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// fork is what an operator holding a log's key can make: the published
// tree of the log extended with forged entries, a checkpoint of it signed
// with the log's key, and consistency proofs from the honest sizes.
type fork struct {
	hashes []tlog.Hash
	n      int64
	cp     []byte
}

func (f *fork) ReadHashes(idx []int64) ([]tlog.Hash, error) {
	out := make([]tlog.Hash, len(idx))
	for i, x := range idx {
		out[i] = f.hashes[x]
	}
	return out, nil
}

func (f *fork) add(leaf tlog.Hash) {
	hs, _ := tlog.StoredHashesForRecordHash(f.n, leaf, f)
	f.hashes = append(f.hashes, hs...)
	f.n++
}

// proof proves the forged tree extends the honest one of size old.
func (f *fork) proof(t testing.TB, old int64) [][]byte {
	p, err := tlog.ProveTree(f.n, old, f)
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]byte, len(p))
	for i := range p {
		out[i] = p[i][:]
	}
	return out
}

// forkLog reads the first size leaf hashes of the log at logURL (size <
// 256: one partial tile) and extends them with extra forged entries.
func forkLog(t testing.TB, hc *http.Client, logURL, skey string, size, extra int) *fork {
	t.Helper()
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Get(fmt.Sprintf("%s/tile/0/000.p/%d", logURL, size))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || len(b) != size*tlog.HashSize {
		t.Fatalf("tile of size %d: %s, %d bytes", size, resp.Status, len(b))
	}
	f := &fork{}
	for i := range size {
		f.add(tlog.Hash(b[i*tlog.HashSize : (i+1)*tlog.HashSize]))
	}
	for i := range extra {
		f.add(tlog.RecordHash(fmt.Appendf(nil, `{"v":1,"kind":"decision","forged":%d}`, i)))
	}
	signer, err := note.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	root, _ := tlog.TreeHash(f.n, f)
	if f.cp, err = note.Sign(&note.Note{Text: fmt.Sprintf("%s\n%d\n%s\n", signer.Name(), f.n, root)}, signer); err != nil {
		t.Fatal(err)
	}
	return f
}

func publishedSize(t testing.TB, l *testLog) int {
	t.Helper()
	cp, err := l.Checkpoint(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(strings.Split(string(cp), "\n")[1])
	return n
}

// TestWitnessRefusalsAreHeard: the log's key extends the log with forged
// entries and shows that checkpoint to one witness only. The quorum of the
// other two keeps publishing, but the log hears that witness claim a size
// it never reached and reports a split view, once.
func TestWitnessRefusalsAreHeard(t *testing.T) {
	skey, vkey, _ := ledger.GenerateKey("comity.test/de")
	logV, _ := note.NewVerifier(vkey)
	var clients []witness.Client
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
		clients = append(clients, c)
	}
	var (
		mu       sync.Mutex
		refusals []ledger.WitnessRefusal
	)
	l := openTestLog(t, ledger.Config{Key: skey, Witnesses: clients, Quorum: 2, WitnessTimeout: 500 * time.Millisecond, MaxMergeDelay: witnessedMergeDelay,
		OnWitnessRefusal: func(_ context.Context, r ledger.WitnessRefusal) {
			mu.Lock()
			refusals = append(refusals, r)
			mu.Unlock()
		}})
	for i := range 10 {
		if _, err := l.Commit(context.Background(), decision(i)); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, 10)
	honest := publishedSize(t, l)

	f := forkLog(t, nil, l.url, skey, honest, 1000)
	if _, err := clients[2].AddCheckpoint(context.Background(), uint64(honest), f.proof(t, int64(honest)), f.cp); err != nil {
		t.Fatalf("the forged extension was not cosigned: %v", err)
	}
	for i := range 5 {
		if _, err := l.Commit(context.Background(), decision(100+i)); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, uint64(honest+5))
	deadline := time.Now().Add(5 * time.Second)
	for {
		mu.Lock()
		got := append([]ledger.WitnessRefusal(nil), refusals...)
		mu.Unlock()
		var split []ledger.WitnessRefusal
		for _, r := range got {
			if r.SplitView {
				split = append(split, r)
			}
		}
		if len(split) > 0 {
			r := split[0]
			// The log may be refused at the honest size already: its
			// checkpoint of that size can reach the witness after the
			// forged one did.
			if r.Witness != "witness.test/c" || r.WitnessSize != uint64(honest+1000) || r.LogSize < uint64(honest) {
				t.Fatalf("refusal %+v", r)
			}
			time.Sleep(time.Second) // several more checkpoints, refused alike
			mu.Lock()
			defer mu.Unlock()
			if n := len(refusals); n != len(got) {
				t.Fatalf("the same refusal was reported %d times", n-len(got)+1)
			}
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no split view heard; refusals %+v", got)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
