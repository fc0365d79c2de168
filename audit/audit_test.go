package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"golang.org/x/mod/sumdb/note"
)

// fixture is a real ledger on disk, served on loopback, with n entries
// committed and published.
type fixture struct {
	log      *ledger.Log
	dir, url string
	skey     string
	verifier note.Verifier
	receipts []*comity.Receipt
	subject  []byte
}

func newFixture(t testing.TB, n int) *fixture {
	t.Helper()
	skey, vkey, err := ledger.GenerateKey("comity.test/de")
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{dir: t.TempDir(), skey: skey}
	subjectKey := bytes.Repeat([]byte{9}, 32)
	f.log, err = ledger.Open(context.Background(), ledger.Config{Dir: f.dir, Key: skey, SubjectKey: subjectKey, MaxMergeDelay: 400 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.log.Close(context.Background()) })
	f.verifier, _ = note.NewVerifier(vkey)
	f.subject = ledger.SubjectSecret(subjectKey, "person-1")
	srv := httptest.NewServer(f.log.Handler())
	t.Cleanup(srv.Close)
	f.url = srv.URL
	f.commit(t, n)
	return f
}

func (f *fixture) commit(t testing.TB, n int) {
	t.Helper()
	errs := make(chan error, n)
	rs := make([]*comity.Receipt, n)
	for i := range n {
		go func() {
			var err error
			e := &comity.Entry{Kind: "decision", Node: "de-1", Requester: []string{"acme", "globex"}[i%2],
				Destination: "US", Categories: []comity.Category{"health"}, Outcome: comity.Outcome([]string{"allow", "deny", "pending"}[i%3]),
				RecordIDs: []string{fmt.Sprint("DE-", i)}}
			if i%7 == 0 {
				e.Subjects = []string{"person-1", "person-2"}
			}
			rs[i], err = f.log.Commit(context.Background(), e)
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	f.receipts = append(f.receipts, rs...)
	f.waitPublished(t, uint64(len(f.receipts)))
}

func (f *fixture) waitPublished(t testing.TB, n uint64) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		cp, _ := f.log.Checkpoint(context.Background())
		if lines := strings.Split(string(cp), "\n"); len(lines) > 1 {
			if size, _ := strconv.ParseUint(lines[1], 10, 64); size >= n {
				return
			}
		}
	}
	t.Fatalf("checkpoint of size %d not published", n)
}

func TestVerify(t *testing.T) {
	f := newFixture(t, 700)
	state := filepath.Join(t.TempDir(), "state.json")
	rep, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier, StateFile: state, SubjectSecret: f.subject, KeepEntries: true})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checkpoint.Size != 700 || len(rep.Entries) != 700 || rep.PreviousSize != 0 {
		t.Fatalf("size %d, %d entries, previous %d", rep.Checkpoint.Size, len(rep.Entries), rep.PreviousSize)
	}
	var total int
	for _, fl := range rep.Flows {
		total += fl.Count
	}
	if total != 700 || len(rep.Flows) != 6 {
		t.Errorf("flows %+v", rep.Flows)
	}
	if got := audit.FindSubject(rep.Entries, f.subject); len(got) != 100 || len(rep.Subject) != 100 {
		t.Errorf("subject in %d / %d entries, want 100", len(got), len(rep.Subject))
	}

	t.Run("second audit checks consistency with the first", func(t *testing.T) {
		f.commit(t, 10)
		rep, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier, StateFile: state})
		if err != nil {
			t.Fatal(err)
		}
		if rep.PreviousSize != 700 || rep.Checkpoint.Size != 710 {
			t.Fatalf("previous %d, size %d", rep.PreviousSize, rep.Checkpoint.Size)
		}
	})
	t.Run("fork against the state file", func(t *testing.T) {
		b, _ := os.ReadFile(state)
		var st map[string]any
		json.Unmarshal(b, &st)
		st["root"] = bytes.Repeat([]byte{1}, 32) // a different tree of the same size was seen before
		st["size"] = 705
		b, _ = json.Marshal(st)
		forked := filepath.Join(t.TempDir(), "forked.json")
		os.WriteFile(forked, b, 0o644)
		_, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier, StateFile: forked})
		if !errors.Is(err, audit.ErrInconsistent) || !strings.Contains(err.Error(), "fork") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("wrong key", func(t *testing.T) {
		_, vkey, _ := ledger.GenerateKey("comity.test/de")
		v, _ := note.NewVerifier(vkey)
		if _, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: v}); !errors.Is(err, audit.ErrInconsistent) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("quorum not met", func(t *testing.T) {
		_, wkey, _ := ledger.GenerateKey("witness.test")
		w, _ := note.NewVerifier(wkey)
		_, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier, Witnesses: []note.Verifier{w}, Quorum: 1})
		if !errors.Is(err, audit.ErrInconsistent) {
			t.Fatalf("err = %v", err)
		}
	})
}

// TestVerifyFindsFlippedByte changes one byte of a tile and of an entry
// bundle on disk; the audit must fail for each.
func TestVerifyFindsFlippedByte(t *testing.T) {
	for _, tc := range []struct{ name, file, at string }{
		{"full hash tile", "tile/0/000", ""},
		{"partial hash tile", "tile/0/001.p/44", ""},
		{"level-1 tile", "tile/1/000.p/1", ""},
		{"full entry bundle", "tile/entries/000", ""},
		{"partial entry bundle", "tile/entries/001.p/44", ""},
		{"entry still valid JSON", "tile/entries/000", `"acme"`}, // caught by the Merkle check, not the decoder
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, 300)
			if _, err := audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier}); err != nil {
				t.Fatalf("before the flip: %v", err)
			}
			p := filepath.Join(f.dir, filepath.FromSlash(tc.file))
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			at := len(b) / 2
			if tc.at != "" {
				at = bytes.Index(b, []byte(tc.at)) + 1
			}
			b[at] ^= 0x01
			if err := os.WriteFile(p, b, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err = audit.Verify(context.Background(), audit.Config{URL: f.url, Verifier: f.verifier})
			if !errors.Is(err, audit.ErrInconsistent) {
				t.Fatalf("after flipping a byte of %s: err = %v", tc.file, err)
			}
			t.Log(err)
		})
	}
}

// BenchmarkVerify measures audit speed in entries verified per second over
// a real ledger served on loopback HTTP (server and auditor in this
// process), and the CPU time per entry (cpu-ns/entry), which unlike the
// rate does not depend on the share of a busy machine the run gets:
//
//	go test -run '^$' -bench Verify -benchtime 3x ./audit/
func BenchmarkVerify(b *testing.B) {
	const n = 100_000
	f := newFixture(b, 0)
	for done := 0; done < n; done += 5000 {
		f.commit(b, 5000)
	}
	cfg := audit.Config{URL: f.url, Verifier: f.verifier}
	b.ResetTimer()
	start, cpu := time.Now(), cpuTime()
	for range b.N {
		if _, err := audit.Verify(context.Background(), cfg); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/time.Since(start).Seconds(), "entries/s")
	b.ReportMetric(float64(cpuTime()-cpu)/float64(n*b.N), "cpu-ns/entry")
}

// cpuTime is the process's CPU time so far, user plus system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
