package audit

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"golang.org/x/mod/sumdb/tlog"
)

// tileHeight is the C2SP tlog-tiles tile height: 2^8 hashes or entries per tile.
const tileHeight = 8

var errNotFound = errors.New("not found")

// fetcher reads C2SP tlog-tiles resources over HTTP.
type fetcher struct {
	base string
	hc   *http.Client
}

func newFetcher(url string, hc *http.Client) *fetcher {
	if hc == nil {
		hc = http.DefaultClient
	}
	return &fetcher{base: strings.TrimSuffix(url, "/"), hc: hc}
}

func (f *fetcher) get(ctx context.Context, path string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.base+"/"+path, nil)
	if err != nil {
		return nil, err
	}
	resp, err := f.hc.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", path, err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotFound:
		return nil, fmt.Errorf("fetch %s: %w", path, errNotFound)
	case resp.StatusCode != http.StatusOK:
		return nil, fmt.Errorf("fetch %s: %s", path, resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<24))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", path, err)
	}
	return b, nil
}

// tilePath is the tlog-tiles path of a hash tile: tlog's sumdb path
// without the height element ("tile/8/L/N" becomes "tile/L/N").
func tilePath(t tlog.Tile) string {
	return "tile/" + strings.TrimPrefix(t.Path(), "tile/8/")
}

// bundlePath is the tlog-tiles path of the entry bundle that covers the same
// entries as the level-0 tile t.
func bundlePath(t tlog.Tile) string {
	return "tile/entries/" + strings.TrimPrefix(t.Path(), "tile/8/0/")
}

// getPartial fetches a possibly partial resource; a partial one may have
// been replaced by its full version (and garbage-collected) after the
// checkpoint was read, in which case the full one's prefix is used.
func (f *fetcher) getPartial(ctx context.Context, t tlog.Tile, path func(tlog.Tile) string) ([]byte, bool, error) {
	b, err := f.get(ctx, path(t))
	if err == nil || t.W == 1<<tileHeight || !errors.Is(err, errNotFound) {
		return b, false, err
	}
	full := t
	full.W = 1 << tileHeight
	b, err = f.get(ctx, path(full))
	return b, true, err
}

// tile fetches the hash tile t, exactly t.W hashes long.
func (f *fetcher) tile(ctx context.Context, t tlog.Tile) ([]byte, error) {
	b, fromFull, err := f.getPartial(ctx, t, tilePath)
	if err != nil {
		return nil, err
	}
	want := t.W * tlog.HashSize
	if fromFull && len(b) >= want {
		b = b[:want]
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: tile %s has %d bytes, want %d", ErrInconsistent, tilePath(t), len(b), want)
	}
	return b, nil
}

// bundle fetches and splits the entry bundle matching level-0 tile t into
// exactly t.W entries (each a big-endian uint16 length and its bytes).
func (f *fetcher) bundle(ctx context.Context, t tlog.Tile) ([][]byte, error) {
	b, fromFull, err := f.getPartial(ctx, t, bundlePath)
	if err != nil {
		return nil, err
	}
	entries, rest, err := splitBundle(b, t.W)
	if err == nil && len(rest) > 0 && !fromFull {
		err = fmt.Errorf("%d trailing bytes", len(rest))
	}
	if err != nil {
		return nil, fmt.Errorf("%w: entry bundle %s: %v", ErrInconsistent, bundlePath(t), err)
	}
	return entries, nil
}

// splitBundle reads n length-prefixed entries from b.
func splitBundle(b []byte, n int) (entries [][]byte, rest []byte, err error) {
	entries = make([][]byte, 0, n)
	for range n {
		if len(b) < 2 {
			return nil, nil, fmt.Errorf("truncated after %d entries", len(entries))
		}
		l := int(b[0])<<8 | int(b[1])
		if len(b) < 2+l {
			return nil, nil, fmt.Errorf("entry %d truncated", len(entries))
		}
		entries = append(entries, b[2:2+l])
		b = b[2+l:]
	}
	return entries, b, nil
}

// tileReader adapts the fetcher to tlog.TileReader for proofs.
type tileReader struct {
	ctx context.Context
	f   *fetcher
}

func (r tileReader) Height() int { return tileHeight }

func (r tileReader) ReadTiles(tiles []tlog.Tile) ([][]byte, error) {
	out := make([][]byte, len(tiles))
	for i, t := range tiles {
		b, err := r.f.tile(r.ctx, t)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func (r tileReader) SaveTiles([]tlog.Tile, [][]byte) {}
