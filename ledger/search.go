package ledger

import (
	"context"
	"fmt"

	"github.com/comity-project/comity"
	"github.com/transparency-dev/tessera/api"
	"github.com/transparency-dev/tessera/api/layout"
)

var _ comity.LogSearch = (*Log)(nil)

// Size implements comity.LogSearch: the size of the integrated tree, which
// holds every entry that has a receipt (published or not yet).
func (l *Log) Size(ctx context.Context) (uint64, error) {
	return l.current().reader.IntegratedSize(ctx)
}

// Claimed implements comity.LogSearch by reading the entry bundles from
// index from to the integrated size. A claim is resolved shortly after it
// was taken (at the next start after a crash, or when Commit failed), so
// the scan covers the few entries logged meanwhile.
func (l *Log) Claimed(ctx context.Context, from uint64, token string) (bool, error) {
	_, found, err := l.FindClaim(ctx, from, token)
	return found, err
}

// FindClaim is Claimed that also returns the index of the entry carrying
// the claim token.
func (l *Log) FindClaim(ctx context.Context, from uint64, token string) (index uint64, found bool, err error) {
	size, err := l.current().reader.IntegratedSize(ctx)
	if err != nil {
		return 0, false, fmt.Errorf("search log: %w", err)
	}
	for idx := from; idx < size; {
		bundle := idx / layout.EntryBundleWidth
		raw, err := l.current().reader.ReadEntryBundle(ctx, bundle, layout.PartialTileSize(0, bundle, size))
		if err != nil {
			return 0, false, fmt.Errorf("search log: bundle %d: %w", bundle, err)
		}
		var b api.EntryBundle
		if err := b.UnmarshalText(raw); err != nil {
			return 0, false, fmt.Errorf("search log: bundle %d: %w", bundle, err)
		}
		end := min(size, (bundle+1)*layout.EntryBundleWidth)
		for ; idx < end; idx++ {
			i := idx % layout.EntryBundleWidth
			if i >= uint64(len(b.Entries)) {
				return 0, false, fmt.Errorf("search log: bundle %d has %d entries, want entry %d", bundle, len(b.Entries), idx)
			}
			// An entry this binary cannot decode was not written by it, so
			// it carries none of its claims.
			if e, err := DecodeEntry(b.Entries[i]); err == nil && e.Detail[comity.ClaimDetail] == token {
				return idx, true, nil
			}
		}
	}
	return 0, false, nil
}
