package ledger_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/ledger/mysqltest"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// testLog opens a log in a temporary directory and serves it on loopback.
type testLog struct {
	*ledger.Log
	dir, vkey, url string
	mysql          string // the log's database, if not dir
	subjectKey     []byte
	verifier       note.Verifier
}

func openTestLog(t testing.TB, cfg ledger.Config) *testLog {
	t.Helper()
	if onMySQL && cfg.Dir == "" && cfg.MySQL == "" {
		cfg.MySQL = mysqltest.Database(t)
		if cfg.MaxMergeDelay == 0 {
			cfg.MaxMergeDelay = 2 * time.Second // the MySQL driver's least: checkpoints every second
		}
	}
	if cfg.Dir == "" && cfg.MySQL == "" {
		cfg.Dir = t.TempDir()
	}
	var vkey string
	if cfg.Key == "" {
		var err error
		if cfg.Key, vkey, err = ledger.GenerateKey("comity.test/de"); err != nil {
			t.Fatal(err)
		}
	}
	if cfg.SubjectKey == nil {
		cfg.SubjectKey = bytes.Repeat([]byte{7}, 32)
	}
	if cfg.MaxMergeDelay == 0 {
		cfg.MaxMergeDelay = 400 * time.Millisecond // checkpoints every 100 ms
	}
	l, err := ledger.Open(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		l.Close(ctx)
	})
	if vkey == "" {
		vkey = l.VerifierKey()
	}
	if vkey != l.VerifierKey() {
		t.Fatalf("VerifierKey() = %q, GenerateKey gave %q", l.VerifierKey(), vkey)
	}
	v, err := note.NewVerifier(vkey)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(l.Handler())
	t.Cleanup(srv.Close)
	return &testLog{Log: l, dir: cfg.Dir, mysql: cfg.MySQL, vkey: vkey, url: srv.URL, subjectKey: cfg.SubjectKey, verifier: v}
}

