package rulebook

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/comity-project/comity"
)

// Kinds of bundle.
const (
	KindState    = "state"    // one member state's rulebook
	KindBaseline = "baseline" // the federation's baseline commitments
)

// Bundle is a rulebook as published: a state's Cedar policies and
// parameters, versioned and signed with its authority's key, or the
// federation baseline (Kind "baseline", changed only by a BaselineChange).
//
// A bundle lives either as a source directory (rulebook.json holding every
// field but Policies and Examples, the policies as *.cedar files beside it,
// examples under examples/*.json) or as one signed JSON file
// (<STATE>.rulebook.json) holding everything.
type Bundle struct {
	Kind         string              `json:"kind"`
	Jurisdiction comity.Jurisdiction `json:"jurisdiction,omitempty"` // empty for the baseline
	Version      int64               `json:"version"`                // increases with every publication
	Title        string              `json:"title"`
	// Notice says what the bundle is and is not; the samples say that they
	// are templates, not legal advice.
	Notice string `json:"notice,omitempty"`
	// Window is the period over which the requester's volume of distinct
	// data subjects is counted: "calendar-year" (since 1 January UTC), or a
	// number of days such as "365d". Empty means "365d".
	Window string `json:"window,omitempty"`
	Params Params `json:"params,omitempty"`
	// Consent lists the kinds of consent (comity.ConsentKinds) that meet
	// the rulebook's consent obligations, such as "separate" for PIPL
	// Art. 39 or "explicit" for GDPR Arts. 9 and 49(1)(a); empty: any kind.
	// The gate counts only consents kept at the home node.
	Consent  []comity.ConsentKind `json:"consent,omitempty"`
	Policies []File               `json:"policies"`
	Examples []Example            `json:"examples,omitempty"`
	// Signature is the authority's signature over every other field; see
	// Bundle.Sign. Source directories are unsigned.
	Signature *Signature `json:"signature,omitempty"`
}

// File is one named Cedar policy file of a bundle.
type File struct {
	Name string `json:"name"`
	Text string `json:"text"`
}

// ErrBundle wraps every reason a bundle is refused: malformed, failing the
// schema, governing another state's data, wrongly signed.
var ErrBundle = errors.New("rulebook refused")

// Limits on outside input: a bundle is a few dozen policies.
const (
	maxBundleBytes = 4 << 20
	maxFiles       = 64
	maxExamples    = 512
)

// ParseBundle decodes a signed bundle file. It checks the shape, not the
// policies or the signature: see Compile and Bundle.Verify.
func ParseBundle(data []byte) (*Bundle, error) {
	if len(data) > maxBundleBytes {
		return nil, fmt.Errorf("%w: bundle of %d bytes is over %d", ErrBundle, len(data), maxBundleBytes)
	}
	var b Bundle
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%w: decode bundle: %v", ErrBundle, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("%w: trailing data after the bundle", ErrBundle)
	}
	if err := b.checkShape(); err != nil {
		return nil, err
	}
	return &b, nil
}

// checkShape checks the fields that do not need the Cedar engine.
func (b *Bundle) checkShape() error {
	switch b.Kind {
	case KindState:
		if !b.Jurisdiction.Valid() {
			return fmt.Errorf("%w: unknown jurisdiction %q", ErrBundle, b.Jurisdiction)
		}
	case KindBaseline:
		if b.Jurisdiction != "" {
			return fmt.Errorf("%w: the baseline belongs to no single state, but names %q", ErrBundle, b.Jurisdiction)
		}
	default:
		return fmt.Errorf("%w: kind %q: want state or baseline", ErrBundle, b.Kind)
	}
	if b.Version < 1 {
		return fmt.Errorf("%w: version %d: want 1 or more", ErrBundle, b.Version)
	}
	if _, err := ParseWindow(b.Window); err != nil {
		return fmt.Errorf("%w: %v", ErrBundle, err)
	}
	for _, k := range b.Consent {
		if !slices.Contains(comity.ConsentKinds, k) {
			return fmt.Errorf("%w: consent kind %q: want consent, informed, separate or explicit", ErrBundle, k)
		}
	}
	if b.Kind == KindBaseline && len(b.Consent) > 0 {
		return fmt.Errorf("%w: the baseline names no consent kinds: each state says which it accepts", ErrBundle)
	}
	if len(b.Policies) == 0 || len(b.Policies) > maxFiles {
		return fmt.Errorf("%w: %d policy files: want 1 to %d", ErrBundle, len(b.Policies), maxFiles)
	}
	seen := map[string]bool{}
	for _, f := range b.Policies {
		if f.Name == "" || seen[f.Name] || strings.ContainsAny(f.Name, "/\\") {
			return fmt.Errorf("%w: policy file name %q is empty, repeated or a path", ErrBundle, f.Name)
		}
		seen[f.Name] = true
	}
	if len(b.Examples) > maxExamples {
		return fmt.Errorf("%w: %d examples: at most %d", ErrBundle, len(b.Examples), maxExamples)
	}
	return nil
}

// Name is the bundle's name in messages and policy ids: the jurisdiction,
// or "baseline".
func (b *Bundle) Name() string {
	if b.Kind == KindBaseline {
		return "baseline"
	}
	return string(b.Jurisdiction)
}

// Manifest is the name of a source directory's metadata file.
const Manifest = "rulebook.json"

// ReadSource reads a bundle from a source directory of fsys: dir/rulebook.json,
// dir/*.cedar and dir/examples/*.json. The result is unsigned.
func ReadSource(fsys fs.FS, dir string) (*Bundle, error) {
	data, err := fs.ReadFile(fsys, path.Join(dir, Manifest))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBundle, err)
	}
	var b Bundle
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBundle, path.Join(dir, Manifest), err)
	}
	if len(b.Policies) > 0 || b.Signature != nil {
		return nil, fmt.Errorf("%w: %s: policies belong in .cedar files and signatures in signed bundles", ErrBundle, path.Join(dir, Manifest))
	}
	names, err := fs.Glob(fsys, path.Join(dir, "*.cedar"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	for _, name := range names {
		text, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		b.Policies = append(b.Policies, File{Name: path.Base(name), Text: string(text)})
	}
	examples, err := fs.Glob(fsys, path.Join(dir, "examples", "*.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(examples)
	for _, name := range examples {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		ex, err := ParseExample(data)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if ex.Name == "" {
			ex.Name = strings.TrimSuffix(path.Base(name), ".json")
		}
		b.Examples = append(b.Examples, *ex)
	}
	if err := b.checkShape(); err != nil {
		return nil, fmt.Errorf("%s: %w", dir, err)
	}
	return &b, nil
}

// Marshal encodes the bundle as a signed bundle file, indented.
func (b *Bundle) Marshal() ([]byte, error) {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
