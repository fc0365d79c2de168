// Package audit verifies Comity ledgers from the outside: it fetches a log's
// C2SP tlog-tiles over HTTP, checks the signed checkpoint, every entry
// bundle and every tile, and consistency with the last checkpoint it saw,
// with golang.org/x/mod/sumdb/tlog doing all Merkle checks. It also turns
// receipts into inclusion proofs and lets data subjects find their entries.
//
// It deliberately shares no code with package ledger: the entry and receipt
// formats are re-implemented here from their documentation, so a bug in the
// writer cannot hide itself from the verifier.
package audit

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"

	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"

	"github.com/comity-project/comity"
)

// ErrInconsistent is wrapped by every error that means the log is not what
// it claims: a bad signature, a tile or entry bundle that does not hash to
// the checkpoint, a checkpoint inconsistent with one seen before, an entry
// that cannot be decoded.
var ErrInconsistent = errors.New("log inconsistent")

// Config configures Verify.
type Config struct {
	// URL is the log's tlog-tiles prefix (where /checkpoint is served).
	URL string
	// Verifier checks the log's checkpoint signatures; its name is the
	// log's origin.
	Verifier note.Verifier
	// Witnesses and Quorum: when Quorum > 0 the checkpoint must carry at
	// least Quorum valid cosignatures by these witnesses. Take both from
	// the federation manifest: a checkpoint without its quorum may be a
	// fork shown to this auditor alone. Quorum 0 checks no cosignature.
	Witnesses []note.Verifier
	Quorum    int
	// StateFile keeps the last verified checkpoint between audits; empty
	// means no memory (and no consistency check with earlier audits).
	StateFile string
	// HTTPClient fetches tiles; nil means http.DefaultClient.
	HTTPClient *http.Client
	// Concurrency is the number of parallel fetches (default 8).
	Concurrency int
	// KeepEntries returns every decoded entry in Report.Entries.
	KeepEntries bool
	// SubjectSecret, if set, collects the entries that touched the data
	// subject holding it in Report.Subject.
	SubjectSecret []byte
	// RecordSecret, if set, collects the entries that concern the record
	// whose commitment secret it is (the home node gives it to the
	// record's controller) in Report.Record.
	RecordSecret []byte
	// Screen, if set, scans every entry for personal information and
	// lists what it finds in Report.PII. Findings do not fail Verify (the
	// log is consistent; its content is what is wrong): the caller decides.
	Screen Screen
	// Progress, if set, is called as entry bundles are verified.
	Progress func(done, total uint64)
}

// Report is the outcome of an audit.
type Report struct {
	Checkpoint   *Checkpoint
	PreviousSize uint64 // size of the checkpoint in the state file, if any
	Flows        []Flow
	Kinds        map[string]int // entries by kind
	Entries      []*Entry       // with Config.KeepEntries
	Subject      []*Entry       // with Config.SubjectSecret
	Record       []*Entry       // with Config.RecordSecret
	PII          []Finding      // with Config.Screen, in log order
	// Principals are the principal changes (kind "principal": created,
	// revoked, not applied), in log order: who could act as whom, from
	// when.
	Principals []*Entry
}

// Flow counts decisions with the same requester, destination, data
// category and outcome. A decision about several categories counts once
// for each.
type Flow struct {
	Requester   string
	Destination string
	Category    string
	Outcome     string
	Count       int
}

type flowKey struct{ req, dest, cat, out string }

// bundleResult is what one worker learns from one entry bundle. Entries
// are summarised as they are decoded and kept only when asked for, so an
// audit's memory is the tree's hashes, not its entries.
type bundleResult struct {
	leaves  []tlog.Hash
	flows   map[flowKey]int
	kinds   map[string]int
	kept    []*Entry // with Config.KeepEntries
	subject []*Entry // with Config.SubjectSecret
	record  []*Entry // with Config.RecordSecret
	pii     []Finding
	princ   []*Entry // principal changes
	err     error
}

// Verify audits the whole log at cfg.URL. On success it records the
// checkpoint in cfg.StateFile. Any inconsistency is an error wrapping
// ErrInconsistent; the report is returned as far as it got.
func Verify(ctx context.Context, cfg Config) (*Report, error) {
	if cfg.Verifier == nil {
		return nil, errNoVerifier
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 8
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
	rep := &Report{Checkpoint: cp, Kinds: map[string]int{}}
	prev, err := loadStateFor(cfg.StateFile, cp.Origin)
	if err != nil {
		return rep, err
	}
	if prev != nil {
		rep.PreviousSize = prev.Size
		if cp.Size < prev.Size {
			return rep, fmt.Errorf("%w: log shrank from %d entries (seen before) to %d", ErrInconsistent, prev.Size, cp.Size)
		}
	}

	size := int64(cp.Size)
	results, err := fetchBundles(ctx, f, size, cfg)
	if err != nil {
		return rep, err
	}
	hashes, err := storeHashes(results, size)
	if err != nil {
		return rep, err
	}
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			if x < 0 || x >= int64(len(hashes)) {
				return nil, fmt.Errorf("hash %d not stored", x)
			}
			out[i] = hashes[x]
		}
		return out, nil
	})
	root, err := tlog.TreeHash(size, hr)
	if err != nil {
		return rep, err
	}
	if root != cp.Root {
		return rep, fmt.Errorf("%w: the entries hash to root %v, the checkpoint says %v", ErrInconsistent, root, cp.Root)
	}
	if err := checkTiles(ctx, f, size, hr, cfg.Concurrency); err != nil {
		return rep, err
	}
	if err := consistentWith(prev, cp, hr); err != nil {
		return rep, err
	}
	summarise(rep, results)
	err = saveState(cfg.StateFile, &state{Origin: cp.Origin, Size: cp.Size, Root: cp.Root[:], Checkpoint: string(raw)})
	return rep, err
}

