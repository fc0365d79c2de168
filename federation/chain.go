package federation

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// Chain keeps the manifests a node has accepted, one file per serial
// (DIR/<serial>.manifest.json), each a verified successor of the one before.
// The highest serial is the node's current manifest: the root of trust from
// which it checks the next (see VerifySuccessor). Keeping the older ones
// lets a node tell a stale copy of a manifest it accepted from a forgery,
// and lets peers that fell behind fetch each step.
//
// Put is durable once it returns (the file and its directory are synced).
// A Chain is not safe for concurrent Put; the node serialises updates.
type Chain struct {
	dir string
}

const chainSuffix = ".manifest.json"

// OpenChain opens (creating if missing) the chain in dir.
func OpenChain(dir string) (*Chain, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("open manifest chain: %w", err)
	}
	return &Chain{dir: dir}, nil
}

// Latest returns the accepted manifest with the highest serial, or nil if
// the node has accepted none yet.
func (c *Chain) Latest() (*Manifest, error) {
	serials, err := c.serials()
	if err != nil || len(serials) == 0 {
		return nil, err
	}
	return c.Get(serials[len(serials)-1])
}

// LatestListing returns the accepted manifest with the highest serial that
// lists the node named name, or nil if none does: what a node whose state
// left (or which was replaced) last ran on as a member.
func (c *Chain) LatestListing(name string) (*Manifest, error) {
	serials, err := c.serials()
	if err != nil {
		return nil, err
	}
	for i := len(serials) - 1; i >= 0; i-- {
		m, err := c.Get(serials[i])
		if err != nil {
			return nil, err
		}
		if n, _ := m.Node(name); n != nil {
			return m, nil
		}
	}
	return nil, nil
}

// serials lists the accepted serials, ascending.
func (c *Chain) serials() ([]uint64, error) {
	entries, err := os.ReadDir(c.dir)
	if err != nil {
		return nil, fmt.Errorf("read manifest chain: %w", err)
	}
	var out []uint64
	for _, e := range entries {
		s, ok := strings.CutSuffix(e.Name(), chainSuffix)
		if !ok {
			continue
		}
		if n, err := strconv.ParseUint(s, 10, 64); err == nil {
			out = append(out, n)
		}
	}
	slices.Sort(out)
	return out, nil
}

// Get returns the accepted manifest with serial n; a serial the node never
// accepted is an error wrapping fs.ErrNotExist.
func (c *Chain) Get(n uint64) (*Manifest, error) {
	m, err := LoadManifest(c.path(n))
	if err != nil {
		return nil, err
	}
	if m.Serial != n {
		return nil, invalid(ErrBadManifest, "manifest chain: %s holds serial %d", c.path(n), m.Serial)
	}
	return m, nil
}

// Put records m as accepted. The caller has verified it (Verify for the
// first, VerifySuccessor after). Putting a serial already held with other
// content is refused: a serial names one manifest for ever.
func (c *Chain) Put(m *Manifest) error {
	if old, err := c.Get(m.Serial); err == nil {
		if same, err := SameManifest(old, m); err != nil || !same {
			return invalid(ErrRollback, "manifest chain already holds another manifest with serial %d", m.Serial)
		}
		return nil
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	data, err := m.Marshal()
	if err != nil {
		return err
	}
	if err := durable.WriteFile(c.path(m.Serial), data, 0o644); err != nil {
		return fmt.Errorf("keep manifest serial %d: %w", m.Serial, err)
	}
	return nil
}

func (c *Chain) path(n uint64) string {
	return filepath.Join(c.dir, strconv.FormatUint(n, 10)+chainSuffix)
}

// Adopt decides, at start-up, which manifest a node runs on, given the
// manifest file it is configured with (offered):
//   - with nothing accepted yet, offered is the node's trust anchor, chosen
//     by its operator (as TUF ships a root): it must be complete and signed
//     by its own baseline quorum of its members, home (the node's own
//     state) among them;
//   - with a higher serial than the latest accepted, it must be that one's
//     successor (VerifySuccessor);
//   - a copy of a manifest the node accepted before (the file was not
//     updated after a live change) leaves the node on its latest;
//   - anything else — a lower or equal serial the node holds other content
//     for, or one it never saw below its latest — is a rollback or a
//     forgery, refused with ErrRollback.
//
// It returns the manifest to run on and whether offered is new to the node.
// Adopt changes nothing: the caller logs a new manifest, then Puts it.
func (c *Chain) Adopt(offered *Manifest, home comity.Jurisdiction) (_ *Manifest, accepted bool, err error) {
	if err := offered.Check(); err != nil { // say what is wrong with it first
		return nil, false, err
	}
	latest, err := c.Latest()
	if err != nil {
		return nil, false, err
	}
	switch {
	case latest == nil:
		if err := verifyAnchor(offered, home); err != nil {
			return nil, false, fmt.Errorf("first manifest (serial %d): %w", offered.Serial, err)
		}
	case offered.Serial > latest.Serial:
		if err := VerifySuccessor(latest, offered); err != nil {
			return nil, false, fmt.Errorf("manifest serial %d may not replace the accepted serial %d: %w", offered.Serial, latest.Serial, err)
		}
	default:
		known, err := c.Get(offered.Serial)
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, false, err
		}
		if known != nil {
			if same, err := SameManifest(known, offered); err == nil && same {
				return latest, false, nil
			}
		}
		latestDigest, _ := Digest(latest)
		return nil, false, invalid(ErrRollback, "manifest serial %d is not one this node accepted (it is on serial %d, digest %s): a rolled-back or forged manifest is refused",
			offered.Serial, latest.Serial, latestDigest)
	}
	return offered, true, nil
}

// verifyAnchor checks a node's first manifest: complete, every signature
// valid and by a member authority, at least BaselineQuorum members signed,
// and home is one of them.
func verifyAnchor(m *Manifest, home comity.Jurisdiction) error {
	if err := VerifyOwn(m); err != nil {
		return err
	}
	if !slices.Contains(Signers(m), home) {
		return invalid(ErrMissingSignatures, "%s, this node's own state, has not signed it", home)
	}
	return nil
}

// SameManifest reports whether a and b are the same manifest: the same
// signed content (Digest). Their signatures may differ; what matters is
// that a serial names one content.
func SameManifest(a, b *Manifest) (bool, error) {
	da, err := Digest(a)
	if err != nil {
		return false, err
	}
	db, err := Digest(b)
	if err != nil {
		return false, err
	}
	return da == db, nil
}
