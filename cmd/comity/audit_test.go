package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"golang.org/x/mod/sumdb/note"
)

// ledgerFixture is a real ledger on disk served on loopback.
type ledgerFixture struct {
	log            *ledger.Log
	dir, url, skey string
	subjectKey     []byte
	receipts       []*comity.Receipt
}

func newLedgerFixture(t *testing.T, n int) *ledgerFixture {
	t.Helper()
	skey, _, _ := ledger.GenerateKey("comity.test/de")
	f := &ledgerFixture{dir: t.TempDir(), skey: skey, subjectKey: bytes.Repeat([]byte{3}, 32)}
	var err error
	f.log, err = ledger.Open(context.Background(), ledger.Config{Dir: f.dir, Key: skey, SubjectKey: f.subjectKey, MaxMergeDelay: 400 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.log.Close(context.Background()) })
	srv := httptest.NewServer(f.log.Handler())
	t.Cleanup(srv.Close)
	f.url = srv.URL
	for i := range n {
		e := &comity.Entry{Kind: "decision", Node: "de-1", Requester: "acme", Destination: "FR", Purpose: "billing",
			Categories: []comity.Category{"financial"}, Outcome: comity.Allow, RecordIDs: []string{"DE-" + strconv.Itoa(i)}}
		if i%4 == 0 {
			e.Subjects = []string{"person-7"}
		}
		r, err := f.log.Commit(context.Background(), e)
		if err != nil {
			t.Fatal(err)
		}
		f.receipts = append(f.receipts, r)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		cp, _ := f.log.Checkpoint(context.Background())
		if lines := strings.Split(string(cp), "\n"); len(lines) > 1 && lines[1] == strconv.Itoa(n) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("checkpoint not published")
		}
	}
	return f
}

