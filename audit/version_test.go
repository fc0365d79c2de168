package audit_test

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"
	"time"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/audit"
	"github.com/comity-project/comity/ledger"
	"github.com/comity-project/comity/pii"
	"github.com/transparency-dev/tessera"
	"github.com/transparency-dev/tessera/storage/posix"
	"golang.org/x/mod/sumdb/note"
)

// mixedLog is a real Tessera log on disk holding entries as they are given
// (version 1 entries written by earlier nodes among version 2 ones), served
// on loopback as tlog-tiles.
func mixedLog(t *testing.T, entries [][]byte) (string, note.Verifier) {
	t.Helper()
	skey, vkey, _ := ledger.GenerateKey("comity.test/mixed")
	s, _ := note.NewSigner(skey)
	v, _ := note.NewVerifier(vkey)
	dir := t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	d, err := posix.New(ctx, posix.Config{Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	a, shutdown, _, err := tessera.NewAppender(ctx, d, tessera.NewAppendOptions().WithCheckpointSigner(s).
		WithBatching(256, time.Millisecond).WithCheckpointInterval(100*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, err := a.Add(ctx, tessera.NewEntry(e))(); err != nil {
			t.Fatal(err)
		}
	}
	if err := shutdown(ctx); err != nil { // publishes a checkpoint covering every entry
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(srv.Close)
	return srv.URL, v
}

// TestVerifyBothVersions: a log that holds version 1 entries (record ids
// in the clear) and version 2 entries (record commitments) verifies whole;
// a record's secret finds its v2 entries; --pii reports the v1 entry whose
// record id is personal, and the v2 entry whose detail is, by index and
// member, and nothing else.
func TestVerifyBothVersions(t *testing.T) {
	key := bytes.Repeat([]byte{5}, 32)
	v2 := func(e *comity.Entry) []byte {
		b, err := ledger.EncodeEntry(e, key)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	entries := [][]byte{
		[]byte(`{"v":1,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"cn-1","requester":"acme","purpose":"billing","record_ids":["CN-0001"],"outcome":"allow"}`),
		v2(&comity.Entry{Kind: "decision", Node: "cn-1", Requester: "acme", Purpose: "billing", RecordIDs: []string{"CN-0001", "CN-0002"}, Outcome: comity.Allow}),
		[]byte(`{"v":1,"kind":"decision","time":"2026-11-23T09:00:01Z","node":"cn-1","requester":"acme","purpose":"other","record_ids":["CN-LinXiaohong-13912345678-110101199003074258"],"outcome":"allow"}`),
		v2(&comity.Entry{Kind: "case", Node: "cn-1", RecordIDs: []string{"CN-0002"}, Detail: map[string]string{"reason": "call +86 139 1234 5678"}}),
		v2(&comity.Entry{Kind: "rulebook", Node: "cn-1", Detail: map[string]string{"digest": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}}),
	}
	url, v := mixedLog(t, entries)
	rep, err := audit.Verify(context.Background(), audit.Config{URL: url, Verifier: v, KeepEntries: true,
		RecordSecret: ledger.RecordSecret(key, "CN-0002"), Screen: pii.Screen{}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Checkpoint.Size != 5 || len(rep.Entries) != 5 || rep.Entries[0].V != 1 || rep.Entries[1].V != 2 {
		t.Fatalf("size %d, entries %d", rep.Checkpoint.Size, len(rep.Entries))
	}
	if n := rep.Entries[1].RecordsCount(); n != 2 {
		t.Errorf("v2 entry counts %d records, want 2", n)
	}
	var found []uint64
	for _, e := range rep.Record {
		found = append(found, e.Index)
	}
	if !slices.Equal(found, []uint64{1, 3}) {
		t.Errorf("record CN-0002 found in entries %v, want [1 3]", found)
	}
	want := []audit.Finding{
		{Index: 2, Member: "record_ids.0", Kinds: []string{"cn_resident_id", "person_name", "phone"}},
		{Index: 3, Member: "detail.reason", Kinds: []string{"phone"}},
	}
	if len(rep.PII) != len(want) {
		t.Fatalf("PII findings %+v, want %+v", rep.PII, want)
	}
	for i, f := range rep.PII {
		if f.Index != want[i].Index || f.Member != want[i].Member || !slices.Equal(f.Kinds, want[i].Kinds) {
			t.Errorf("finding %d = %+v, want %+v", i, f, want[i])
		}
	}
}
