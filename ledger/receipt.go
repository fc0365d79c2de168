package ledger

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strconv"
	"syscall"
	"time"

	"github.com/comity-project/comity"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// ReceiptMessage is the canonical message a receipt's signature covers:
//
//	comity-receipt/v1
//	origin <origin>
//	index <decimal index>
//	hash <base64 entry hash>
//	time <RFC 3339 UTC time with nanoseconds>
//
// each line ending in a newline. The first line is a fixed header, and the
// second cannot parse as a tree size, so a receipt signature can never be
// mistaken for a checkpoint or cosignature signature by the same key.
func ReceiptMessage(r *comity.Receipt) []byte {
	b := make([]byte, 0, 160)
	b = append(b, "comity-receipt/v1\norigin "...)
	b = append(b, r.Origin...)
	b = append(b, "\nindex "...)
	b = strconv.AppendUint(b, r.Index, 10)
	b = append(b, "\nhash "...)
	b = base64.StdEncoding.AppendEncode(b, r.EntryHash)
	b = append(b, "\ntime "...)
	b = r.Time.UTC().AppendFormat(b, time.RFC3339Nano)
	return append(b, '\n')
}

// BatchMessage is the canonical message a batch signature covers: the
// root of the batch's Merkle tree (see BatchLeaf) of size leaves, signed
// once for every receipt in the batch:
//
//	comity-receipt-batch/v1
//	origin <origin>
//	size <decimal number of receipts in the batch>
//	root <base64 batch root>
//	time <RFC 3339 UTC time with nanoseconds>
//
// each line ending in a newline. Like ReceiptMessage it starts with a fixed
// header and its second line cannot parse as a tree size, so it can never
// be mistaken for a checkpoint, a cosignature or a single receipt.
func BatchMessage(origin string, size uint64, root []byte, t time.Time) []byte {
	b := make([]byte, 0, 160)
	b = append(b, "comity-receipt-batch/v1\norigin "...)
	b = append(b, origin...)
	b = append(b, "\nsize "...)
	b = strconv.AppendUint(b, size, 10)
	b = append(b, "\nroot "...)
	b = base64.StdEncoding.AppendEncode(b, root)
	b = append(b, "\ntime "...)
	b = t.UTC().AppendFormat(b, time.RFC3339Nano)
	return append(b, '\n')
}

// BatchLeaf is the data of a receipt's leaf in its batch tree: the
// receipt's log index as 8 bytes big-endian followed by its 32-byte entry
// hash. The tree over a batch's leaves, in the order of Receipt.Batch.Leaf,
// is an RFC 6962 Merkle tree (leaf hash SHA-256(0x00 || leaf), node hash
// SHA-256(0x01 || left || right)), as in tlog.
func BatchLeaf(index uint64, entryHash []byte) []byte {
	return append(binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(entryHash)), index), entryHash...)
}

// ErrBadReceipt is returned by VerifyReceipt for a receipt whose signature
// does not verify under the given key.
var ErrBadReceipt = errors.New("receipt signature does not verify")

// VerifyReceipt checks r's signature against verifierKey, the log's
// signed-note verifier key: for a batched receipt, that its leaf is in the
// batch at r.Batch.Leaf and that the batch root is signed. It does not
// check that the entry is in the log; package audit does that.
func VerifyReceipt(r *comity.Receipt, verifierKey string) error {
	v, err := note.NewVerifier(verifierKey)
	if err != nil {
		return fmt.Errorf("verify receipt: %w", err)
	}
	if v.Name() != r.Origin || !v.Verify(signedMessage(r), r.Signature) {
		return ErrBadReceipt
	}
	return nil
}

