package ledger_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
)

const crashEnv = "COMITY_LEDGER_CRASH_CHILD"

// TestReceiptsSurviveKill runs a writer in a child process (this test
// binary, re-executed) that commits entries from many goroutines and prints
// each receipt as soon as Commit returns it, kills it with SIGKILL in the
// middle of the load, three times over, then reopens the log: every
// receipt printed before a kill must be provably in the log, and the whole
// log must audit cleanly.
func TestReceiptsSurviveKill(t *testing.T) {
	if os.Getenv(crashEnv) != "" {
		crashChild()
		return
	}
	if testing.Short() {
		t.Skip("spawns writer processes")
	}
	dir := t.TempDir()
	skey, vkey, _ := ledger.GenerateKey("comity.test/crash")
	var receipts []*comity.Receipt
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestReceiptsSurviveKill$")
		cmd.Env = append(os.Environ(), crashEnv+"=1", "CRASH_DIR="+dir, "CRASH_KEY="+skey)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(out)
		got := 0
		for got < 300+round*100 && sc.Scan() {
			line, ok := strings.CutPrefix(sc.Text(), "RECEIPT ")
			if !ok {
				continue
			}
			var r comity.Receipt
			if err := json.Unmarshal([]byte(line), &r); err != nil {
				continue // a line cut by the kill
			}
			receipts = append(receipts, &r)
			got++
		}
		cmd.Process.Kill() // SIGKILL: no deferred code, no flush
		for sc.Scan() {    // receipts printed before the kill landed
			if line, ok := strings.CutPrefix(sc.Text(), "RECEIPT "); ok {
				var r comity.Receipt
				if json.Unmarshal([]byte(line), &r) == nil {
					receipts = append(receipts, &r)
				}
			}
		}
		cmd.Wait()
		t.Logf("round %d: %d receipts before the kill", round, got)
	}

	l := openTestLog(t, ledger.Config{Dir: dir, Key: skey})
	var maxIndex uint64
	for _, r := range receipts {
		maxIndex = max(maxIndex, r.Index)
	}
	l.waitPublished(t, maxIndex+1)
	if _, err := audit.Verify(context.Background(), audit.Config{URL: l.url, Verifier: l.verifier}); err != nil {
		t.Fatalf("log does not verify after the kills: %v", err)
	}
	if l.vkey != vkey {
		t.Fatal("reopened log has another key")
	}
	cfg := audit.ReceiptConfig{URL: l.url, Verifier: l.verifier, MaxMergeDelay: time.Hour}
	for _, r := range receipts {
		if _, err := audit.CheckReceipt(context.Background(), cfg, r); err != nil {
			t.Fatalf("receipt for index %d: %v", r.Index, err)
		}
	}
	t.Logf("%d receipts verified in a log of %d+ entries", len(receipts), maxIndex+1)
}

// crashChild commits entries until it is killed, printing each receipt.
func crashChild() {
	l, err := ledger.Open(context.Background(), ledger.Config{Dir: os.Getenv("CRASH_DIR"), Key: os.Getenv("CRASH_KEY"),
		SubjectKey: make([]byte, 32), MaxMergeDelay: 400 * time.Millisecond})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	var mu sync.Mutex
	w := bufio.NewWriter(os.Stdout)
	for g := range 32 {
		go func() {
			for i := 0; ; i++ {
				r, err := l.Commit(context.Background(), decision(g*1_000_000+i, "subject"))
				if err != nil {
					continue
				}
				b, _ := json.Marshal(r)
				mu.Lock()
				fmt.Fprintf(w, "RECEIPT %s\n", b)
				w.Flush()
				mu.Unlock()
			}
		}()
	}
	select {}
}
