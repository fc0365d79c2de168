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
		return nil, comity.Errorf(comity.EINVALID, "%v", err)
	}
	reader := l.current().reader
	raw, err := reader.ReadCheckpoint(ctx)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	v, err := note.NewVerifier(l.vkey)
	if err != nil {
		return nil, err
	}
	n, err := note.Open(raw, note.VerifierList(v))
	if err != nil {
		return nil, fmt.Errorf("prove: published checkpoint: %w", err)
	}
	var cp flog.Checkpoint
	if _, err := cp.Unmarshal([]byte(n.Text)); err != nil {
		return nil, fmt.Errorf("prove: published checkpoint: %w", err)
	}
	if r.Index >= cp.Size {
		return nil, fmt.Errorf("%w: %w", comity.Errorf(comity.EUNAVAILABLE, "entry %d is not yet in a published checkpoint (size %d); retry", r.Index, cp.Size), ErrNotPublished)
	}
	pb, err := client.NewProofBuilder(ctx, cp.Size, reader.ReadTile)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	incl, err := pb.InclusionProof(ctx, r.Index)
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	bundleIdx := r.Index / layout.EntryBundleWidth
	braw, err := reader.ReadEntryBundle(ctx, bundleIdx, layout.PartialTileSize(0, bundleIdx, cp.Size))
	if err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	var b api.EntryBundle
	if err := b.UnmarshalText(braw); err != nil {
		return nil, fmt.Errorf("prove: %w", err)
	}
	entry := b.Entries[r.Index%layout.EntryBundleWidth]
	if !bytes.Equal(leafHash(entry), r.EntryHash) {
		return nil, fmt.Errorf("prove: the entry at index %d does not match the receipt", r.Index)
	}
	return &Proof{Checkpoint: raw, TreeSize: cp.Size, Index: r.Index, Inclusion: incl, Entry: entry}, nil
}
