package node

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
	"github.com/comity-project/comity/federation"
	comityhttp "github.com/comity-project/comity/http"
	"github.com/comity-project/comity/pii"
)

// agreements are the agreements between member states that this node
// knows: files <ID>.agreement.json in its agreements directory, each signed
// by every party's authority. Publishing one is logged.
type agreements struct {
	n   *Node
	m   *federation.Manifest
	dir string

	// publishing serialises publications, from verification to taking
	// effect, so that two of one id cannot both pass the check; mu guards
	// the maps only, so that deciders reading them (Parties) never wait
	// for a publication's log entry and fsync.
	publishing sync.Mutex
	mu         sync.RWMutex
	byID       map[string]*federation.Agreement
	raw        map[string][]byte
}

var _ comityhttp.Agreements = (*agreements)(nil)

const agreementSuffix = ".agreement.json"

// openAgreements loads and verifies the agreements directory; a node
// outside a federation knows none.
func (n *Node) openAgreements(m *federation.Manifest) (*agreements, error) {
	a := &agreements{n: n, m: m, dir: filepath.Join(n.Config.DataDir, "agreements"),
		byID: map[string]*federation.Agreement{}, raw: map[string][]byte{}}
	entries, err := os.ReadDir(a.dir)
	if errors.Is(err, fs.ErrNotExist) || m == nil {
		return a, nil
	} else if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), agreementSuffix) {
			continue
		}
		data, err := os.ReadFile(filepath.Join(a.dir, e.Name()))
		if err != nil {
			return nil, err
		}
		ag, err := federation.ParseAgreement(data)
		if err == nil {
			err = ag.Verify(m)
		}
		if err != nil {
			return nil, fmt.Errorf("agreement %s: %w", e.Name(), err)
		}
		a.byID[ag.ID], a.raw[ag.ID] = ag, data
	}
	return a, nil
}

// Parties returns the parties of an agreement in force, for the rulebooks;
// an unknown agreement or one not in force reaches no one's data.
func (a *agreements) Parties(ctx context.Context, id string) ([]comity.Jurisdiction, error) {
	a.mu.RLock()
	ag := a.byID[id]
	a.mu.RUnlock()
	if ag == nil {
		return nil, comity.Errorf(comity.ENOTFOUND, "no agreement %s is known at this node", id)
	}
	if !ag.InForce(comity.Now()) {
		return nil, comity.Errorf(comity.ENOTFOUND, "agreement %s is not in force", id)
	}
	return slices.Clone(ag.Parties), nil
}

// Publish implements comityhttp.Agreements: the agreement must be signed
// by every party, and the publishing authority must be one of them. It is
// verified, logged, kept, and only then known here; a refused attempt is
// logged too.
func (a *agreements) Publish(ctx context.Context, by *comity.Principal, data []byte) (*federation.Agreement, error) {
	// The id is logged and cited in requests: refused before anything is
	// kept or logged if it is personal.
	if ag, err := federation.ParseAgreement(data); err == nil {
		if err := comity.CheckText(pii.Screen{}, "agreement id", ag.ID); err != nil {
			return nil, err
		}
	}
	entry := func(ag *federation.Agreement, failure error) *comity.Entry {
		e := &comity.Entry{Kind: comity.EntryAgreement, Time: comity.Now(), Node: a.n.Config.Name, Requester: by.Organisation,
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
		a.n.logRefusal(ctx, entry(ag, err))
		return nil, err
	}
	if known {
		return ag, nil // the same terms again: nothing changes
	}
	err = a.n.commitChange(ctx, entry(ag, nil), func() error {
		return writeFileAtomic(filepath.Join(a.dir, ag.ID+agreementSuffix), data)
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
func (a *agreements) verify(by *comity.Principal, data []byte) (*federation.Agreement, bool, error) {
	if a.n.Peers == nil {
		return nil, false, comity.Errorf(comity.EUNAVAILABLE, "this node is in no federation")
	}
	if err := comity.CheckJSON(data); err != nil {
		return nil, false, err
	}
	ag, err := federation.ParseAgreement(data)
	if err != nil {
		return nil, false, err
	}
	if !slices.Contains(ag.Parties, by.Jurisdiction) {
		return ag, false, comity.Errorf(comity.EFORBIDDEN, "the authority of %s is not a party to agreement %s", by.Jurisdiction, ag.ID)
	}
	// The live manifest: the parties' keys as the federation lists them now.
	if err := ag.Verify(a.n.Peers.Manifest()); err != nil {
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

// List implements comityhttp.Agreements.
func (a *agreements) List(ctx context.Context) ([]*federation.Agreement, error) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	out := make([]*federation.Agreement, 0, len(a.byID))
	for _, ag := range a.byID {
		out = append(out, ag)
	}
	slices.SortFunc(out, func(x, y *federation.Agreement) int { return strings.Compare(x.ID, y.ID) })
	return out, nil
}