// waitPublished waits until the published checkpoint covers n entries.
func (l *testLog) waitPublished(t testing.TB, n uint64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		cp, err := l.Checkpoint(context.Background())
		if err == nil {
			lines := strings.Split(string(cp), "\n")
			if size, _ := strconv.ParseUint(lines[1], 10, 64); size >= n {
				return
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("no checkpoint of size %d published within 10s", n)
}

func decision(i int, subjects ...string) *comity.Entry {
	return &comity.Entry{
		Kind: "decision", Node: "de-1", Requester: fmt.Sprintf("org-%d", i%3), RequesterIn: "FR",
		Action: comity.ActionRead, Purpose: "service", Destination: "FR",
		RecordIDs: []string{fmt.Sprintf("DE-%d", i)}, Subjects: subjects,
		Categories: []comity.Category{"contact"}, Outcome: comity.Allow, Policies: []string{"baseline"},
	}
}

func TestCommit(t *testing.T) {
	l := openTestLog(t, ledger.Config{})
	const n = 600 // more than two entry bundles: full and partial tiles
	receipts := make([]*comity.Receipt, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := l.Commit(context.Background(), decision(i, fmt.Sprintf("subject-%d", i%10)))
			if err != nil {
				t.Error(err)
				return
			}
			receipts[i] = r
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	seen := map[uint64]bool{}
	for i, r := range receipts {
		if err := ledger.VerifyReceipt(r, l.vkey); err != nil {
			t.Fatalf("receipt %d: %v", i, err)
		}
		if seen[r.Index] {
			t.Fatalf("index %d receipted twice", r.Index)
		}
		seen[r.Index] = true
	}
	l.waitPublished(t, n)

	t.Run("receipts prove inclusion", func(t *testing.T) {
		for _, i := range []int{0, 255, 256, 599} {
			inc, err := audit.CheckReceipt(context.Background(), audit.ReceiptConfig{URL: l.url, Verifier: l.verifier}, receipts[i])
			if err != nil {
				t.Fatalf("receipt %d: %v", i, err)
			}
			d, err := ledger.DecodeEntry(inc.Entry)
			if err != nil || !d.Concerns(ledger.RecordSecret(l.subjectKey, fmt.Sprintf("DE-%d", i))) ||
				d.Concerns(ledger.RecordSecret(l.subjectKey, fmt.Sprintf("DE-%d", i+1))) {
				t.Errorf("receipt %d proves entry %s (%v)", i, inc.Entry, err)
			}
		}
	})
	t.Run("audit", func(t *testing.T) {
		secret := ledger.SubjectSecret(l.subjectKey, "subject-3")
		rep, err := audit.Verify(context.Background(), audit.Config{URL: l.url, Verifier: l.verifier, SubjectSecret: secret})
		if err != nil {
			t.Fatal(err)
		}
		if rep.Checkpoint.Size != n || rep.Kinds["decision"] != n {
			t.Errorf("audited %d entries, %v", rep.Checkpoint.Size, rep.Kinds)
		}
		if len(rep.Flows) != 3 || rep.Flows[0].Count != 200 {
			t.Errorf("flows = %+v", rep.Flows)
		}
		if len(rep.Subject) != n/10 {
			t.Errorf("subject-3 found in %d entries, want %d", len(rep.Subject), n/10)
		}
		for _, e := range rep.Subject {
			ok := false
			for i := 3; i < n; i += 10 {
				ok = ok || e.Concerns(ledger.RecordSecret(l.subjectKey, "DE-"+strconv.Itoa(i)))
			}
			if !ok {
				t.Errorf("entry %d concerns none of the records of subject-3", e.Index)
			}
		}
	})
	t.Run("no raw subject references on disk", func(t *testing.T) {
		if l.mysql != "" {
			if mysqltest.Contains(t, l.mysql, []byte("subject-")) {
				t.Errorf("the database holds a raw subject reference")
			}
			return
		}
		filepath.Walk(l.dir, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() {
				if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("subject-")) {
					t.Errorf("%s contains a raw subject reference", p)
				}
			}
			return nil
		})
	})
}

func TestPseudonymsUnlinkable(t *testing.T) {
	key := bytes.Repeat([]byte{1}, 32)
	e := decision(1, "alice", "bob")
	a, _ := ledger.EncodeEntry(e, key)
	b, _ := ledger.EncodeEntry(e, key)
	da, _ := ledger.DecodeEntry(a)
	db, _ := ledger.DecodeEntry(b)
	for _, ta := range da.SubjectTags {
		for _, tb := range db.SubjectTags {
			if bytes.Equal(ta, tb) {
				t.Fatal("the same subject has the same tag in two entries")
			}
		}
	}
	for _, d := range []*ledger.DecodedEntry{da, db} {
		if !d.Touches(ledger.SubjectSecret(key, "alice")) || d.Touches(ledger.SubjectSecret(key, "carol")) {
			t.Error("Touches does not recognise the right subjects")
		}
	}
}

func TestEncodeEntry(t *testing.T) {
	at := time.Date(2026, 11, 23, 10, 0, 0, 5, time.FixedZone("CET", 3600))
	many := make([]string, 3000)
	for i := range many {
		many[i] = fmt.Sprintf("DE-%020d", i)
	}
	for _, tc := range []struct {
		name    string
		e       *comity.Entry
		want    string // substring of the encoding
		wantErr bool
	}{
		{"minimal", &comity.Entry{Kind: "rulebook", Time: at, Node: "de-1"},
			`{"v":2,"kind":"rulebook","time":"2026-11-23T09:00:00.000000005Z","node":"de-1"}`, false},
		{"record tags", &comity.Entry{Kind: "decision", Time: at, Node: "de-1", RecordIDs: many[:2]},
			`"records":{"nonce":"`, false},
		{"record tags hashed when large", &comity.Entry{Kind: "decision", Time: at, Node: "de-1", RecordIDs: many},
			`"count":3000,"tags_sha256":`, false},
		{"too large", &comity.Entry{Kind: "decision", Time: at, Node: strings.Repeat("x", 70000)}, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := ledger.EncodeEntry(tc.e, make([]byte, 32))
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v", err)
			}
			if !strings.Contains(string(b), tc.want) {
				t.Errorf("encoding %s does not contain %s", b, tc.want)
			}
			if strings.Contains(string(b), "DE-0000") {
				t.Errorf("encoding %s names a record id in the clear", b)
			}
		})
	}
}