// signedMessage is the message r's signature must cover, or nil when r's
// batch path does not lead to its batch root.
func signedMessage(r *comity.Receipt) []byte {
	b := r.Batch
	if b == nil {
		return ReceiptMessage(r)
	}
	if len(r.EntryHash) != tlog.HashSize || len(b.Root) != tlog.HashSize || b.Leaf >= b.Size ||
		b.Size > math.MaxInt64 || len(b.Path) > 64 {
		return nil
	}
	proof := make(tlog.RecordProof, len(b.Path))
	for i, h := range b.Path {
		if len(h) != tlog.HashSize {
			return nil
		}
		proof[i] = tlog.Hash(h)
	}
	leaf := tlog.RecordHash(BatchLeaf(r.Index, r.EntryHash))
	if tlog.CheckRecord(proof, int64(b.Size), tlog.Hash(b.Root), int64(b.Leaf), leaf) != nil {
		return nil
	}
	return BatchMessage(r.Origin, b.Size, b.Root, r.Time)
}

// Commit screens e's free text (Config.Screen), encodes it canonically with
// its subjects pseudonymised and its records committed, appends it,
// waits until Tessera has durably assigned it an index, and returns a
// receipt signed together with the rest of its batch (see sealBatch).
// Nothing in e is retained. While the log is suspended (see Suspended) it
// refuses every entry with EUNAVAILABLE, unless ctx is marked by
// EvenIfSuspended.
//
// Commit does not honour ctx's cancellation or deadline, on purpose: a
// caller that hangs up must not keep its decision or refused attempt off
// the log, and once an entry is queued it is appended whatever happens, so
// returning early would only leave the caller unsure whether it is logged.
// The wait is bounded by the log itself: a batch is durable within the
// merge delay, or the log suspends and refuses (see Suspended).
func (l *Log) Commit(ctx context.Context, e *comity.Entry) (*comity.Receipt, error) {
	// A log that cannot publish in time must not promise to (health.go).
	if err := l.health.err(); err != nil && ctx.Value(evenIfSuspendedKey{}) == nil {
		return nil, err
	}
	if err := screen(l.cfg.Screen, &l.clean, e); err != nil {
		return nil, err
	}
	data, err := EncodeEntry(e, l.cfg.SubjectKey)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "cannot log this decision: %w", err)
	}
	r, err := l.batcher.append(data)
	if err != nil {
		if errors.Is(err, errSign) {
			return nil, err
		}
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "the ledger is not accepting entries"), err)
	}
	return r, nil
}

// errSign marks a batch whose signature failed: its entries are durable,
// but no receipt was made.
var errSign = errors.New("sign receipts")

// sealBatch signs the receipts of one durable batch with one signature.
// Signing each receipt on its own cost a quarter of a commit's CPU; one
// signature over the root of a Merkle tree of the batch's receipts, with
// each receipt carrying its path to that root, makes signing a per-batch
// cost. Requests that failed are left out.
func (l *Log) sealBatch(batch []*request) {
	reqs := make([]*request, 0, len(batch))
	for _, r := range batch {
		if r.err == nil {
			reqs = append(reqs, r)
		} else if errors.Is(r.err, syscall.EIO) {
			l.health.fail(r.err) // see health.fail: crash-only
		}
	}
	if len(reqs) == 0 {
		return
	}
	idx := make([]uint64, len(reqs))
	hashes := make([][]byte, len(reqs))
	for i, r := range reqs {
		idx[i], hashes[i] = r.idx, r.hash
	}
	t := newBatchTree(idx, hashes)
	n, root, now := uint64(len(reqs)), t.root(), comity.Now()
	sig, err := l.signer.Sign(BatchMessage(l.origin, n, root, now))
	if err != nil {
		for _, r := range reqs {
			r.err = fmt.Errorf("%w: %w", errSign, err)
		}
		return
	}
	// One allocation each for the batch's receipts, their batch parts and
	// their paths.
	receipts := make([]comity.Receipt, len(reqs))
	batches := make([]comity.ReceiptBatch, len(reqs))
	l2 := pathLen(len(reqs))
	paths := make([][]byte, 0, len(reqs)*l2)
	for i, r := range reqs {
		start := len(paths)
		paths = t.path(paths, i)
		batches[i] = comity.ReceiptBatch{Size: n, Leaf: uint64(i), Root: root, Path: paths[start:len(paths):len(paths)]}
		receipts[i] = comity.Receipt{Origin: l.origin, Index: r.idx, EntryHash: r.hash, Time: now, Signature: sig, Batch: &batches[i]}
		r.receipt = &receipts[i]
	}
}