// fetchBundles fetches, splits, hashes and decodes every entry bundle of
// a tree of the given size, cfg.Concurrency at a time.
func fetchBundles(ctx context.Context, f *fetcher, size int64, cfg Config) ([]bundleResult, error) {
	n := (size + 255) >> tileHeight
	results := make([]bundleResult, n)
	var (
		wg   sync.WaitGroup
		next = make(chan int64)
		mu   sync.Mutex
		done uint64
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range cfg.Concurrency {
		wg.Go(func() {
			for i := range next {
				t := tlog.Tile{H: tileHeight, L: 0, N: i, W: int(min(256, size-i<<tileHeight))}
				results[i] = processBundle(ctx, f, t, cfg)
				if results[i].err != nil {
					cancel()
				}
				if cfg.Progress != nil {
					mu.Lock()
					done += uint64(t.W)
					cfg.Progress(done, uint64(size))
					mu.Unlock()
				}
			}
		})
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
		}
	}
	if len(errs) == 0 && ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return results, errors.Join(errs...)
}

func processBundle(ctx context.Context, f *fetcher, t tlog.Tile, cfg Config) bundleResult {
	data, err := f.bundle(ctx, t)
	if err != nil {
		return bundleResult{err: err}
	}
	r := bundleResult{leaves: make([]tlog.Hash, len(data)), flows: map[flowKey]int{}, kinds: map[string]int{}}
	for j, d := range data {
		idx := uint64(t.N<<tileHeight) + uint64(j)
		r.leaves[j] = tlog.RecordHash(d)
		e, err := decodeEntry(idx, d)
		if err != nil {
			return bundleResult{err: fmt.Errorf("%w: %v", ErrInconsistent, err)}
		}
		r.kinds[e.Kind]++
		if cfg.KeepEntries {
			r.kept = append(r.kept, e)
		}
		if cfg.SubjectSecret != nil && e.Touches(cfg.SubjectSecret) {
			r.subject = append(r.subject, e)
		}
		if cfg.RecordSecret != nil && e.Concerns(cfg.RecordSecret) {
			r.record = append(r.record, e)
		}
		if cfg.Screen != nil {
			r.pii = append(r.pii, scanEntry(cfg.Screen, idx, d)...)
		}
		if e.Kind == string(comity.EntryPrincipal) {
			r.princ = append(r.princ, e)
		}
		if e.Kind != string(comity.EntryDecision) {
			continue
		}
		if len(e.Categories) == 0 {
			r.flows[flowKey{e.Requester, e.Destination, "-", e.Outcome}]++
		}
		for _, c := range e.Categories {
			r.flows[flowKey{e.Requester, e.Destination, c, e.Outcome}]++
		}
	}
	return r
}

// storeHashes builds tlog's stored hashes (every complete subtree) from
// the leaf hashes, in record order.
func storeHashes(results []bundleResult, size int64) ([]tlog.Hash, error) {
	hashes := make([]tlog.Hash, 0, 2*size)
	hr := tlog.HashReaderFunc(func(idx []int64) ([]tlog.Hash, error) {
		out := make([]tlog.Hash, len(idx))
		for i, x := range idx {
			out[i] = hashes[x]
		}
		return out, nil
	})
	var n int64
	for _, r := range results {
		for _, leaf := range r.leaves {
			hs, err := tlog.StoredHashesForRecordHash(n, leaf, hr)
			if err != nil {
				return nil, err
			}
			hashes = append(hashes, hs...)
			n++
		}
	}
	return hashes, nil
}

// checkTiles fetches every hash tile of the tree and compares it with the
// tile tlog computes from the verified hashes.
func checkTiles(ctx context.Context, f *fetcher, size int64, hr tlog.HashReader, conc int) error {
	tiles := tlog.NewTiles(tileHeight, 0, size)
	errs := make([]error, len(tiles))
	var wg sync.WaitGroup
	sem := make(chan struct{}, conc)
	for i, t := range tiles {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			want, err := tlog.ReadTileData(t, hr)
			if err != nil {
				errs[i] = err
				return
			}
			got, err := f.tile(ctx, t)
			if err != nil {
				errs[i] = err
			} else if string(got) != string(want) {
				errs[i] = fmt.Errorf("%w: tile %s does not match the entries", ErrInconsistent, tilePath(t))
			}
		})
	}
	wg.Wait()
	return errors.Join(errs...)
}

func summarise(rep *Report, results []bundleResult) {
	flows := map[flowKey]int{}
	for _, r := range results {
		for k, n := range r.flows {
			flows[k] += n
		}
		for k, n := range r.kinds {
			rep.Kinds[k] += n
		}
		rep.Entries = append(rep.Entries, r.kept...)
		rep.Subject = append(rep.Subject, r.subject...)
		rep.Record = append(rep.Record, r.record...)
		rep.PII = append(rep.PII, r.pii...)
		rep.Principals = append(rep.Principals, r.princ...)
	}
	for k, n := range flows {
		rep.Flows = append(rep.Flows, Flow{Requester: k.req, Destination: k.dest, Category: k.cat, Outcome: k.out, Count: n})
	}
	slices.SortFunc(rep.Flows, func(a, b Flow) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Requester, b.Requester),
			cmp.Compare(a.Destination, b.Destination), cmp.Compare(a.Category, b.Category), cmp.Compare(a.Outcome, b.Outcome))
	})
}