func FuzzDecodeEntry(f *testing.F) {
	b, _ := ledger.EncodeEntry(decision(1, "alice"), make([]byte, 32))
	f.Add(b)
	f.Add([]byte(`{"v":2}`))
	f.Add([]byte(entryV1))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ledger.DecodeEntry(data)
		if err != nil {
			return
		}
		d.Touches(make([]byte, 32))
		d.Concerns(make([]byte, 32))
	})
}

func TestHandler(t *testing.T) {
	l := openTestLog(t, ledger.Config{})
	for i := range 300 {
		if _, err := l.Commit(context.Background(), decision(i)); err != nil {
			t.Fatal(err)
		}
	}
	l.waitPublished(t, 300)
	for _, tc := range []struct {
		path, cache string
		status      int
	}{
		{"/checkpoint", "public, max-age=1", 200},
		{"/tile/0/000", "public, max-age=31536000, immutable", 200},
		{"/tile/entries/000", "public, max-age=31536000, immutable", 200},
		{"/tile/entries/001.p/44", "public, max-age=10", 200},
		{"/tile/0/001.p/44", "public, max-age=10", 200},
		{"/.state/treeState", "", 404},
		{"/tile/../.state/treeState", "", 404},
		{"/tile/0/999", "", 404},
	} {
		t.Run(tc.path, func(t *testing.T) {
			resp, err := http.Get(l.url + tc.path)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tc.status || resp.Header.Get("Cache-Control") != tc.cache {
				t.Errorf("status %d, Cache-Control %q", resp.StatusCode, resp.Header.Get("Cache-Control"))
			}
		})
	}
}

func TestOpenErrors(t *testing.T) {
	skey, _, _ := ledger.GenerateKey("comity.test/de")
	for _, tc := range []struct {
		name string
		cfg  ledger.Config
	}{
		{"no dir", ledger.Config{Key: skey, SubjectKey: make([]byte, 32)}},
		{"short subject key", ledger.Config{Dir: t.TempDir(), Key: skey, SubjectKey: make([]byte, 8)}},
		{"bad key", ledger.Config{Dir: t.TempDir(), Key: "nonsense", SubjectKey: make([]byte, 32)}},
		{"wrong origin", ledger.Config{Dir: t.TempDir(), Key: skey, Origin: "other", SubjectKey: make([]byte, 32)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if l, err := ledger.Open(context.Background(), tc.cfg); err == nil {
				l.Close(context.Background())
				t.Fatal("Open succeeded")
			}
		})
	}
}

func TestVerifyReceipt(t *testing.T) {
	skey, vkey, _ := ledger.GenerateKey("comity.test/de")
	s, _ := note.NewSigner(skey)
	r := &comity.Receipt{Origin: "comity.test/de", Index: 7, EntryHash: make([]byte, 32), Time: time.Now()}
	r.Signature, _ = s.Sign(ledger.ReceiptMessage(r))
	if err := ledger.VerifyReceipt(r, vkey); err != nil {
		t.Fatal(err)
	}
	r.Index++
	if err := ledger.VerifyReceipt(r, vkey); !errors.Is(err, ledger.ErrBadReceipt) {
		t.Fatalf("tampered receipt: %v", err)
	}
}

func TestKeyFromEd25519(t *testing.T) {
	_, priv, _ := ed25519.GenerateKey(rand.Reader)
	skey, vkey, err := ledger.KeyFromEd25519("comity.test/de", priv)
	if err != nil {
		t.Fatal(err)
	}
	l := openTestLog(t, ledger.Config{Key: skey})
	if l.VerifierKey() != vkey {
		t.Fatalf("VerifierKey %q, want %q", l.VerifierKey(), vkey)
	}
}

