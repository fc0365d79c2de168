package rulebook

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Samples holds the sample rulebooks (samples/<STATE>/) and the baseline
// (baseline/) as source directories. The samples are templates modelled on
// published law, not legal advice.
//
//go:embed baseline samples
var Samples embed.FS

// SampleBaseline returns the baseline shipped with Comity.
func SampleBaseline() (*Bundle, error) { return ReadSource(Samples, "baseline") }

// SampleRulebooks returns every sample state rulebook.
func SampleRulebooks() ([]*Bundle, error) {
	fsys, err := fs.Sub(Samples, "samples")
	if err != nil {
		return nil, err
	}
	set, err := ReadDir(fsys)
	if err != nil {
		return nil, err
	}
	return set.States, nil
}

// Set is the bundles read from one directory.
type Set struct {
	Baseline *Bundle   // nil when the directory has none
	States   []*Bundle // ordered by jurisdiction
}

// ReadDir reads every bundle in fsys: source directories (a directory with
// rulebook.json; "baseline/" for the baseline) and signed bundle files
// (*.rulebook.json). It checks shapes, not policies or signatures. Two
// bundles of one state are refused.
func ReadDir(fsys fs.FS) (*Set, error) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, err
	}
	set := &Set{}
	add := func(b *Bundle, where string) error {
		if b.Kind == KindBaseline {
			if set.Baseline != nil {
				return fmt.Errorf("%w: %s: a second baseline", ErrBundle, where)
			}
			set.Baseline = b
			return nil
		}
		for _, o := range set.States {
			if o.Jurisdiction == b.Jurisdiction {
				return fmt.Errorf("%w: %s: a second rulebook of %s", ErrBundle, where, b.Jurisdiction)
			}
		}
		set.States = append(set.States, b)
		return nil
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case e.IsDir():
			if _, err := fs.Stat(fsys, path.Join(name, Manifest)); err != nil {
				continue
			}
			b, err := ReadSource(fsys, name)
			if err != nil {
				return nil, err
			}
			if err := add(b, name); err != nil {
				return nil, err
			}
		case strings.HasSuffix(name, ".rulebook.json"):
			data, err := fs.ReadFile(fsys, name)
			if err != nil {
				return nil, err
			}
			b, err := ParseBundle(data)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if err := add(b, name); err != nil {
				return nil, err
			}
		}
	}
	slices.SortFunc(set.States, func(a, b *Bundle) int {
		return compareStrings(string(a.Jurisdiction), string(b.Jurisdiction))
	})
	return set, nil
}

// Load compiles the bundles of a Set into an engine; the baseline defaults
// to the sample baseline. Signatures are checked when keys is not nil:
// every state bundle must then be signed by its state's key.
func Load(set *Set, keys Keys) (*Engine, error) {
	base := set.Baseline
	if base == nil {
		var err error
		if base, err = SampleBaseline(); err != nil {
			return nil, err
		}
	}
	brb, err := Compile(base)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var states []*Rulebook
	for _, b := range set.States {
		if keys != nil {
			if err := b.Verify(keys[b.Jurisdiction]); err != nil {
				return nil, err
			}
		}
		rb, err := Compile(b)
		if err != nil {
			return nil, fmt.Errorf("rulebook %s: %w", b.Jurisdiction, err)
		}
		states = append(states, rb)
	}
	return NewEngine(brb, states...)
}
