package advisory

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/comity-project/comity"
)

// notify matches advisories against registered components and, for every
// affected or unknown component whose verdict differs from what was last
// notified for it (a new advisory, or a revision that changed its status,
// remedies or forced upgrade), stores a notification, logs its commitment
// and queues its delivery: logged before delivered, as the gate logs
// before it releases.
func (s *Service) notify(ctx context.Context, advs []*Advisory, regs []Registered) (int, error) {
	if len(regs) == 0 || len(advs) == 0 {
		return 0, nil
	}
	idx := NewIndex(advs)
	versions := map[string]string{}
	for _, a := range advs {
		versions[a.ID] = a.Version
	}
	var ns []*Notification
	var keys, fps []string
	seen := map[string]bool{}
	for _, r := range regs {
		for _, m := range idx.Match(r.Component) {
			if m.Status != StatusAffected && m.Status != StatusUnknown {
				continue
			}
			key := strings.Join([]string{r.Owner, strconv.FormatInt(r.SBOM, 10), m.Component, m.Advisory, m.Vulnerability}, "\x00")
			if seen[key] {
				continue
			}
			seen[key] = true
			fp := fingerprint(m)
			prev, err := s.cfg.Store.Fingerprint(ctx, key)
			if err != nil {
				return 0, err
			}
			if prev == fp {
				continue // a revision that changes nothing for it
			}
			n := &Notification{ID: newID(), Owner: r.Owner, SBOM: r.SBOMName, Component: m.Component,
				Advisory: m.Advisory, Version: versions[m.Advisory], Vulnerability: m.Vulnerability,
				Status: m.Status, Remediations: m.Remediations, ForcedUpgrade: m.ForcedUpgrade,
				Nonce: make([]byte, 32), Created: comity.Now()}
			rand.Read(n.Nonce)
			n.Commitment = Commit(n.Nonce, n.Owner, n.SBOM, n.Component, n.Advisory, n.Vulnerability)
			ns = append(ns, n)
			keys, fps = append(keys, key), append(fps, fp)
		}
	}
	if len(ns) == 0 {
		return 0, nil
	}
	if err := s.cfg.Store.AddNotifications(ctx, ns, keys, fps); err != nil {
		return 0, err
	}
	if err := s.logNotifications(ctx, ns); err != nil {
		return 0, err
	}
	return len(ns), nil
}

func fingerprint(m Match) string {
	return fmt.Sprintf("%s|%v|%s", m.Status, m.ForcedUpgrade, strings.Join(m.Remediations, ","))
}

// logNotifications commits each notification's commitment to the log, in
// parallel so that the log batches them, then marks them logged and queues
// their deliveries.
func (s *Service) logNotifications(ctx context.Context, ns []*Notification) error {
	var wg sync.WaitGroup
	errs := make([]error, len(ns))
	sem := make(chan struct{}, 256)
	for i, n := range ns {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			r, err := s.cfg.Ledger.Commit(ctx, &comity.Entry{Kind: EntryNotification, Time: n.Created, Node: s.cfg.Node,
				Detail: map[string]string{"commitment": hex.EncodeToString(n.Commitment)}})
			n.Receipt, errs[i] = r, err
		}()
	}
	wg.Wait()
	var logged []*Notification
	for i, n := range ns {
		if errs[i] == nil {
			logged = append(logged, n)
		}
	}
	if len(logged) > 0 {
		if err := s.cfg.Store.MarkLogged(ctx, logged); err != nil {
			return err
		}
		s.Wake()
	}
	return errors.Join(errs...)
}

// Recover logs the notifications that were stored but not logged when the
// node stopped; call it when the node starts.
func (s *Service) Recover(ctx context.Context) error {
	ns, err := s.cfg.Store.Unlogged(ctx)
	if err != nil || len(ns) == 0 {
		return err
	}
	return s.logNotifications(ctx, ns)
}

func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
