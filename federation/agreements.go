package federation

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/comity-project/comity"
	"github.com/comity-project/comity/durable"
)

// Agreements are the agreements between member states that a node knows:
// files <ID>.agreement.json in its agreements directory, each signed by
// every party's authority. Publishing one goes verify -> log -> keep ->
// known here; a refused attempt is logged too.
type Agreements struct {
	cfg AgreementsConfig

	// publishing serialises publications, from verification to taking
	// effect, so that two of one id cannot both pass the check; mu guards
	// the maps only, so that deciders reading them (Parties) never wait
	// for a publication's log entry and fsync.
	publishing sync.Mutex
	mu         sync.RWMutex
	byID       map[string]*Agreement
	raw        map[string][]byte
}

// AgreementsConfig is what OpenAgreements needs.
type AgreementsConfig struct {
	// Dir is the agreements directory.
	Dir string
	// Manifest is the manifest the node starts on, to verify the kept
	// agreements with; nil outside a federation (the node knows none).
	Manifest *Manifest
	// Peers gives the live manifest a publication is verified against;
	// nil outside a federation (every publication is refused).
	Peers   *Peers
	Changes *comity.Changes
	// Screen refuses an agreement id that is personal: it is logged and
	// cited in requests.
	Screen comity.TextScreen
}

const agreementSuffix = ".agreement.json"

// OpenAgreements loads and verifies the agreements directory; a node
// outside a federation knows none.
func OpenAgreements(cfg AgreementsConfig) (*Agreements, error) {
	a := &Agreements{cfg: cfg, byID: map[string]*Agreement{}, raw: map[string][]byte{}}
	entries, err := os.ReadDir(cfg.Dir)
	if errors.Is(err, fs.ErrNotExist) || cfg.Manifest == nil {
		return a, nil
	} else if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), agreementSuffix) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(cfg.Dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ag, err := ParseAgreement(data)
		if err == nil {
			err = ag.Verify(cfg.Manifest)
		}
		if err != nil {
			return nil, fmt.Errorf("agreement %s: %w", e.Name(), err)
		}
		a.byID[ag.ID], a.raw[ag.ID] = ag, data
	}
	return a, nil
}

// InForce returns agreement id if it is known here and in force, and an
// ENOTFOUND error otherwise.
func (a *Agreements) InForce(id string) (*Agreement, error) {
	a.mu.RLock()
	ag := a.byID[id]
	a.mu.RUnlock()
	if ag == nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s is known at this node", id)
	}
	if !ag.InForce(comity.Now()) {
		return nil, comity.Errorf(comity.ENOTFOUND, "agreement %s is not in force", id)
	}
	return ag, nil
}

// Parties returns the parties of an agreement in force, for the rulebooks
// (rulebook.Config.Agreements); an unknown agreement or one not in force
// reaches no one's data.
func (a *Agreements) Parties(ctx context.Context, id string) ([]comity.Jurisdiction, error) {
	ag, err := a.InForce(id)
	if err != nil {
		return nil, err
	}
	return slices.Clone(ag.Parties), nil
}

// Publish verifies an agreement signed by every party and keeps it; the
// publishing authority by must be one of the parties. It is verified,
// logged, kept, and only then known here; a refused attempt is logged too.
func (a *Agreements) Publish(ctx context.Context, by *comity.Principal, data []byte) (*Agreement, error) {
	// The id is logged and cited in requests: refused before anything is
	// kept or logged if it is personal.
	if ag, err := ParseAgreement(data); err == nil {
		if err := comity.CheckText(a.cfg.Screen, "agreement id", ag.ID); err != nil {
			return nil, err
		}
	}
	entry := func(ag *Agreement, failure error) *comity.Entry {
		e := &comity.Entry{Kind: comity.EntryAgreement, Time: comity.Now(), Node: a.cfg.Changes.Node, Requester: by.Organisation,
			RequesterIn: by.Jurisdiction, Principal: by.ID, Outcome: comity.Allow, Detail: map[string]string{}}
		if ag != nil {
			e.Detail["agreement"] = ag.ID
			e.Detail["parties"] = fmt.Sprint(ag.Parties)
		}
		if failure != nil {
			e.Outcome = comity.Deny
			e.Detail["reason"] = comity.ErrorMessage(failure)
		}
		return e
	}
	a.publishing.Lock()
	defer a.publishing.Unlock()
	ag, known, err := a.verify(by, data)
	if err != nil {
		a.cfg.Changes.Refuse(ctx, entry(ag, err))
		return nil, err
	}
	if known {
		return ag, nil // the same terms again: nothing changes
	}
	err = a.cfg.Changes.Commit(ctx, entry(ag, nil), func() error {
		return durable.WriteFile(filepath.Join(a.cfg.Dir, ag.ID+agreementSuffix), data, 0o644)
	})
	if err != nil {
		return nil, err
	}
	a.mu.Lock()
	a.byID[ag.ID], a.raw[ag.ID] = ag, data
	a.mu.Unlock()
	return ag, nil
}

// verify checks an agreement to publish and reports whether it is known
// here already with the same terms. a.publishing is held.
func (a *Agreements) verify(by *comity.Principal, data []byte) (*Agreement, bool, error) {
	if a.cfg.Peers == nil {
		return nil, false, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation")
	}
	if err := comity.CheckJSON(data); err != nil {
		return nil, false, err
	}
	ag, err := ParseAgreement(data)
	if err != nil {
		return nil, false, err
	}
	if !slices.Contains(ag.Parties, by.Jurisdiction) {
		return ag, false, comity.Errorf(comity.EFORBIDDEN, "the authority of %s is not a party to agreement %s", by.Jurisdiction, ag.ID)
	}
	// The live manifest: the parties' keys as the federation lists them now.
	if err := ag.Verify(a.cfg.Peers.Manifest()); err != nil {
		return ag, false, err
	}
	a.mu.RLock()
	old, ok := a.raw[ag.ID]
	a.mu.RUnlock()
	if ok {
		if bytes.Equal(old, data) {
			return ag, true, nil
		}
		return ag, false, comity.Errorf(comity.ECONFLICT, "agreement %s is already in force here with other terms", ag.ID)
	}
	return ag, false, nil
}

// List returns the agreements known here, by id.
func (a *Agreements) List(ctx context.Context) ([]*Agreement, error) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]*Agreement, 0, len(a.byID))
	for _, ag := range a.byID {
		out = append(out, ag)
	}
	slices.SortFunc(out, func(x, y *Agreement) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}
