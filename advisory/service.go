package advisory

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/comity-project/comity"
)

// Entry kinds and detail keys this package writes to the node's log.
const (
	EntryAdvisory     comity.EntryKind = "advisory"
	EntryNotification comity.EntryKind = "notification"
)

// Config configures a Service.
type Config struct {
	// Node is the node's name, written into log entries.
	Node string
	// Store keeps publications, SBOMs, notifications and the outbox.
	Store Store
	// Ledger is the node's log: publications and notifications are
	// committed to it before anything else happens.
	Ledger comity.Ledger
	// Webhooks delivers notifications; nil uses a client with a 10 s timeout.
	Webhooks *http.Client
	// MinBackoff and MaxBackoff bound the wait between webhook attempts,
	// doubling from the first to the second (defaults 1 s and 10 min).
	MinBackoff, MaxBackoff time.Duration
	Logger                 *slog.Logger

	// Duties are the home rulebook's reporting duties, read at each use
	// (a rulebook may be republished); nil means none.
	Duties func() Duties
	// DutyStore keeps reports and overdue alarms; nil disables them.
	DutyStore DutyStore
	// OnOverdue is called after an overdue alarm is logged (a metric).
	OnOverdue func(*Alarm)
	// Now is the clock for reporting deadlines; nil is comity.Now.
	Now func() time.Time
}

// Service publishes advisories, registers SBOMs, and notifies: the node's
// side of vulnerability notice.
type Service struct {
	cfg  Config
	wake chan struct{}

	mu     sync.Mutex
	parsed map[string]*Advisory // by digest: publications are immutable
}

