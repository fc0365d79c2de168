package ledger

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"testing"

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
