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
// remedies or forced upgrade; or the deadline for a remedy passed inside
// the declared support period), stores a notification, logs its
// commitment and queues its delivery: logged before delivered, as the gate
// logs before it releases.
func (s *Service) notify(ctx context.Context, advs []*Advisory, regs []Registered) (int, error) {
	if len(regs) == 0 || len(advs) == 0 {
		return 0, nil
	}
	sup, err := s.support(ctx)
	if err != nil {
		return 0, err
	}
	idx := NewIndex(advs)
	versions := map[string]string{}
	for _, a := range advs {
		versions[a.ID] = a.Version
	}
	var found []pending
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
			n := &Notification{Owner: r.Owner, SBOM: r.SBOMName, Component: m.Component,
				Advisory: m.Advisory, Version: versions[m.Advisory], Vulnerability: m.Vulnerability,
				Status: m.Status, Remediations: m.Remediations, ForcedUpgrade: m.ForcedUpgrade}
			fp := fingerprint(m)
			if reason, ok := sup.noRemedy(m, r.Component); ok {
				n.ForcedUpgrade, n.Finding, n.Reason, n.Vendor = true, FindingNoRemedy, reason, sup.vendor[m.Advisory]
				fp += "|" + FindingNoRemedy
			}
			found = append(found, pending{n: n, key: key, fp: fp})
		}
	}
	return s.record(ctx, found)
}

// pending is a notification to make unless its key was last notified with
// the same fingerprint.
type pending struct {
	n       *Notification
	key, fp string
}

// record stores, logs and queues the pending notifications whose verdict
// changed, and returns how many.
func (s *Service) record(ctx context.Context, found []pending) (int, error) {
	// One at a time from the fingerprint check to the store, or two rounds
	// (a publication and the periodic check) could both notify a change.
	s.recordMu.Lock()
	defer s.recordMu.Unlock()
	var ns []*Notification
	var keys, fps []string
	for _, p := range found {
		prev, err := s.cfg.Store.Fingerprint(ctx, p.key)
		if err != nil {
			return 0, err
		}
		if prev == p.fp {
			continue // a revision that changes nothing for it
		}
		n := p.n
		n.ID, n.Nonce, n.Created = newID(), make([]byte, 32), comity.Now()
		rand.Read(n.Nonce)
		n.Commitment = Commit(n.Nonce, n.Owner, n.SBOM, n.Component, n.Advisory, n.Vulnerability)
		ns = append(ns, n)
		keys, fps = append(keys, p.key), append(fps, p.fp)
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
			r, err := s.cfg.Ledger.Commit(ctx, n.entry(s.cfg.Node))
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

// entry is the notification's log entry: its commitment alone, or for a
// forced upgrade found at the node, the commitment, the finding and the
// vendor (see EntryForcedUpgrade).
func (n *Notification) entry(node string) *comity.Entry {
	e := &comity.Entry{Kind: EntryNotification, Time: n.Created, Node: node,
		Detail: map[string]string{"commitment": hex.EncodeToString(n.Commitment)}}
	if n.Finding != "" {
		e.Kind, e.Requester, e.Detail["finding"] = EntryForcedUpgrade, n.Vendor, n.Finding
	}
	return e
}

func newID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
