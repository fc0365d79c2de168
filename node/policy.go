package node

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/rulebook"
)

// policy decides at the gate: the baseline and the rulebook of the node's
// own state once one is installed. Until then the node keeps the rule of a
// node with no rulebook (comity.HomeController): a controller reads its own
// records at home and nothing else is released.
type policy struct {
	home      comity.Jurisdiction
	rulebooks *rulebook.Policy
}

func (p *policy) Decide(ctx context.Context, node comity.Jurisdiction, req *comity.AccessRequest, records []*comity.Record) (*comity.Decision, error) {
	if p.rulebooks.Engine().Rulebook(p.home) == nil {
		return comity.HomeController{}.Decide(ctx, node, req, records)
	}
	return p.rulebooks.Decide(ctx, node, req, records)
}

// vocabulary is what the installed rulebooks declare (see
// rulebook.Engine.Declared), for the gate's ledger entries.
type vocabulary struct{ rulebooks *rulebook.Policy }

func (v vocabulary) Declared(home comity.Jurisdiction, member, value string) bool {
	return v.rulebooks.Engine().Declared(home, member, value)
}

// kindOf tells the rulebooks' entity model what a principal is.
func kindOf(p *comity.Principal) string {
	switch {
	case p.Has(comity.RoleAgency):
		return rulebook.KindAgency
	case p.HasAny(comity.RoleDPA, comity.RoleCentralAuthority):
		return rulebook.KindAuthority
	}
	return rulebook.KindOrganisation
}

// openPolicy loads the node's rulebooks directory (signed bundles
// <STATE>.rulebook.json, or sources without a manifest) and builds the
// policy: with a manifest, every state's bundle must be signed by that
// state's data-protection authority.
func (n *Node) openPolicy(ctx context.Context, m *federation.Manifest, releases Releases,
	agreements func(context.Context, string) ([]comity.Jurisdiction, error)) (*rulebook.Policy, error) {
	set := &rulebook.Set{}
	if _, err := os.Stat(n.Config.Rulebooks); err == nil {
		if set, err = rulebook.ReadDir(os.DirFS(n.Config.Rulebooks)); err != nil {
			return nil, fmt.Errorf("rulebooks %s: %w", n.Config.Rulebooks, err)
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	cfg := rulebook.Config{Baseline: set.Baseline, Rulebooks: set.States, Volume: releases, KindOf: kindOf,
		Agreements: agreements,
		// Attestations are signed by this node, the home of the records.
		NodeKeys: rulebook.Keys{n.Config.Jurisdiction: n.key.Public().(ed25519.PublicKey)}}
	if m != nil {
		cfg.Keys = m.KeysByRole(comity.RoleDPA)
		cfg.CentralAuthorityKeys = m.KeysByRole(comity.RoleCentralAuthority)
		cfg.Quorum = m.BaselineQuorum
	}
	p, err := rulebook.New(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("rulebooks %s: %w", n.Config.Rulebooks, err)
	}
	return p, nil
}

// rulebooks publishes and lists state rulebooks at a node. Every
// publication, accepted or refused, is a ledger entry.
type rulebooks struct {
	n      *Node
	policy *rulebook.Policy
}

var _ comityhttp.Rulebooks = (*rulebooks)(nil)

// Publish implements comityhttp.Rulebooks: verify, log, keep, install.
func (r *rulebooks) Publish(ctx context.Context, by *comity.Principal, data []byte) (*comityhttp.RulebookInfo, error) {
	b, err := rulebook.ParseBundle(data)
	if err == nil && r.n.Peers == nil {
		err = comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation: it has no authority key to verify a rulebook against")
	}
	if err == nil && b.Jurisdiction != by.Jurisdiction {
		err = comity.Errorf(comity.EFORBIDDEN, "the authority of %s may not publish the rulebook of %s", by.Jurisdiction, b.Jurisdiction)
	}
	if err != nil {
		if comity.ErrorCode(err) == comity.EINTERNAL {
			err = comity.Errorf(comity.EINVALID, "%w", err)
		}
		r.n.logRefusal(ctx, r.entry(by, b, err))
		return nil, err
	}
	var accepted bool
	rb, err := r.policy.Publish(ctx, b, func(*rulebook.Rulebook) error {
		accepted = true
		return r.n.commitChange(ctx, r.entry(by, b, nil), func() error {
			return writeFileAtomic(filepath.Join(r.n.Config.Rulebooks, string(b.Jurisdiction)+".rulebook.json"), data)
		})
	})
	if err != nil {
		if !accepted {
			r.n.logRefusal(ctx, r.entry(by, b, err))
		}
		return nil, err
	}
	return info(rb), nil
}

// ChangeBaseline implements comityhttp.Rulebooks: a new federation
// baseline takes effect only with the signatures of the manifest's quorum
// of member states, once logged and kept. A refused attempt is logged too.
func (r *rulebooks) ChangeBaseline(ctx context.Context, by *comity.Principal, data []byte) (*comityhttp.RulebookInfo, error) {
	var c rulebook.BaselineChange
	err := comity.UnmarshalJSON(data, &c)
	if err == nil && c.Baseline == nil {
		err = errors.New("no baseline in the change")
	}
	if err != nil {
		err = comity.Errorf(comity.EINVALID, "baseline change: %s", comity.ErrorMessage(err))
		r.n.logRefusal(ctx, r.baselineEntry(by, nil, err))
		return nil, err
	}
	var accepted bool
	rb, err := r.policy.ChangeBaseline(ctx, &c, func(*rulebook.Rulebook) error {
		accepted = true
		bundle, err := c.Baseline.Marshal()
		if err != nil {
			return err
		}
		return r.n.commitChange(ctx, r.baselineEntry(by, &c, nil), func() error {
			return writeFileAtomic(filepath.Join(r.n.Config.Rulebooks, "baseline.rulebook.json"), bundle)
		})
	})
	if err != nil {
		if !accepted {
			r.n.logRefusal(ctx, r.baselineEntry(by, &c, err))
		}
		return nil, err
	}
	return info(rb), nil
}

func (r *rulebooks) baselineEntry(by *comity.Principal, c *rulebook.BaselineChange, failure error) *comity.Entry {
	e := &comity.Entry{Kind: comity.EntryBaseline, Time: comity.Now(), Node: r.n.Config.Name,
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

// List implements comityhttp.Rulebooks.
func (r *rulebooks) List(ctx context.Context) ([]*comityhttp.RulebookInfo, error) {
	e := r.policy.Engine()
	out := []*comityhttp.RulebookInfo{info(e.Baseline())}
	for _, rb := range e.Rulebooks() {
		out = append(out, info(rb))
	}
	return out, nil
}

func info(rb *rulebook.Rulebook) *comityhttp.RulebookInfo {
	b := rb.Bundle
	return &comityhttp.RulebookInfo{Jurisdiction: b.Jurisdiction, Kind: string(b.Kind), Version: b.Version,
		Digest: b.Digest(), Policies: rb.Policies()}
}

// entry is one publication attempt as the ledger records it: allowed when
// the bundle is installed, denied with the reason otherwise.
func (r *rulebooks) entry(by *comity.Principal, b *rulebook.Bundle, failure error) *comity.Entry {
	e := &comity.Entry{Kind: comity.EntryRulebook, Time: comity.Now(), Node: r.n.Config.Name,
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