// NewService returns a Service for cfg.
func NewService(cfg Config) *Service {
	if cfg.Webhooks == nil {
		cfg.Webhooks = &http.Client{Timeout: 10 * time.Second}
	}
	if cfg.MinBackoff == 0 {
		cfg.MinBackoff = time.Second
	}
	if cfg.MaxBackoff == 0 {
		cfg.MaxBackoff = 10 * time.Minute
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	return &Service{cfg: cfg, wake: make(chan struct{}, 1), parsed: map[string]*Advisory{}}
}

// PublishResult is what a vendor gets back for a publication.
type PublishResult struct {
	Publication *Publication    `json:"publication"`
	Receipt     *comity.Receipt `json:"receipt,omitempty"` // nil when the same revision was published before
	Notified    int             `json:"notified"`
}

// Publish publishes a vendor's advisory (CSAF 2.0, OSV or OpenVEX): it is
// validated (CSAF against the schema and mandatory tests: EINVALID with an
// "errors" list), logged, stored, and matched against every registered
// SBOM. Publishing the same revision again changes nothing; another
// document under a published id and version is ECONFLICT; an id that
// another vendor published is EFORBIDDEN.
func (s *Service) Publish(ctx context.Context, vendor *comity.Principal, data []byte) (*PublishResult, error) {
	if !vendor.Has(comity.RoleVendor) {
		return nil, comity.Errorf(comity.EFORBIDDEN, "only a vendor publishes advisories")
	}
	doc, err := Parse(data)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	if doc.SBOM != nil || len(doc.Advisories) != 1 {
		return nil, comity.Errorf(comity.EINVALID, "a publication is one advisory document")
	}
	adv := doc.Advisories[0]
	if adv.Format == FormatCSAF {
		failures, err := ValidateCSAF(data)
		if err != nil {
			return nil, comity.Errorf(comity.EINVALID, "%w", err)
		}
		if len(failures) > 0 {
			return nil, comity.Errorf(comity.EINVALID, "invalid CSAF document: %d failures", len(failures)).With("errors", failures)
		}
	}
	sum := sha256.Sum256(data)
	digest := "sha256:" + hex.EncodeToString(sum[:])
	if p, err := s.cfg.Store.Publication(ctx, adv.ID, adv.Version); err == nil {
		if p.Digest == digest && p.Vendor == vendor.ID {
			return &PublishResult{Publication: p}, nil
		}
		return nil, comity.Errorf(comity.ECONFLICT, "%s version %s is published with another content; publish a new version", adv.ID, adv.Version)
	} else if comity.ErrorCode(err) != comity.ENOTFOUND {
		return nil, err
	}
	if p, err := s.cfg.Store.LatestPublication(ctx, adv.ID); err == nil && p.Vendor != vendor.ID {
		return nil, comity.Errorf(comity.EFORBIDDEN, "%s is published by another vendor", adv.ID)
	} else if err != nil && comity.ErrorCode(err) != comity.ENOTFOUND {
		return nil, err
	}
	pub := &Publication{Node: s.cfg.Node, Vendor: vendor.ID, Format: adv.Format, ID: adv.ID, Version: adv.Version, Digest: digest,
		Published: adv.Published, Updated: adv.Updated, Document: data}
	r, err := s.cfg.Ledger.Commit(ctx, &comity.Entry{Kind: EntryAdvisory, Time: comity.Now(), Node: s.cfg.Node,
		Requester: vendor.ID, RequesterIn: vendor.Jurisdiction, Detail: map[string]string{
			"format": string(adv.Format), "id": adv.ID, "version": adv.Version, "digest": digest,
			"published": adv.Published, "updated": adv.Updated,
		}})
	if err != nil {
		return nil, err
	}
	pub.Logged, pub.LogIndex, pub.Receipt = r.Time, r.Index, r
	if err := s.cfg.Store.SavePublication(ctx, pub); err != nil {
		return nil, err
	}
	s.remember(digest, adv)
	regs, err := s.cfg.Store.ComponentsByKey(ctx, adv.keys())
	if err != nil {
		return nil, err
	}
	n, err := s.notify(ctx, []*Advisory{adv}, regs)
	return &PublishResult{Publication: pub, Receipt: r, Notified: n}, err
}

// SBOMResult is what a customer gets back for a registration.
type SBOMResult struct {
	ID         int64  `json:"id"`
	Name       string `json:"name"`
	Components int    `json:"components"`
	Notified   int    `json:"notified"`
}

// RegisterSBOM stores a customer's SBOM (CycloneDX or SPDX) at this node,
// where it stays, and matches it against every advisory published so far.
func (s *Service) RegisterSBOM(ctx context.Context, owner *comity.Principal, name string, data []byte) (*SBOMResult, error) {
	if name = strings.TrimSpace(name); name == "" || len(name) > 200 {
		return nil, comity.Errorf(comity.EINVALID, "an SBOM needs a name of 1 to 200 characters")
	}
	doc, err := Parse(data)
	if err != nil {
		return nil, comity.Errorf(comity.EINVALID, "%w", err)
	}
	if doc.SBOM == nil {
		return nil, comity.Errorf(comity.EINVALID, "not an SBOM (CycloneDX or SPDX)")
	}
	keys := make([][]string, len(doc.SBOM.Components))
	for i, c := range doc.SBOM.Components {
		keys[i] = c.Keys()
	}
	id, err := s.cfg.Store.SaveSBOM(ctx, owner.ID, name, data, doc.SBOM.Components, keys)
	if err != nil {
		return nil, err
	}
	regs, err := s.cfg.Store.Components(ctx, id)
	if err != nil {
		return nil, err
	}
	advs, err := s.latest(ctx)
	if err != nil {
		return nil, err
	}
	n, err := s.notify(ctx, advs, regs)
	return &SBOMResult{ID: id, Name: name, Components: len(doc.SBOM.Components), Notified: n}, err
}

// latest returns the last revision of every published advisory.
func (s *Service) latest(ctx context.Context) ([]*Advisory, error) {
	pubs, err := s.cfg.Store.Publications(ctx)
	if err != nil {
		return nil, err
	}
	last := map[string]*Publication{}
	var order []string
	for _, p := range pubs {
		if _, ok := last[p.ID]; !ok {
			order = append(order, p.ID)
		}
		last[p.ID] = p
	}
	var out []*Advisory
	for _, id := range order {
		a, err := s.parse(last[id])
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, nil
}

func (s *Service) parse(p *Publication) (*Advisory, error) {
	s.mu.Lock()
	a, ok := s.parsed[p.Digest]
	s.mu.Unlock()
	if ok {
		return a, nil
	}
	d, err := Parse(p.Document)
	if err != nil || len(d.Advisories) != 1 {
		return nil, fmt.Errorf("stored advisory %s %s: %v", p.ID, p.Version, err)
	}
	s.remember(p.Digest, d.Advisories[0])
	return d.Advisories[0], nil
}

func (s *Service) remember(digest string, a *Advisory) {
	s.mu.Lock()
	s.parsed[digest] = a
	s.mu.Unlock()
}

// keys lists the identity keys an advisory names.
func (a *Advisory) keys() []string {
	var out []string
	for _, v := range a.Vulnerabilities {
		for _, c := range v.claims {
			if !slices.Contains(out, c.id.key) {
				out = append(out, c.id.key)
			}
		}
		for _, p := range v.osv {
			if !slices.Contains(out, p.id.key) {
				out = append(out, p.id.key)
			}
		}
	}
	return out
}

// Notifications returns a customer's notifications with their openings.
func (s *Service) Notifications(ctx context.Context, owner *comity.Principal) ([]*Notification, error) {
	return s.cfg.Store.Notifications(ctx, owner.ID)
}

// SetWebhook sets where a customer's notifications are delivered and
// returns the new HMAC secret that signs them. The URL must be https,
// except on a loopback host.
func (s *Service) SetWebhook(ctx context.Context, owner *comity.Principal, url string) (secret string, err error) {
	if err := checkWebhookURL(url); err != nil {
		return "", err
	}
	key := make([]byte, 32)
	rand.Read(key)
	if err := s.cfg.Store.SetWebhook(ctx, owner.ID, url, key); err != nil {
		return "", err
	}
	return hex.EncodeToString(key), nil
}

// Publications lists every published revision, oldest first, without the
// documents.
func (s *Service) Publications(ctx context.Context) ([]*Publication, error) {
	return s.cfg.Store.Publications(ctx)
}

// Publication returns one revision of an advisory, the latest when version
// is empty, with its document.
func (s *Service) Publication(ctx context.Context, id, version string) (*Publication, error) {
	if version == "" {
		return s.cfg.Store.LatestPublication(ctx, id)
	}
	return s.cfg.Store.Publication(ctx, id, version)
}