func runComity(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := Main(context.Background(), args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestAuditCommand(t *testing.T) {
	f := newLedgerFixture(t, 40)
	state := filepath.Join(t.TempDir(), "state.json")
	secret := hex.EncodeToString(ledger.SubjectSecret(f.subjectKey, "person-7"))

	code, out, errOut := runComity("audit", "--log", f.url, "--log-key", f.log.VerifierKey(), "--state", state, "--subject-secret", secret, "--unwitnessed")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"40 entries verified", "acme", "financial", "allow", "40\n", "10 entries touched the data subject",
		"WARNING: witness cosignatures NOT checked (--unwitnessed)"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}

	t.Run("a changed byte fails the audit", func(t *testing.T) {
		p := filepath.Join(f.dir, "tile", "entries", "000.p", "40")
		b, _ := os.ReadFile(p)
		i := bytes.Index(b, []byte("billing"))
		b[i] = 'k'
		os.WriteFile(p, b, 0o644)
		code, _, errOut := runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed")
		if code == 0 || !strings.Contains(errOut, "log inconsistent") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
	t.Run("bad key", func(t *testing.T) {
		if code, _, errOut := runComity("audit", f.url, "--key", "nonsense"); code == 0 {
			t.Fatalf("exit 0: %s", errOut)
		}
	})
	t.Run("flag vocabulary", func(t *testing.T) {
		// The bare --key of earlier releases still works, and says what replaces it.
		if code, _, errOut := runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed"); !strings.Contains(errOut, "deprecated here, use --log-key") {
			t.Errorf("deprecated --key: exit %d: %s", code, errOut)
		}
		if code, _, errOut := runComity("audit", "--log", f.url, "--no-state", "--unwitnessed"); code == 0 || !strings.Contains(errOut, "log-key") {
			t.Errorf("no key: exit %d: %s", code, errOut)
		}
		if code, _, errOut := runComity("audit", "--log", f.url, "https://elsewhere/log", "--log-key", f.log.VerifierKey(), "--no-state", "--unwitnessed"); code == 0 || !strings.Contains(errOut, "once") {
			t.Errorf("two logs: exit %d: %s", code, errOut)
		}
		if code, _, errOut := runComity("audit", "--log-key", f.log.VerifierKey(), "--no-state", "--unwitnessed"); code == 0 || !strings.Contains(errOut, "--log") {
			t.Errorf("no log: exit %d: %s", code, errOut)
		}
	})
	t.Run("no witness policy: refused, not skipped", func(t *testing.T) {
		t.Setenv("COMITY_TOKEN", "")
		code, _, errOut := runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state")
		if code == 0 || !strings.Contains(errOut, "no witness policy") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		code, _, errOut = runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed", "--manifest", "m.json")
		if code == 0 || !strings.Contains(errOut, "give one of") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
}

func TestReceiptVerifyCommand(t *testing.T) {
	f := newLedgerFixture(t, 5)
	dir := t.TempDir()
	write := func(name string, v any) string {
		b, _ := json.Marshal(v)
		p := filepath.Join(dir, name)
		os.WriteFile(p, b, 0o644)
		return p
	}
	signer, _ := note.NewSigner(f.skey)
	unpublished := &comity.Receipt{Origin: f.log.Origin(), Index: 99, EntryHash: f.receipts[0].EntryHash, Time: time.Now().Add(-time.Minute)}
	unpublished.Signature, _ = signer.Sign(ledger.ReceiptMessage(unpublished))

	for _, tc := range []struct {
		name, file, want string
		code             int
	}{
		{"receipt", write("r.json", f.receipts[3]), "receipt verified: entry 3", 0},
		{"again, consistent with the checkpoint seen", write("r.json", f.receipts[3]), "consistent with the checkpoint of size 5 seen before", 0},
		{"release with a receipt", write("rel.json", map[string]any{"receipt": f.receipts[1]}), "receipt verified: entry 1", 0},
		{"never published", write("bad.json", unpublished), "receipt not honoured", 1},
		{"not a receipt", write("x.json", map[string]int{"a": 1}), "not a receipt", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runComity("receipt", "verify", "--log", f.url, "--log-key", f.log.VerifierKey(), "--unwitnessed",
				"--state", filepath.Join(dir, "state.json"), tc.file)
			if code != tc.code || !strings.Contains(out+errOut, tc.want) {
				t.Fatalf("exit %d, out %q, err %q", code, out, errOut)
			}
		})
	}
}

func FuzzReadReceipt(f *testing.F) {
	f.Add([]byte(`{"origin":"o","index":1,"entry_hash":"AAAA","time":"2026-11-23T09:00:00Z","signature":"AAAA"}`))
	f.Add([]byte(`{"receipt":{"origin":"o"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		readReceipt(bytes.NewReader(b), "-")
	})
}

// TestAuditEscapesWhatItPrints: a log's text cannot forge a line or colour
// the terminal of whoever audits it.
func TestAuditEscapesWhatItPrints(t *testing.T) {
	forged := "acme\n2026-01-01  nobody  create  x\x1b[31m\u202e"
	rep := &audit.Report{Checkpoint: &audit.Checkpoint{Origin: "o"}, Kinds: map[string]int{"principal": 1},
		Flows:      []audit.Flow{{Requester: forged, Destination: "DE", Category: "personal", Outcome: "allow", Count: 1}},
		Principals: []*audit.Entry{{Kind: "principal", Requester: forged, Detail: map[string]string{"event": "create", "organisation": forged}}}}
	var buf bytes.Buffer
	printAudit(&buf, rep, &policy{}, false, false)
	out := buf.String()
	if strings.Contains(out, "\x1b") || strings.Contains(out, "\u202e") || strings.Contains(out, "\n2026-01-01") {
		t.Errorf("audit output carries the forgery:\n%s", out)
	}
	if !strings.Contains(out, `acme\n2026-01-01`) {
		t.Errorf("the forged text is not shown escaped:\n%s", out)
	}
}

// TestAuditPII: `comity audit --pii` passes a clean log, and on a log with
// personal information (written by a ledger without a screen, as an older
// or careless node would) names the entry and member, never the value,
// and exits non-zero.
func TestAuditPII(t *testing.T) {
	f := newLedgerFixture(t, 3)
	code, out, errOut := runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed", "--pii")
	if code != 0 || !strings.Contains(out, "no personal information") {
		t.Fatalf("clean log: exit %d, out %q, err %q", code, out, errOut)
	}
	e := &comity.Entry{Kind: "decision", Node: "de-1", Requester: "acme", Purpose: "call Lin Xiaohong at +86 139 1234 5678",
		Outcome: comity.Allow, RecordIDs: []string{"DE-9"}}
	if _, err := f.log.Commit(context.Background(), e); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		cp, _ := f.log.Checkpoint(context.Background())
		if lines := strings.Split(string(cp), "\n"); len(lines) > 1 && lines[1] == "4" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("checkpoint not published")
		}
	}
	code, out, errOut = runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed", "--pii")
	if code == 0 || !strings.Contains(errOut, "personal information in 1 entries (first: entry 3)") {
		t.Fatalf("exit %d, err %q", code, errOut)
	}
	if !strings.Contains(out, "3      purpose  person_name,phone") {
		t.Errorf("output does not name entry 3's purpose:\n%s", out)
	}
	if strings.Contains(out+errOut, "139") || strings.Contains(out+errOut, "Xiaohong") {
		t.Errorf("the audit repeats the personal information:\n%s%s", out, errOut)
	}
	secret := hex.EncodeToString(ledger.RecordSecret(f.subjectKey, "DE-9"))
	code, out, errOut = runComity("audit", f.url, "--key", f.log.VerifierKey(), "--no-state", "--unwitnessed", "--record-secret", secret)
	if code != 0 || !strings.Contains(out, "1 entries concern the record") {
		t.Errorf("--record-secret: exit %d:\n%s%s", code, out, errOut)
	}
}
