package rulebook

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// Info describes one installed rulebook, as the API lists it.
type Info struct {
	Jurisdiction comity.Jurisdiction `json:"jurisdiction,omitempty"` // empty for the baseline
	Kind         string              `json:"kind"`                   // baseline or state
	Version      int64               `json:"version"`
	Digest       string              `json:"digest"`
	Policies     []string            `json:"policies"`
}

// OpenDir loads a node's rulebooks directory (signed bundles
// <STATE>.rulebook.json and baseline.rulebook.json, or sources without a
// manifest) into cfg's baseline and rulebooks and builds the policy. A
// missing directory holds no rulebooks. With keys in cfg, every state's
// bundle must be signed by that state's data-protection authority.
func OpenDir(ctx context.Context, dir string, cfg Config) (*Policy, error) {
	set := &Set{}
	if _, err := os.Stat(dir); err == nil {
		if set, err = ReadDir(os.DirFS(dir)); err != nil {
			return nil, fmt.Errorf("rulebooks %s: %w", dir, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	cfg.Baseline, cfg.Rulebooks = set.Baseline, set.States
	p, err := New(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("rulebooks %s: %w", dir, err)
	}
	return p, nil
}

// AtHome is the policy of the node of home: the baseline and the rulebook
// of home once one is installed. Until then the node keeps the rule of a
// node with no rulebook (comity.HomeController): a controller reads its own
// records at home and nothing else is released.
func (p *Policy) AtHome(home comity.Jurisdiction) comity.Policy {
	return atHome{home: home, rulebooks: p}
}

type atHome struct {
	home      comity.Jurisdiction
	rulebooks *Policy
}

func (p atHome) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	if p.rulebooks.Engine().Rulebook(p.home) == nil {
		return comity.HomeController{}.Decide(ctx, node, req, records)
	}
	return p.rulebooks.Decide(ctx, node, req, records)
}

// Vocabulary is what the installed rulebooks declare (see
// Engine.Declared), for the gate's ledger entries; it follows publications.
func (p *Policy) Vocabulary() comity.Vocabulary { return vocabulary{p} }

type vocabulary struct{ rulebooks *Policy }

func (v vocabulary) Declared(home comity.Jurisdiction, member, value string) bool {
	return v.rulebooks.Engine().Declared(home, member, value)
}

// KindOf tells the rulebooks' entity model what a principal is: an agency,
// an authority (data-protection or central authority) or an organisation.
func KindOf(p *comity.Principal) string {
	switch {
	case p.Has(comity.RoleAgency):
		return KindAgency
	case p.HasAny(comity.RoleDPA, comity.RoleCentralAuthority):
		return KindAuthority
	}
	return KindOrganisation
}

// Service publishes and lists the rulebooks of a node: state rulebooks
// signed by their authority, and federation baselines signed by a quorum of
// member states. Every attempt, accepted or refused, is a ledger entry; an
// accepted bundle goes verify -> log -> keep (in Dir) -> install.
type Service struct {
	Policy *Policy
	// Dir is the node's rulebooks directory, where accepted bundles are
	// kept for the next start (see OpenDir).
	Dir     string
	Changes *comity.Changes
	// Federated is false for a node in no federation: it has no authority
	// key to verify a rulebook against, so it refuses every publication.
	Federated bool
}

// Publish verifies a signed state rulebook bundle (JSON) from the authority
// by and installs it: verify, log, keep, install.
func (s *Service) Publish(ctx context.Context, by *comity.Principal, data []byte) (*Info, error) {
	b, err := ParseBundle(data)
	if err == nil && !s.Federated {
		err = comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: it has no authority key to verify a rulebook against")
	}
	if err == nil && b.Jurisdiction != by.Jurisdiction {
		err = comity.Errorf(comity.EFORBIDDEN, "the authority of %s may not publish the rulebook of %s", by.Jurisdiction, b.Jurisdiction)
	}
	if err != nil {
		if comity.ErrorCode(err) == comity.EINTERNAL {
			err = comity.Errorf(comity.EINVALID, "%w", err)
		}
		s.Changes.Refuse(ctx, s.entry(by, b, err))
		return nil, err
	}
	var accepted bool
	rb, err := s.Policy.Publish(ctx, b, func(*Rulebook) error {
		accepted = true
		return s.Changes.Commit(ctx, s.entry(by, b, nil), func() error {
			return durable.WriteFile(BundleFile(s.Dir, b.Jurisdiction), data, 0o644)
		})
	})
	if err != nil {
		if !accepted {
			s.Changes.Refuse(ctx, s.entry(by, b, err))
		}
		return nil, err
	}
	return info(rb), nil
}

// ChangeBaseline installs a new federation baseline (a BaselineChange,
// JSON): it takes effect only with the signatures of the manifest's quorum
// of member states, once logged and kept. A refused attempt is logged too.
func (s *Service) ChangeBaseline(ctx context.Context, by *comity.Principal, data []byte) (*Info, error) {
	var c BaselineChange
	err := comity.UnmarshalJSON(data, &c)
	if err == nil && c.Baseline == nil {
		err = errors.New("no baseline in the change")
	}
	if err != nil {
		err = comity.Errorf(comity.EINVALID, "baseline change: %s", comity.ErrorMessage(err))
		s.Changes.Refuse(ctx, s.baselineEntry(by, nil, err))
		return nil, err
	}
	var accepted bool
	rb, err := s.Policy.ChangeBaseline(ctx, &c, func(*Rulebook) error {
		accepted = true
		bundle, err := c.Baseline.Marshal()
		if err != nil {
			return err
		}
		return s.Changes.Commit(ctx, s.baselineEntry(by, &c, nil), func() error {
			return durable.WriteFile(filepath.Join(s.Dir, "baseline.rulebook.json"), bundle, 0o644)
		})
	})
	if err != nil {
		if !accepted {
			s.Changes.Refuse(ctx, s.baselineEntry(by, &c, err))
		}
		return nil, err
	}
	return info(rb), nil
}

func (s *Service) baselineEntry(by *comity.Principal, c *BaselineChange, failure error) *comity.Entry {
	e := &comity.Entry{Kind: comity.EntryBaseline, Time: comity.Now(), Node: s.Changes.Node,
		Requester: by.Organisation, RequesterIn: by.Jurisdiction, Principal: by.ID, Outcome: comity.Allow, Detail: map[string]string{}}
	if c != nil {
		e.Detail["version"] = strconv.FormatInt(c.Baseline.Version, 10)
		e.Detail["digest"] = c.Baseline.Digest()
		e.Detail["previous"] = c.Previous
		var signers []string
		for _, s := range c.Signatures {
			signers = append(signers, string(s.State))
		}
		e.Detail["signed_by"] = strings.Join(signers, ",")
	}
	if failure != nil {
		e.Outcome = comity.Deny
		e.Detail["reason"] = comity.ErrorMessage(failure)
	}
	return e
}

// List returns the baseline and every installed state rulebook.
func (s *Service) List(ctx context.Context) ([]*Info, error) {
	e := s.Policy.Engine()
	out := []*Info{info(e.Baseline())}
	for _, rb := range e.Rulebooks() {
		out = append(out, info(rb))
	}
	return out, nil
}

func info(rb *Rulebook) *Info {
	b := rb.Bundle
	return &Info{Jurisdiction: b.Jurisdiction, Kind: string(b.Kind), Version: b.Version,
		Digest: b.Digest(), Policies: rb.Policies()}
}

// entry is one publication attempt as the ledger records it: allowed when
// the bundle is installed, denied with the reason otherwise.
func (s *Service) entry(by *comity.Principal, b *Bundle, failure error) *comity.Entry {
	e := &comity.Entry{Kind: comity.EntryRulebook, Time: comity.Now(), Node: s.Changes.Node,
		Requester: by.Organisation, RequesterIn: by.Jurisdiction, Principal: by.ID, Outcome: comity.Allow, Detail: map[string]string{}}
	if b != nil {
		e.Detail["jurisdiction"] = string(b.Jurisdiction)
		e.Detail["version"] = strconv.FormatInt(b.Version, 10)
		e.Detail["digest"] = b.Digest()
	}
	if failure != nil {
		e.Outcome = comity.Deny
		e.Detail["reason"] = comity.ErrorMessage(failure)
	}
	return e
}