func TestProve(t *testing.T) {
	l := openTestLog(t, ledger.Config{})
	var rs []*comity.Receipt
	for i := range 260 {
		r, err := l.Commit(context.Background(), decision(i))
		if err != nil {
			t.Fatal(err)
		}
		rs = append(rs, r)
	}
	l.waitPublished(t, 260)
	for _, i := range []int{0, 200, 259} {
		p, err := l.Prove(context.Background(), rs[i])
		if err != nil {
			t.Fatal(err)
		}
		// Check the node's proof with tlog, as a client would.
		var proof tlog.RecordProof
		for _, h := range p.Inclusion {
			proof = append(proof, tlog.Hash(h))
		}
		n, err := note.Open(p.Checkpoint, note.VerifierList(l.verifier))
		if err != nil {
			t.Fatal(err)
		}
		root, _ := tlog.ParseHash(strings.Split(n.Text, "\n")[2])
		if err := tlog.CheckRecord(proof, int64(p.TreeSize), root, int64(p.Index), tlog.RecordHash(p.Entry)); err != nil {
			t.Fatalf("proof for %d: %v", i, err)
		}
	}
	bad := *rs[0]
	bad.Index = 1000
	if _, err := l.Prove(context.Background(), &bad); comity.ErrorCode(err) != comity.EINVALID {
		t.Fatalf("forged receipt: %v", err)
	}
}

// TestReceiptsSignedPerBatch: concurrent commits share one signature per
// batch, every receipt proves its own leaf in the batch both to the ledger
// and to the independent auditor, and altering any part of a receipt
// (its index, its entry hash, its place or path in the batch, the batch
// root or size) makes it fail.
func TestReceiptsSignedPerBatch(t *testing.T) {
	l := openTestLog(t, ledger.Config{})
	const n = 300
	receipts := make([]*comity.Receipt, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			r, err := l.Commit(context.Background(), decision(i, "subject-1"))
			if err != nil {
				t.Error(err)
				return
			}
			receipts[i] = r
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	sigs := map[string]bool{}
	batched := 0
	for _, r := range receipts {
		sigs[string(r.Signature)] = true
		if r.Batch != nil && r.Batch.Size > 1 {
			batched++
		}
	}
	if len(sigs) >= n || batched == 0 {
		t.Fatalf("%d signatures for %d receipts, %d in batches of more than one", len(sigs), n, batched)
	}
	l.waitPublished(t, n)
	var multi *comity.Receipt
	for i, r := range receipts {
		if err := ledger.VerifyReceipt(r, l.vkey); err != nil {
			t.Fatalf("receipt %d: %v", i, err)
		}
		if multi == nil && r.Batch.Size > 2 {
			multi = r
		}
	}
	if _, err := audit.CheckReceipt(context.Background(), audit.ReceiptConfig{URL: l.url, Verifier: l.verifier}, multi); err != nil {
		t.Fatal(err)
	}
	clone := func(r *comity.Receipt) *comity.Receipt {
		c, b := *r, *r.Batch
		b.Path = append([][]byte(nil), b.Path...)
		c.Batch = &b
		return &c
	}
	for name, alter := range map[string]func(r *comity.Receipt){
		"index":      func(r *comity.Receipt) { r.Index++ },
		"entry hash": func(r *comity.Receipt) { r.EntryHash = bytes.Repeat([]byte{1}, 32) },
		"leaf":       func(r *comity.Receipt) { r.Batch.Leaf = (r.Batch.Leaf + 1) % r.Batch.Size },
		"size":       func(r *comity.Receipt) { r.Batch.Size++ },
		"root":       func(r *comity.Receipt) { r.Batch.Root = bytes.Repeat([]byte{2}, 32) },
		"path":       func(r *comity.Receipt) { r.Batch.Path[0] = bytes.Repeat([]byte{3}, 32) },
		"short path": func(r *comity.Receipt) { r.Batch.Path = r.Batch.Path[1:] },
		"time":       func(r *comity.Receipt) { r.Time = r.Time.Add(time.Nanosecond) },
		"no batch":   func(r *comity.Receipt) { r.Batch = nil },
	} {
		r := clone(multi)
		alter(r)
		if err := ledger.VerifyReceipt(r, l.vkey); !errors.Is(err, ledger.ErrBadReceipt) {
			t.Errorf("%s altered: ledger says %v", name, err)
		}
		if _, err := audit.CheckReceipt(context.Background(), audit.ReceiptConfig{URL: l.url, Verifier: l.verifier}, r); !errors.Is(err, audit.ErrBadReceipt) {
			t.Errorf("%s altered: audit says %v", name, err)
		}
	}
}
