package audit

import (
	"context"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/comity-project/comity"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// Receipt errors. ErrNotHonoured is the evidence that a node broke its
// promise: it signed a receipt, and after the maximum merge delay its
// published log does not contain that entry at that index.
var (
	ErrBadReceipt      = errors.New("receipt signature does not verify")
	ErrNotHonoured     = errors.New("receipt not honoured")
	ErrNotYetPublished = errors.New("receipt's entry not yet published; retry within the merge delay")
)

// DefaultMergeDelay is the maximum merge delay assumed when
// ReceiptConfig.MaxMergeDelay is zero: Comity's default.
const DefaultMergeDelay = 2 * time.Second

const receiptMessageStart = "comity-receipt/v1\norigin "

// ReceiptConfig configures CheckReceipt.
type ReceiptConfig struct {
	// URL is the log's tlog-tiles prefix.
	URL string
	// Verifier is the log's key; it checks both the receipt and the checkpoint.
	Verifier note.Verifier
	// Witnesses and Quorum: when Quorum > 0 the checkpoint must carry at
	// least Quorum valid cosignatures by these witnesses (see Config).
	Witnesses []note.Verifier
	Quorum    int
	// StateFile keeps the last checkpoint seen for the log (the same file
	// Config.StateFile names for audits): each check proves the new
	// checkpoint consistent with it and then records the new one. Empty
	// means no memory.
	StateFile string
	// MaxMergeDelay is the delay the log promises (default 2 s).
	MaxMergeDelay time.Duration
	// HTTPClient fetches tiles; nil means http.DefaultClient.
	HTTPClient *http.Client
	// Now is the clock (default time.Now).
	Now func() time.Time
}

// Inclusion is a receipt turned into a proof: the verified checkpoint, the
// RFC 6962 inclusion proof of the entry hash at the receipt's index, and
// the entry itself.
type Inclusion struct {
	Checkpoint *Checkpoint
	// PreviousSize is the size of the checkpoint seen before (in the
	// state file) that Checkpoint was proved consistent with; 0 if none.
	PreviousSize uint64
	Proof        tlog.RecordProof
	Entry        []byte
}

// receiptMessage re-implements the receipt message documented in package
// ledger (ReceiptMessage).
func receiptMessage(r *comity.Receipt) []byte {
	b := []byte(receiptMessageStart + r.Origin + "\nindex " + strconv.FormatUint(r.Index, 10) +
		"\nhash " + base64.StdEncoding.EncodeToString(r.EntryHash) + "\ntime " +
		r.Time.UTC().Format(time.RFC3339Nano) + "\n")
	return b
}

// batchMessage re-implements the batch message documented in package
// ledger (BatchMessage): what one signature over a batch of receipts covers.
func batchMessage(origin string, size uint64, root []byte, t time.Time) []byte {
	return []byte("comity-receipt-batch/v1\norigin " + origin + "\nsize " + strconv.FormatUint(size, 10) +
		"\nroot " + base64.StdEncoding.EncodeToString(root) + "\ntime " + t.UTC().Format(time.RFC3339Nano) + "\n")
}

// receiptSigned reports whether r is signed by v: directly (receipts made
// before batch signing), or through its batch, whose Merkle tree (RFC 6962,
// leaf data the receipt's index as 8 bytes big-endian then its entry hash;
// see ledger.BatchLeaf) must hold r's leaf at r.Batch.Leaf under the signed
// root.
func receiptSigned(r *comity.Receipt, v note.Verifier) bool {
	if r.Origin != v.Name() || len(r.EntryHash) != tlog.HashSize {
		return false
	}
	b := r.Batch
	if b == nil {
		return v.Verify(receiptMessage(r), r.Signature)
	}
	if len(b.Root) != tlog.HashSize || b.Leaf >= b.Size || b.Size > math.MaxInt64 || len(b.Path) > 64 {
		return false
	}
	proof := make(tlog.RecordProof, len(b.Path))
	for i, h := range b.Path {
		if len(h) != tlog.HashSize {
			return false
		}
		copy(proof[i][:], h)
	}
	var root tlog.Hash
	copy(root[:], b.Root)
	leaf := tlog.RecordHash(append(binary.BigEndian.AppendUint64(nil, r.Index), r.EntryHash...))
	if tlog.CheckRecord(proof, int64(b.Size), root, int64(b.Leaf), leaf) != nil {
		return false
	}
	return v.Verify(batchMessage(r.Origin, b.Size, b.Root, r.Time), r.Signature)
}

// CheckReceipt verifies r's signature, fetches the log's checkpoint and
// proves that the entry hash r promises is at r.Index. A receipt whose
// index is still beyond the published tree after the merge delay, or whose
// hash is not the leaf at its index, fails with ErrNotHonoured.
func CheckReceipt(ctx context.Context, cfg ReceiptConfig, r *comity.Receipt) (*Inclusion, error) {
	if cfg.Verifier == nil {
		return nil, errNoVerifier
	}
	if cfg.MaxMergeDelay <= 0 {
		cfg.MaxMergeDelay = DefaultMergeDelay
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if !receiptSigned(r, cfg.Verifier) {
		return nil, ErrBadReceipt
	}
	f := newFetcher(cfg.URL, cfg.HTTPClient)
	raw, err := f.get(ctx, "checkpoint")
	if err != nil {
		return nil, err
	}
	cp, err := openCheckpoint(raw, cfg.Verifier, cfg.Witnesses, cfg.Quorum)
	if err != nil {
		return nil, err
	}
	tree := tlog.Tree{N: int64(cp.Size), Hash: cp.Root}
	hr := tlog.TileHashReader(tree, tileReader{ctx: ctx, f: f})
	prev, err := loadStateFor(cfg.StateFile, cp.Origin)
	if err != nil {
		return nil, err
	}
	if err := consistentWith(prev, cp, hr); err != nil {
		return nil, err
	}
	if err := saveState(cfg.StateFile, &state{Origin: cp.Origin, Size: cp.Size, Root: cp.Root[:], Checkpoint: string(raw)}); err != nil {
		return nil, err
	}
	var prevSize uint64
	if prev != nil {
		prevSize = prev.Size
	}
	if r.Index >= cp.Size {
		if age := cfg.Now().Sub(r.Time); age > cfg.MaxMergeDelay {
			return nil, fmt.Errorf("%w: index %d is not in the published tree of %d entries %v after the receipt (merge delay %v)",
				ErrNotHonoured, r.Index, cp.Size, age.Round(time.Millisecond), cfg.MaxMergeDelay)
		}
		return nil, fmt.Errorf("%w (index %d, published size %d)", ErrNotYetPublished, r.Index, cp.Size)
	}
	proof, err := tlog.ProveRecord(tree.N, int64(r.Index), hr)
	if err != nil {
		return nil, fmt.Errorf("%w: cannot prove index %d: %v", ErrInconsistent, r.Index, err)
	}
	var leaf tlog.Hash
	copy(leaf[:], r.EntryHash)
	if err := tlog.CheckRecord(proof, tree.N, tree.Hash, int64(r.Index), leaf); err != nil {
		return nil, fmt.Errorf("%w: the entry at index %d in the published tree is not the receipt's entry", ErrNotHonoured, r.Index)
	}
	inc := &Inclusion{Checkpoint: cp, PreviousSize: prevSize, Proof: proof}
	bt := tlog.Tile{H: tileHeight, L: 0, N: int64(r.Index >> tileHeight), W: int(min(256, cp.Size-r.Index&^255))}
	if entries, err := f.bundle(ctx, bt); err == nil && tlog.RecordHash(entries[r.Index&255]) == leaf {
		inc.Entry = entries[r.Index&255]
	}
	return inc, nil
}
