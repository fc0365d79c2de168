package ledger_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/pii"
)

// A version 1 entry, as nodes wrote them before record commitments: it
// still decodes (and package audit still verifies logs that hold it).
const entryV1 = `{"v":1,"kind":"decision","time":"2026-11-23T09:00:00.000000005Z","node":"de-1","requester":"acme","action":"read","purpose":"billing","record_ids":["DE-1","DE-2"],"subjects":{"nonce":"AAAAAAAAAAAAAAAAAAAAAA==","tags":["AAAAAAAAAAAAAAAAAAAAAA=="]},"outcome":"allow"}`

func TestDecodeEntryVersions(t *testing.T) {
	d, err := ledger.DecodeEntry([]byte(entryV1))
	if err != nil {
		t.Fatal(err)
	}
	if d.Version != 1 || len(d.RecordIDs) != 2 || d.RecordIDs[1] != "DE-2" || d.Purpose != "billing" {
		t.Errorf("v1 decoded as %+v", d)
	}
	for _, bad := range []string{
		`{"v":3,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"de-1"}`,
		`{"v":2,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"de-1","record_ids":["DE-1"]}`,
		`{"v":1,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"de-1","records":{"nonce":"AAAA"}}`,
	} {
		if _, err := ledger.DecodeEntry([]byte(bad)); err == nil {
			t.Errorf("DecodeEntry(%s) accepted", bad)
		}
	}
}

func TestRecordCommitments(t *testing.T) {
	key := bytes.Repeat([]byte{1}, 32)
	e := &comity.Entry{Kind: "decision", Node: "de-1", RecordIDs: []string{"DE-alice", "DE-bob"}, Subjects: []string{"DE-alice"}}
	a, _ := ledger.EncodeEntry(e, key)
	b, _ := ledger.EncodeEntry(e, key)
	if bytes.Contains(a, []byte("DE-")) {
		t.Fatalf("entry %s names a record in the clear", a)
	}
	da, _ := ledger.DecodeEntry(a)
	db, _ := ledger.DecodeEntry(b)
	if da.Version != 2 || len(da.RecordTags) != 2 || da.RecordIDs != nil {
		t.Fatalf("decoded %+v", da)
	}
	for _, ta := range da.RecordTags {
		for _, tb := range db.RecordTags {
			if bytes.Equal(ta, tb) {
				t.Fatal("the same record has the same tag in two entries")
			}
		}
		for _, ts := range da.SubjectTags {
			if bytes.Equal(ta, ts) {
				t.Fatal("a record's tag equals a subject's tag for the same reference")
			}
		}
	}
	for _, d := range []*ledger.DecodedEntry{da, db} {
		if !d.Concerns(ledger.RecordSecret(key, "DE-bob")) || d.Concerns(ledger.RecordSecret(key, "DE-carol")) {
			t.Error("Concerns does not recognise the right records")
		}
		if d.Concerns(ledger.SubjectSecret(key, "DE-alice")) || d.Touches(ledger.RecordSecret(key, "DE-alice")) {
			t.Error("a subject's secret finds a record, or a record's secret a subject")
		}
		if d.Concerns(ledger.RecordSecret(bytes.Repeat([]byte{2}, 32), "DE-bob")) {
			t.Error("another node's key finds the record")
		}
	}
}

// TestCommitScreensFreeText: an entry with personal information in any
// free-text member is refused, naming the member and the kinds but never
// the value, and nothing is appended.
func TestCommitScreensFreeText(t *testing.T) {
	l := openTestLog(t, ledger.Config{Screen: pii.Screen{}})
	ctx := context.Background()
	if _, err := l.Commit(ctx, decision(1, "alice")); err != nil {
		t.Fatal(err)
	}
	const phone = "+86 139 1234 5678"
	for _, tc := range []struct {
		member string
		set    func(e *comity.Entry)
	}{
		{"purpose", func(e *comity.Entry) { e.Purpose = "call Lin at " + phone }},
		{"requester", func(e *comity.Entry) { e.Requester = "lin@example.cn" }},
		{"detail.reason", func(e *comity.Entry) { e.Detail = map[string]string{"reason": "about 110101199003074258"} }},
		{"policies.1", func(e *comity.Entry) { e.Policies = append(e.Policies, "call "+phone) }},
		{"obligations.0.param", func(e *comity.Entry) { e.Obligations = []comity.Obligation{{Kind: "minimise", Param: phone}} }},
		{"obligations.1.fields.1", func(e *comity.Entry) {
			e.Obligations = []comity.Obligation{{Kind: "notify"}, {Kind: "minimise", Fields: []string{"name", phone}}}
		}},
		// Refused again: only clean texts are remembered (see cleanTexts).
		{"purpose", func(e *comity.Entry) { e.Purpose = "call Lin at " + phone }},
	} {
		e := decision(2)
		tc.set(e)
		_, err := l.Commit(ctx, e)
		if comity.ErrorCode(err) != comity.EINVALID || !strings.Contains(err.Error(), tc.member) {
			t.Errorf("%s: Commit = %v, want EINVALID naming the member", tc.member, err)
			continue
		}
		if strings.Contains(err.Error(), "139") || strings.Contains(err.Error(), "1101011990") || strings.Contains(err.Error(), "lin@") {
			t.Errorf("%s: the error %q repeats the value", tc.member, err)
		}
	}
	r, err := l.Commit(ctx, decision(3))
	if err != nil {
		t.Fatal(err)
	}
	if r.Index != 1 {
		t.Errorf("the clean entry after the refused ones has index %d, want 1: a refused entry was appended", r.Index)
	}
}

// FuzzVerifyReceipt: a batched receipt from outside (the proof endpoint
// takes one), however malformed its batch, is checked without panicking
// and never verifies unsigned.
func FuzzVerifyReceipt(f *testing.F) {
	_, vkey, _ := ledger.GenerateKey("comity.test/de")
	f.Add(uint64(3), make([]byte, 32), uint64(1), uint64(4), make([]byte, 32), make([]byte, 64), make([]byte, 64))
	f.Add(uint64(0), make([]byte, 32), uint64(5), uint64(4), make([]byte, 32), []byte{}, []byte{1})
	f.Fuzz(func(t *testing.T, index uint64, hash []byte, leaf, size uint64, root, path, sig []byte) {
		var p [][]byte
		for len(path) > 0 {
			k := min(32, len(path))
			p, path = append(p, path[:k]), path[k:]
		}
		r := &comity.Receipt{Origin: "comity.test/de", Index: index, EntryHash: hash, Signature: sig,
			Batch: &comity.ReceiptBatch{Size: size, Leaf: leaf, Root: root, Path: p}}
		if ledger.VerifyReceipt(r, vkey) == nil {
			t.Fatal("an unsigned receipt verified")
		}
	})
}
