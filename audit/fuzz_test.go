package audit

import (
	"testing"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/pii"
	"golang.org/x/mod/sumdb/note"
)

func FuzzSplitBundle(f *testing.F) {
	f.Add([]byte{0, 2, 'h', 'i', 0, 0}, 2)
	f.Add([]byte{0xff, 0xff, 1}, 1)
	f.Fuzz(func(t *testing.T, b []byte, n int) {
		if n < 0 || n > 256 {
			return
		}
		entries, rest, err := splitBundle(b, n)
		if err == nil && len(entries) != n {
			t.Fatalf("%d entries, want %d", len(entries), n)
		}
		_ = rest
	})
}

func FuzzOpenCheckpoint(f *testing.F) {
	skey, vkey, _ := note.GenerateKey(nil, "comity.test/de")
	s, _ := note.NewSigner(skey)
	v, _ := note.NewVerifier(vkey)
	good, _ := note.Sign(&note.Note{Text: "comity.test/de\n3\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"}, s)
	f.Add(good)
	f.Add([]byte("comity.test/de\n-1\nAAAA\n\n— x y\n"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		openCheckpoint(raw, v, nil, 0)
	})
}

func FuzzDecodeEntry(f *testing.F) {
	f.Add([]byte(`{"v":1,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"de-1","subjects":{"nonce":"AAAA","tags":["AAAA"]}}`))
	f.Add([]byte(`{"v":2}`))
	f.Add([]byte(`{"v":2,"kind":"decision","time":"2026-11-23T09:00:00Z","node":"de-1","purpose":"call +86 139 1234 5678","records":{"nonce":"AAAA","tags":["AAAA"]},"detail":{"a":"b"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if e, err := decodeEntry(0, b); err == nil {
			e.Touches([]byte("secret"))
			e.Concerns([]byte("secret"))
			e.RecordsCount()
		}
		for _, f := range scanEntry(pii.Screen{}, 0, b) {
			if len(f.Kinds) == 0 || f.Member == "" {
				t.Fatalf("empty finding %+v", f)
			}
		}
	})
}

// FuzzReceiptSigned: a batched receipt from outside, however malformed its
// batch, is checked without panicking and never verifies unsigned.
func FuzzReceiptSigned(f *testing.F) {
	_, vkey, _ := note.GenerateKey(nil, "comity.test/de")
	v, _ := note.NewVerifier(vkey)
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
		if receiptSigned(r, v) {
			t.Fatal("an unsigned receipt verified")
		}
	})
}
