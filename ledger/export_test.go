package ledger

import (
	"github.com/comity-project/comity"
	"golang.org/x/mod/sumdb/note"
)

// SealBatch makes the receipts of one batch of durable entries (hashes at
// indexes first, first+1, ...) as Commit does, for benchmarks.
func SealBatch(signer note.Signer, first uint64, hashes [][]byte) []*comity.Receipt {
	l := &Log{origin: signer.Name(), signer: signer}
	batch := make([]*request, len(hashes))
	for i, h := range hashes {
		batch[i] = &request{hash: h, idx: first + uint64(i)}
	}
	l.sealBatch(batch)
	out := make([]*comity.Receipt, len(batch))
	for i, r := range batch {
		out[i] = r.receipt
	}
	return out
}

// ErrPushback is the refusal Commit wraps when too many entries wait.
var ErrPushback = errPushback
