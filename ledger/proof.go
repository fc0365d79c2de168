package ledger

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/comity-project/comity"
	flog "github.com/transparency-dev/formats/log"
	"github.com/transparency-dev/tessera/api"
	"github.com/transparency-dev/tessera/api/layout"
	"github.com/transparency-dev/tessera/client"
	"golang.org/x/mod/sumdb/note"
)

// Proof is a receipt turned into evidence by the node itself, for its API:
// the published checkpoint, the RFC 6962 inclusion proof of the entry at
// Index in the tree of TreeSize, and the entry. Clients should check it
// independently (package audit does, from the tiles).
type Proof struct {
	Checkpoint []byte   `json:"checkpoint"`
	TreeSize   uint64   `json:"tree_size"`
	Index      uint64   `json:"index"`
	Inclusion  [][]byte `json:"inclusion"`
	Entry      []byte   `json:"entry"`
}

// ErrNotPublished means the receipt's entry is durable but no published
// checkpoint covers it yet; retry within the merge delay.
var ErrNotPublished = errors.New("entry not yet covered by a published checkpoint")

// Prove returns the inclusion proof of the entry r promises, against the
// latest published checkpoint. It fails with ErrBadReceipt for a receipt
// this log did not sign and ErrNotPublished (an EUNAVAILABLE error) while
// the entry awaits a checkpoint.
func (l *Log) Prove(ctx context.Context, r *comity.Receipt) (*Proof, error) {
	if err := VerifyReceipt(r, l.vkey); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	return l.ProveEntry(ctx, r.Index, r.EntryHash)
}

// ProveEntry is Prove for a caller that holds a receipt this log signed
// (for example from its own store) and need not have it verified again:
// the inclusion proof of the entry at index, which must hash to entryHash.
func (l *Log) ProveEntry(ctx context.Context, index uint64, entryHash []byte) (*Proof, error) {
	p, err := l.ProveIndex(ctx, index)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(leafHash(p.Entry), entryHash) {
		return nil, fmt.Errorf("prove: the entry at index %d does not match the receipt", index)
	}
	return p, nil
}

// ProveIndex returns the entry at index with its inclusion proof against
// the latest published checkpoint (ErrNotPublished while none covers it).
// The log browser of the console checks it in the browser.
func (l *Log) ProveIndex(ctx context.Context, index uint64) (*Proof, error) {
	raw, size, err := l.publishedCheckpoint(ctx)
	if err != nil {
		return nil, err
	}
	if index >= size {
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "entry %d is not yet in a published checkpoint (size %d); retry", index, size), ErrNotPublished)
	}
	reader := l.current().reader
	pb, err := client.NewProofBuilder(ctx, size, reader.ReadTile)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	incl, err := pb.InclusionProof(ctx, index)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	bundleIdx := index / layout.EntryBundleWidth
	braw, err := reader.ReadEntryBundle(ctx, bundleIdx, layout.PartialTileSize(0, bundleIdx, size))
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	var b api.EntryBundle
	if err := b.UnmarshalText(braw); err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	entry := b.Entries[index%layout.EntryBundleWidth]
	return &Proof{Checkpoint: raw, TreeSize: size, Index: index, Inclusion: incl, Entry: entry}, nil
}

// checkpointCache is the last published checkpoint whose signature Prove
// verified, so that concurrent proofs against the same checkpoint verify
// it once.
type checkpointCache struct {
	raw  []byte
	size uint64
}

// publishedCheckpoint reads the published checkpoint and returns it with
// its size, its signature verified by the log's key.
func (l *Log) publishedCheckpoint(ctx context.Context) ([]byte, uint64, error) {
	raw, err := l.current().reader.ReadCheckpoint(ctx)
	if err != nil {
		return nil, 0, fmt.Errorf("prove: %w", err)
	}
	if c := l.cpCache.Load(); c != nil && bytes.Equal(c.raw, raw) {
		return raw, c.size, nil
	}
	v, err := note.NewVerifier(l.vkey)
	if err != nil {
		return nil, 0, err
	}
	n, err := note.Open(raw, note.VerifierList(v))
	if err != nil {
		return nil, 0, fmt.Errorf("prove: published checkpoint: %w", err)
	}
	var cp flog.Checkpoint
	if _, err := cp.Unmarshal([]byte(n.Text)); err != nil {
		return nil, 0, fmt.Errorf("prove: published checkpoint: %w", err)
	}
	l.cpCache.Store(&checkpointCache{raw: raw, size: cp.Size})
	return raw, cp.Size, nil
}
