package ledger

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/json"
	"testing"

	"github.com/comity-project/comity"

	"golang.org/x/mod/sumdb/tlog"
)

// TestBatchTreeIsTlogs checks the level-by-level batch tree against tlog's
// RFC 6962 tree, root and every path, for every size up to 300 (every
// shape of unpaired nodes): receipts made before it must keep verifying
// and new ones must verify with tlog.CheckRecord.
func TestBatchTreeIsTlogs(t *testing.T) {
	for n := 1; n <= 300; n++ {
		idx := make([]uint64, n)
		hashes := make([][]byte, n)
		var stored []tlog.Hash
		read := tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) {
			out := make([]tlog.Hash, len(ix))
			for i, x := range ix {
				out[i] = stored[x]
			}
			return out, nil
		})
		for i := range n {
			idx[i] = uint64(1000*n + 7*i)
			h := sha256.Sum256([]byte{byte(i), byte(n), byte(n >> 8)})
			hashes[i] = h[:]
			hs, err := tlog.StoredHashes(int64(i), BatchLeaf(idx[i], hashes[i]), read)
			if err != nil {
				t.Fatal(err)
			}
			stored = append(stored, hs...)
		}
		want, err := tlog.TreeHash(int64(n), read)
		if err != nil {
			t.Fatal(err)
		}
		tree := newBatchTree(idx, hashes)
		if !bytes.Equal(tree.root(), want[:]) {
			t.Fatalf("size %d: root %x, tlog %x", n, tree.root(), want)
		}
		for i := range n {
			p, err := tlog.ProveRecord(int64(n), int64(i), read)
			if err != nil {
				t.Fatal(err)
			}
			got := tree.path(nil, i)
			if len(got) != len(p) || len(got) > pathLen(n) {
				t.Fatalf("size %d leaf %d: path of %d, tlog %d (bound %d)", n, i, len(got), len(p), pathLen(n))
			}
			for j := range p {
				if !bytes.Equal(got[j], p[j][:]) {
					t.Fatalf("size %d leaf %d: path[%d] differs", n, i, j)
				}
			}
		}
	}
}

// FuzzMac checks the stack-buffer HMAC against crypto/hmac for any key,
// domain and message, including those it hands to crypto/hmac.
func FuzzMac(f *testing.F) {
	f.Add(make([]byte, 32), subjectSecretDomain, []byte("subject-1"))
	f.Add(make([]byte, 64), subjectTagDomain, make([]byte, 16))
	f.Add(make([]byte, 65), recordSecretDomain, []byte("DE-1"))
	f.Add([]byte{}, "", []byte{})
	f.Add(make([]byte, 32), recordTagDomain, make([]byte, 300))
	f.Fuzz(func(t *testing.T, key []byte, domain string, msg []byte) {
		m := hmac.New(sha256.New, key)
		m.Write([]byte(domain))
		m.Write(msg)
		if want, got := m.Sum(nil), mac(key, domain, msg); !bytes.Equal(got, want) {
			t.Fatalf("mac %x, crypto/hmac %x", got, want)
		}
	})
}

// BenchmarkSealParts compares, in one run, each of the commit's parts this
// package does by hand with the library call it replaced: the entry
// encoding (json.Marshal), the pseudonym HMAC (crypto/hmac) and the batch
// tree with every receipt's path (tlog.StoredHashes and ProveRecord, as
// sealBatch did before), each reporting allocations and its ratio of CPU
// time to the library's.
//
//	go test ./ledger/ -run '^$' -bench SealParts -benchmem
func BenchmarkSealParts(b *testing.B) {
	key := make([]byte, 32)
	w := &wireEntry{V: 2, Kind: "decision", Time: "2026-12-01T20:00:00.123456789Z", Node: "de-1", Requester: "org-1",
		RequesterIn: "FR", Action: "read", Purpose: "service", Destination: "FR",
		Records:    pseudonymise(key, []string{"DE-1"}, RecordSecret, RecordTag),
		Subjects:   pseudonymise(key, []string{"subject-1"}, SubjectSecret, SubjectTag),
		Categories: []comity.Category{"contact"}, Outcome: "allow", Policies: []string{"baseline"}}
	hashes := make([][]byte, 256)
	idx := make([]uint64, 256)
	for i := range hashes {
		h := sha256.Sum256([]byte{byte(i)})
		hashes[i], idx[i] = h[:], uint64(i)
	}
	pairs := []struct {
		name     string
		new, old func()
	}{
		{"encode", func() { appendWire(make([]byte, 0, 640), w) }, func() { json.Marshal(w) }},
		{"mac", func() { mac(key, subjectSecretDomain, []byte("subject-1")) }, func() {
			m := hmac.New(sha256.New, key)
			m.Write([]byte(subjectSecretDomain))
			m.Write([]byte("subject-1"))
			m.Sum(nil)
		}},
		{"tree=256", func() {
			t := newBatchTree(idx, hashes)
			paths := make([][]byte, 0, 256*pathLen(256))
			for i := range 256 {
				paths = t.path(paths, i)
			}
		}, func() { tlogBatchPaths(idx, hashes) }},
	}
	for _, p := range pairs {
		var ns [2]float64
		for i, fn := range []func(){p.old, p.new} {
			name := p.name + "/" + []string{"library", "comity"}[i]
			b.Run(name, func(b *testing.B) {
				for b.Loop() {
					fn()
				}
				ns[i] = float64(b.Elapsed().Nanoseconds()) / float64(b.N)
				if i == 1 && ns[0] > 0 {
					b.ReportMetric(ns[1]/ns[0], "x-library")
				}
			})
		}
	}
}

// tlogBatchPaths is how sealBatch made a batch's root and paths before
// batchTree: the baseline of BenchmarkSealParts.
func tlogBatchPaths(idx []uint64, hashes [][]byte) [][][]byte {
	var stored []tlog.Hash
	read := tlog.HashReaderFunc(func(ix []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(ix))
		for i, x := range ix {
			out[i] = stored[x]
		}
		return out, nil
	})
	for i := range idx {
		hs, _ := tlog.StoredHashes(int64(i), BatchLeaf(idx[i], hashes[i]), read)
		stored = append(stored, hs...)
	}
	tlog.TreeHash(int64(len(idx)), read)
	out := make([][][]byte, len(idx))
	for i := range idx {
		p, _ := tlog.ProveRecord(int64(len(idx)), int64(i), read)
		for j := range p {
			out[i] = append(out[i], p[j][:])
		}
	}
	return out
}
