package audit_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"golang.org/x/mod/sumdb/note"
)

func TestCheckReceipt(t *testing.T) {
	f := newFixture(t, 20)
	cfg := audit.ReceiptConfig{URL: f.url, Verifier: f.verifier, MaxMergeDelay: 400 * time.Millisecond}
	signer, _ := note.NewSigner(f.skey)
	// forge is a node that signs a receipt and then does not publish it.
	forge := func(index uint64, hash []byte, at time.Time) *comity.Receipt {
		r := &comity.Receipt{Origin: f.log.Origin(), Index: index, EntryHash: hash, Time: at}
		r.Signature, _ = signer.Sign(ledger.ReceiptMessage(r))
		return r
	}
	late := time.Now().Add(-time.Second)
	for _, tc := range []struct {
		name string
		r    *comity.Receipt
		want error
	}{
		{"honoured", f.receipts[5], nil},
		{"index never published", forge(1000, f.receipts[5].EntryHash, late), audit.ErrNotHonoured},
		{"other entry at the index", forge(5, bytes.Repeat([]byte{0xaa}, 32), late), audit.ErrNotHonoured},
		{"within the merge delay", forge(1000, f.receipts[5].EntryHash, time.Now()), audit.ErrNotYetPublished},
		{"bad signature", func() *comity.Receipt { r := *f.receipts[5]; r.Index++; return &r }(), audit.ErrBadReceipt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			inc, err := audit.CheckReceipt(context.Background(), cfg, tc.r)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("err = %v, want %v", err, tc.want)
			}
			if err == nil && inc.Entry == nil {
				t.Error("no entry returned")
			}
			if err != nil {
				t.Log(err)
			}
		})
	}
}

// TestReceiptMessageAgrees checks that the auditor's independent
// re-implementation of the receipt message matches the writer's: a
// receipt signed by the ledger verifies in audit.
func TestReceiptMessageAgrees(t *testing.T) {
	f := newFixture(t, 1)
	r := f.receipts[0]
	if err := ledger.VerifyReceipt(r, f.log.VerifierKey()); err != nil {
		t.Fatal(err)
	}
	if _, err := audit.CheckReceipt(context.Background(), audit.ReceiptConfig{URL: f.url, Verifier: f.verifier}, r); err != nil {
		t.Fatal(err)
	}
}

// TestCheckReceiptKeepsState: a receipt check remembers the checkpoint it
// saw and refuses a later one that is not an extension of it (a fork shown
// to this verifier), and a checkpoint without its witness quorum.
func TestCheckReceiptKeepsState(t *testing.T) {
	f := newFixture(t, 20)
	state := filepath.Join(t.TempDir(), "state.json")
	cfg := audit.ReceiptConfig{URL: f.url, Verifier: f.verifier, StateFile: state}
	if _, err := audit.CheckReceipt(context.Background(), cfg, f.receipts[3]); err != nil {
		t.Fatal(err)
	}
	inc, err := audit.CheckReceipt(context.Background(), cfg, f.receipts[4])
	if err != nil || inc.PreviousSize != inc.Checkpoint.Size {
		t.Fatalf("second check: %v %+v", err, inc)
	}
	t.Run("a fork of what was seen", func(t *testing.T) {
		b, _ := os.ReadFile(state)
		var st map[string]any
		json.Unmarshal(b, &st)
		st["root"] = bytes.Repeat([]byte{1}, 32)
		st["size"] = 10
		b, _ = json.Marshal(st)
		forked := filepath.Join(t.TempDir(), "forked.json")
		os.WriteFile(forked, b, 0o644)
		c := cfg
		c.StateFile = forked
		if _, err := audit.CheckReceipt(context.Background(), c, f.receipts[4]); !errors.Is(err, audit.ErrInconsistent) || !strings.Contains(err.Error(), "fork") {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("a log that went back", func(t *testing.T) {
		b, _ := os.ReadFile(state)
		var st map[string]any
		json.Unmarshal(b, &st)
		st["size"] = 5000
		b, _ = json.Marshal(st)
		ahead := filepath.Join(t.TempDir(), "ahead.json")
		os.WriteFile(ahead, b, 0o644)
		c := cfg
		c.StateFile = ahead
		if _, err := audit.CheckReceipt(context.Background(), c, f.receipts[4]); !errors.Is(err, audit.ErrInconsistent) {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("no witness quorum", func(t *testing.T) {
		_, wkey, _ := ledger.GenerateKey("witness.test")
		w, _ := note.NewVerifier(wkey)
		c := cfg
		c.Witnesses, c.Quorum = []note.Verifier{w}, 1
		if _, err := audit.CheckReceipt(context.Background(), c, f.receipts[4]); !errors.Is(err, audit.ErrInconsistent) || !strings.Contains(err.Error(), "cosignatures") {
			t.Fatalf("err = %v", err)
		}
	})
}
