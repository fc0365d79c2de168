package rulebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// BundleFile is where a node's rulebooks directory keeps the signed bundle
// of state j (OpenDir reads it at start; Service.Publish writes it).
func BundleFile(dir string, j comity.Jurisdiction) string {
	return filepath.Join(dir, string(j)+".rulebook.json")
}

// Install verifies a signed state rulebook bundle offline and writes it to
// a node's rulebooks directory (BundleFile), which the node reads at start:
// the bundle must be signed, by its state's key in dpa when dpa is not nil
// (the data-protection authority keys of the federation manifest) or else
// by the key it carries; it must compile; and its version must be above the
// one already in dir. It returns the bundle and the file written; on any
// error dir is unchanged.
func Install(dir string, data []byte, dpa Keys) (*Bundle, string, error) {
	b, err := ParseBundle(data)
	if err != nil {
		return nil, "", err
	}
	if b.Kind != KindState {
		return nil, "", comity.Errorf(comity.EINVALID, "only state rulebooks are published; the baseline changes by a quorum-signed baseline change")
	}
	if b.Signature == nil {
		return nil, "", fmt.Errorf("%w: the bundle is unsigned; sign it first (comity rulebook sign)", ErrSignature)
	}
	key := b.Signature.Key
	if dpa != nil {
		key = dpa[b.Jurisdiction] // none: the signature verifies against no key
	}
	if err := b.Verify(key); err != nil {
		return nil, "", err
	}
	if _, err := Compile(b); err != nil {
		return nil, "", err
	}
	target := BundleFile(dir, b.Jurisdiction)
	if old, err := os.ReadFile(target); err == nil {
		prev, err := ParseBundle(old)
		if err == nil && prev.Version >= b.Version {
			return nil, "", comity.Errorf(comity.ECONFLICT, "%s already holds %s version %d; publish a higher version", dir, b.Jurisdiction, prev.Version)
		}
	}
	if err := durable.WriteFile(target, data, 0o644); err != nil {
		return nil, "", err
	}
	return b, target, nil
}

// ReadBaseline reads a baseline source directory (rulebook.json of kind
// baseline and its *.cedar files), or the built-in baseline for "".
func ReadBaseline(dir string) (*Bundle, error) {
	if dir == "" {
		return SampleBaseline()
	}
	b, err := ReadSource(os.DirFS(dir), ".")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	if b.Kind != KindBaseline {
		return nil, comity.Errorf(comity.EINVALID, "%s holds a rulebook of %s, not the baseline", dir, b.Jurisdiction)
	}
	return b, nil
}

// ProposeBaseline returns an unsigned change from the baseline current to
// next, whose version must be above current's and which must compile.
func ProposeBaseline(next, current *Bundle) (*BaselineChange, error) {
	if next.Version <= current.Version {
		return nil, comity.Errorf(comity.ECONFLICT, "the new baseline's version %d is not above the current %d: use --version", next.Version, current.Version)
	}
	if _, err := Compile(next); err != nil {
		return nil, err
	}
	return &BaselineChange{Baseline: next, Previous: current.Digest()}, nil
}

// Check verifies a baseline change offline as a node does before it
// installs it: a quorum of the member states' keys (dpa, quorum) signed
// it, it replaces current, and the new baseline compiles.
func (c *BaselineChange) Check(dpa Keys, quorum int, current *Bundle) error {
	if err := c.Verify(dpa, quorum, current); err != nil {
		return err
	}
	_, err := Compile(c.Baseline)
	return err
}

// ReadBaselineChange reads a baseline change file, refusing unknown
// members and a change without a baseline.
func ReadBaselineChange(path string) (*BaselineChange, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c BaselineChange
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&c); err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%s: decode baseline change: %v", path, err)
	}
	if c.Baseline == nil {
		return nil, comity.Errorf(comity.EINVALID, "%s: no baseline in the change", path)
	}
	return &c, nil
}
